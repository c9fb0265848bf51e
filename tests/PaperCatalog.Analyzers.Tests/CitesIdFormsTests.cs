using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PaperCatalog.Analyzers.Tests;

/// <summary>Every way an id reaches <c>[Cites]</c>, on every target the attribute allows, is checked.</summary>
public class CitesIdFormsTests
{
    [Theory]
    [InlineData("[Cites(paperId: \"gpt-4\")]", "\"gpt-4\"")]
    [InlineData("[Cites(paperId: \"gpt-4\", Note = \"n\")]", "\"gpt-4\"")]
    [InlineData("[Cites(\"gpt\" + \"-4\")]", "\"gpt\" + \"-4\"")]
    [InlineData("[Cites(Prefix + \"-4\")]", "Prefix + \"-4\"")]
    [InlineData("[Cites($\"{Prefix}-4\")]", "$\"{Prefix}-4\"")]
    [InlineData("[Cites(nameof(Prefix))]", "nameof(Prefix)")]
    public async Task Unknown_id_is_reported_however_it_is_written(string attribute, string expected)
    {
        string source = "using PaperCatalog;\n\npublic class Model\n{\n    private const string Prefix = \"gpt\";\n\n    " + attribute + "\n    public void Train() { }\n}\n";

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        Assert.Equal("PAPER101", diagnostic.Id);
        Assert.Equal(expected, Text(source, diagnostic));
    }

    [Fact]
    public async Task Concatenated_known_id_is_accepted_without_the_literal_suggestion()
        => Assert.Empty(await AnalyzerHarness.AnalyzeAsync("[PaperCatalog.Cites(\"gpt\" + \"-3\")] class C { }"));

    [Fact]
    public async Task Unknown_id_is_reported_on_every_target_the_attribute_allows()
    {
        const string source = """
            using PaperCatalog;

            [assembly: Cites("t-assembly")]
            [module: Cites("t-module")]

            [Cites("t-class")]
            public class Model<[Cites("t-type-parameter")] T>
            {
                [Cites("t-field")] public int Field;

                [Cites("t-property")] public int Property { get; set; }

                [Cites("t-event")] public event System.Action? Changed;

                [Cites("t-constructor")] public Model() { }

                [return: Cites("t-return")]
                public int Train([Cites("t-parameter")] int epochs) => epochs;

                [Cites("t-delegate")] public delegate void Step();
            }

            [Cites("t-struct")] public struct Point { }

            [Cites("t-interface")] public interface IModel { }

            [Cites("t-enum")] public enum Kind { [Cites("t-enum-member")] A }
            """;

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(source);

        Assert.All(diagnostics, d => Assert.Equal("PAPER101", d.Id));
        Assert.Equal(
            ["t-assembly", "t-module", "t-class", "t-type-parameter", "t-field", "t-property", "t-event", "t-constructor", "t-return", "t-parameter", "t-delegate", "t-struct", "t-interface", "t-enum", "t-enum-member"],
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => Text(source, d).Trim('"')));
    }

    [Fact]
    public async Task Inactive_paper_cited_by_string_is_warned_about_with_the_reason()
    {
        const string source = """
            using PaperCatalog;

            [Cites("old-model")]
            public class Model { }
            """;

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(source);

        Diagnostic inactive = Assert.Single(diagnostics, d => d.Id == "PAPER103");
        Assert.Equal(DiagnosticSeverity.Warning, inactive.Severity);
        Assert.Equal("\"old-model\"", Text(source, inactive));
        Assert.Equal("The cited paper 'old-model' is no longer current: Superseded by 'gpt-3' and retracted.", inactive.GetMessage());
        Assert.Contains(diagnostics, d => d.Id == "PAPER102");
    }

    [Fact]
    public async Task Inactive_paper_through_a_constant_of_ones_own_is_warned_about()
    {
        const string source = """
            using PaperCatalog;

            public class Model
            {
                private const string Old = "old-" + "model";

                [Cites(paperId: Old)]
                public void Train() { }
            }
            """;

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));
        Assert.Equal("PAPER103", diagnostic.Id);
        Assert.Equal("Old", Text(source, diagnostic));
    }

    [Fact]
    public async Task Inactive_paper_through_its_own_constant_is_left_to_the_compilers_obsolete_warning()
    {
        const string source = """
            using PaperCatalog;
            using Demo.Catalog;

            [Cites(PaperIds.OldModel)]
            public class Model { }
            """;

        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(source));
    }

    [Fact]
    public async Task Note_alone_is_not_taken_for_the_id()
        => Assert.Empty(await AnalyzerHarness.AnalyzeAsync("[PaperCatalog.Cites(paperId: Demo.Catalog.PaperIds.Gpt3, Note = \"gpt-4\")] class C { }"));

    private static string Text(string source, Diagnostic diagnostic) => source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
