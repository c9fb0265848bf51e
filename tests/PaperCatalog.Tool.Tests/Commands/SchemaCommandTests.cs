using System.IO;
using System.Text.RegularExpressions;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

/// <summary>The entry schema in the tool: <c>schema</c> serves the repository's schema offline, and written entries name it by a versioned URL.</summary>
public class SchemaCommandTests
{
    private static string Version()
        => Regex.Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "version.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    private static string ExpectedUrl()
        => "https://raw.githubusercontent.com/PaperCatalog/PaperCatalog/v" + Version() + "/docs/schema/paper-entry.schema.json";

    [Fact]
    public void Prints_the_repositorys_schema_unchanged()
    {
        ToolRun run = ToolRun.InProcess("schema");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(RepositoryPaths.EntrySchema), run.Out);
    }

    [Fact]
    public void Writes_the_schema_into_a_folder_and_says_how_to_point_entries_at_it()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, "schema");

        ToolRun run = ToolRun.InProcess("schema", "--out", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(RepositoryPaths.EntrySchema), File.ReadAllText(Path.Combine(folder, "paper-entry.schema.json")));
        Assert.Contains("# yaml-language-server: $schema=./paper-entry.schema.json", run.Out);
    }

    [Fact]
    public void A_file_given_as_the_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        string file = temp.Write("taken", "x");

        ToolRun run = ToolRun.InProcess("schema", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void The_url_names_the_tag_of_this_version()
    {
        ToolRun run = ToolRun.InProcess("schema", "--url");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedUrl(), run.Out.Trim());
    }

    [Fact]
    public void A_new_entry_starts_with_the_schema_line_and_still_lints()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("new", "--id", "sample", "--title", "A Title", "-a", "Jane Doe", "--year", "2021", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# yaml-language-server: $schema=" + ExpectedUrl() + "\nid: sample\n", File.ReadAllText(temp["sample.yaml"]));
        Assert.Equal(0, ToolRun.InProcess("lint", temp.Path).ExitCode);
    }
}
