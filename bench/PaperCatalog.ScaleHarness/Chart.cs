using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace PaperCatalog.ScaleHarness;

/// <summary>Time against catalog size on log-log axes: parse floor, generator cold, after one change, compile + emit.</summary>
internal static class Chart
{
    /// <summary>Writes the PNG; returns null, or why it could not.</summary>
    public static string? Write(ScaleReport report, string path)
    {
        try
        {
            var plot = new Plot();
            Series(plot, report, s => s.ParseFloor, "Parse-only floor (YamlDotNet events)", Colors.Gray, MarkerShape.FilledSquare, LinePattern.Dashed);
            Series(plot, report, s => s.GeneratorCold, "Generator, cold", Colors.Blue, MarkerShape.FilledCircle, LinePattern.Solid);
            Series(plot, report, s => s.GeneratorIncremental, "Generator, after one file changed", Colors.Orange, MarkerShape.FilledTriangleUp, LinePattern.Solid);
            Series(plot, report, s => s.Compile is { Success: true } ? s.CompileEmit : null, "Compile + emit", Colors.Green, MarkerShape.FilledDiamond, LinePattern.Solid);

            // A compile that failed (CS8103 and the like) still took time: shown apart, as a cross.
            List<SizeResult> failedCompiles = report.Sizes.Where(s => s.Compile is { Success: false } && s.CompileEmit is { Samples.Count: > 0 }).ToList();
            if (failedCompiles.Count > 0)
            {
                var failed = plot.Add.ScatterPoints(
                    failedCompiles.Select(s => Math.Log10(s.Size)).ToArray(),
                    failedCompiles.Select(s => Math.Log10(s.CompileEmit!.Seconds)).ToArray());
                failed.Color = Colors.Red;
                failed.MarkerShape = MarkerShape.Eks;
                failed.MarkerSize = 14;
                failed.LegendText = "Compile + emit, failed (" + string.Join(", ", failedCompiles.SelectMany(s => s.Compile!.ErrorIds).Distinct()) + ")";
            }

            LogAxis(plot.Axes.Bottom, v => Math.Pow(10, v).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            LogAxis(plot.Axes.Left, PowerOfTenSeconds);
            plot.Grid.MajorLineColor = Colors.Black.WithOpacity(.15);
            plot.Grid.MinorLineColor = Colors.Black.WithOpacity(.05);
            plot.Grid.MinorLineWidth = 1;

            plot.Title("PaperCatalog generator: time against catalog size (log-log)");
            plot.XLabel("Catalog size (entries)");
            plot.YLabel("Time");
            plot.ShowLegend(Alignment.UpperLeft);

            double minX = Math.Log10(Math.Max(1, report.Sizes.Select(s => s.Size).DefaultIfEmpty(10).Min())) - 0.2;
            double maxX = Math.Log10(Math.Max(10, report.Sizes.Select(s => s.Size).DefaultIfEmpty(100_000).Max())) + 0.2;
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(minX, maxX);
            plot.SavePng(path, 1100, 700);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static void Series(Plot plot, ScaleReport report, Func<SizeResult, PhaseResult?> phase, string label, Color color, MarkerShape marker, LinePattern pattern)
    {
        var points = report.Sizes
            .Select(s => (s.Size, Phase: phase(s)))
            .Where(p => p.Phase is { Error: null, Samples.Count: > 0 } && p.Phase.Seconds > 0)
            .ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(
            points.Select(p => Math.Log10(p.Size)).ToArray(),
            points.Select(p => Math.Log10(p.Phase!.Seconds)).ToArray());
        scatter.LegendText = label;
        scatter.Color = color;
        scatter.MarkerShape = marker;
        scatter.MarkerSize = 9;
        scatter.LineWidth = 2;
        scatter.LinePattern = pattern;
    }

    // Ticks fall on whole powers of ten: 1 ms, 10 ms, 100 ms, 1 s, 10 s, ...
    private static string PowerOfTenSeconds(double log10)
    {
        int k = (int)Math.Round(log10);
        return k >= 0 ? Math.Pow(10, k).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " s"
            : k >= -3 ? Math.Pow(10, k + 3).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " ms"
            : Math.Pow(10, k + 6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " µs";
    }

    private static void LogAxis(ScottPlot.IAxis axis, Func<double, string> label)
    {
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = label,
        };
        axis.TickGenerator = ticks;
    }
}
