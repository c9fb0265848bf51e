using System.Collections.Generic;
using System.CommandLine;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>export &lt;folder&gt; --format ...</c>: citations of the folder's papers through the runtime's exporters, to
/// stdout or a file. A folder with errors is refused: an export that silently lacks the broken entries would be wrong.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> folder = CommonArguments.Folder();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Citation format: bibtex, csl-json, cff, ris or apa (APA 7 references, one per line).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("bibtex", "csl-json", "cff", "ris", "apa");
        var apaStyle = new Option<string>("--apa-style")
        {
            Description = "Markup of the apa format: text (default), html (italics as <i>) or markdown (italics as *...*).",
            DefaultValueFactory = _ => "text",
        };
        apaStyle.AcceptOnlyFromAmong("text", "html", "markdown");
        Option<string?> keyword = CommonArguments.KeywordFilter();
        Option<string?> author = CommonArguments.AuthorFilter();
        Option<int?> year = CommonArguments.YearFilter();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "File to write (replaced whole, never left half-written); stdout when not given.",
        };
        var command = new Command("export", "Export citations of a folder's papers as BibTeX, CSL-JSON, CFF, RIS or APA 7 references.")
        {
            folder,
            format,
            apaStyle,
            keyword,
            author,
            year,
            output,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(folder)!,
            parse.GetValue(format)!,
            parse.GetValue(apaStyle)!,
            parse.GetValue(keyword),
            parse.GetValue(author),
            parse.GetValue(year),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(ToolContext context, string folder, string format, string apaStyle, string? keyword, string? author, int? year, string? output)
    {
        LoadedCatalog catalog = CatalogLoader.Load(folder, context);
        if (catalog.Errors > 0)
        {
            DiagnosticText.WriteAll(context.Err, catalog.Model.Diagnostics);
            context.Err.WriteLine("export refused: " + LintSummary.Format(catalog) + ". Fix the errors, then export again.");
            return ExitCodes.ValidationFailed;
        }

        IReadOnlyList<Paper> papers = PaperSelection.Select(PaperSelection.Index(catalog), keyword, author, year);
        string text = format switch
        {
            "bibtex" => BibTexExporter.Export(papers),
            "csl-json" => CslJsonExporter.Export(papers),
            "cff" => CffExporter.Export(papers),
            "apa" => ApaFormatter.Export(papers, apaStyle switch
            {
                "html" => ApaStyle.Html,
                "markdown" => ApaStyle.Markdown,
                _ => ApaStyle.Text,
            }),
            _ => RisExporter.Export(papers),
        };

        if (output == null)
        {
            context.Out.Write(text);
        }
        else
        {
            AtomicFile.Write(output, text, overwrite: true);
            context.Err.WriteLine("Exported " + PaperTable.Count(papers.Count) + " to " + output + ".");
        }

        return ExitCodes.Ok;
    }
}
