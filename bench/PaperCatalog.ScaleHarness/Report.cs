using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperCatalog.ScaleHarness;

/// <summary>The Markdown form of a <see cref="ScaleReport"/>: tables to paste into docs/benchmarks.md, and the targets.</summary>
internal static class Report
{
    public const double ColdToFloorTarget = 1.5;
    public const double IncrementalTarget = 0.05;
    public const int IncrementalTargetSize = 10_000;
    public const int LargeTargetSize = 100_000;
    public const long PeakMemoryTargetBytes = 4L * 1024 * 1024 * 1024;
    public const double LargeBuildSecondsTarget = 60;

    public static string Markdown(ScaleReport report)
    {
        var md = new StringBuilder();
        MachineInfo m = report.Machine;
        md.AppendLine("<!-- Written by bench/PaperCatalog.ScaleHarness; regenerate rather than edit. -->");
        md.AppendLine($"Measured {report.StartedUtc} on {m.Cpu}, {m.LogicalCores} logical cores, {m.MemoryGiB:0.#} GiB, {m.Os}, {m.Runtime}; "
            + $"Roslyn {Short(m.Roslyn)}, YamlDotNet {Short(m.YamlDotNet)}. Harness run: {report.TotalSeconds / 60:0.#} min; "
            + $"time limit {report.Settings.TimeLimitMinutesPerSize:0.##} min and GC heap limit {report.Settings.GcHeapHardLimitGiB:0.#} GiB per size; seed {report.Settings.Seed}.");
        md.AppendLine();
        md.AppendLine($"Command: `{report.Command}`");
        md.AppendLine();

        md.AppendLine("| Entries | YAML on disk | Parse floor | Generator cold | Cold ÷ floor | After 1 change | Change ÷ cold | Parse step after the change | Compile + emit | Generator + compile | Peak memory | Status |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |");
        foreach (SizeResult s in report.Sizes)
        {
            md.AppendLine(Row(
                N(s.Size),
                s.YamlBytesOnDisk > 0 ? Mb(s.YamlBytesOnDisk) : "–",
                Time(s.ParseFloor),
                Time(s.GeneratorCold),
                RatioText(s.ColdToFloorRatio, "×"),
                Time(s.GeneratorIncremental),
                Percent(s.IncrementalToColdRatio),
                TrackedText(s.Tracked),
                Time(s.CompileEmit) + (s.Compile is { Success: false } ? " (failed)" : string.Empty),
                s.GeneratorPlusCompileSeconds is { } total ? Seconds(total) + (s.Compile is { Success: false } ? " (compile failed)" : string.Empty) : "–",
                s.PeakWorkingSetBytes > 0 ? Mib(s.PeakWorkingSetBytes) : "–",
                s.Status == "ok" ? "ok" : "**failed**"));
        }

        md.AppendLine();
        md.AppendLine("Times are medians of the repetitions (" + string.Join(", ", report.Sizes.Select(s => $"{N(s.Size)}: {s.Repetitions}" + (s.CompileRepetitions != s.Repetitions ? $" ({s.CompileRepetitions} for compile)" : string.Empty)))
            + "), after a warm-up on 25 entries; JIT: " + report.Settings.Jit + ". *Parse floor*: YamlDotNet's event parser over every text. *Generator cold*: a fresh "
            + "`CSharpGeneratorDriver` run over every file (texts already in memory), including the driver's parse of the generated C#. "
            + "*After 1 change*: `ReplaceAdditionalText` on one file (its title edited) and `RunGenerators` again. *Parse step after the "
            + "change*: a tracked run's `Parse` outputs. *Compile + emit*: the generated trees compiled against .NET 8 reference assemblies "
            + "and PaperCatalog.Runtime, emitted to memory. *Peak memory*: the child process's peak working set over all its phases.");
        md.AppendLine();

        if (report.Sizes.Any(s => s.LoadAverageAtStart != null))
        {
            md.AppendLine("Machine load (1-minute load average at the start and end of each size; above the core count, other work competed for the CPU): "
                + string.Join("; ", report.Sizes.Select(s => N(s.Size) + ": " + Load(s.LoadAverageAtStart) + " → " + Load(s.LoadAverageAtEnd))) + ".");
            md.AppendLine();
        }

        md.AppendLine("| Entries | Generated C# | Generator diagnostics | Compile result | Assembly | Allocated: floor / cold / change / compile | Peak working set: floor / cold / compile / change |");
        md.AppendLine("| ---: | ---: | --- | --- | ---: | ---: | ---: |");
        foreach (SizeResult s in report.Sizes)
        {
            md.AppendLine(Row(
                N(s.Size),
                s.Output == null ? "–" : MChars(s.Output.GeneratedChars) + " in " + s.Output.Sources + " files",
                s.Output == null ? "–" : s.Output.ErrorDiagnostics == 0 && s.Output.WarningDiagnostics == 0 ? "none" : $"{s.Output.ErrorDiagnostics} errors, {s.Output.WarningDiagnostics} warnings",
                CompileText(s.Compile),
                s.Compile is { Success: true } ? Mib(s.Compile.AssemblyBytes) : "–",
                string.Join(" / ", new[] { s.ParseFloor, s.GeneratorCold, s.GeneratorIncremental, s.CompileEmit }.Select(p => p is { Samples.Count: > 0 } ? Mib(p.AllocatedBytes) : "–")),
                string.Join(" / ", new[] { s.ParseFloor, s.GeneratorCold, s.CompileEmit, s.GeneratorIncremental }.Select(p => p is { PeakWorkingSetBytes: > 0 } ? Mib(p.PeakWorkingSetBytes) : "–"))));
        }

        IEnumerable<SizeResult> failed = report.Sizes.Where(s => s.Status != "ok").ToList();
        if (failed.Any())
        {
            md.AppendLine();
            md.AppendLine("Failures:");
            md.AppendLine();
            foreach (SizeResult s in failed)
            {
                md.AppendLine($"- {N(s.Size)} entries: {Escape(s.FailureReason ?? "unknown")}");
            }
        }

        md.AppendLine();
        md.AppendLine("### Scale targets");
        md.AppendLine();
        md.AppendLine("| Target | Measured | Verdict |");
        md.AppendLine("| --- | --- | --- |");
        foreach ((string target, string measured, string verdict) in Targets(report))
        {
            md.AppendLine(Row(target, measured, verdict));
        }

        return md.ToString();
    }

    /// <summary>Each scale target of the issue, with what was measured and met / missed / not measured.</summary>
    public static IEnumerable<(string Target, string Measured, string Verdict)> Targets(ScaleReport report)
    {
        List<SizeResult> sizes = report.Sizes;

        // 1. generator cold <= 1.5x the parse floor, at every size.
        var ratios = sizes.Select(s => (s.Size, s.ColdToFloorRatio)).ToList();
        bool allMeasured = ratios.Count > 0 && ratios.All(r => r.ColdToFloorRatio != null);
        yield return (
            $"Generator cold ≤ {ColdToFloorTarget}× the parse-only floor at every size",
            string.Join("; ", ratios.Select(r => N(r.Size) + ": " + RatioText(r.ColdToFloorRatio, "×"))),
            !allMeasured ? (ratios.Any(r => r.ColdToFloorRatio > ColdToFloorTarget) ? "**missed**" : "not measured at every size")
                : ratios.All(r => r.ColdToFloorRatio <= ColdToFloorTarget) ? "met" : "**missed**");

        // 2. one change in a 10,000-entry catalog: rerun <= 5% of cold, every other entry from cache.
        SizeResult? mid = sizes.FirstOrDefault(s => s.Size == IncrementalTargetSize);
        if (mid == null || mid.IncrementalToColdRatio == null)
        {
            yield return ($"After one file changes in a {N(IncrementalTargetSize)}-entry catalog, the rerun ≤ {IncrementalTarget * 100:0}% of cold", "not measured", "not measured");
        }
        else
        {
            yield return (
                $"After one file changes in a {N(IncrementalTargetSize)}-entry catalog, the rerun ≤ {IncrementalTarget * 100:0}% of cold",
                $"{Seconds(mid.GeneratorIncremental!.Seconds)} vs {Seconds(mid.GeneratorCold!.Seconds)} cold: {Percent(mid.IncrementalToColdRatio)}",
                mid.IncrementalToColdRatio <= IncrementalTarget ? "met" : "**missed**");
        }

        yield return (
            $"… and the other entries are served from cache (tracked `Parse` step)",
            mid?.Tracked is { Ran: true } t ? TrackedText(t) : "not measured",
            mid?.Tracked is { Ran: true } t2 ? (t2.OnlyChangedFileReparsed ? "met" : "**missed**") : "not measured");

        // 3. 100,000 entries with abstracts.
        SizeResult? large = sizes.FirstOrDefault(s => s.Size == LargeTargetSize);
        string prefix = $"{N(LargeTargetSize)} entries with abstracts: ";
        if (large == null)
        {
            yield return (prefix + "build", "not measured", "not measured");
            yield break;
        }

        bool compiled = large.Compile != null;
        bool cs8103 = large.Compile?.ErrorIds.Contains("CS8103") == true;
        yield return (
            prefix + "no CS8103 (user-string heap overflow)",
            !compiled ? "compile did not run: " + Escape(large.FailureReason ?? "?") : cs8103 ? "CS8103: " + Escape(StripId(large.Compile!.FirstErrors.FirstOrDefault(e => e.StartsWith("CS8103", StringComparison.Ordinal)) ?? string.Empty)) : large.Compile!.Success ? "compiled, no CS8103" : "no CS8103, but: " + Escape(large.Compile.FirstErrors.FirstOrDefault() ?? "?"),
            !compiled ? "not measured" : cs8103 ? "**missed**" : "met");

        bool oom = (large.FailureReason ?? string.Empty).Contains("out of memory", StringComparison.OrdinalIgnoreCase);
        bool timedOut = (large.FailureReason ?? string.Empty).Contains("time limit", StringComparison.Ordinal);
        yield return (
            prefix + "no out-of-memory",
            oom ? Escape(large.FailureReason!) : timedOut ? "none before the time limit stopped it" : $"none (GC heap limit {report.Settings.GcHeapHardLimitGiB:0.#} GiB)",
            oom ? "**missed**" : timedOut ? "not measured" : "met");

        yield return (
            prefix + "peak memory < 4 GiB",
            large.PeakWorkingSetBytes > 0 ? Mib(large.PeakWorkingSetBytes) + (large.Status == "ok" ? string.Empty : " (until it failed)") : "not measured",
            large.PeakWorkingSetBytes <= 0 ? "not measured" : large.PeakWorkingSetBytes >= PeakMemoryTargetBytes ? "**missed**" : large.Status == "ok" ? "met" : "not measured (the build did not finish)");

        double? build = large.GeneratorPlusCompileSeconds;
        yield return (
            prefix + $"generator + compile < {LargeBuildSecondsTarget:0} s",
            build != null ? Seconds(build.Value) + $" (generator {Seconds(large.GeneratorCold!.Seconds)}, compile + emit {Seconds(large.CompileEmit!.Seconds)}{(large.Compile is { Success: false } ? ", failed" : string.Empty)})" : timedOut ? Escape(large.FailureReason!) : "not measured",
            build == null ? (timedOut ? "**missed**" : "not measured") : build < LargeBuildSecondsTarget && large.Compile is { Success: true } ? "met" : "**missed**");
    }

    private static string Load(double? load) => load?.ToString("F1", CultureInfo.InvariantCulture) ?? "?";

    private static string TrackedText(TrackedCheck? t)
        => t == null ? "–"
            : !t.Ran ? "not run"
            : t.Error != null ? "error: " + Escape(t.Error)
            : string.Join(", ", t.ParseReasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => N(r.Value) + " " + r.Key));

    private static string CompileText(CompileOutcome? c)
        => c == null ? "–" : c.Success ? "success" : $"**{string.Join(", ", c.ErrorIds)}** ({N(c.Errors)} error{(c.Errors == 1 ? string.Empty : "s")}): " + Escape(StripId(c.FirstErrors.FirstOrDefault() ?? string.Empty));

    // "CS8103: message" -> "message", where the id is shown beside it already.
    private static string StripId(string error) => error.Length > 8 && error[6] == ':' ? error.Substring(8) : error;

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Time(PhaseResult? p) => p == null ? "–" : p.Samples.Count == 0 ? "failed" : Seconds(p.Seconds) + (p.Error != null ? " (failed)" : string.Empty);

    public static string Seconds(double s)
        => s >= 100 ? s.ToString("F0", CultureInfo.InvariantCulture) + " s"
            : s >= 10 ? s.ToString("F1", CultureInfo.InvariantCulture) + " s"
            : s >= 1 ? s.ToString("F2", CultureInfo.InvariantCulture) + " s"
            : s >= 0.001 ? (s * 1000).ToString(s >= 0.1 ? "F0" : s >= 0.01 ? "F1" : "F2", CultureInfo.InvariantCulture) + " ms"
            : (s * 1_000_000).ToString("F0", CultureInfo.InvariantCulture) + " µs";

    private static string RatioText(double? r, string unit) => r == null ? "–" : r.Value.ToString(r >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture) + unit;

    private static string Percent(double? r) => r == null ? "–" : (r.Value * 100).ToString(r >= 0.1 ? "F0" : "F1", CultureInfo.InvariantCulture) + "%";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1_000_000.0).ToString(bytes >= 10_000_000 ? "F0" : "F1", CultureInfo.InvariantCulture) + " MB";

    private static string Mib(long bytes)
        => bytes < 1024 * 1024
            ? (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KiB"
            : (bytes / (1024.0 * 1024)).ToString(bytes < 10L * 1024 * 1024 ? "N1" : "N0", CultureInfo.InvariantCulture) + " MiB";

    private static string MChars(long chars) => (chars / 1_000_000.0).ToString(chars >= 10_000_000 ? "F0" : "F1", CultureInfo.InvariantCulture) + " M chars";

    private static string Short(string version) => version.Split('+')[0];

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
}
