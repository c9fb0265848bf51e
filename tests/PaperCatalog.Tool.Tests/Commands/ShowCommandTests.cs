using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class ShowCommandTests
{
    [Theory]
    [InlineData("gpt-3")]
    [InlineData("2005.14165")]
    [InlineData("arXiv:2005.14165v4")]
    [InlineData("https://arxiv.org/abs/2005.14165")]
    public void Shows_a_paper_found_by_id_or_arxiv_id(string key)
    {
        ToolRun run = ToolRun.InProcess("show", RepositoryPaths.CatalogEntries, key);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("gpt-3", run.OutLines[0]);
        Assert.Contains("  Title:      Language Models are Few-Shot Learners\n", run.Out);
        Assert.Contains("  Year:       2020\n", run.Out);
        Assert.Contains("  Released:   2020-05-28\n", run.Out);
        Assert.Contains("  Venue:      NeurIPS 2020 (2020)\n", run.Out);
        Assert.Contains("  arXiv:      2005.14165 [cs.CL]\n", run.Out);
        Assert.Contains("gpt-3.yaml\n", run.Out);
        Assert.Contains("  APA:        Brown, T. B., Mann, B.", run.Out);
        Assert.Contains("  Recent work has demonstrated", run.Out);
    }

    [Fact]
    public void Shows_the_type_and_year_of_a_structured_venue()
    {
        ToolRun run = ToolRun.InProcess("show", RepositoryPaths.CatalogEntries, "vacancy-sbert");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  Venue:      Applied Aspects of Information Technology (journal, 2023)\n", run.Out);
    }

    [Fact]
    public void Finds_a_paper_by_doi()
    {
        ToolRun run = ToolRun.InProcess("show", RepositoryPaths.CatalogEntries, "https://doi.org/10.18653/V1/2022.ACL-LONG.244");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("natural-instructions", run.OutLines[0]);
    }

    [Fact]
    public void An_unknown_paper_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess("show", RepositoryPaths.CatalogEntries, "no-such-paper");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has the id, arXiv id or DOI 'no-such-paper'", run.Err);
    }
}
