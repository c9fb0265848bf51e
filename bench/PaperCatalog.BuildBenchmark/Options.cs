using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperCatalog.BuildBenchmark;

/// <summary>The command line, parsed and checked: every option has its default here.</summary>
internal sealed class Options
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/PaperCatalog.BuildBenchmark -- [options]

          --sizes 1,57,1000,10000,100000  catalog sizes to build (1, the one-entry baseline, is always added)
          --out DIR                       where build.json, build.md and build.png go (default docs/benchmarks/build)
          --repo DIR                      repository to pack (default: the repository this benchmark sits in)
          --work DIR                      where the feed and the curator projects are made (default: a temp folder)
          --keep                          keep the work folder afterwards
          --timeout-minutes M             time limit of each build and of each program run (default 30)
          --repeat K                      clean builds per size, the median is reported
                                          (default 3 up to 10,000 entries, where noise is large next to the
                                          differences, and 1 above)
          --seed S                        seed of the synthesized catalogs (default 20251125)
          --report-only                   redraw build.md and build.png from an existing build.json
        """;

    public IReadOnlyList<int> Sizes { get; private init; } = Array.Empty<int>();

    public string OutDirectory { get; private init; } = string.Empty;

    public string Repository { get; private init; } = string.Empty;

    public string? WorkDirectory { get; private init; }

    public bool Keep { get; private init; }

    public TimeSpan Timeout { get; private init; }

    /// <summary>Clean builds per size as asked; null for the default (see <see cref="RepeatFor"/>).</summary>
    public int? Repeat { get; private init; }

    /// <summary>How the clean builds are repeated, in words, for the results.</summary>
    public string RepeatDescription => Repeat is int k ? k.ToString(CultureInfo.InvariantCulture) : "3 up to 10,000 entries, 1 above";

    public int Seed { get; private init; }

    public bool ReportOnly { get; private init; }

    public bool Help { get; private init; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        string[] flags = ["keep", "report-only", "help"];
        string[] valued = ["sizes", "out", "repo", "work", "timeout-minutes", "repeat", "seed"];
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg == "-h" ? "help" : throw new ArgumentException("Unexpected argument: " + arg);
            string? inline = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (flags.Contains(name))
            {
                values[name] = null;
            }
            else if (valued.Contains(name))
            {
                values[name] = inline ?? (i + 1 < args.Length ? args[++i] : throw new ArgumentException("--" + name + " needs a value"));
            }
            else
            {
                throw new ArgumentException("Unknown option --" + name);
            }
        }

        string repository = values.TryGetValue("repo", out string? repo) && repo != null
            ? Path.GetFullPath(repo)
            : FindRepositoryRoot() ?? throw new ArgumentException("Cannot find the repository root (version.props); pass --repo");
        if (!File.Exists(Path.Combine(repository, "version.props")))
        {
            throw new ArgumentException("Not a PaperCatalog repository (no version.props): " + repository);
        }

        List<int> sizes = ParseSizes(values.GetValueOrDefault("sizes") ?? "1,57,1000,10000,100000");
        return new Options
        {
            Sizes = sizes,
            OutDirectory = Path.GetFullPath(values.GetValueOrDefault("out") ?? Path.Combine(repository, "docs", "benchmarks", "build")),
            Repository = repository,
            WorkDirectory = values.GetValueOrDefault("work") is string work ? Path.GetFullPath(work) : null,
            Keep = values.ContainsKey("keep"),
            Timeout = TimeSpan.FromMinutes(Positive(values, "timeout-minutes", 30)),
            Repeat = values.ContainsKey("repeat") ? (int)Positive(values, "repeat", 1) : null,
            Seed = values.GetValueOrDefault("seed") is string seed ? int.Parse(seed, CultureInfo.InvariantCulture) : 20251125,
            ReportOnly = values.ContainsKey("report-only"),
            Help = values.ContainsKey("help"),
        };
    }

    /// <summary>Clean builds for a catalog of <paramref name="entries"/>: small builds are short and noisy, large ones long and steady.</summary>
    public int RepeatFor(int entries) => Repeat ?? (entries <= 10_000 ? 3 : 1);

    private static List<int> ParseSizes(string text)
    {
        var sizes = new SortedSet<int> { 1 };
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int size) || size < 1)
            {
                throw new ArgumentException("Not a catalog size: " + part);
            }

            sizes.Add(size);
        }

        return sizes.ToList();
    }

    private static double Positive(Dictionary<string, string?> values, string name, double fallback)
    {
        if (values.GetValueOrDefault(name) is not string text)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0
            ? value
            : throw new ArgumentException("--" + name + " must be a positive number");
    }

    // The benchmark runs from bench/PaperCatalog.BuildBenchmark/bin/...: the first folder above with version.props
    // and the solution is the repository it belongs to; the current folder is the fallback.
    private static string? FindRepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "version.props")) && File.Exists(Path.Combine(dir.FullName, "PaperCatalog.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
