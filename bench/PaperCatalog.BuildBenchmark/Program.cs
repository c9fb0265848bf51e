using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Measures what a curator experiences: real <c>dotnet build</c>s of a project that references the packed
/// PaperCatalog.Generator package, for catalogs of several sizes, and a real run of the program built.
/// <code>
/// dotnet run -c Release --project bench/PaperCatalog.BuildBenchmark -- --sizes 1,57,1000,10000,100000 --out docs/benchmarks/build
/// </code>
/// Writes build.json (raw numbers), build.md (the table) and build.png (the chart) into <c>--out</c>; see
/// <see cref="Options.Usage"/> for the options.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            Console.Error.WriteLine(Options.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Options.Usage);
            return 0;
        }

        Directory.CreateDirectory(options.OutDirectory);
        string jsonPath = Path.Combine(options.OutDirectory, "build.json");
        if (options.ReportOnly)
        {
            if (!File.Exists(jsonPath))
            {
                Console.Error.WriteLine("error: no results to redraw: " + jsonPath);
                return 2;
            }

            return WriteReport(BenchmarkResults.Read(jsonPath), options.OutDirectory) ? 0 : 1;
        }

        return Measure(options, args, jsonPath);
    }

    private static int Measure(Options options, string[] args, string jsonPath)
    {
        using var workspace = new Workspace(options.WorkDirectory, options.Keep, options.Repository);
        var scrubber = new PathScrubber(options.Repository, workspace.Root, options.OutDirectory);
        var results = new BenchmarkResults
        {
            Command = "dotnet run -c Release --project bench/PaperCatalog.BuildBenchmark -- " + scrubber.Scrub(string.Join(' ', args)),
            StartedUtc = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Machine = MachineInfoReader.Read(workspace.Root),
            Settings = new BenchmarkSettings
            {
                Sizes = options.Sizes.ToList(),
                Seed = options.Seed,
                Repeat = options.RepeatDescription,
                TimeoutMinutes = options.Timeout.TotalMinutes,
                RestoreCommand = "dotnet " + SizeBenchmark.RestoreArguments,
                BuildCommand = "dotnet " + SizeBenchmark.BuildArguments,
                RunCommand = "dotnet " + CuratorProject.ProgramPath.Replace('\\', '/'),
            },
        };

        Console.WriteLine($"Repository {options.Repository}; work folder {workspace.Root}");
        Console.WriteLine($"{results.Machine.Cpu}, {results.Machine.LogicalProcessors} logical processors, {results.Machine.MemoryGiB} GiB, {results.Machine.Os}, SDK {results.Machine.DotnetSdk}");
        if (workspace.Sources.Count == 0)
        {
            Console.WriteLine("Note: no package source is configured on this machine; only the local feed will be used.");
        }

        Console.WriteLine("Packing the packages into the local feed...");
        results.Feed = FeedPacker.Pack(options.Repository, workspace.Feed, workspace.Artifacts, options.Timeout, scrubber);
        if (results.Feed.Error != null)
        {
            Console.Error.WriteLine("error: " + results.Feed.Error);
            foreach (string line in results.Feed.Packs.LastOrDefault()?.OutputTail ?? new())
            {
                Console.Error.WriteLine("  | " + line);
            }

            results.FinishedUtc = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            results.Write(jsonPath);
            File.WriteAllText(Path.Combine(options.OutDirectory, "build.md"), Report.Markdown(results));
            return 1;
        }

        Console.WriteLine($"  packed {string.Join(", ", results.Feed.Packages)}");

        var sizes = new SizeBenchmark(workspace, options, results.Feed.Version, scrubber);
        Console.WriteLine("Warm-up build of a one-entry project (untimed)...");
        results.Warmup = sizes.Warmup();
        Console.WriteLine(results.Warmup.Succeeded ? $"  {results.Warmup.Seconds:F2} s" : $"  warm-up failed (exit {results.Warmup.ExitCode}); the sizes will be tried anyway");

        foreach (int size in options.Sizes)
        {
            SizeResult result;
            try
            {
                result = sizes.Run(size);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // Only the benchmark's own file work throws; the size is recorded as failed and the next one goes on.
                result = new SizeResult { Entries = size, Failure = ex.GetType().Name + ": " + scrubber.Scrub(ex.Message) };
                Console.WriteLine("  FAILED: " + result.Failure);
            }

            results.Sizes.Add(result);

            // Written after every size, so a run stopped part-way still leaves its numbers.
            results.FinishedUtc = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            results.Write(jsonPath);
            WriteReport(results, options.OutDirectory);
        }

        Console.WriteLine($"Wrote {jsonPath}, build.md and build.png");
        return 0;
    }

    private static bool WriteReport(BenchmarkResults results, string outDirectory)
    {
        File.WriteAllText(Path.Combine(outDirectory, "build.md"), Report.Markdown(results));
        string? chartError = Chart.Write(results, Path.Combine(outDirectory, "build.png"));
        if (chartError != null)
        {
            Console.Error.WriteLine("Could not draw build.png: " + chartError);
        }

        return chartError == null;
    }
}
