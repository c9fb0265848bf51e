using System.Linq;
using Xunit;

namespace PaperCatalog.Catalog.Tests;

/// <summary>The generated lookups, used the way a consumer writes them.</summary>
public class CatalogLookupTests
{
    // A const is legal in an attribute: this is what [Cites(PaperIds.X)] relies on.
    [Theory]
    [InlineData(PaperIds.Gpt3)]
    [InlineData(PaperIds.ParetoGnn)]
    public void Id_constants_find_their_paper(string id)
    {
        Paper paper = Assert.IsType<Paper>(Papers.FindById(id));
        Assert.Equal(id, paper.Id);
        Assert.True(Papers.TryGetById(id, out Paper? same));
        Assert.Same(paper, same);
    }

    [Fact]
    public void Typed_members_are_the_papers_of_the_index()
    {
        Assert.Same(Papers.Gpt3, Papers.FindById("gpt-3"));
        Assert.Equal("Language Models are Few-Shot Learners", Papers.Gpt3.Title);
        Assert.Equal(31, Papers.Gpt3.Authors.Count);
    }

    [Theory]
    [InlineData("2005.14165")]
    [InlineData("arXiv:2005.14165")]
    [InlineData("arxiv:2005.14165v4")]
    [InlineData(" https://arxiv.org/abs/2005.14165v1 ")]
    public void Arxiv_lookup_accepts_prefixes_and_versions(string query)
        => Assert.Same(Papers.Gpt3, Papers.FindByArxivId(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2005.14166")]
    [InlineData("not-an-id")]
    public void Absent_keys_return_null_or_false(string? query)
    {
        Assert.Null(Papers.FindByArxivId(query));
        Assert.False(Papers.TryGetByArxivId(query, out _));
        Assert.Null(Papers.FindById(query));
        Assert.Null(Papers.FindByDoi(query));
        Assert.Empty(Papers.WithKeyword(query));
        Assert.Empty(Papers.ByAuthor(query));
    }

    [Theory]
    [InlineData("10.18653/v1/2022.acl-long.244")]
    [InlineData("10.18653/V1/2022.ACL-LONG.244")]
    [InlineData("https://doi.org/10.18653/v1/2022.acl-long.244")]
    [InlineData("doi:10.18653/v1/2022.acl-long.244")]
    public void Doi_lookup_ignores_case_and_resolver_prefix(string query)
        => Assert.Equal(PaperIds.NaturalInstructions, Papers.FindByDoi(query)?.Id);

    [Fact]
    public void Keyword_lookup_uses_checked_constants()
    {
        var tuned = Papers.WithKeyword(Keywords.InstructionTuning);
        Assert.NotEmpty(tuned);
        Assert.All(tuned, p => Assert.Contains(Keywords.InstructionTuning, p.Keywords));
        Assert.Equal(Papers.All.Count(p => p.Keywords.Contains(Keywords.InstructionTuning)), tuned.Count);
    }

    [Theory]
    [InlineData("Tom B. Brown")]
    [InlineData("tom b brown")]
    [InlineData("Brown, Tom B.")]
    public void Author_lookup_normalises_names(string name)
        => Assert.Contains(Papers.Gpt3, Papers.ByAuthor(name));

    [Fact]
    public void Author_lookup_ignores_accents()
    {
        Paper paper = Papers.All.First(p => p.Authors.Any(a => a.DisplayName == "Marta R. Costa-jussà"));
        Assert.Contains(paper, Papers.ByAuthor("Marta R. Costa-jussa"));
    }

    [Fact]
    public void Year_lookup_returns_that_years_papers()
    {
        Assert.Contains(Papers.Gpt3, Papers.InYear(2020));
        Assert.All(Papers.InYear(2020), p => Assert.Equal(2020, p.Year));
        Assert.Empty(Papers.InYear(1700));
    }
}
