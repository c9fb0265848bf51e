using System;
using System.Collections.Generic;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// Reads AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md as the release-tracking analyzer does: the
/// releases in order, then the unshipped changes, each a table of new, removed or changed rules.
/// </summary>
internal static class AnalyzerReleases
{
    /// <summary>The rules tracked after every release and the unshipped changes: id to category and severity.</summary>
    public static Dictionary<string, (string Category, string Severity)> Read(string shipped, string unshipped)
    {
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        Apply(shipped, rules);
        Apply(unshipped, rules);
        return rules;
    }

    private static void Apply(string text, Dictionary<string, (string Category, string Severity)> rules)
    {
        string? table = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                table = line[4..].Trim();
                continue;
            }

            // Comments, release headings, the header row and its rule; a table row starts with a rule id.
            if (table == null || !line.StartsWith("PAPER", StringComparison.Ordinal))
            {
                continue;
            }

            string[] cells = Array.ConvertAll(line.Split('|'), c => c.Trim());
            string id = cells[0];
            switch (table)
            {
                case "New Rules":
                    Assert.False(rules.ContainsKey(id), id + " is listed as new twice");
                    rules.Add(id, (cells[1], cells[2]));
                    break;
                case "Removed Rules":
                    Assert.True(rules.Remove(id), id + " is removed but was never listed");
                    break;
                case "Changed Rules":
                    Assert.True(rules.ContainsKey(id), id + " is changed but was never listed");
                    rules[id] = (cells[1], cells[2]);
                    break;
                default:
                    Assert.Fail("Unknown table '" + table + "' in an AnalyzerReleases file");
                    break;
            }
        }
    }
}
