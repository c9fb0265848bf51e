using System.IO;
using System.Linq;
using System.Text.Json;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class ExportCommandTests
{
    [Theory]
    [InlineData("bibtex")]
    [InlineData("csl-json")]
    [InlineData("cff")]
    [InlineData("ris")]
    [InlineData("apa")]
    public void Exports_the_catalog_exactly_as_the_runtime_exporters_do(string format)
    {
        var papers = EntryFolder.Papers(RepositoryPaths.CatalogEntries);
        string expected = format switch
        {
            "bibtex" => BibTexExporter.Export(papers),
            "csl-json" => CslJsonExporter.Export(papers),
            "cff" => CffExporter.Export(papers),
            "apa" => ApaFormatter.Export(papers, ApaStyle.Text),
            _ => RisExporter.Export(papers),
        };

        ToolRun run = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        // RIS lines end in CRLF, as its specification asks; the test's writer capture normalises line ends.
        Assert.Equal(expected.Replace("\r\n", "\n"), run.Out);
    }

    [Fact]
    public void Filters_by_keyword_author_and_year()
    {
        ToolRun run = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "csl-json", "--author", "Brown, Tom B.", "--year", "2020", "--keyword", "large-language-models");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(new[] { "Language Models are Few-Shot Learners" }, json.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()));
    }

    [Fact]
    public void Writes_the_out_file_whole()
    {
        using var temp = new TempFolder();
        temp.Write("papers.ris", "old content that is much longer than nothing at all\n");

        ToolRun run = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "ris", "--year", "1900", "--out", temp["papers.ris"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, File.ReadAllText(temp["papers.ris"]));
        Assert.Equal(new[] { "papers.ris" }, temp.Files());
        Assert.Contains("Exported 0 papers to", run.Err);
    }

    [Fact]
    public void A_folder_with_errors_is_refused_with_its_diagnostics()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("export", Path.Combine(RepositoryPaths.Fixtures, "broken"), "--format", "bibtex", "--out", temp["out.bib"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PAPER004: Required key 'title' is missing", run.Err);
        Assert.Contains("export refused: 8 entries, 15 errors, 0 warnings.", run.Err);
        Assert.Equal(string.Empty, run.Out);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void An_out_path_that_is_a_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "cff", "--out", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("': it is a folder.", run.Err);
    }

    [Fact]
    public void The_format_is_required()
    {
        ToolRun run = ToolRun.InProcess("export", RepositoryPaths.CatalogEntries);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Err);
    }
}
