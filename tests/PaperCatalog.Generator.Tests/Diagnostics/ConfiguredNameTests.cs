using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// The names set by MSBuild properties (PAPER027 to PAPER030): an invalid one is an error without a location and no
/// code; an id or keyword that the configured classes cannot hold is an error at its place; anything else compiles.
/// </summary>
public class ConfiguredNameTests
{
    private const string Valid = """
        id: sample
        title: A Sample
        authors:
          - family-names: Doe
            given-names: Jane
        year: 2020

        """;

    [Fact]
    public void PAPER027_invalid_namespace()
        => CheckOptionError("PAPER027", [("PaperCatalogNamespace", "Lab..Reading")]);

    [Theory]
    [InlineData(".Lab")]
    [InlineData("Lab.")]
    [InlineData("Lab Reading")]
    [InlineData("Lab.class")]
    [InlineData("Lab.Reading-Room")]
    [InlineData("1Lab")]
    [InlineData("global.Lab")]
    [InlineData("global::Lab")]
    [InlineData("Lab.\u200BReading")]
    [InlineData("@Lab")]
    [InlineData("PaperCatalog.Paper")]
    [InlineData("PaperCatalog.Data.PaperTable.Mine")]
    public void Invalid_namespaces_are_PAPER027(string value)
        => AssertOnlyOptionError("PAPER027", Run(Options(("PaperCatalogNamespace", value))));

    [Fact]
    public void PAPER028_invalid_class_name()
        => CheckOptionError("PAPER028", [("PaperCatalogPapersClass", "Paper Shelf"), ("PaperCatalogIdsClass", "library"), ("PaperCatalogKeywordsClass", "Keywords_Index")]);

    [Theory]
    [InlineData("PaperCatalogPapersClass", "not a name")]
    [InlineData("PaperCatalogPapersClass", "Lab.Papers")]
    [InlineData("PaperCatalogPapersClass", "Paper")]
    [InlineData("PaperCatalogPapersClass", "Lookups")]
    [InlineData("PaperCatalogIdsClass", "class")]
    [InlineData("PaperCatalogIdsClass", "record")]
    [InlineData("PaperCatalogIdsClass", "Papers_Members0")]
    [InlineData("PaperCatalogIdsClass", "PaperIdCatalog")]
    [InlineData("PaperCatalogKeywordsClass", "_Keywords")]
    [InlineData("PaperCatalogKeywordsClass", "3Keywords")]
    [InlineData("PaperCatalogKeywordsClass", "Key\u200Bwords")]
    [InlineData("PaperCatalogKeywordsClass", "Data")]
    public void Invalid_class_names_are_PAPER028(string property, string value)
        => AssertOnlyOptionError("PAPER028", Run(Options((property, value))));

    [Fact]
    public void PAPER029_two_classes_with_one_name()
        => CheckOptionError("PAPER029", [("PaperCatalogIdsClass", "Papers")]);

    [Fact]
    public void PAPER029_two_classes_whose_names_differ_only_in_case()
        => CheckOptionError("PAPER029", [("PaperCatalogPapersClass", "Library"), ("PaperCatalogKeywordsClass", "LIBRARY")]);

    [Fact]
    public void PAPER030_id_named_like_the_papers_class()
    {
        // The example: without the rule, 'Library.Library' is CS0542 inside the generated file.
        GeneratorRun run = CheckEntryClash(
            Options(("PaperCatalogPapersClass", "Library")),
            [("papers/library.yaml", Valid.Replace("sample", "library"))]);
        Assert.Equal("papers/library.yaml", Assert.Single(run.Diagnostics).Location.GetLineSpan().Path);
    }

    [Fact]
    public void PAPER030_id_named_like_the_ids_class()
        => CheckEntryClash(Options(("PaperCatalogIdsClass", "Shelf")), [("papers/shelf.yaml", Valid.Replace("sample", "shelf"))]);

    [Fact]
    public void PAPER030_keyword_named_like_the_keywords_class()
        => CheckEntryClash(Options(("PaperCatalogKeywordsClass", "Topics")), [("papers/sample.yaml", Valid + "keywords: [topics]\n")]);

    [Fact]
    public void PAPER030_names_the_generated_classes_declare_or_inherit()
        => CheckEntryClash(
            new TestAnalyzerConfigOptionsProvider(),
            [
                ("papers/all.yaml", Valid.Replace("sample", "all")),
                ("papers/to-string.yaml", Valid.Replace("sample", "to-string")),
                ("papers/keywords.yaml", Valid.Replace("sample", "keywords")),
                ("papers/kw.yaml", Valid.Replace("sample", "kw") + "keywords: [get-hash-code]\n"),
            ]);

    [Fact]
    public void A_name_that_clashes_under_one_configuration_is_fine_under_another()
    {
        // 'papers' and 'library' clash with the default papers class and with 'Library' respectively, not with 'Shelf'.
        GeneratorRun run = Run(
            Options(("PaperCatalogPapersClass", "Shelf")),
            ("papers/papers.yaml", Valid.Replace("sample", "papers")),
            ("papers/library.yaml", Valid.Replace("sample", "library")));

        Assert.Empty(run.Diagnostics);
        AssertCompilesCleanly(run);
        Assert.NotNull(run.Load().GetType("PaperCatalog.Shelf", true)!.GetProperty("Papers"));
    }

    public static TheoryData<string, string, string, string> Configurations => new()
    {
        { "PaperCatalog", "Papers", "PaperIds", "Keywords" },
        { "Lab.Reading", "Library", "LibraryIds", "LibraryKeywords" },
        { "Lab.Library", "Library", "Ids", "Topics" },
        { "Papers", "Papers", "PaperIds", "Keywords" },
        { "Lab", "Paper", "Catalog", "PaperCatalog" },
        { "Lab_Reading.global", "Bibliothèque", "Kennungen", "Schlagwörter" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Configurations_without_a_clash_compile(string ns, string papers, string ids, string keywords)
    {
        // Each configured name, also one named like its namespace's last part (legal C#), with entries near the names.
        GeneratorRun run = Run(
            Options(("PaperCatalogNamespace", ns), ("PaperCatalogPapersClass", papers), ("PaperCatalogIdsClass", ids), ("PaperCatalogKeywordsClass", keywords)),
            FixtureFiles.Small()
                .Append(("papers/reading.yaml", Valid.Replace("sample", "reading") + "keywords: [library, paper-ids]\n"))
                .ToArray());

        Assert.Empty(run.Diagnostics);
        AssertCompilesCleanly(run);
        Assert.NotNull(run.Load().GetType(ns + "." + papers, true)!.GetProperty("Reading"));
    }

    private static void CheckOptionError(string id, (string Property, string Value)[] properties, [CallerMemberName] string method = "")
    {
        GeneratorRun run = Run(Options(properties));
        AssertOnlyOptionError(id, run);
        foreach ((string property, string value) in properties)
        {
            Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(property + " '" + value + "'", System.StringComparison.Ordinal));
        }

        Snapshot.VerifyDiagnostics(run, method: method);
    }

    private static void AssertOnlyOptionError(string id, GeneratorRun run)
    {
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.Equal(id, d.Id));
        Assert.All(run.Diagnostics, d => Assert.Equal(Location.None, d.Location));

        // No code (it would not compile), and the generator did not throw (no CS8785).
        Assert.Empty(run.Sources);
        Assert.All(run.DriverDiagnostics, d => Assert.Equal(id, d.Id));
        Assert.Empty(run.CompilationProblems());
    }

    private static GeneratorRun CheckEntryClash(TestAnalyzerConfigOptionsProvider options, (string Path, string? Text)[] files, [CallerMemberName] string method = "")
    {
        GeneratorRun run = Run(options, FixtureFiles.Small().Concat(files).ToArray());

        Assert.Equal(files.Length, run.Diagnostics.Length);
        Assert.All(run.Diagnostics, d => Assert.Equal("PAPER030", d.Id));
        Assert.All(run.Diagnostics, d => Assert.NotEqual(Location.None, d.Location));

        // The clashing entries are left out; the rest is still generated and compiles.
        Assert.NotEmpty(run.Sources);
        AssertCompilesCleanly(run);
        Snapshot.VerifyDiagnostics(run, method: method);
        return run;
    }

    private static void AssertCompilesCleanly(GeneratorRun run)
    {
        // The highest warning level, as recent SDKs use: CS8981 (lower-case type names) is reported only from level 7.
        Diagnostic[] problems = run.Output
            .WithOptions(run.Output.Options.WithWarningLevel(9999))
            .GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
        Assert.Empty(problems);
    }

    private static GeneratorRun Run(TestAnalyzerConfigOptionsProvider options, params (string Path, string? Text)[] files)
        => GeneratorHarness.Run(files.Length == 0 ? new[] { ("papers/sample.yaml", (string?)Valid) } : files, options);

    private static TestAnalyzerConfigOptionsProvider Options(params (string Property, string Value)[] properties)
        => new(properties.ToDictionary(p => "build_property." + p.Property, p => p.Value));
}
