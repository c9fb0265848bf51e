using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PaperCatalog.Analyzers.Tests;

public class CitesAnalyzerTests
{
    [Fact]
    public async Task Unknown_id_is_reported_at_the_literal_with_the_closest_id()
    {
        const string source = """
            using PaperCatalog;

            [Cites("gpt-4")]
            public class Model { }
            """;

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        Assert.Equal("PAPER101", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("\"gpt-4\"", Text(source, diagnostic));
        Assert.Equal("'gpt-4' is not the id of any paper in the referenced catalogs; did you mean 'gpt-3'?", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Unknown_id_far_from_every_id_gets_no_suggestion()
    {
        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync("[PaperCatalog.Cites(\"quantum-gravity-survey\")] class C { }"));
        Assert.Equal("'quantum-gravity-survey' is not the id of any paper in the referenced catalogs", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Known_id_as_a_literal_is_offered_the_constant()
    {
        const string source = """
            using PaperCatalog;

            [Cites("pareto-gnn", Note = "pre-training objectives")]
            public class Model { }
            """;

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        Assert.Equal("PAPER102", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("\"pareto-gnn\"", Text(source, diagnostic));
        Assert.Equal("Use 'PaperIds.ParetoGnn' instead of the string \"pareto-gnn\", so the compiler checks the id", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Constants_and_other_attributes_are_not_reported()
    {
        const string source = """
            using PaperCatalog;
            using Demo.Catalog;

            [Cites(PaperIds.Gpt3)]
            [System.Obsolete("gpt-4")]
            public class Model
            {
                [Cites(PaperIds.ParetoGnn, Note = "gpt-4")]
                public void Train() { }
            }
            """;

        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(source));
    }

    [Fact]
    public async Task A_const_that_is_no_id_is_reported_too()
    {
        const string source = """
            using PaperCatalog;

            public class Model
            {
                private const string Typo = "pareto_gnn";

                [Cites(Typo)]
                public void Train() { }
            }
            """;

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));
        Assert.Equal("PAPER101", diagnostic.Id);
        Assert.Equal("Typo", Text(source, diagnostic));
    }

    [Fact]
    public async Task Without_a_referenced_catalog_nothing_is_reported()
        => Assert.Empty(await AnalyzerHarness.AnalyzeAsync("[PaperCatalog.Cites(\"anything\")] class C { }", withCatalog: false));

    [Fact]
    public async Task Code_fix_uses_the_short_constant_when_the_namespace_is_imported()
    {
        const string source = """
            using PaperCatalog;
            using Demo.Catalog;

            [Cites("gpt-3")]
            public class Model { }
            """;

        string fixedSource = await AnalyzerHarness.FixAsync(source);

        Assert.Equal(source.Replace("\"gpt-3\"", "PaperIds.Gpt3"), fixedSource);
    }

    [Fact]
    public async Task Code_fix_qualifies_the_constant_when_the_namespace_is_not_imported()
    {
        const string source = """
            using PaperCatalog;

            [Cites( "gpt-3" )]
            public class Model { }
            """;

        string fixedSource = await AnalyzerHarness.FixAsync(source);

        Assert.Equal(source.Replace("\"gpt-3\"", "Demo.Catalog.PaperIds.Gpt3"), fixedSource);
    }

    private static string Text(string source, Diagnostic diagnostic) => source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
