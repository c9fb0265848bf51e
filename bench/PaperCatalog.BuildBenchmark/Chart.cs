using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// build.png: build time over the one-entry build (left axis, seconds) and the build's peak memory (right axis, MiB)
/// against the number of entries on a log axis. Sizes whose program failed at run time are marked with a red cross.
/// </summary>
internal static class Chart
{
    /// <summary>Writes the PNG; returns null, or why it could not.</summary>
    public static string? Write(BenchmarkResults results, string path)
    {
        try
        {
            var plot = new Plot();
            SizeResult? baseline = results.Sizes.FirstOrDefault(s => s.Entries == 1);
            double? baseBuild = baseline?.BuildSeconds;
            double? baseDocs = baseline?.DocsBuildSeconds;

            var built = results.Sizes.Where(s => s.BuildSeconds != null).ToList();
            Series(plot, built, s => s.BuildSeconds - baseBuild, "Clean build, over the 1-entry build (s)", Colors.Blue, MarkerShape.FilledCircle, LinePattern.Solid, right: false);
            Series(plot, built, s => s.DocsBuildSeconds - baseDocs, "Clean build with docs, over the 1-entry build (s)", Colors.Purple, MarkerShape.FilledTriangleUp, LinePattern.Dashed, right: false);
            Series(plot, built, s => s.EditRebuild is { Succeeded: true } e ? e.Seconds : null, "Rebuild after one entry changed (s, absolute)", Colors.Orange, MarkerShape.FilledSquare, LinePattern.Dotted, right: false);
            Series(plot, built, s => s.PeakRssMiB, "Clean build, peak RSS of the process tree (MiB, right axis)", Colors.Green, MarkerShape.FilledDiamond, LinePattern.Solid, right: true);

            // A program that builds but does not work is the worst outcome for a curator: shown where its build time is.
            List<SizeResult> broken = built.Where(s => s.Program is { Works: false } && s.BuildSeconds - baseBuild != null).ToList();
            if (broken.Count > 0)
            {
                var crosses = plot.Add.ScatterPoints(
                    broken.Select(s => Math.Log10(s.Entries)).ToArray(),
                    broken.Select(s => (s.BuildSeconds - baseBuild)!.Value).ToArray());
                crosses.Color = Colors.Red;
                crosses.MarkerShape = MarkerShape.Eks;
                crosses.MarkerSize = 16;
                crosses.LegendText = "Program built but failed at run time";
            }

            var ticks = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = v => Math.Pow(10, v).ToString("N0", CultureInfo.InvariantCulture),
            };
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Grid.MajorLineColor = Colors.Black.WithOpacity(.15);
            plot.Grid.MinorLineColor = Colors.Black.WithOpacity(.05);
            plot.Grid.MinorLineWidth = 1;

            plot.Title("PaperCatalog: curator build against catalog size");
            plot.XLabel("Entries (log scale)");
            plot.YLabel("Seconds");
            plot.Axes.Right.Label.Text = "Peak RSS (MiB)";
            plot.ShowLegend(Alignment.UpperLeft);

            plot.Axes.AutoScale();
            double maxX = Math.Log10(Math.Max(10, results.Sizes.Select(s => s.Entries).DefaultIfEmpty(100_000).Max())) + 0.2;
            plot.Axes.SetLimitsX(-0.2, maxX);
            plot.SavePng(path, 1100, 700);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static void Series(Plot plot, List<SizeResult> sizes, Func<SizeResult, double?> value, string label, Color color, MarkerShape marker, LinePattern pattern, bool right)
    {
        var points = sizes.Select(s => (X: Math.Log10(s.Entries), Y: value(s))).Where(p => p.Y != null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
        scatter.LegendText = label;
        scatter.Color = color;
        scatter.MarkerShape = marker;
        scatter.MarkerSize = 9;
        scatter.LineWidth = 2;
        scatter.LinePattern = pattern;
        if (right)
        {
            scatter.Axes.YAxis = plot.Axes.Right;
        }
    }
}
