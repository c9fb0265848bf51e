using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Entries;

/// <summary>Tells the user what new and import did to each file: written on stdout, refusals on stderr with why.</summary>
internal static class OutcomeReport
{
    public static void Write(ToolContext context, IEnumerable<EntryOutcome> outcomes)
    {
        foreach (EntryOutcome outcome in outcomes)
        {
            switch (outcome.Kind)
            {
                case OutcomeKind.Written:
                    context.Out.WriteLine("wrote " + outcome.Path);
                    break;
                case OutcomeKind.Unchanged:
                    context.Out.WriteLine("unchanged " + outcome.Path + " (it already holds this entry)");
                    break;
                default:
                    context.Err.WriteLine("skipped " + outcome.Path + ": " + outcome.Reason + (outcome.Problems.Count > 0 ? ":" : "."));
                    foreach (var diagnostic in outcome.Problems)
                    {
                        context.Err.WriteLine("  " + DiagnosticText.Format(diagnostic));
                    }

                    break;
            }
        }
    }

    /// <summary>"3 written, 1 unchanged, 2 skipped".</summary>
    public static string Summary(IReadOnlyCollection<EntryOutcome> outcomes, int skippedBeforeWriting)
    {
        int written = outcomes.Count(o => o.Kind == OutcomeKind.Written);
        int unchanged = outcomes.Count(o => o.Kind == OutcomeKind.Unchanged);
        int skipped = outcomes.Count - written - unchanged + skippedBeforeWriting;
        return written + " written, " + unchanged + " unchanged, " + skipped + " skipped";
    }
}
