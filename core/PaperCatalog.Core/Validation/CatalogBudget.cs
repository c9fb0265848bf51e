using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// The catalog's character budget: all entry files of one catalog hold at most this many characters together.
/// The per-file limits bound one file; this bounds what a build of the whole catalog parses, stores and embeds, so
/// that the worst catalog that passes every limit still builds within the bounds stated in <c>docs/security.md</c>.
/// Files are counted in path order; the first file that takes the total past the budget, and every file after it,
/// is left out with PAPER034 at its start. A project that needs more raises <c>PaperCatalogMaxCatalogCharacters</c>.
/// </summary>
internal static class CatalogBudget
{
    /// <summary>
    /// The default budget: 32 files at the file limit, or about 13,000 entries of the shipped catalog's average size.
    /// </summary>
    public const long DefaultMaxCatalogCharacters = 32_000_000;

    /// <summary>The budget the options set; an unusable setting is reported (PAPER035) and the default used.</summary>
    public static long Read(GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        string? setting = options.MaxCatalogCharactersSetting;
        if (setting == null)
        {
            return DefaultMaxCatalogCharacters;
        }

        if (long.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out long max) && max > 0)
        {
            return max;
        }

        diagnostics.Add(DiagnosticInfo.WithoutLocation(
            DiagnosticRules.InvalidBudget, GeneratorOptions.MaxCatalogCharactersProperty, setting, Number(DefaultMaxCatalogCharacters)));
        return DefaultMaxCatalogCharacters;
    }

    /// <summary>Removes from <paramref name="candidates"/> (in path order) the files past the budget, reporting each.</summary>
    public static void Apply(List<ParsedFile> candidates, long max, List<DiagnosticInfo> diagnostics)
    {
        long total = 0;
        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            ParsedFile file = candidates[i];
            total += file.Characters;
            if (total <= max && kept == i)
            {
                kept++;
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticRules.CatalogBudgetExceeded,
                file.Path,
                SourceSpan.FileStart,
                "With this file the catalog's entry files hold " + Number(total) + " characters, over the budget of " + Number(max)));
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
