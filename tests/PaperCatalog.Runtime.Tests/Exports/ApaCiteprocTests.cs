using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

/// <summary>The APA formatter against its reference, citeproc-js with the APA 7th edition CSL style.</summary>
public sealed class ApaCiteprocTests
{
    public static IEnumerable<object[]> Styles => new[] { new object[] { "text" }, new object[] { "html" }, new object[] { "markdown" } };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_fixture_equals_citeproc_js(string style)
    {
        IReadOnlyDictionary<string, string> reference = CiteprocReference.Render(CslJsonExporter.Export(ApaFixtures.All), style);
        var keys = CitationKeys.For(ApaFixtures.All);

        var differences = ApaFixtures.All
            .Select(p => (Id: p.Id, Ours: ApaFormatter.Format(p, Parse(style)), Reference: reference[keys[p.Id]]))
            .Where(r => r.Ours != r.Reference)
            .Select(r => r.Id + "\n  ours:     " + r.Ours + "\n  citeproc: " + r.Reference)
            .ToArray();

        Assert.True(differences.Length == 0, string.Join("\n", differences));
        Assert.Equal(ApaFixtures.All.Count, reference.Count);
    }

    [Fact]
    public void Citeproc_js_capitalises_inside_an_old_style_arxiv_number_and_the_formatter_does_not()
    {
        // citeproc-js's capitalize-first turns "hep-th" into "hep-Th" in the number, which no arXiv id is; this pins
        // the one known difference so that a citeproc-js that fixes it makes this test fail and the fixture join the rest.
        string reference = CiteprocReference.Render(CslJsonExporter.Export(new[] { TestPapers.OldStyleArxiv }), "text").Values.Single();

        Assert.Equal("Public, J. Q. (1999). A Fictional Note on Old-Style Identifiers (arXiv:hep-Th/9901001). arXiv. https://arxiv.org/abs/hep-th/9901001", reference);
        Assert.Equal(reference.Replace("hep-Th", "hep-th", System.StringComparison.Ordinal), ApaFormatter.Format(TestPapers.OldStyleArxiv));
    }

    private static ApaStyle Parse(string style) => style switch
    {
        "html" => ApaStyle.Html,
        "markdown" => ApaStyle.Markdown,
        _ => ApaStyle.Text,
    };
}
