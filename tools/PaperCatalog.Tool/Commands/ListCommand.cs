using System.Collections.Generic;
using System.CommandLine;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Commands;

/// <summary><c>list &lt;folder&gt;</c>: a table of the folder's papers, optionally narrowed by keyword, author or year.</summary>
internal static class ListCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> folder = CommonArguments.Folder();
        Option<string?> keyword = CommonArguments.KeywordFilter();
        Option<string?> author = CommonArguments.AuthorFilter();
        Option<int?> year = CommonArguments.YearFilter();
        var command = new Command("list", "List the papers of a folder: id, year, title and first author.")
        {
            folder,
            keyword,
            author,
            year,
        };
        command.SetAction(parse => Run(context, parse.GetValue(folder)!, parse.GetValue(keyword), parse.GetValue(author), parse.GetValue(year)));
        return command;
    }

    private static int Run(ToolContext context, string folder, string? keyword, string? author, int? year)
    {
        LoadedCatalog catalog = CatalogLoader.Load(folder, context);
        int exitCode = CatalogProblems.Report(context, catalog);
        IReadOnlyList<Paper> papers = PaperSelection.Select(PaperSelection.Index(catalog), keyword, author, year);
        PaperTable.Write(context.Out, papers);
        context.Out.WriteLine(PaperTable.Count(papers.Count));
        return exitCode;
    }
}
