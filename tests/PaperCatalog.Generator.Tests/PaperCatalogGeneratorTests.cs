using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests;

public class PaperCatalogGeneratorTests
{
    [Fact]
    public void Small_catalog_generates_expected_sources()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Snapshot.Verify(run);
    }

    [Fact]
    public void Real_catalog_generates_expected_sources()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.RealCatalog());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Snapshot.Verify(run);
    }

    [Fact]
    public void Generated_papers_hold_every_value_exactly_as_written()
    {
        Assembly catalog = GeneratorHarness.Run(FixtureFiles.Small()).Load();
        Type papers = catalog.GetType("PaperCatalog.Papers", throwOnError: true)!;

        var sketch = (Paper)papers.GetProperty("AttentionSketch")!.GetValue(null)!;
        Assert.Equal("A \"Sketch\" of {Attention}: */ </summary> <![CDATA[ #if DEBUG & more", sketch.Title);
        Assert.Equal("Line one.\nLine two with a backslash \\ and a tab\t and a line separator \u2028 end.", sketch.Abstract);
        Assert.Equal("2103.01234v2", sketch.ArxivId);
        Assert.Equal(new DateOnly(2021, 3, 9), sketch.DatePublished);
        Assert.Equal(["attention", "fixtures"], sketch.Keywords);
        Assert.Equal("van Steenkiste", sketch.Authors[1].LastName);
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", sketch.Authors[1].Orcid);

        var consortium = (Paper)papers.GetProperty("ConsortiumReport")!.GetValue(null)!;
        Assert.True(consortium.Authors.Single().IsGroup);
        Assert.Equal("old-string-theory", consortium.Supersedes);
    }

    [Fact]
    public void Ids_are_constants_and_all_papers_are_listed_in_id_order()
    {
        Assembly catalog = GeneratorHarness.Run(FixtureFiles.Small()).Load();
        FieldInfo id = catalog.GetType("PaperCatalog.PaperIds", true)!.GetField("ConsortiumReport")!;
        Assert.True(id.IsLiteral);
        Assert.Equal("consortium-report", id.GetRawConstantValue());

        var all = (IReadOnlyList<Paper>)catalog.GetType("PaperCatalog.Papers", true)!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(["attention-sketch", "consortium-report", "old-string-theory"], all.Select(p => p.Id));
    }

    [Theory]
    [InlineData("hep-th/9901001")]
    [InlineData("arXiv:hep-th/9901001v3")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001")]
    public void Lookup_by_arxiv_id_accepts_prefix_and_version(string query)
    {
        Assembly catalog = GeneratorHarness.Run(FixtureFiles.Small()).Load();
        MethodInfo find = catalog.GetType("PaperCatalog.Papers", true)!.GetMethod("FindByArxivId")!;

        var paper = (Paper?)find.Invoke(null, [query]);
        Assert.Equal("old-string-theory", paper?.Id);
        Assert.Null(find.Invoke(null, ["hep-th/9901002"]));
        Assert.Null(find.Invoke(null, ["not an id"]));
    }

    [Fact]
    public void Retracted_and_superseded_papers_are_obsolete_with_a_reason()
    {
        Assembly catalog = GeneratorHarness.Run(FixtureFiles.Small()).Load();
        PropertyInfo old = catalog.GetType("PaperCatalog.Papers", true)!.GetProperty("OldStringTheory")!;
        FieldInfo oldId = catalog.GetType("PaperCatalog.PaperIds", true)!.GetField("OldStringTheory")!;

        Assert.Equal("Superseded by 'consortium-report' and retracted.", old.GetCustomAttribute<ObsoleteAttribute>()?.Message);
        Assert.NotNull(oldId.GetCustomAttribute<ObsoleteAttribute>());
        Assert.Null(catalog.GetType("PaperCatalog.Papers", true)!.GetProperty("ConsortiumReport")!.GetCustomAttribute<ObsoleteAttribute>());
    }

    [Fact]
    public void Namespace_and_class_names_follow_msbuild_properties()
    {
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.PaperCatalogNamespace"] = "Lab.Reading",
            ["build_property.PaperCatalogPapersClass"] = "Library",
            ["build_property.PaperCatalogIdsClass"] = "LibraryIds",
            ["build_property.PaperCatalogKeywordsClass"] = "LibraryKeywords",
        });
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small(), options);

        Assert.Empty(run.CompilationProblems());
        Assembly catalog = run.Load();
        Assert.NotNull(catalog.GetType("Lab.Reading.Library"));
        Assert.NotNull(catalog.GetType("Lab.Reading.LibraryIds"));
        Assert.NotNull(catalog.GetType("Lab.Reading.LibraryKeywords"));
    }

    [Fact]
    public void Additional_files_not_flagged_as_entries_are_ignored()
    {
        var files = FixtureFiles.Small().Append((".github/workflows/ci.yml", "name: ci\non: push\n")).ToList();
        var options = new TestAnalyzerConfigOptionsProvider(notEntries: [".github/workflows/ci.yml"]);

        GeneratorRun run = GeneratorHarness.Run(files, options);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(3, run.Load().GetType("PaperCatalog.Papers", true)!.GetProperties().Count(p => p.PropertyType == typeof(Paper)));
    }

    [Fact]
    public void A_broken_entry_is_left_out_and_the_others_still_generate()
    {
        var files = FixtureFiles.Small().Append(("papers/broken.yaml", "id: broken\ntitle: [not, text]\n")).ToList();

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.Contains(run.Diagnostics, d => d.Id == "PAPER007");
        Assert.Empty(run.CompilationProblems());
        Type papers = run.Load().GetType("PaperCatalog.Papers", true)!;
        Assert.NotNull(papers.GetProperty("AttentionSketch"));
        Assert.Null(papers.GetProperty("Broken"));
    }

    [Fact]
    public void An_empty_catalog_still_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }
}
