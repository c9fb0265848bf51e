using System.CommandLine;
using PaperCatalog.Tool.Refreshing;

namespace PaperCatalog.Tool.Commands;

/// <summary><c>refresh [folder]</c>: reports what changed upstream for each entry, and applies it with <c>--write</c>.</summary>
internal static class RefreshCommand
{
    public static Command Create(ToolContext context)
    {
        var folder = new Argument<string>("folder") { Description = "Folder of entry files.", DefaultValueFactory = _ => "." };
        var write = new Option<bool>("--write") { Description = "Apply the changes: fill keys the entries lack and set the status of retracted or withdrawn papers." };
        var force = new Option<bool>("--force") { Description = "With --write, also replace values the curator wrote (a different DOI or venue, another status)." };
        var sources = new SourceOptions();
        var command = new Command("refresh", "Compare entries with arXiv, Crossref and DataCite: new versions, DOIs, venues, corrections, retractions.") { folder, write, force };
        sources.AddTo(command);
        command.SetAction(parse => RefreshRunner.Run(context, parse.GetValue(folder)!, parse.GetValue(write), parse.GetValue(force), sources.Settings(parse, context)));
        return command;
    }
}
