using System.IO;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class NewCommandTests
{
    [Fact]
    public void Writes_an_entry_from_flags_that_lint_accepts()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess(
            "new", "--id", "gpt-3", "--title", "Language Models are \"Few-Shot\" Learners", "--author", "Tom B. Brown",
            "--author", "van Steenkiste, Sjoerd", "--year", "2020", "--arxiv", "arXiv:2005.14165v4", "--doi", "10.1000/xyz",
            "--venue", "NeurIPS 2020", "--keyword", "large-language-models", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("wrote " + Path.Combine(temp.Path, "gpt-3.yaml"), run.Out.Trim());
        Assert.Equal(
            """
            # yaml-language-server: $schema=https://raw.githubusercontent.com/PaperCatalog/PaperCatalog/v{VERSION}/docs/schema/paper-entry.schema.json
            id: gpt-3
            title: "Language Models are \"Few-Shot\" Learners"
            authors:
              - family-names: "Brown"
                given-names: "Tom B."
              - family-names: "Steenkiste"
                given-names: "Sjoerd"
                name-particle: "van"
            year: 2020
            arxiv: "2005.14165"
            venue: "NeurIPS 2020"
            doi: "10.1000/xyz"
            keywords:
              - large-language-models

            """.Replace("\r\n", "\n").Replace("{VERSION}", ToolInfo.Version),
            File.ReadAllText(temp["gpt-3.yaml"]));
        Assert.Equal(0, ToolRun.InProcess("lint", temp.Path).ExitCode);
    }

    [Fact]
    public void From_an_arxiv_id_the_year_comes_from_the_id_and_the_id_from_the_title()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("new", "https://arxiv.org/abs/hep-th/9901001v2", "--title", "An Old Paper: Its Title", "-a", "Ana Pérez", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("id 'an-old-paper-its-title' suggested from the title", run.Err);
        string text = File.ReadAllText(temp["an-old-paper-its-title.yaml"]);
        Assert.Contains("year: 1999\n", text);
        Assert.Contains("arxiv: \"hep-th/9901001\"\n", text);
        Assert.Contains("given-names: \"Ana\"", text);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_entry_without_force()
    {
        using var temp = new TempFolder();
        string existing = temp.Write("sample.yaml", "id: sample\ntitle: \"Old\"\nauthors:\n  - name: \"Team\"\nyear: 2020\n");

        ToolRun refused = ToolRun.InProcess("new", "--id", "sample", "--title", "New", "-a", "Jane Doe", "--year", "2021", "--out", temp.Path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the file exists; pass --force to replace it. Nothing was written.", refused.Err);
        Assert.Contains("title: \"Old\"", File.ReadAllText(existing));
        Assert.Equal(new[] { "sample.yaml" }, EntryFolder.WithoutLock(temp.Files()));

        ToolRun forced = ToolRun.InProcess("new", "--id", "sample", "--title", "New", "-a", "Jane Doe", "--year", "2021", "--out", temp.Path, "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("title: \"New\"", File.ReadAllText(existing));
        Assert.Equal(new[] { "sample.yaml" }, EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void An_entry_that_would_not_validate_is_not_written()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("new", "--id", "bad", "--title", "T", "-a", "Jane Doe", "--year", "2020", "--doi", "https://doi.org/10.1/x", "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(temp.Path, "bad.yaml") + "(8,6): error PAPER010: 'https://doi.org/10.1/x' is not a valid DOI", run.Err);
        Assert.Contains("was not written", run.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void An_arxiv_id_already_in_the_folder_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("gpt-3.yaml", "id: gpt-3\ntitle: \"GPT-3\"\nauthors:\n  - name: \"OpenAI\"\nyear: 2020\narxiv: \"2005.14165\"\n");

        ToolRun run = ToolRun.InProcess("new", "2005.14165v4", "--id", "again", "--title", "Again", "-a", "Jane Doe", "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PAPER017: arXiv id '2005.14165' is also used by " + Path.Combine(temp.Path, "gpt-3.yaml"), run.Err);
        Assert.Equal(new[] { "gpt-3.yaml" }, EntryFolder.WithoutLock(temp.Files()));
    }

    [Theory]
    [InlineData(new[] { "-a", "Jane Doe", "--year", "2020" }, "--title is required")]
    [InlineData(new[] { "--title", "T", "--year", "2020" }, "at least one --author is required")]
    [InlineData(new[] { "--title", "T", "-a", "Jane Doe" }, "--year is required unless an arXiv id or --date gives it")]
    [InlineData(new[] { "--title", "T", "-a", "Jane Doe", "--year", "twenty" }, "--year must be a whole number such as 2023, not 'twenty'")]
    [InlineData(new[] { "2005.14165", "--arxiv", "2104.08773", "--title", "T", "-a", "Jane Doe" }, "the arXiv id is given twice, differently")]
    public void Missing_or_bad_flags_are_usage_errors(string[] flags, string message)
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess(["new", .. flags, "--out", temp.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Err);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        string file = temp.Write("not-a-folder", "x");

        ToolRun run = ToolRun.InProcess("new", "--title", "T", "-a", "Jane Doe", "--year", "2020", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file; --out takes a folder", run.Err);
    }
}
