using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Catalog.Tests.Seed;
using Xunit;

namespace PaperCatalog.Catalog.Tests;

/// <summary>The shipped catalog against its sources: the seed listing and the seed metadata.</summary>
public class CatalogContentTests
{
    private static readonly IReadOnlyList<(string Title, string Abstract)> Listing = SeedListing.Read();
    private static readonly IReadOnlyList<SeedPaper> Metadata = SeedMetadata.Read();

    [Fact]
    public void Catalog_holds_exactly_the_papers_of_the_listing()
    {
        Assert.Equal(57, Listing.Count);
        Assert.Equal(Listing.Count, Papers.All.Count);
        Assert.Equal(
            Listing.Select(p => p.Title).Order(System.StringComparer.Ordinal),
            Papers.All.Select(p => p.Title).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Titles_and_abstracts_equal_the_listing_character_for_character()
    {
        foreach ((string title, string abstractText) in Listing)
        {
            Paper paper = Assert.Single(Papers.All, p => p.Title == title);
            Assert.Equal(abstractText, paper.Abstract);
        }
    }

    [Fact]
    public void Facts_equal_the_metadata_and_are_absent_where_it_is_silent()
    {
        Assert.Equal(Listing.Count, Metadata.Count);
        foreach (SeedPaper seed in Metadata)
        {
            Paper paper = Assert.Single(Papers.All, p => p.Title == seed.Title);
            Assert.Equal(seed.Arxiv, paper.ArxivId);
            Assert.Equal(seed.Year, paper.Year);
            Assert.Equal(seed.Venue == null, paper.Venue == null);
            Assert.Equal(seed.Doi, paper.Doi);
            Assert.Equal(seed.Code, paper.RepositoryCode);
            Assert.Equal(seed.Authors, paper.Authors.Select(a => a.DisplayName));
            Assert.Null(paper.Url);
            Assert.Null(paper.DatePublished);
        }
    }

    [Fact]
    public void All_is_in_id_order_and_ids_are_unique()
    {
        string[] ids = Papers.All.Select(p => p.Id).ToArray();
        Assert.Equal(ids.Order(System.StringComparer.Ordinal), ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Every_paper_has_at_least_one_keyword_from_the_generated_constants()
    {
        var constants = typeof(Keywords).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.All(Papers.All, p => Assert.NotEmpty(p.Keywords));
        Assert.All(Papers.All.SelectMany(p => p.Keywords), k => Assert.Contains(k, constants));
    }
}
