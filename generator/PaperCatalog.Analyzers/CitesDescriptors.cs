using Microsoft.CodeAnalysis;

namespace PaperCatalog.Analyzers;

/// <summary>The diagnostics about paper ids in consumer code.</summary>
internal static class CitesDescriptors
{
    private const string HelpLinkBase = "https://github.com/PaperCatalog/PaperCatalog/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnknownPaperId = new(
        "PAPER101",
        "Unknown paper id",
        "'{0}' is not the id of any paper in the referenced catalogs{1}",
        "PaperCatalog.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A [Cites] attribute names a paper id that no referenced catalog holds; the citation points nowhere.",
        helpLinkUri: HelpLinkBase + "PAPER101.md");

    public static readonly DiagnosticDescriptor UseIdConstant = new(
        "PAPER102",
        "Use the PaperIds constant",
        "Use '{0}' instead of the string \"{1}\", so the compiler checks the id",
        "PaperCatalog.Style",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A paper id written as a string literal is checked only by this analyzer; the generated constant is checked by the compiler and renamed by refactorings.",
        helpLinkUri: HelpLinkBase + "PAPER102.md");

    public static readonly DiagnosticDescriptor InactivePaper = new(
        "PAPER103",
        "Cited paper is retracted, withdrawn or superseded",
        "The cited paper '{0}' is no longer current: {1}",
        "PaperCatalog.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The catalog marks the paper retracted, withdrawn or superseded; cite its replacement, or keep the citation knowingly and suppress the warning.",
        helpLinkUri: HelpLinkBase + "PAPER103.md");

    public static readonly DiagnosticDescriptor InvalidCitationsClass = new(
        "PAPER104",
        "Invalid citations class name",
        "PaperCatalogCitationsClass '{0}' is not a C# class name, optionally qualified by a namespace; no citations class is generated",
        "PaperCatalog.Configuration",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The name given for the generated citations class must be a C# identifier, or a dotted namespace and identifier.",
        helpLinkUri: HelpLinkBase + "PAPER104.md");

    /// <summary>Property key carrying the constant's fully qualified name to the code fix.</summary>
    public const string ConstantNameProperty = "PaperIdConstant";
}
