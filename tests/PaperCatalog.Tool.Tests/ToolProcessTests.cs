using System.IO;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests;

/// <summary>The built tool run as a real process: exit codes and streams as a shell or CI sees them.</summary>
public class ToolProcessTests
{
    [Fact]
    public void Lint_of_the_catalog_exits_0()
    {
        ToolRun run = ToolProcess.Run(RepositoryPaths.Root, "lint", "catalog/papers");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+ entries, 0 errors, 0 warnings\n$", run.Out);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void Lint_of_a_broken_folder_exits_1_without_progress_on_redirected_stderr()
    {
        ToolRun run = ToolProcess.Run(RepositoryPaths.Fixtures, "lint", "broken", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"version\": \"2.1.0\"", run.Out);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void A_missing_folder_exits_2()
    {
        ToolRun run = ToolProcess.Run(RepositoryPaths.Fixtures, "list", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: folder 'no-such-folder' does not exist.\n", run.Err);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Malformed_bibtex_exits_2_and_writes_nothing()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolProcess.Run(temp.Path, "import", "bibtex", Path.Combine(RepositoryPaths.Fixtures, "import", "malformed.bib"), "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("malformed BibTeX", run.Err);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void New_refuses_to_overwrite_with_exit_2()
    {
        using var temp = new TempFolder();
        temp.Write("sample.yaml", "keep me\n");

        ToolRun run = ToolProcess.Run(temp.Path, "new", "--id", "sample", "--title", "T", "--author", "Jane Doe", "--year", "2020");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pass --force to replace it", run.Err);
        Assert.Equal("keep me\n", File.ReadAllText(temp["sample.yaml"]));
    }

    [Fact]
    public void Help_exits_0()
    {
        ToolRun run = ToolProcess.Run(RepositoryPaths.Root, "export", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("paper-catalog export <folder> [options]", run.Out);
    }
}
