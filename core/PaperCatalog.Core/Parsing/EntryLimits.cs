using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// The sizes past which an entry file is refused with PAPER025. Real entries are a few kilobytes with a dozen keys;
/// every limit is far beyond that, and low enough that the worst file still parses in milliseconds, so that a
/// hostile or broken file cannot stall the build or the IDE, nor flood either with diagnostics.
/// </summary>
internal static class EntryLimits
{
    /// <summary>Characters in one file; checked before anything is parsed, so a 50 MB file costs nothing.</summary>
    public const int MaxFileLength = 1_000_000;

    /// <summary>Characters in one value (or key); the longest shipped abstract is under 2,000.</summary>
    public const int MaxValueLength = 100_000;

    /// <summary>Items in one list or keys in one mapping; large collaborations list a few thousand authors.</summary>
    public const int MaxCollectionItems = 10_000;

    /// <summary>Levels of nesting; an entry needs three.</summary>
    public const int MaxDepth = 64;

    /// <summary>Diagnostics reported for one file; past this, one more says that the rest were dropped.</summary>
    public const int MaxDiagnosticsPerFile = 100;

    public static string FileLengthLimit => Number(MaxFileLength) + " characters in one file";

    public static string ValueLengthLimit => Number(MaxValueLength) + " characters in one value";

    public static string CollectionLimit => Number(MaxCollectionItems) + " items in one list or mapping";

    public static string DepthLimit => MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels of nesting";

    public static string DiagnosticsLimit => Number(MaxDiagnosticsPerFile) + " problems reported for one file";

    /// <summary>
    /// Keeps the first <see cref="MaxDiagnosticsPerFile"/> diagnostics of one file in file order and, when there were
    /// more, adds one PAPER025 where the first dropped one was. Returns the list itself when within the limit.
    /// </summary>
    public static List<DiagnosticInfo> CapDiagnostics(List<DiagnosticInfo> fileDiagnostics)
    {
        // A cap the parser already added counts as no problem of its own, so that a file never carries two.
        var real = fileDiagnostics.Where(d => !IsCap(d)).ToList();
        if (real.Count <= MaxDiagnosticsPerFile)
        {
            return fileDiagnostics;
        }

        List<DiagnosticInfo> ordered = real
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
        DiagnosticInfo firstDropped = ordered[MaxDiagnosticsPerFile];
        List<DiagnosticInfo> kept = ordered.GetRange(0, MaxDiagnosticsPerFile);
        kept.Add(DiagnosticInfo.Create(DiagnosticRules.LimitExceeded, firstDropped.Path, firstDropped.Span, DiagnosticsLimit));
        return kept;
    }

    private static bool IsCap(DiagnosticInfo d)
        => d.Id == DiagnosticRules.LimitExceeded.Id && d.Arguments.Count == 1 && d.Arguments[0] == DiagnosticsLimit;

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
