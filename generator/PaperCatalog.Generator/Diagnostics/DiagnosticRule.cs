namespace PaperCatalog.Generator.Diagnostics;

/// <summary>How bad a rule's finding is by default; mirrors Roslyn's severities without depending on them.</summary>
internal enum RuleSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One documented diagnostic: id, title, message format, category and default severity. Roslyn-free, so
/// that tools other than the compiler can report the same findings with the same words.
/// </summary>
internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, string Category, RuleSeverity Severity)
{
    /// <summary>Where each rule is documented: what triggers it, a bad example and the fix.</summary>
    public string HelpLink => DiagnosticRules.HelpLinkBase + Id + ".md";
}
