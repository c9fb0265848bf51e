namespace PaperCatalog.Core.Diagnostics;

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
/// <param name="Id">The rule's id, <c>PAPER</c> and three digits.</param>
/// <param name="Title">A short title, as shown in rule lists.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style places for its arguments.</param>
/// <param name="Category">The category, as Roslyn groups rules.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="LeavesEntryOut">
/// Whether an entry with this finding is left out of the catalog. False only for findings that change no
/// value of the entry (an unknown key), so that a project that lowers such a rule to a warning still gets the entry.
/// </param>
internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, string Category, RuleSeverity Severity, bool LeavesEntryOut = true)
{
    /// <summary>Where each rule is documented: what triggers it, a bad example and the fix.</summary>
    public string HelpLink => DiagnosticRules.HelpLinkBase + Id + ".md";
}
