using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// build.md: the machine, the commands, the main table (times over the one-entry build, peak memory, whether the
/// program works), the details behind it, and the output of every failure.
/// </summary>
internal static class Report
{
    public static string Markdown(BenchmarkResults results)
    {
        var md = new StringBuilder();
        MachineInfo m = results.Machine;
        md.AppendLine("# Build benchmark: what a curator waits for");
        md.AppendLine();
        md.AppendLine("Real `dotnet build`s of a curator's project (a net10.0 console app referencing the packed `PaperCatalog.Generator` package, one synthesized entry per file in `papers/`), each in a fresh process, then a real run of the program built. " +
            "Times are wall-clock; peak RSS is the largest sum of VmRSS over the build's whole process tree (CLI, MSBuild, compiler), sampled every 50 ms, the largest over a size's clean builds. " +
            "\"Over 1-entry\" subtracts the one-entry build, which is what any project pays for the SDK itself.");
        md.AppendLine();
        md.AppendLine($"- Machine: {m.Cpu}, {m.Cores} cores ({m.LogicalProcessors} logical), {m.MemoryGiB.ToString("0.#", CultureInfo.InvariantCulture)} GiB, {m.Os} ({m.Kernel}), .NET SDK {m.DotnetSdk}");
        md.AppendLine($"- Run: {results.StartedUtc} to {results.FinishedUtc ?? "?"} (UTC); packages {(results.Feed.Packages.Count == 0 ? "none" : string.Join(", ", results.Feed.Packages.Select(p => "`" + p + "`")))}");
        md.AppendLine($"- Command: `{results.Command}`");
        md.AppendLine($"- Each build: `{results.Settings.RestoreCommand}` (untimed), then `{results.Settings.BuildCommand}` (timed); the program: `{results.Settings.RunCommand}`. " +
            $"Clean builds per size: {results.Settings.Repeat} (the median is shown), seed {results.Settings.Seed}, time limit {results.Settings.TimeoutMinutes.ToString("0.##", CultureInfo.InvariantCulture)} min per build.");
        md.AppendLine();

        if (results.Feed.Error != null)
        {
            md.AppendLine("**Packing failed:** " + results.Feed.Error);
            AppendOutput(md, results.Feed.Packs.LastOrDefault()?.OutputTail);
            return md.ToString();
        }

        SizeResult? baseline = results.Sizes.FirstOrDefault(s => s.Entries == 1);
        double? baseBuild = baseline?.BuildSeconds;
        double? baseDocs = baseline?.DocsBuildSeconds;

        md.AppendLine("| entries | build (s) | over 1-entry (s) | peak RSS (MiB) | docs build over 1-entry (s) (ratio) | one-entry edit rebuild (s) | no-op rebuild (s) | program: works? | first lookup (ms) |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- | ---: |");
        foreach (SizeResult s in results.Sizes)
        {
            double? over = s.BuildSeconds - baseBuild;
            double? docsOver = s.DocsBuildSeconds - baseDocs;
            string docsCell = docsOver is double dOver
                ? F(dOver, 2) + (over is double o && s.Entries != 1 && o > 0 ? " (" + (dOver / o).ToString("0.00", CultureInfo.InvariantCulture) + "×)" : string.Empty)
                : Failed(s.DocsBuilds.LastOrDefault());
            md.AppendLine("| " + string.Join(" | ",
                s.Entries.ToString("N0", CultureInfo.InvariantCulture),
                s.BuildSeconds is double b ? F(b, 2) : Failed(s.CleanBuilds.LastOrDefault() ?? s.Restore, s.Failure),
                over is double ov ? F(ov, 2) : "–",
                s.PeakRssMiB is double peak ? F(peak, 0) : "–",
                docsCell,
                Seconds(s.EditRebuild),
                Seconds(s.NoOpRebuild),
                Works(s),
                s.Program?.Works == true && s.Program.FirstLookupMs is double first ? F(first, 1) : "–") + " |");
        }

        md.AppendLine();
        md.AppendLine("## Details");
        md.AppendLine();
        md.AppendLine("| entries | entry files (MiB) | clean builds (s) | docs builds (s) | docs peak RSS (MiB) | edit rebuild peak RSS (MiB) | program: all abstracts read (ms) | program process (s) | program peak RSS (MiB) | load average before |");
        md.AppendLine("| ---: | ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- |");
        foreach (SizeResult s in results.Sizes)
        {
            md.AppendLine("| " + string.Join(" | ",
                s.Entries.ToString("N0", CultureInfo.InvariantCulture),
                F(s.CatalogBytes / 1048576.0, 1),
                s.CleanBuilds.Count == 0 ? "–" : string.Join(", ", s.CleanBuilds.Select(Seconds)),
                s.DocsBuilds.Count == 0 ? "–" : string.Join(", ", s.DocsBuilds.Select(Seconds)),
                s.DocsPeakRssMiB is double dp ? F(dp, 0) : "–",
                s.EditRebuild?.PeakRssMiB is double ep ? F(ep, 0) : "–",
                s.Program?.ProgramMs is double pm ? F(pm, 1) : "–",
                s.Program is { } p ? F(p.Run.Seconds, 2) : "–",
                s.Program?.Run.PeakRssMiB is double pp ? F(pp, 0) : "–",
                s.LoadAverageBefore ?? "–") + " |");
        }

        AppendFailures(md, results);
        return md.ToString();
    }

    private static void AppendFailures(StringBuilder md, BenchmarkResults results)
    {
        var failures = new List<(string Title, RunRecord Run, string? Note)>();
        if (results.Warmup is { Succeeded: false } warmup)
        {
            failures.Add(("Warm-up build", warmup, null));
        }

        foreach (SizeResult s in results.Sizes)
        {
            string size = s.Entries.ToString("N0", CultureInfo.InvariantCulture) + (s.Entries == 1 ? " entry" : " entries");
            IEnumerable<RunRecord?> runs = new[] { s.Restore }.Concat(s.CleanBuilds).Concat(new[] { s.NoOpRebuild, s.EditRebuild }).Concat(s.DocsBuilds);
            foreach (RunRecord run in runs.OfType<RunRecord>().Where(r => !r.Succeeded))
            {
                failures.Add((size + ": " + run.Step, run, null));
            }

            if (s.Program is { Works: false } program)
            {
                failures.Add((size + ": program", program.Run, program.Exception));
            }

            if (s.Failure != null && s.Restore == null)
            {
                failures.Add((size, new RunRecord { Step = s.Failure, OutputTail = [s.Failure] }, null));
            }
        }

        if (failures.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Failures");
        foreach ((string title, RunRecord run, string? note) in failures)
        {
            md.AppendLine();
            string exit = run.TimedOut ? "timed out" : "exit " + (run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none");
            md.AppendLine($"### {title} ({exit}, after {F(run.Seconds, 2)} s)");
            if (note != null)
            {
                md.AppendLine();
                md.AppendLine("`" + note.Replace("`", "'", StringComparison.Ordinal) + "`");
            }

            AppendOutput(md, run.OutputTail);
        }
    }

    private static void AppendOutput(StringBuilder md, List<string>? lines)
    {
        if (lines is not { Count: > 0 })
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("```text");
        foreach (string line in lines)
        {
            md.AppendLine(line.Replace("```", "'''", StringComparison.Ordinal));
        }

        md.AppendLine("```");
    }

    private static string Works(SizeResult s) => s.Program switch
    {
        null => "not run",
        { Works: true } => "yes",
        { Run.TimedOut: true } => "**no** (timed out)",
        var p => "**no** (exit " + (p.Run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none") + (p.Exception != null ? ", " + ExceptionName(p.Exception) : string.Empty) + ")",
    };

    // "Unhandled exception. System.TypeLoadException: Could not load ..." becomes "TypeLoadException".
    private static string ExceptionName(string line)
    {
        string? word = line.Split(' ', ':').FirstOrDefault(w => w.EndsWith("Exception", StringComparison.Ordinal) && w.Length > "Exception".Length);
        return word == null ? "exception" : word[(word.LastIndexOf('.') + 1)..];
    }

    private static string Seconds(RunRecord? run) => run == null ? "–" : run.Succeeded ? F(run.Seconds, 2) : Failed(run);

    private static string Failed(RunRecord? run, string? failure = null) => run switch
    {
        null => failure ?? "–",
        { Succeeded: true } => failure ?? "–",
        { TimedOut: true } => "**timed out**",
        _ => "**failed** (exit " + (run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none") + ")",
    };

    private static string F(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
