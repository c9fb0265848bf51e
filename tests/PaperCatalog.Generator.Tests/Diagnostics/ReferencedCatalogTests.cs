using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// Two catalogs in one project (PAPER042): a project that references a built catalog in the default namespace and
/// generates its own there too gets an error at its first entry that names the property to set, and no code (which
/// would give CS0436 and shadow the referenced papers); with its own namespace, both catalogs compile side by side.
/// </summary>
public class ReferencedCatalogTests
{
    private const string Shipped = "id: gpt-3\ntitle: \"Shipped\"\nauthors:\n  - name: \"Team\"\nyear: 2020\n";

    private const string Mine = "id: mine\ntitle: \"Mine\"\nauthors:\n  - name: \"Lab\"\nyear: 2024\n";

    private static readonly MetadataReference ShippedCatalog = BuildShippedCatalog();

    [Fact]
    public void PAPER042_a_referenced_catalog_in_the_same_namespace()
    {
        GeneratorRun run = RunCurator(new TestAnalyzerConfigOptionsProvider(), ("papers/mine.yaml", Mine), ("papers/gpt-3.yaml", Shipped.Replace("Shipped", "Also mine")));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PAPER042", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("papers/gpt-3.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "PaperCatalogNamespace 'PaperCatalog' is already used by the referenced assembly 'PaperCatalog', which defines 'PaperCatalog.Papers': "
            + "this project's catalog would clash with it and shadow its papers; set PaperCatalogNamespace to a namespace of this project's own, such as 'Curator.Catalog'",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Any_class_the_catalog_would_generate_counts()
    {
        // Only the ids class is configured to a name the referenced catalog defines.
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.PaperCatalogPapersClass"] = "Shelf",
            ["build_property.PaperCatalogKeywordsClass"] = "Topics",
        });

        GeneratorRun run = RunCurator(options, ("papers/mine.yaml", Mine));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PAPER042", diagnostic.Id);
        Assert.Contains("'PaperCatalog.PaperIds'", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_namespace_of_its_own_both_catalogs_compile_without_a_warning()
    {
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.PaperCatalogNamespace"] = "Curator.Catalog" });
        const string uses = "public static class Uses { public static int Count => PaperCatalog.Papers.All.Count + Curator.Catalog.Papers.All.Count; "
            + "public static string[] Ids => new[] { PaperCatalog.PaperIds.Gpt3, Curator.Catalog.PaperIds.Mine }; }";

        GeneratorRun run = RunCurator(options, [("papers/mine.yaml", Mine)], uses);

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Without_a_referenced_catalog_the_default_namespace_is_fine()
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/mine.yaml", Mine));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    private static GeneratorRun RunCurator(TestAnalyzerConfigOptionsProvider options, params (string Path, string? Text)[] files)
        => RunCurator(options, files, []);

    private static GeneratorRun RunCurator(TestAnalyzerConfigOptionsProvider options, (string Path, string? Text)[] files, params string[] sources)
        => GeneratorHarness.Run(
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            options,
            GeneratorHarness.CreateCompilation("Curator", [ShippedCatalog], sources));

    // A catalog built by the generator under the default names, as the PaperCatalog package ships one.
    private static MetadataReference BuildShippedCatalog()
    {
        GeneratorRun shipped = GeneratorHarness.Run(
            [new InMemoryAdditionalText("papers/gpt-3.yaml", Shipped)],
            null,
            GeneratorHarness.CreateCompilation("PaperCatalog", []));
        Assert.Empty(shipped.CompilationProblems());
        using var stream = new MemoryStream();
        Assert.True(shipped.Output.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
