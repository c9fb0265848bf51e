using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperCatalog.ScaleHarness;

/// <summary>
/// Measures how the generator scales with the size of a catalog. For each size it synthesizes a catalog, then runs
/// the measurements in a child process of its own (this program again, with <c>--child</c>), so that the peak
/// memory and the allocations belong to that size alone, and a size that crashes, runs out of memory or overruns
/// the time limit is recorded as failed while the others go on.
/// <code>
/// dotnet run -c Release --project bench/PaperCatalog.ScaleHarness -- --sizes 57,1000,10000,100000 --out docs/benchmarks
/// </code>
/// Options: <c>--sizes</c>, <c>--out</c> (scale.json, scale.md, scale.png), <c>--work</c> (where catalogs are
/// written; default a temp folder), <c>--seed</c>, <c>--timeout-minutes</c> (per size, default 15),
/// <c>--max-heap-gb</c> (GC heap hard limit of each child, default 12), <c>--track-max</c> (largest size for the
/// tracked incremental check, default 10000), <c>--reps</c> (repetitions per phase; default 10 up to 100 entries,
/// 5 up to 10,000, else 3; compile and emit runs once above 1,000), <c>--tiered</c> (leave tiered JIT on in the
/// children), <c>--report-only</c> (re-render scale.md and scale.png from scale.json).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var options = Args.Parse(args);
            if (options.Has("child"))
            {
                return SizeRun.Run(new ChildOptions(
                    options.Int("size", 0),
                    options.Get("catalog") ?? throw new ArgumentException("--catalog is required with --child"),
                    options.Get("result") ?? throw new ArgumentException("--result is required with --child"),
                    options.Int("reps", 1),
                    options.Int("track-max", 10_000),
                    options.Int("warmup-cycles", 3)));
            }

            return RunParent(options, args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
    }

    private static int RunParent(Args options, string[] args)
    {
        string outDir = Path.GetFullPath(options.Get("out") ?? Path.Combine("docs", "benchmarks"));
        Directory.CreateDirectory(outDir);
        string jsonPath = Path.Combine(outDir, "scale.json");

        if (options.Has("report-only"))
        {
            ScaleReport existing = JsonSerializer.Deserialize<ScaleReport>(File.ReadAllText(jsonPath), ScaleReport.Json)
                ?? throw new ArgumentException("Cannot read " + jsonPath);
            WriteOutputs(existing, outDir, finalRun: true);
            return 0;
        }

        List<int> sizes = (options.Get("sizes") ?? "57,1000,10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();
        if (sizes.Count == 0 || sizes.Any(s => s < 1))
        {
            throw new ArgumentException("--sizes must list positive numbers, such as 57,1000,10000,100000");
        }

        int seed = options.Int("seed", 20251125);
        double timeoutMinutes = options.Double("timeout-minutes", 15);
        double maxHeapGiB = options.Double("max-heap-gb", 12);
        int trackMax = options.Int("track-max", 10_000);
        int? reps = options.Has("reps") ? options.Int("reps", 1) : null;
        bool tiered = options.Has("tiered");
        string work = Path.GetFullPath(options.Get("work") ?? Path.Combine(Path.GetTempPath(), "papercatalog-scale"));

        var report = new ScaleReport
        {
            Command = "dotnet run -c Release --project bench/PaperCatalog.ScaleHarness -- " + string.Join(' ', args),
            StartedUtc = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Machine = Machine(),
            Settings = new HarnessSettings
            {
                Sizes = sizes,
                Seed = seed,
                TimeLimitMinutesPerSize = timeoutMinutes,
                GcHeapHardLimitGiB = maxHeapGiB,
                Jit = tiered ? "tiered compilation (the runtime's default)" : "DOTNET_TieredCompilation=0: every method fully optimised from its first call",
                TrackedCheckMaxSize = trackMax,
                CatalogFolder = work,
                Notes = "Each size runs in its own child process (workstation GC, DOTNET_GCHeapHardLimit set). Texts are read into memory "
                    + "first; every phase starts from them. A warm-up on 25 entries JITs the code first (3 cycles; 30 cycles or 5 s with --tiered). "
                    + "Tiered JIT is off in the children unless --tiered: on a busy 2-core machine the background tier-up is starved and "
                    + "repeated runs varied up to 10x. Times are medians of the "
                    + "repetitions; compile and emit runs once above 1,000 entries. Compilation: C# 12, Release, nullable, "
                    + "Basic.Reference.Assemblies.Net80 + PaperCatalog.Runtime, emitted to memory without PDB.",
            },
        };

        var total = Stopwatch.StartNew();
        Console.WriteLine($"PaperCatalog scale harness: sizes {string.Join(", ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))}; catalogs under {work}");
        IReadOnlyDictionary<int, string> folders = CatalogSynthesizer.WriteCatalogs(work, sizes, seed, Console.Out);

        foreach (int size in sizes)
        {
            int repetitions = reps ?? (size <= 100 ? 10 : size <= 10_000 ? 5 : 3);
            SizeResult result = RunChild(size, folders[size], work, repetitions, trackMax, timeoutMinutes, maxHeapGiB, tiered);
            report.Sizes.Add(result);
            report.TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1);
            Console.WriteLine($"[{size:N0}] {result.Status}{(result.FailureReason == null ? string.Empty : " — " + result.FailureReason)} ({result.ChildSeconds:F1} s)");
            WriteOutputs(report, outDir, finalRun: false);
        }

        report.TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1);
        string markdown = WriteOutputs(report, outDir, finalRun: true);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Wrote {jsonPath}, {Path.Combine(outDir, "scale.md")} and {Path.Combine(outDir, "scale.png")} in {total.Elapsed.TotalMinutes:F1} min.");
        return 0;
    }

    private static string WriteOutputs(ScaleReport report, string outDir, bool finalRun)
    {
        File.WriteAllText(Path.Combine(outDir, "scale.json"), JsonSerializer.Serialize(report, ScaleReport.Json) + "\n");
        string markdown = Report.Markdown(report);
        File.WriteAllText(Path.Combine(outDir, "scale.md"), markdown);
        if (finalRun)
        {
            string? chartError = Chart.Write(report, Path.Combine(outDir, "scale.png"));
            if (chartError != null)
            {
                Console.Error.WriteLine("warning: the chart was not written: " + chartError);
            }
        }

        return markdown;
    }

    private static SizeResult RunChild(int size, string catalog, string work, int repetitions, int trackMax, double timeoutMinutes, double maxHeapGiB, bool tiered)
    {
        string resultPath = Path.Combine(work, $"result-{size}.json");
        File.Delete(resultPath);
        Console.WriteLine($"[{size:N0}] measuring in a child process ({repetitions} repetition(s), limit {timeoutMinutes:0.##} min, GC heap ≤ {maxHeapGiB:0.#} GiB)");

        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath ?? "dotnet",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string self = Assembly.GetEntryAssembly()?.Location ?? typeof(Program).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(self);
        }

        foreach (string arg in new[] { "--child", "--size", size.ToString(CultureInfo.InvariantCulture), "--catalog", catalog, "--result", resultPath, "--reps", repetitions.ToString(CultureInfo.InvariantCulture), "--track-max", trackMax.ToString(CultureInfo.InvariantCulture), "--warmup-cycles", tiered ? "30" : "3" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)(maxHeapGiB * 1024 * 1024 * 1024)).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        if (!tiered)
        {
            start.Environment["DOTNET_TieredCompilation"] = "0";
        }

        var stderr = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) => { if (e.Data != null) { Console.WriteLine(e.Data); } };
        child.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        bool exited = child.WaitForExit(TimeSpan.FromMinutes(timeoutMinutes));
        if (!exited)
        {
            child.Kill(entireProcessTree: true);
        }

        child.WaitForExit();
        watch.Stop();

        SizeResult? result = null;
        if (File.Exists(resultPath))
        {
            try
            {
                result = JsonSerializer.Deserialize<SizeResult>(File.ReadAllText(resultPath), ScaleReport.Json);
            }
            catch (JsonException)
            {
                result = null;
            }
        }

        result ??= new SizeResult { Size = size, Repetitions = repetitions };
        result.ExitCode = exited ? child.ExitCode : null;
        result.ChildSeconds = Math.Round(watch.Elapsed.TotalSeconds, 3);
        string tail;
        lock (stderr)
        {
            tail = stderr.ToString().Trim();
        }

        result.StandardErrorTail = tail.Length == 0 ? null : tail.Length > 2000 ? "…" + tail.Substring(tail.Length - 2000) : tail;

        if (!exited)
        {
            result.Status = "failed";
            result.FailureReason = $"time limit of {timeoutMinutes:0.##} min exceeded during '{result.Phase ?? "start"}'" + (result.FailureReason == null ? string.Empty : " (before that: " + result.FailureReason + ")");
        }
        else if (child.ExitCode != 0 || result.Status == "running")
        {
            bool oom = tail.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || tail.Contains("out of memory", StringComparison.OrdinalIgnoreCase) || child.ExitCode == 137;
            result.Status = "failed";
            result.FailureReason = (oom ? "out of memory: " : string.Empty)
                + $"child process exited with code {child.ExitCode} during '{result.Phase ?? "start"}'"
                + (result.FailureReason == null ? string.Empty : " (" + result.FailureReason + ")");
        }

        return result;
    }

    private static MachineInfo Machine()
    {
        string cpu = RuntimeInformation.ProcessArchitecture.ToString();
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line != null)
                {
                    cpu = line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
                }
            }
        }
        catch (IOException)
        {
        }

        return new MachineInfo
        {
            Cpu = cpu,
            LogicalCores = Environment.ProcessorCount,
            MemoryGiB = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
            Os = RuntimeInformation.OSDescription,
            Runtime = RuntimeInformation.FrameworkDescription,
            Roslyn = Version(typeof(CSharpCompilation).Assembly),
            YamlDotNet = Version(typeof(YamlDotNet.Core.Parser).Assembly),
            Generator = Version(typeof(PaperCatalog.Generator.PaperCatalogGenerator).Assembly),
        };
    }

    private static string Version(Assembly assembly)
    {
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational ?? assembly.GetName().Version?.ToString() ?? "?";
    }
}

/// <summary><c>--name value</c> and <c>--flag</c> arguments.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException("unexpected argument '" + args[i] + "'");
            }

            string name = args[i].Substring(2);
            string? value = null;
            int eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name.Substring(eq + 1);
                name = name.Substring(0, eq);
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            parsed._values[name] = value;
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out string? value) ? value : null;

    public int Int(string name, int fallback)
        => Get(name) is { } value ? int.Parse(value, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback)
        => Get(name) is { } value ? double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;
}
