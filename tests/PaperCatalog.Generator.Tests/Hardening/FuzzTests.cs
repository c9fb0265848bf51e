using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Mutates the real catalog's files and checks, for every mutation, that the generator neither throws nor hangs,
/// that the input gives either its entry or at least one located diagnostic, and that the generated code compiles.
/// CI runs a fixed seed and count; PAPERCATALOG_FUZZ_COUNT and PAPERCATALOG_FUZZ_SEED run others. A failing input
/// is written out, to be kept under Fixtures/fuzz/ where <see cref="Every_fuzz_fixture_still_passes"/> runs it.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    public const string CountVariable = "PAPERCATALOG_FUZZ_COUNT";
    public const string SeedVariable = "PAPERCATALOG_FUZZ_SEED";

    private const int DefaultCount = 2_000;
    private const int DefaultSeed = 20_251_125;

    /// <summary>Mutations per generator run; at most one per seed file, so that few share an id.</summary>
    private const int BatchSize = 50;

    [Fact]
    public void Mutated_entries_never_crash_hang_or_break_the_build()
    {
        int count = FromEnvironment(CountVariable, DefaultCount);
        int seed = FromEnvironment(SeedVariable, DefaultSeed);
        byte[][] seeds = FixtureFiles.RealCatalog().Select(f => Encoding.UTF8.GetBytes(f.Text!)).ToArray();
        var mutator = new EntryMutator(seeds, seed);
        var order = new Random(seed);
        var failures = new List<string>();
        var outcome = new Outcome();

        for (int start = 0; start < count && failures.Count == 0; start += BatchSize)
        {
            int[] seedOrder = Enumerable.Range(0, seeds.Length).OrderBy(_ => order.Next()).ToArray();
            List<(string Path, byte[] Bytes)> batch = Enumerable.Range(start, Math.Min(BatchSize, count - start))
                .Select(i => ($"papers/fuzz-{i}.yaml", mutator.Mutate(seedOrder[(i - start) % seeds.Length])))
                .ToList();

            List<string> problems = Problems(batch, outcome);
            if (problems.Count > 0)
            {
                // Find the inputs that fail on their own and keep them for a fixture.
                foreach ((string path, byte[] bytes) in batch)
                {
                    List<string> own = Problems([(path, bytes)]);
                    if (own.Count > 0)
                    {
                        failures.Add($"{Save(seed, path, bytes)}: {string.Join("; ", own)}");
                    }
                }

                if (failures.Count == 0)
                {
                    failures.Add($"batch from {start}: {string.Join("; ", problems)} (no input fails alone)");
                }
            }
        }

        output.WriteLine($"Seed {seed}, {count} mutations: {outcome.Entries} gave their entry, {outcome.Refused} a diagnostic.");
        Assert.True(failures.Count == 0, $"Seed {seed}, count {count}: copy each input below into Fixtures/fuzz/ (a .b64 if it must keep its exact bytes) and fix the generator.\n{string.Join("\n", failures)}");
    }

    public static TheoryData<string> FuzzFixtures()
    {
        var data = new TheoryData<string>();
        foreach ((string name, _) in FixtureFiles.Fuzz())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FuzzFixtures))]
    public void Every_fuzz_fixture_still_passes(string fixture)
    {
        byte[] bytes = FixtureFiles.Fuzz().Single(f => f.Name == fixture).Bytes;
        Assert.Empty(Problems([("papers/" + fixture.Replace(".b64", string.Empty, StringComparison.Ordinal), bytes)]));
    }

    /// <summary>Everything wrong with one run over <paramref name="files"/>, as the compiler would decode them.</summary>
    private static List<string> Problems(IReadOnlyList<(string Path, byte[] Bytes)> files, Outcome? outcome = null)
    {
        var texts = files.Select(f => InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)).ToList();
        GeneratorRun run;
        try
        {
            run = HangGuard.Run(() => GeneratorHarness.Run(texts), "A fuzz batch");
        }
        catch (XunitException ex)
        {
            return [ex.Message];
        }

        var problems = new List<string>();
        if (run.Result.Results.Single().Exception is { } exception)
        {
            problems.Add("the generator threw " + exception.GetType().Name + ": " + exception.Message);
        }

        problems.AddRange(run.DriverDiagnostics.Concat(run.Diagnostics)
            .Where(d => d.Id.StartsWith("CS8785", StringComparison.Ordinal) || d.Id == "PAPER022")
            .Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
        problems.AddRange(run.CompilationProblems().Select(d => "generated code: " + d));
        problems.AddRange(run.Diagnostics.Where(d => d.Location.Kind != LocationKind.ExternalFile).Select(d => "not located: " + d));

        HashSet<string> generatedIds = GeneratedIds(run);
        ILookup<string, Diagnostic> byFile = run.Diagnostics.ToLookup(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal);
        foreach (InMemoryAdditionalText text in texts)
        {
            if (byFile[text.Path].Any())
            {
                outcome?.CountRefused();
                continue;
            }

            ParsedFile parsed = EntryParser.Parse(text.Path, text.GetText()!.ToString());
            if (parsed.Entry == null || !generatedIds.Contains(parsed.Entry.Id))
            {
                problems.Add(text.Path + " gave neither an entry nor a diagnostic");
            }
            else
            {
                outcome?.CountEntry();
            }
        }

        return problems;
    }

    private static HashSet<string> GeneratedIds(GeneratorRun run)
        => run.Output.GetTypeByMetadataName("PaperCatalog.PaperIds")?.GetMembers().OfType<IFieldSymbol>()
               .Select(f => f.ConstantValue as string).OfType<string>().ToHashSet(StringComparer.Ordinal)
           ?? [];

    private static string Save(int seed, string path, byte[] bytes)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"seed{seed}-{Path.GetFileNameWithoutExtension(path)}.yaml.b64");
        File.WriteAllText(file, Convert.ToBase64String(bytes));
        return file;
    }

    private sealed class Outcome
    {
        public int Entries { get; private set; }

        public int Refused { get; private set; }

        public void CountEntry() => Entries++;

        public void CountRefused() => Refused++;
    }

    private static int FromEnvironment(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
