using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the <see cref="DiagnosticRules"/>, built from them: a rule is declared once, in the
/// core, and the generator and the command-line tool report it with the same id, words, category and severity.
/// </summary>
/// <remarks>
/// The release-tracking analyzer (RS2000 to RS2008) only sees descriptors whose id, category and severity are
/// literals, so it cannot check these against AnalyzerReleases.*.md (the project turns off the two rules that would
/// then report every listed rule); DiagnosticRulesTests does that check instead, reading both files.
/// </remarks>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateAll();

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = Ordered();

    /// <summary>The descriptor of <paramref name="rule"/>.</summary>
    public static DiagnosticDescriptor For(DiagnosticRule rule) => ById[rule.Id];

    /// <summary>The descriptor of the rule with id <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> CreateAll()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (DiagnosticRule rule in DiagnosticRules.All)
        {
            descriptors.Add(rule.Id, Create(rule));
        }

        return descriptors;
    }

    private static DiagnosticDescriptor[] Ordered()
    {
        var ordered = new DiagnosticDescriptor[DiagnosticRules.All.Count];
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i] = ById[DiagnosticRules.All[i].Id];
        }

        return ordered;
    }

    private static DiagnosticDescriptor Create(DiagnosticRule rule)
        => new(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: rule.HelpLink);
}
