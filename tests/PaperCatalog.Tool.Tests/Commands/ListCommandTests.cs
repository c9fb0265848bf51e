using System.IO;
using System.Linq;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class ListCommandTests
{
    [Fact]
    public void Lists_every_paper_in_aligned_columns()
    {
        ToolRun run = ToolRun.InProcess("list", RepositoryPaths.CatalogEntries);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.OutLines;
        int papers = EntryFolder.Papers(RepositoryPaths.CatalogEntries).Count;
        Assert.Equal(papers + 2, lines.Length);
        Assert.StartsWith("ID ", lines[0]);
        Assert.Equal(papers + " papers", lines[^1]);

        // Every column starts where its header does.
        int year = lines[0].IndexOf("YEAR"), title = lines[0].IndexOf("TITLE"), author = lines[0].IndexOf("FIRST AUTHOR");
        string gpt3 = lines.Single(l => l.StartsWith("gpt-3 "));
        Assert.Equal("2020", gpt3.Substring(year, 4));
        Assert.StartsWith("Language Models are Few-Shot Learners", gpt3.Substring(title));
        Assert.Equal("Tom B. Brown et al.", gpt3.Substring(author));
    }

    [Fact]
    public void Long_titles_are_truncated()
    {
        ToolRun run = ToolRun.InProcess("list", RepositoryPaths.CatalogEntries, "--keyword", "graph-learning");

        string pareto = run.OutLines.Single(l => l.StartsWith("pareto-gnn "));
        Assert.Contains("Multi-task Self-supervised Graph Neural Networks Enable S...", pareto);
    }

    [Fact]
    public void A_folder_with_errors_lists_the_valid_papers_and_reports_the_rest()
    {
        ToolRun run = ToolRun.InProcess("list", Path.Combine(RepositoryPaths.Fixtures, "broken"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PAPER004", run.Err);
        Assert.Contains("entries with errors are left out", run.Err);
        Assert.Equal("0 papers", run.OutLines[^1]);
    }
}
