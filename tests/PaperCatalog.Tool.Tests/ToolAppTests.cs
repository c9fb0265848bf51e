using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests;

public class ToolAppTests
{
    [Theory]
    [InlineData(new string[0], "paper-catalog [command] [options]")]
    [InlineData(new[] { "lint" }, "paper-catalog lint <folder> [options]")]
    [InlineData(new[] { "new" }, "paper-catalog new [<arxiv-id>] [options]")]
    [InlineData(new[] { "import" }, "paper-catalog import [command] [options]")]
    [InlineData(new[] { "import", "listing" }, "paper-catalog import listing <file> [options]")]
    [InlineData(new[] { "import", "bibtex" }, "paper-catalog import bibtex <file> [options]")]
    [InlineData(new[] { "import", "arxiv-atom" }, "paper-catalog import arxiv-atom <file> [options]")]
    [InlineData(new[] { "export" }, "paper-catalog export <folder> [options]")]
    [InlineData(new[] { "list" }, "paper-catalog list <folder> [options]")]
    [InlineData(new[] { "show" }, "paper-catalog show <folder> <paper> [options]")]
    public void Every_command_has_help(string[] command, string usage)
    {
        ToolRun run = ToolRun.InProcess([.. command, "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(usage, run.Out);
        Assert.Contains("Options:", run.Out);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Required command was not provided.", run.Err);
        Assert.Contains("Run 'paper-catalog --help' for usage.", run.Err);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Err);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error_naming_the_command()
    {
        ToolRun run = ToolRun.InProcess("show", "catalog/papers");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'paper-catalog show --help' for usage.", run.Err);
    }

    [Fact]
    public void Version_prints_the_repository_version()
    {
        ToolRun run = ToolRun.InProcess("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.", run.Out);
    }
}
