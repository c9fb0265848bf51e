using System.IO;
using System.Linq;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Cited;

/// <summary>
/// <c>cited</c> on a compiled library that cites the shipped catalog and its own curated one on an assembly, a
/// type, a type parameter, a field, a property, an event, a return value, a parameter and a constructor.
/// </summary>
public class CitedCommandTests(CitingLibraryFixture library) : IClassFixture<CitingLibraryFixture>
{
    private static readonly string Expected = Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "cited", "expected");

    [Fact]
    public void Text_lists_every_citation_with_its_catalog_target_symbol_and_note()
    {
        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Expected, "citations.txt")), run.Out);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void Markdown_is_a_references_page_listing_each_paper_once_with_the_members_citing_it()
    {
        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Expected, "references.md")), run.Out);
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("csl-json")]
    [InlineData("cff")]
    [InlineData("ris")]
    [InlineData("apa")]
    public void Every_export_format_gives_the_exporters_output_for_the_cited_papers_in_id_order(string format)
    {
        // The exporters' own output is checked by their tests; here, that cited exports exactly the cited papers.
        Paper[] shipped = EntryFolder.Papers(Path.Combine(RepositoryPaths.Root, "catalog", "papers")).ToArray();
        Paper[] lab = EntryFolder.Papers(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "cited", "lab-papers")).ToArray();
        Paper[] cited = [lab.Single(p => p.Id == "lab-tokenizer"), shipped.Single(p => p.Id == "learn-from-explanations"), shipped.Single(p => p.Id == "task-hinting")];
        string expected = format switch
        {
            "bibtex" => BibTexExporter.Export(cited),
            "csl-json" => CslJsonExporter.Export(cited),
            "cff" => CffExporter.Export(cited),
            "ris" => RisExporter.Export(cited),
            _ => string.Concat(cited.Select(p => ApaFormatter.Format(p) + "\n")),
        };

        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected.Replace("\r\n", "\n", System.StringComparison.Ordinal), run.Out);
    }

    [Fact]
    public void Csl_json_output_validates_against_the_csl_schema()
    {
        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "csl-json");
        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Csl, run.Out));
    }

    [Fact]
    public void Cff_into_updates_the_references_and_keeps_every_other_line_and_comment()
    {
        string cff = Path.Combine(library.Folder, "CITATION.cff");
        File.Copy(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "cited", "CITATION.cff"), cff, overwrite: true);

        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "cff", "--into", cff);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Wrote 3 papers to the references of " + cff + ".\n", run.Err);
        string updated = File.ReadAllText(cff);
        Assert.Equal(File.ReadAllText(Path.Combine(Expected, "CITATION.cff")), updated);
        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Cff, YamlToJson.Convert(updated)!.ToJsonString()));

        // Running again changes nothing.
        Assert.Equal(0, ToolRun.InProcess("cited", library.LibraryPath, "--format", "cff", "--into", cff).ExitCode);
        Assert.Equal(updated, File.ReadAllText(cff));
    }

    [Fact]
    public void Cff_into_a_missing_file_creates_a_valid_citation_file()
    {
        string cff = Path.Combine(library.Folder, "NEW-CITATION.cff");
        File.Delete(cff);

        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "cff", "--into", cff);

        Assert.True(run.ExitCode == 0, run.ToString());
        string created = File.ReadAllText(cff);
        Assert.StartsWith("# Citation metadata of CitingLibrary; complete the authors and title.\ncff-version: 1.2.0\n", created);
        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Cff, YamlToJson.Convert(created)!.ToJsonString()));
    }

    [Fact]
    public void Cff_into_a_file_that_is_no_yaml_mapping_is_refused_and_left_alone()
    {
        string cff = Path.Combine(library.Folder, "BROKEN.cff");
        File.WriteAllText(cff, "- just\n- a list\n");

        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "cff", "--into", cff);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not one YAML mapping", run.Err);
        Assert.Equal("- just\n- a list\n", File.ReadAllText(cff));
    }

    [Fact]
    public void Unknown_ids_are_errors_listed_in_the_output_and_nothing_is_written()
    {
        string path = library.EmitLibrary("Typos", """
            [assembly: PaperCatalog.Cites("task-hinting")]
            public class Model
            {
                [PaperCatalog.Cites("gpt-4\nfile(1,1): error CS9999: x")]
                public void Train() { }
            }
            """);
        string output = Path.Combine(library.Folder, "typos.bib");

        ToolRun listing = ToolRun.InProcess("cited", path);
        ToolRun export = ToolRun.InProcess("cited", path, "--format", "bibtex", "--out", output);
        ToolRun page = ToolRun.InProcess("cited", path, "--format", "markdown");

        Assert.Equal(1, listing.ExitCode);
        Assert.Equal("task-hinting\tPaperCatalog\tassembly\tA:Typos\t\ngpt-4\\nfile(1,1): error CS9999: x\t(unknown)\tmethod\tM:Model.Train\t\n", listing.Out);
        Assert.Equal("error: " + path + ": Model.Train() cites 'gpt-4\\nfile(1,1): error CS9999: x', which no referenced catalog holds (catalogs: Lab.Catalog, PaperCatalog).\n", listing.Err);
        Assert.Equal(1, export.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Contains("Nothing was written: 1 citation has an unknown paper id.", export.Err);
        Assert.Equal(1, page.ExitCode);
        Assert.EndsWith("## Unknown paper ids\n\nNo referenced catalog holds these ids:\n\n- `gpt-4'file(1,1): error CS9999: x`, cited by `Model.Train()`\n", page.Out);
    }

    [Fact]
    public void A_file_that_is_no_assembly_is_a_clear_error()
    {
        string path = Path.Combine(library.Folder, "notes.dll");
        File.WriteAllText(path, "not a PE file");

        ToolRun run = ToolRun.InProcess("cited", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + path + " is not a readable .NET assembly", run.Err);
        File.Delete(path);
    }

    [Fact]
    public void Into_needs_the_cff_format()
    {
        ToolRun run = ToolRun.InProcess("cited", library.LibraryPath, "--format", "bibtex", "--into", "CITATION.cff");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --into updates a CITATION.cff; use it with --format cff.\n", run.Err);
    }
}
