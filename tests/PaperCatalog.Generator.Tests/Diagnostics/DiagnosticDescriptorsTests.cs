using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

public class DiagnosticDescriptorsTests
{
    [Fact]
    public void Every_rule_has_a_matching_descriptor()
    {
        Assert.Equal(DiagnosticRules.All.Select(r => r.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        foreach ((DiagnosticRule rule, DiagnosticDescriptor descriptor) in DiagnosticRules.All.Zip(DiagnosticDescriptors.All))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Ids_are_sequential_and_unique()
        => Assert.Equal(Enumerable.Range(1, DiagnosticRules.All.Count).Select(i => $"PAPER{i:000}"), DiagnosticRules.All.Select(r => r.Id));

    [Fact]
    public void Every_rule_is_documented()
    {
        foreach (DiagnosticRule rule in DiagnosticRules.All)
        {
            string page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no page at docs/diagnostics/{rule.Id}.md");
            string text = File.ReadAllText(page);
            Assert.Contains(rule.Id, text);
            Assert.Contains(rule.Title, text);
        }
    }
}
