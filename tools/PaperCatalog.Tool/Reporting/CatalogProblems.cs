using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Reporting;

/// <summary>
/// What list and show say about a folder with errors: they still show the valid papers, but print the diagnostics
/// on stderr and exit with code 1, so that a broken entry is never silently missing from their output.
/// </summary>
internal static class CatalogProblems
{
    /// <summary>Reports the folder's diagnostics on stderr; returns the exit code they call for.</summary>
    public static int Report(ToolContext context, LoadedCatalog catalog)
    {
        if (catalog.Model.Diagnostics.Count == 0)
        {
            return ExitCodes.Ok;
        }

        DiagnosticText.WriteAll(context.Err, catalog.Model.Diagnostics);
        context.Err.WriteLine(LintSummary.Format(catalog) + "; entries with errors are left out.");
        return catalog.Errors > 0 ? ExitCodes.ValidationFailed : ExitCodes.Ok;
    }
}
