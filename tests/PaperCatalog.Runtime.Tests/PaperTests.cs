using Xunit;

namespace PaperCatalog.Tests;

public class PaperTests
{
    [Fact]
    public void Links_prefer_the_doi_then_arxiv_then_the_url()
    {
        Assert.Equal("https://doi.org/10.5555/fictional.2021.001", TestPapers.DatedWithDoi.Link);
        Assert.Equal("https://arxiv.org/abs/2005.14165", TestPapers.Gpt3.Link);
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", TestPapers.OldStyleArxiv.ArxivUrl);
        Assert.Null(TestPapers.Simple("x", "X", 2020, Author.Group("G")).Link);
    }

    [Fact]
    public void Defaults_are_empty_lists_and_an_active_status()
    {
        Paper paper = TestPapers.Simple("x", "X", 2020, Author.Group("G"));
        Assert.Empty(paper.Keywords);
        Assert.Empty(paper.Related);
        Assert.Equal(PaperStatus.Active, paper.Status);
        Assert.Equal("x: X", paper.ToString());
    }
}
