using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperCatalog.BuildBenchmark;

/// <summary>Everything one benchmark run measured, raw; written as <c>build.json</c> and read back by <c>--report-only</c>.</summary>
internal sealed class BenchmarkResults
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

        // Build output quotes paths and uses <, > and &: kept readable, the file is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Command { get; set; } = string.Empty;

    public string StartedUtc { get; set; } = string.Empty;

    public string? FinishedUtc { get; set; }

    public MachineInfo Machine { get; set; } = new();

    public BenchmarkSettings Settings { get; set; } = new();

    public FeedResult Feed { get; set; } = new();

    /// <summary>The untimed build of a one-entry project before the first size, so that size 1 is not the one paying for cold disk caches.</summary>
    public RunRecord? Warmup { get; set; }

    public List<SizeResult> Sizes { get; set; } = new();

    public static BenchmarkResults Read(string path)
        => JsonSerializer.Deserialize<BenchmarkResults>(File.ReadAllText(path), Json) ?? throw new InvalidDataException("Empty results: " + path);

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>The machine the numbers come from.</summary>
internal sealed class MachineInfo
{
    public string Cpu { get; set; } = string.Empty;

    /// <summary>Physical cores, from lscpu (sockets times cores per socket); 0 when unknown.</summary>
    public int Cores { get; set; }

    public int LogicalProcessors { get; set; }

    public double MemoryGiB { get; set; }

    public string Os { get; set; } = string.Empty;

    public string Kernel { get; set; } = string.Empty;

    /// <summary><c>dotnet --version</c> where the curator projects are built.</summary>
    public string DotnetSdk { get; set; } = string.Empty;
}

/// <summary>The settings of the run, so that a reader can repeat it.</summary>
internal sealed class BenchmarkSettings
{
    public List<int> Sizes { get; set; } = new();

    public int Seed { get; set; }

    /// <summary>Clean builds per size: a number, or the default rule in words.</summary>
    public string Repeat { get; set; } = string.Empty;

    public double TimeoutMinutes { get; set; }

    public string BuildCommand { get; set; } = string.Empty;

    public string RestoreCommand { get; set; } = string.Empty;

    public string RunCommand { get; set; } = string.Empty;
}

/// <summary>The packages packed from the repository into the local feed the curator projects restore from.</summary>
internal sealed class FeedResult
{
    public string Version { get; set; } = string.Empty;

    /// <summary>Package file names, in the order they were packed.</summary>
    public List<string> Packages { get; set; } = new();

    public List<RunRecord> Packs { get; set; } = new();

    public string? Error { get; set; }
}

/// <summary>One size: its catalog, its builds and its program run.</summary>
internal sealed class SizeResult
{
    public int Entries { get; set; }

    /// <summary>/proc/loadavg just before the size started (1, 5 and 15 minute averages).</summary>
    public string? LoadAverageBefore { get; set; }

    public double SynthesizeSeconds { get; set; }

    /// <summary>Bytes of the entry files.</summary>
    public long CatalogBytes { get; set; }

    public string? LastId { get; set; }

    public string? LastArxivId { get; set; }

    public string? LastMember { get; set; }

    public RunRecord? Restore { get; set; }

    /// <summary>Clean builds (no bin/, no obj/Release/), one per <c>--repeat</c>.</summary>
    public List<RunRecord> CleanBuilds { get; set; } = new();

    /// <summary>The same build again with nothing changed.</summary>
    public RunRecord? NoOpRebuild { get; set; }

    /// <summary>The build after the title of one entry changed.</summary>
    public RunRecord? EditRebuild { get; set; }

    public string? EditedEntry { get; set; }

    /// <summary>Clean builds with <c>-p:GenerateDocumentationFile=true</c>, as many as the plain ones.</summary>
    public List<RunRecord> DocsBuilds { get; set; } = new();

    public ProgramResult? Program { get; set; }

    /// <summary>Why the size stopped early, when it did.</summary>
    public string? Failure { get; set; }

    /// <summary>The median time of the successful clean builds; null when none succeeded.</summary>
    [JsonIgnore]
    public double? BuildSeconds => Median(CleanBuilds.Where(b => b.Succeeded).Select(b => b.Seconds));

    /// <summary>The median time of the successful clean builds with docs; null when none succeeded.</summary>
    [JsonIgnore]
    public double? DocsBuildSeconds => Median(DocsBuilds.Where(b => b.Succeeded).Select(b => b.Seconds));

    /// <summary>The largest tree peak over the successful clean builds with docs.</summary>
    [JsonIgnore]
    public double? DocsPeakRssMiB => PeakOf(DocsBuilds);

    /// <summary>The largest tree peak over the successful clean builds.</summary>
    [JsonIgnore]
    public double? PeakRssMiB => PeakOf(CleanBuilds);

    private static double? PeakOf(List<RunRecord> builds)
        => builds.Where(b => b.Succeeded && b.PeakRssMiB != null).Select(b => b.PeakRssMiB!.Value).DefaultIfEmpty().Max() is double peak and > 0 ? peak : null;

    private static double? Median(IEnumerable<double> values)
    {
        List<double> sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>One process run to completion or to its time limit, measured from outside.</summary>
internal sealed class RunRecord
{
    public string Step { get; set; } = string.Empty;

    public string Command { get; set; } = string.Empty;

    /// <summary>Null when the process could not start or was killed at its time limit.</summary>
    public int? ExitCode { get; set; }

    public bool TimedOut { get; set; }

    public double Seconds { get; set; }

    /// <summary>Peak of the summed VmRSS of the process and all its descendants.</summary>
    public double? PeakRssMiB { get; set; }

    public int PeakProcesses { get; set; }

    /// <summary>The last 40 lines of output; kept only when the run failed.</summary>
    public List<string>? OutputTail { get; set; }

    [JsonIgnore]
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}

/// <summary>The built program, run as a user runs it.</summary>
internal sealed class ProgramResult
{
    public RunRecord Run { get; set; } = new();

    /// <summary>Loaded, answered every lookup correctly and exited with 0.</summary>
    public bool Works { get; set; }

    /// <summary>From the start of Main to after the count, both lookups and the typed member, as the program measured it.</summary>
    public double? FirstLookupMs { get; set; }

    /// <summary>From the start of Main to after every abstract was read.</summary>
    public double? ProgramMs { get; set; }

    /// <summary>The JSON line the program printed, as printed.</summary>
    public string? Answer { get; set; }

    /// <summary>The first line naming an exception, when the program failed with one.</summary>
    public string? Exception { get; set; }
}
