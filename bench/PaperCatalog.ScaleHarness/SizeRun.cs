using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using PaperCatalog.Generator;
using YamlDotNet.Core;

namespace PaperCatalog.ScaleHarness;

/// <summary>
/// The child process: measures one catalog size and writes a <see cref="SizeResult"/> to a file after every phase,
/// so that whatever ran before a crash, an out-of-memory or the parent's time limit is kept.
/// </summary>
internal sealed class SizeRun
{
    private const int WarmUpEntries = 25;
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(5);

    private readonly ChildOptions _options;
    private readonly SizeResult _result;
    private readonly MemorySampler _sampler = new();
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private bool _stop;

    private SizeRun(ChildOptions options)
    {
        _options = options;
        _result = new SizeResult { Size = options.Size, Repetitions = options.Repetitions, LoadAverageAtStart = LoadAverage() };
    }

    /// <summary>The 1-minute load average from /proc/loadavg: other work on the machine makes times noisier.</summary>
    public static double? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg")
                ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static int Run(ChildOptions options)
    {
        var run = new SizeRun(options);
        try
        {
            run.Measure();
            if (run._result.Status == "running")
            {
                run._result.Status = "ok";
            }
        }
        catch (Exception ex)
        {
            run.Fail(run._result.Phase ?? "start", ex);
        }
        finally
        {
            run._result.Phase = run._result.Status == "ok" ? "done" : run._result.Phase;
            run.Save();
            run._sampler.Dispose();
        }

        return 0;
    }

    private void Measure()
    {
        // ---- the catalog's texts, read into memory once: every phase below starts from them ----
        Begin("read files");
        var read = Stopwatch.StartNew();
        string[] paths = Directory.GetFiles(_options.CatalogFolder, "*.yaml");
        Array.Sort(paths, StringComparer.Ordinal);
        string[] texts = paths.Select(File.ReadAllText).ToArray();
        read.Stop();
        _result.Files = paths.Length;
        _result.YamlChars = texts.Sum(t => (long)t.Length);
        _result.YamlBytesOnDisk = paths.Sum(p => new FileInfo(p).Length);
        _result.ReadFilesSeconds = read.Elapsed.TotalSeconds;
        if (paths.Length != _options.Size)
        {
            throw new InvalidOperationException($"Expected {_options.Size} entry files in {_options.CatalogFolder}, found {paths.Length}.");
        }

        CSharpCompilation input = GeneratorHost.CreateInputCompilation();
        int changed = paths.Length / 2;
        string changedText = ChangeTitle(texts[changed]);

        // ---- warm-up: the parser, the generator, Roslyn's driver and emitter run on a few entries, a few times, so that
        // JIT is not timed (the parent turns tiered JIT off). With --tiered: until the methods called once per run have
        // been called 30 times (tiering's threshold) or 5 s have passed, then a pause for the background JIT. Not reported.
        Begin("warm-up");
        var warm = Stopwatch.StartNew();
        {
            int n = Math.Min(WarmUpEntries, paths.Length);
            string[] p = paths.Take(n).ToArray();
            string[] t = texts.Take(n).ToArray();
            var changedSmall = new InMemoryAdditionalText(p[n / 2], ChangeTitle(t[n / 2]));
            for (int cycle = 0; cycle < _options.WarmUpCycles && (cycle < 3 || warm.Elapsed < WarmUpLimit); cycle++)
            {
                ParseAll(t);
                AdditionalText[] files = GeneratorHost.Wrap(p, t);
                GeneratorDriver driver = GeneratorHost.CreateDriver(files, trackSteps: false).RunGenerators(input);
                driver.ReplaceAdditionalText(files[n / 2], changedSmall).RunGenerators(input);
                input.AddSyntaxTrees(driver.GetRunResult().GeneratedTrees).Emit(new MemoryStream());
            }

            System.Threading.Thread.Sleep(500);
        }

        _result.WarmUpSeconds = warm.Elapsed.TotalSeconds;

        // ---- parse-only floor: YamlDotNet's event parser over every text, every event consumed ----
        _result.ParseFloor = Phase("parse floor", _options.Repetitions, () => Timed(() => ParseAll(texts)));
        if (_stop)
        {
            return;
        }

        // ---- generator cold: a fresh driver over every file ----
        GeneratorDriver? cold = null;
        AdditionalText[] coldFiles = [];
        _result.GeneratorCold = Phase("generator cold", _options.Repetitions, () =>
        {
            cold = null;
            coldFiles = GeneratorHost.Wrap(paths, texts);
            GeneratorDriver fresh = GeneratorHost.CreateDriver(coldFiles, trackSteps: false);
            return Timed(() => cold = fresh.RunGenerators(input));
        });
        if (_stop || cold == null)
        {
            return;
        }

        GeneratorDriverRunResult coldRun = cold.GetRunResult();
        _result.Output = Describe(coldRun);
        if (_result.Output.ErrorDiagnostics > 0)
        {
            Fail("generator cold", _result.Output.ErrorDiagnostics + " generator error(s), first: " + _result.Output.FirstDiagnostics.FirstOrDefault());
        }

        _result.ColdToFloorRatio = Ratio(_result.GeneratorCold, _result.ParseFloor);
        Save();

        // ---- compile and emit the generated sources (the generator's parse of them is already in 'cold') ----
        ImmutableArray<SyntaxTree> trees = coldRun.GeneratedTrees;
        coldRun = null!;
        int compileReps = _options.Size <= 1_000 ? _options.Repetitions : 1;
        _result.CompileRepetitions = compileReps;
        EmitResult? emit = null;
        long assemblyBytes = 0;
        _result.CompileEmit = Phase("compile and emit", compileReps, () =>
        {
            emit = null;
            return Timed(() =>
            {
                using var pe = new MemoryStream();
                CSharpCompilation compilation = input.AddSyntaxTrees(trees);
                emit = compilation.Emit(pe);
                assemblyBytes = pe.Length;
            });
        });
        trees = default;
        if (emit != null)
        {
            Diagnostic[] errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            _result.Compile = new CompileOutcome
            {
                Success = emit.Success,
                Errors = errors.Length,
                FirstErrors = errors.Take(5).Select(d => Shorten(d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 300)).ToList(),
                ErrorIds = errors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList(),
                AssemblyBytes = emit.Success ? assemblyBytes : 0,
            };
            if (!emit.Success)
            {
                Fail("compile and emit", "compile failed: " + (_result.Compile.FirstErrors.FirstOrDefault() ?? "no error reported"));
            }

            emit = null;
        }

        if (_result.GeneratorCold.Error == null && _result.CompileEmit.Error == null)
        {
            _result.GeneratorPlusCompileSeconds = _result.GeneratorCold.Seconds + _result.CompileEmit.Seconds;
        }

        Save();
        if (_stop)
        {
            return;
        }

        // ---- generator after one file changed: replace it in the cold driver, run again ----
        _result.GeneratorIncremental = Phase("generator incremental", _options.Repetitions, () =>
        {
            GeneratorDriver replaced = cold.ReplaceAdditionalText(coldFiles[changed], new InMemoryAdditionalText(paths[changed], changedText));
            return Timed(() => replaced.RunGenerators(input));
        });
        _result.IncrementalToColdRatio = Ratio(_result.GeneratorIncremental, _result.GeneratorCold);
        cold = null;
        coldFiles = [];
        Save();
        if (_stop)
        {
            return;
        }

        // ---- which steps reran: a tracked driver, cold then one file changed ----
        Begin("tracked check");
        _result.Tracked = TrackedRun(input, paths, texts, changed, changedText);
        Save();
    }

    private TrackedCheck TrackedRun(CSharpCompilation input, string[] paths, string[] texts, int changed, string changedText)
    {
        if (_options.Size > _options.TrackedMax)
        {
            return new TrackedCheck { Ran = false, SkippedBecause = $"only run on catalogs of at most {_options.TrackedMax:N0} entries" };
        }

        var check = new TrackedCheck { Ran = true };
        try
        {
            AdditionalText[] files = GeneratorHost.Wrap(paths, texts);
            GeneratorDriver driver = GeneratorHost.CreateDriver(files, trackSteps: true).RunGenerators(input);
            driver = driver.ReplaceAdditionalText(files[changed], new InMemoryAdditionalText(paths[changed], changedText)).RunGenerators(input);
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            check.ParseReasons = Reasons(run, TrackingNames.Parse);
            check.ValidateReasons = Reasons(run, TrackingNames.Validate);
            check.ParseOutputs = check.ParseReasons.Values.Sum();
            check.OnlyChangedFileReparsed = check.ParseOutputs == paths.Length
                && check.ParseReasons.GetValueOrDefault(nameof(IncrementalStepRunReason.Modified)) == 1
                && check.ParseReasons.GetValueOrDefault(nameof(IncrementalStepRunReason.Cached)) == paths.Length - 1;
            if (!check.OnlyChangedFileReparsed)
            {
                Fail("tracked check", "after one file changed, Parse outputs were " + string.Join(", ", check.ParseReasons.Select(r => r.Key + " " + r.Value)));
            }
        }
        catch (Exception ex) when (!IsOutOfMemory(ex))
        {
            check.Error = ex.GetType().Name + ": " + ex.Message;
            Fail("tracked check", check.Error);
        }

        return check;
    }

    private static Dictionary<string, int> Reasons(GeneratorRunResult run, string step)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (run.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> steps))
        {
            foreach (IncrementalGeneratorRunStep runStep in steps)
            {
                foreach ((object Value, IncrementalStepRunReason Reason) output in runStep.Outputs)
                {
                    string reason = output.Reason.ToString();
                    counts[reason] = counts.GetValueOrDefault(reason) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>Every event of every text, as any YAML-based generator must at least read them.</summary>
    private static long ParseAll(string[] texts)
    {
        long events = 0;
        foreach (string text in texts)
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            while (parser.MoveNext())
            {
                events++;
                if (parser.Current is YamlDotNet.Core.Events.Scalar scalar)
                {
                    events += scalar.Value.Length & 1;
                }
            }
        }

        return events;
    }

    private static string ChangeTitle(string text)
    {
        const string key = "title: \"";
        int at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("An entry without a title line.");
        }

        return text.Substring(0, at + key.Length) + "Revised: " + text.Substring(at + key.Length);
    }

    private static GeneratorOutput Describe(GeneratorDriverRunResult run)
    {
        GeneratorRunResult result = run.Results.Single();
        if (result.Exception != null)
        {
            throw new InvalidOperationException("The generator threw: " + result.Exception.GetType().Name + ": " + result.Exception.Message, result.Exception);
        }

        ImmutableArray<Diagnostic> diagnostics = run.Diagnostics;
        return new GeneratorOutput
        {
            Sources = result.GeneratedSources.Length,
            GeneratedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length),
            CharsBySource = result.GeneratedSources.ToDictionary(s => s.HintName, s => (long)s.SourceText.Length),
            ErrorDiagnostics = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            WarningDiagnostics = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            FirstDiagnostics = diagnostics.Take(5).Select(d => Shorten(d.ToString(), 300)).ToList(),
        };
    }

    // ---- phases ----

    private void Begin(string phase)
    {
        _result.Phase = phase;
        Console.WriteLine($"  [{_options.Size:N0}] {phase} ...");
        Save();
    }

    /// <summary>Runs <paramref name="repetitions"/> repetitions, each after a full collection; keeps the median.</summary>
    private PhaseResult Phase(string name, int repetitions, Func<(double Seconds, long Allocated)> repetition)
    {
        Begin(name);
        var phase = new PhaseResult();
        long allocated = 0;
        try
        {
            Collect();
            _sampler.Reset();
            for (int i = 0; i < repetitions; i++)
            {
                if (i > 0)
                {
                    Collect();
                }

                (double seconds, long bytes) = repetition();
                phase.Samples.Add(Math.Round(seconds, 6));
                allocated += bytes;
                phase.PeakWorkingSetBytes = Math.Max(phase.PeakWorkingSetBytes, _sampler.PhaseMax);
                Save();
            }
        }
        catch (Exception ex)
        {
            // Roslyn compiles in parallel, so an out-of-memory may arrive wrapped in AggregateExceptions.
            phase.Error = IsOutOfMemory(ex) ? "out of memory: " + ex.GetType().Name + " (" + (ex.GetBaseException().Message) + ")" : ex.GetType().Name + ": " + ex.Message;
            Fail(name, phase.Error);
            _stop = true;
        }

        phase.PeakWorkingSetBytes = Math.Max(phase.PeakWorkingSetBytes, _sampler.PhaseMax);
        if (phase.Samples.Count > 0)
        {
            phase.Seconds = Median(phase.Samples);
            phase.AllocatedBytes = allocated / phase.Samples.Count;
        }

        Console.WriteLine($"  [{_options.Size:N0}] {name}: {(phase.Error ?? phase.Seconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + " s")}");
        Save();
        return phase;
    }

    private static (double Seconds, long Allocated) Timed(Action action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static (double Seconds, long Allocated) Timed<T>(Func<T> action)
        => Timed(() => { _ = action(); });

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private void Fail(string phase, Exception ex)
        => Fail(phase, (IsOutOfMemory(ex) ? "out of memory: " : ex.GetType().Name + ": ") + ex.GetBaseException().Message);

    private static bool IsOutOfMemory(Exception ex)
        => ex is OutOfMemoryException
           || (ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(IsOutOfMemory))
           || (ex.InnerException != null && IsOutOfMemory(ex.InnerException));

    private void Fail(string phase, string reason)
    {
        _result.Status = "failed";
        _result.FailureReason ??= phase + ": " + reason;
        Console.WriteLine($"  [{_options.Size:N0}] FAILED in {phase}: {reason}");
    }

    private void Save()
    {
        _result.PeakWorkingSetBytes = _sampler.OverallMax;
        _result.TotalAllocatedBytes = GC.GetTotalAllocatedBytes(precise: false);
        _result.ChildSeconds = Math.Round(_total.Elapsed.TotalSeconds, 3);
        _result.LoadAverageAtEnd = LoadAverage();
        string temp = _options.ResultPath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_result, ScaleReport.Json));
        File.Move(temp, _options.ResultPath, overwrite: true);
    }

    private static double? Ratio(PhaseResult? numerator, PhaseResult? denominator)
        => numerator is { Error: null, Samples.Count: > 0 } && denominator is { Error: null, Samples.Count: > 0 } && denominator.Seconds > 0
            ? Math.Round(numerator.Seconds / denominator.Seconds, 4)
            : null;

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + "…";
}

/// <summary>What the parent hands a child: one size, its catalog, where to write the result.</summary>
internal sealed record ChildOptions(int Size, string CatalogFolder, string ResultPath, int Repetitions, int TrackedMax, int WarmUpCycles);
