using System.Linq;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

/// <summary>Exports of papers from two catalogs: the shipped one and a curator's own, which may repeat or reuse ids.</summary>
public sealed class SeveralCatalogsTests
{
    private static readonly Paper Shipped = TestPapers.Gpt3;

    // The same work in a curator's catalog, under another id and with its own spelling of the venue.
    private static readonly Paper SameArxiv = new() { Id = "my-gpt3", Title = Shipped.Title, Authors = Shipped.Authors, Year = 2020, ArxivId = "2005.14165", Venue = "NeurIPS" };

    // An identical copy, as a second reference to the same generated catalog gives.
    private static readonly Paper Copy = new()
    {
        Id = Shipped.Id, Title = Shipped.Title, Authors = Shipped.Authors.ToArray(), Year = Shipped.Year, ArxivId = Shipped.ArxivId,
        PrimaryClass = Shipped.PrimaryClass, Venue = Shipped.Venue, Keywords = Shipped.Keywords.ToArray(),
    };

    // A different paper that happens to use the shipped paper's id.
    private static readonly Paper OtherWithSameId = new() { Id = Shipped.Id, Title = "A Curator's Own Few-Shot Note", Authors = new[] { Author.Person("Brown", "Tina") }, Year = 2020 };

    [Fact]
    public void The_same_paper_is_exported_once_by_arxiv_id_doi_or_equal_data()
    {
        Assert.Equal(new[] { Shipped }, CitationKeys.Distinct(new[] { Shipped, SameArxiv, Copy }));
        Paper withDoi = TestPapers.DatedWithDoi;
        Paper sameDoi = new() { Id = "other", Title = "Other spelling", Authors = withDoi.Authors, Year = 2021, Doi = "10.5555/FICTIONAL.2021.001" };
        Assert.Equal(new[] { withDoi }, CitationKeys.Distinct(new[] { withDoi, sameDoi }));
    }

    [Fact]
    public void Two_papers_with_one_id_get_distinct_keys_in_every_format()
    {
        Paper[] papers = { Shipped, SameArxiv, OtherWithSameId, Copy };

        string bib = BibTexExporter.Export(papers);
        string csl = CslJsonExporter.Export(papers);
        string ris = RisExporter.Export(papers);

        Assert.Equal(new[] { "@inproceedings{brown2020language,", "@misc{brown2020curators," }, bib.Split('\n').Where(l => l.StartsWith('@')).ToArray());
        Assert.Contains("\"id\": \"brown2020curators\"", csl, System.StringComparison.Ordinal);
        Assert.Equal(2, ris.Split("ER  -").Length - 1);
        Assert.Equal(2, CffExporter.Export(papers).Split("\n  - type: ").Length - 1);
        Assert.Equal(2, ApaFormatter.Export(papers, ApaStyle.Text).Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(bib, BibTexExporter.Export(papers));
    }

    [Fact]
    public void Colliding_keys_of_two_papers_with_one_id_are_suffixed_in_the_order_given()
    {
        Paper first = TestPapers.Simple("same", "Graph Nets", 2021, Author.Person("Smith", "Ann"));
        Paper second = TestPapers.Simple("same", "Graph Kernels", 2021, Author.Person("Smith", "Bo"));

        string bib = BibTexExporter.Export(new[] { first, second });

        Assert.Equal(new[] { "@misc{smith2021grapha,", "@misc{smith2021graphb," }, bib.Split('\n').Where(l => l.StartsWith('@')).ToArray());
    }
}
