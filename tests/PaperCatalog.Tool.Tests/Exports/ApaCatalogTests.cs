using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Exports;

/// <summary>The whole shipped catalog's APA export against citeproc-js with the APA 7th edition CSL style.</summary>
public sealed class ApaCatalogTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("markdown")]
    public void Every_reference_of_the_catalog_equals_citeproc_js(string style)
    {
        ToolRun csl = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "csl-json");
        ToolRun apa = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "apa", "--apa-style", style);
        Assert.True(csl.ExitCode == 0 && apa.ExitCode == 0, csl + "\n" + apa);

        // The reference renders the CSL-JSON items in export order; the APA export writes them in the same order.
        string[] reference = CiteprocReference.Render(csl.Out, style).Values.ToArray();
        string[] ours = apa.Out.Split('\n').Where(l => l.Length > 0).ToArray();

        Assert.Equal(EntryFolder.Papers(RepositoryPaths.CatalogEntries).Count, ours.Length);
        string[] differences = ours.Zip(reference).Where(p => p.First != p.Second)
            .Select(p => "ours:     " + p.First + "\nciteproc: " + p.Second).ToArray();
        Assert.True(differences.Length == 0, differences.Length + " of " + ours.Length + " differ:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void A_published_paper_is_cited_with_the_published_year_and_never_twice()
    {
        IReadOnlyList<Paper> papers = EntryFolder.Papers(RepositoryPaths.CatalogEntries);
        Paper circuits = papers.Single(p => p.Id == "circuit-component-reuse");

        Assert.Equal(2023, circuits.Year);
        Assert.Contains("(2024). Circuit Component Reuse", ApaFormatter.Format(circuits), System.StringComparison.Ordinal);
        Assert.Contains("year = {2024}", BibTexExporter.Export(circuits), System.StringComparison.Ordinal);
        Assert.DoesNotContain("2023, 2023", ApaFormatter.Export(papers, ApaStyle.Text), System.StringComparison.Ordinal);
    }
}
