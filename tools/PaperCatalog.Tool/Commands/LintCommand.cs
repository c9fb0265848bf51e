using System.CommandLine;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>lint &lt;folder&gt;</c>: checks every entry with the generator's own parser and rules and prints what a build
/// would report, as text (compiler format), JSON or SARIF.
/// </summary>
internal static class LintCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> folder = CommonArguments.Folder();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler-style lines and a summary), json, or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");

        var command = new Command("lint", "Check entries with the same parser and rules as the build; exit code 1 when any has an error.")
        {
            folder,
            format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(folder)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(ToolContext context, string folder, string format)
    {
        LoadedCatalog catalog = CatalogLoader.Load(folder, context);
        switch (format)
        {
            case "json":
                JsonLintReport.Write(context.Out, catalog);
                break;
            case "sarif":
                SarifLintReport.Write(context.Out, catalog);
                break;
            default:
                DiagnosticText.WriteAll(context.Out, catalog.Model.Diagnostics);
                context.Out.WriteLine(LintSummary.Format(catalog));
                break;
        }

        return catalog.Errors > 0 ? ExitCodes.ValidationFailed : ExitCodes.Ok;
    }
}
