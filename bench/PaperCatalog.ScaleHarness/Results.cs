using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperCatalog.ScaleHarness;

/// <summary>Everything one harness run measured; written as <c>scale.json</c>.</summary>
internal sealed class ScaleReport
{
    public string Command { get; set; } = string.Empty;

    public string StartedUtc { get; set; } = string.Empty;

    public double TotalSeconds { get; set; }

    public MachineInfo Machine { get; set; } = new();

    public HarnessSettings Settings { get; set; } = new();

    public List<SizeResult> Sizes { get; set; } = new();

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}

internal sealed class MachineInfo
{
    public string Cpu { get; set; } = string.Empty;

    public int LogicalCores { get; set; }

    public double MemoryGiB { get; set; }

    public string Os { get; set; } = string.Empty;

    public string Runtime { get; set; } = string.Empty;

    public string Roslyn { get; set; } = string.Empty;

    public string YamlDotNet { get; set; } = string.Empty;

    public string Generator { get; set; } = string.Empty;
}

internal sealed class HarnessSettings
{
    public List<int> Sizes { get; set; } = new();

    public int Seed { get; set; }

    public double TimeLimitMinutesPerSize { get; set; }

    public double GcHeapHardLimitGiB { get; set; }

    public int TrackedCheckMaxSize { get; set; }

    public string Jit { get; set; } = string.Empty;

    public string CatalogFolder { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;
}

/// <summary>One catalog size, measured in its own child process.</summary>
internal sealed class SizeResult
{
    public int Size { get; set; }

    /// <summary><c>ok</c>, or <c>failed</c> with <see cref="FailureReason"/>.</summary>
    public string Status { get; set; } = "running";

    public string? FailureReason { get; set; }

    /// <summary>The phase running when the child stopped, was stopped, or last finished.</summary>
    public string? Phase { get; set; }

    public int Repetitions { get; set; }

    public int CompileRepetitions { get; set; }

    public int Files { get; set; }

    public long YamlChars { get; set; }

    public long YamlBytesOnDisk { get; set; }

    public double ReadFilesSeconds { get; set; }

    public double WarmUpSeconds { get; set; }

    public PhaseResult? ParseFloor { get; set; }

    public PhaseResult? GeneratorCold { get; set; }

    public PhaseResult? GeneratorIncremental { get; set; }

    public PhaseResult? CompileEmit { get; set; }

    public GeneratorOutput? Output { get; set; }

    public CompileOutcome? Compile { get; set; }

    public TrackedCheck? Tracked { get; set; }

    public double? ColdToFloorRatio { get; set; }

    public double? IncrementalToColdRatio { get; set; }

    /// <summary>Generator cold plus compile-and-emit, in seconds (only when both ran).</summary>
    public double? GeneratorPlusCompileSeconds { get; set; }

    /// <summary>The child process's peak working set: max of sampled values and the kernel's high-water mark.</summary>
    public long PeakWorkingSetBytes { get; set; }

    public long TotalAllocatedBytes { get; set; }

    public double ChildSeconds { get; set; }

    /// <summary>The machine's 1-minute load average when the child started and when it last saved (Linux only).</summary>
    public double? LoadAverageAtStart { get; set; }

    public double? LoadAverageAtEnd { get; set; }

    public int? ExitCode { get; set; }

    public string? StandardErrorTail { get; set; }
}

/// <summary>One measured phase: the median of its repetitions, every sample, and its memory.</summary>
internal sealed class PhaseResult
{
    public double Seconds { get; set; }

    public List<double> Samples { get; set; } = new();

    /// <summary>Bytes allocated by one repetition (GC.GetTotalAllocatedBytes, averaged over repetitions).</summary>
    public long AllocatedBytes { get; set; }

    /// <summary>Largest working set sampled while the phase ran.</summary>
    public long PeakWorkingSetBytes { get; set; }

    public string? Error { get; set; }
}

internal sealed class GeneratorOutput
{
    public int Sources { get; set; }

    public long GeneratedChars { get; set; }

    public Dictionary<string, long> CharsBySource { get; set; } = new();

    public int ErrorDiagnostics { get; set; }

    public int WarningDiagnostics { get; set; }

    public List<string> FirstDiagnostics { get; set; } = new();
}

internal sealed class CompileOutcome
{
    public bool Success { get; set; }

    public int Errors { get; set; }

    public List<string> FirstErrors { get; set; } = new();

    public List<string> ErrorIds { get; set; } = new();

    public long AssemblyBytes { get; set; }
}

/// <summary>After one file changed: how the Parse step's outputs were served (a tracked driver run).</summary>
internal sealed class TrackedCheck
{
    public bool Ran { get; set; }

    public string? SkippedBecause { get; set; }

    public int ParseOutputs { get; set; }

    public Dictionary<string, int> ParseReasons { get; set; } = new();

    public Dictionary<string, int> ValidateReasons { get; set; } = new();

    /// <summary>Exactly one Parse output Modified and every other Cached.</summary>
    public bool OnlyChangedFileReparsed { get; set; }

    public string? Error { get; set; }
}
