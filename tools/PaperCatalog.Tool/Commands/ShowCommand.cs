using System.CommandLine;
using PaperCatalog.Lookups;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Commands;

/// <summary><c>show &lt;folder&gt; &lt;id|arxiv-id|doi&gt;</c>: every value of one paper.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> folder = CommonArguments.Folder();
        var key = new Argument<string>("paper")
        {
            Description = "The paper's id (gpt-3), arXiv id (2005.14165, arXiv:2005.14165v4, an arxiv.org link) or DOI.",
        };
        var command = new Command("show", "Show one paper of a folder, found by id, arXiv id or DOI.")
        {
            folder,
            key,
        };
        command.SetAction(parse => Run(context, parse.GetValue(folder)!, parse.GetValue(key)!));
        return command;
    }

    private static int Run(ToolContext context, string folder, string key)
    {
        LoadedCatalog catalog = CatalogLoader.Load(folder, context);
        int exitCode = CatalogProblems.Report(context, catalog);
        PaperIndex index = PaperSelection.Index(catalog);
        Paper? paper = index.FindById(key) ?? index.FindByArxivId(key) ?? index.FindByDoi(key);
        if (paper == null)
        {
            throw new UsageException("no paper in '" + folder + "' has the id, arXiv id or DOI '" + key + "'.");
        }

        PaperDetails.Write(context.Out, paper, catalog.PathOf(paper.Id));
        return exitCode;
    }
}
