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
        Assert.Contains("Paper 700, revised", result.GeneratedSources.Single(s => s.HintName == "Papers.0001.g.cs").SourceText.ToString());
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
