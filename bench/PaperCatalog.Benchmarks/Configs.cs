using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// The lookup suite's job: one launch, 3 warm-up and 10 measured iterations. Shorter than BenchmarkDotNet's default
/// job (which would take over half an hour for 24 benchmarks on a 2-core machine) and longer than ShortRun's 3
/// iterations, so that the error bars still mean something.
/// </summary>
public sealed class LookupConfig : ManualConfig
{
    public LookupConfig()
    {
        AddJob(Job.Default
            .WithId("Lookup")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10));
    }
}

/// <summary>
/// Cold start: each measurement is the single, first invocation of the benchmark in a new process (15 processes),
/// with no pilot, no warm-up and no prior JIT of the benchmark method.
/// </summary>
public sealed class ColdStartConfig : ManualConfig
{
    public const int Launches = 15;

    public ColdStartConfig()
    {
        AddJob(Job.Default
            .WithId("ColdStart")
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(Launches)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEvaluateOverhead(false));
    }
}
