using System.IO;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// The rules of <see cref="DiagnosticRules"/>, the one declaration of every diagnostic: numbered, documented, and
/// tracked in the generator's AnalyzerReleases files.
/// </summary>
public class DiagnosticRulesTests
{
    // Ranges of ids are assigned to areas ahead of their rules, so the list may have gaps, but never disorder.
    [Fact]
    public void Ids_are_in_order_and_unique()
    {
        // Ids are handed out in blocks, so a range may be unused yet; the list stays in id order without repeats.
        string[] ids = DiagnosticRules.All.Select(r => r.Id).ToArray();
        Assert.All(ids, id => Assert.Matches("^PAPER[0-9]{3}$", id));
        Assert.Equal(ids.Distinct().Order(System.StringComparer.Ordinal), ids);
        Assert.Equal("PAPER001", ids[0]);
    }

    [Fact]
    public void Every_rule_is_documented()
    {
        string folder = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");
        string index = File.ReadAllText(Path.Combine(folder, "README.md"));
        foreach (DiagnosticRule rule in DiagnosticRules.All)
        {
            string page = Path.Combine(folder, rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no page at docs/diagnostics/{rule.Id}.md");
            string text = File.ReadAllText(page);
            Assert.Contains(rule.Id, text);
            Assert.Contains(rule.Title, text);
            Assert.Contains(rule.MessageFormat, text);
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | `{rule.Category}` | {rule.Severity} |", index);
        }
    }

    [Fact]
    public void Help_links_point_at_the_pages()
    {
        foreach (DiagnosticRule rule in DiagnosticRules.All)
        {
            Assert.Equal("https://github.com/PaperCatalog/PaperCatalog/blob/main/docs/diagnostics/" + rule.Id + ".md", rule.HelpLink);
        }
    }

    [Fact]
    public void Analyzer_releases_list_exactly_the_rules()
    {
        // The descriptors are built from the rules, which the release-tracking analyzer cannot read; this does its check.
        string folder = Path.Combine(RepositoryPaths.Root, "generator", "PaperCatalog.Generator");
        var tracked = AnalyzerReleases.Read(
            File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")));

        Assert.Equal(
            DiagnosticRules.All.Select(r => $"{r.Id} | {r.Category} | {r.Severity}").Order(),
            tracked.Select(t => $"{t.Key} | {t.Value.Category} | {t.Value.Severity}").Order());
    }
}
