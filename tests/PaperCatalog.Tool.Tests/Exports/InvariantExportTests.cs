using System.Collections.Generic;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Exports;

/// <summary>
/// The tool runs with <c>InvariantGlobalization</c> (no ICU); these tests run with ICU. Name folding, lookups and keys
/// must not tell the two apart.
/// </summary>
public sealed class InvariantExportTests
{
    [Fact]
    public void The_tests_have_ICU_and_the_tool_process_has_not()
    {
        Assert.Equal(2, "é".Normalize(System.Text.NormalizationForm.FormD).Length);
        Assert.Contains("\"System.Globalization.Invariant\": true", System.IO.File.ReadAllText(ToolProcess.ToolDll.Replace(".dll", ".runtimeconfig.json", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("csl-json")]
    [InlineData("apa")]
    public void The_tool_process_and_the_library_export_the_catalog_byte_for_byte_alike(string format)
    {
        IReadOnlyList<Paper> papers = EntryFolder.Papers(RepositoryPaths.CatalogEntries);
        string library = format switch
        {
            "bibtex" => BibTexExporter.Export(papers),
            "csl-json" => CslJsonExporter.Export(papers),
            _ => ApaFormatter.Export(papers, ApaStyle.Text),
        };

        ToolRun tool = ToolProcess.Run(RepositoryPaths.Root, "export", "catalog/papers", "--format", format);

        Assert.True(tool.ExitCode == 0, tool.ToString());
        Assert.Equal(library, tool.Out);
    }

    [Theory]
    [InlineData("Goran Glavas")]
    [InlineData("glavaš, goran")]
    public void The_tool_process_finds_an_author_typed_without_accents(string author)
    {
        ToolRun tool = ToolProcess.Run(RepositoryPaths.Root, "list", "catalog/papers", "--author", author);

        Assert.True(tool.ExitCode == 0, tool.ToString());
        Assert.Contains("multilingual-lexical-specialization", tool.Out, System.StringComparison.Ordinal);
    }
}
