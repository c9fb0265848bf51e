using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PaperCatalog.Analyzers.Tests;

/// <summary>The analyzer's messages quote consumer strings on one line and briefly, so they cannot forge build output.</summary>
public class MessageEscapingTests
{
    [Fact]
    public async Task A_line_break_in_the_id_cannot_inject_a_line_into_the_build_output()
    {
        const string source = "[PaperCatalog.Cites(\"a\\nfile(1,1): error CS9999: x\")] class C { }";

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        string message = diagnostic.GetMessage();
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.Equal("'a\\nfile(1,1): error CS9999: x' is not the id of any paper in the referenced catalogs", message);
        Assert.Single(diagnostic.ToString().Split('\n'));
    }

    [Fact]
    public async Task Bidirectional_controls_and_separators_are_shown_as_escapes()
    {
        const string source = "[PaperCatalog.Cites(\"gpt\\u202E-3\\u2028x\\r\")] class C { }";

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        Assert.StartsWith("'gpt\\u202E-3\\u2028x\\r' is not the id", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_long_id_is_quoted_as_a_short_excerpt_with_its_length()
    {
        string id = new string('x', 5000);
        string source = "[PaperCatalog.Cites(\"" + id + "\")] class C { }";

        Diagnostic diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source));

        Assert.Equal("'" + new string('x', MessageText.MaxExcerpt) + "... (5000 characters)' is not the id of any paper in the referenced catalogs", diagnostic.GetMessage());
    }

    [Fact]
    public void Excerpt_keeps_ordinary_ids_as_they_are()
        => Assert.Equal("pareto-gnn", MessageText.Excerpt("pareto-gnn"));

    [Fact]
    public void Excerpt_escapes_every_control_character()
        => Assert.All(Enumerable.Range(0, 32).Select(c => MessageText.Excerpt(((char)c).ToString())), e => Assert.StartsWith("\\", e));
}
