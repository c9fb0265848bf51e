using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Reporting;

/// <summary>The closing line of a text lint: "57 entries, 0 errors, 0 warnings".</summary>
internal static class LintSummary
{
    public static string Format(LoadedCatalog catalog)
        => Count(catalog.Files.Count, "entry", "entries") + ", " + Count(catalog.Errors, "error", "errors") + ", "
           + Count(catalog.Warnings, "warning", "warnings");

    private static string Count(int n, string one, string many) => n + " " + (n == 1 ? one : many);
}
