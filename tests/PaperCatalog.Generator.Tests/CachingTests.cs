using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests;

public class CachingTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Options, TrackingNames.EntryFiles, TrackingNames.Parse, TrackingNames.Validate,
        TrackingNames.Diagnostics, TrackingNames.Shape, TrackingNames.Chunks, TrackingNames.Keywords,
        TrackingNames.Layout, TrackingNames.EntryList, TrackingNames.ChunkDigests, TrackingNames.Head,
    ];

    [Fact]
    public void Unchanged_input_is_served_from_cache_at_every_step()
    {
        List<AdditionalText> files = Texts(FixtureFiles.RealCatalog());
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();

        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        foreach (string step in TrackedSteps)
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_one_file_reparses_that_file_alone()
    {
        List<AdditionalText> files = Texts(FixtureFiles.RealCatalog());
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText changed = files[10];
        string text = changed.GetText()!.ToString().Replace("year: ", "year:  ", System.StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(changed, new InMemoryAdditionalText(changed.Path, text));
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        IncrementalStepRunReason[] parse = Reasons(result, TrackingNames.Parse);
        Assert.Equal(files.Count, parse.Length);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Changing_one_paper_re_emits_only_its_chunk()
    {
        // 1,200 entries make three chunks; the change is in the second.
        List<AdditionalText> files = Enumerable.Range(0, 1200)
            .Select(i => (AdditionalText)new InMemoryAdditionalText($"papers/p{i:D4}.yaml", $"id: p{i:D4}\ntitle: Paper {i}\nauthors:\n  - name: Team {i}\nyear: 2020\n"))
            .ToList();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText changed = files[700];
        driver = driver.ReplaceAdditionalText(changed, new InMemoryAdditionalText(changed.Path, changed.GetText()!.ToString().Replace("Paper 700", "Paper 700, revised", System.StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        IncrementalStepRunReason[] chunks = Reasons(result, TrackingNames.Chunks);
        Assert.Equal(3, chunks.Length);
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged], chunks);
        Assert.All(Reasons(result, TrackingNames.Shape), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // Only the edited chunk is hashed again; the digest, and so the main file, changes with it.
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.ChunkDigests));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Head));
        Assert.Contains("Paper 700, revised", result.GeneratedSources.Single(s => s.HintName == "Papers.0001.g.cs").SourceText.ToString());
    }

    [Fact]
    public void An_unchanged_entry_list_keeps_every_entry_cached_and_selects_entries_by_its_paths()
    {
        // As the MSBuild targets give them: the entries' paths in one list file named by a global property.
        List<AdditionalText> files = Texts(FixtureFiles.RealCatalog());
        string list = "# entries\n" + string.Join("\n", files.Skip(1).Select(f => f.Path)) + "\n";
        var listFile = new InMemoryAdditionalText("obj/PaperCatalog.entries.txt", list);
        var options = new PaperCatalog.Testing.TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string> { ["build_property.PaperCatalogEntryList"] = listFile.Path },
            notEntries: files.Select(f => f.Path).Append(listFile.Path));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files.Append(listFile), options);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        // Without per-file metadata, the list alone decides: the first file is not listed, so it is not an entry.
        Assert.Equal(files.Count - 1, Reasons(driver.GetRunResult().Results.Single(), TrackingNames.Parse).Length);

        AdditionalText changed = files[10];
        driver = driver.ReplaceAdditionalText(changed, new InMemoryAdditionalText(changed.Path, changed.GetText()!.ToString().Replace("year: ", "year:  ", System.StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.EntryList), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        IncrementalStepRunReason[] parse = Reasons(result, TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 2, parse.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Cached_models_hold_no_roslyn_objects()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Texts(FixtureFiles.Small().Append(("papers/bad.yaml", "id: Bad\n")).ToList()));
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Validate })
        {
            foreach (object value in result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value))
            {
                ModelInspector.AssertNoRoslynObjects(value);
            }
        }
    }

    private static List<AdditionalText> Texts(IEnumerable<(string Path, string? Text)> files)
        => files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
