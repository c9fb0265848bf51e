using BenchmarkDotNet.Running;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Runs the suites: <c>dotnet run -c Release --project bench/PaperCatalog.Benchmarks -- --filter '*'</c>
/// (or <c>'*Lookup*'</c>, <c>'*FirstAccess*'</c>). Any BenchmarkDotNet command-line option applies.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
