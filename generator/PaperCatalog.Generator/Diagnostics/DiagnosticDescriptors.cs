using PaperCatalog.Core.Diagnostics;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the <see cref="DiagnosticRules"/>. Ids, categories and severities are literals so that
/// the release-tracking analyzer can check them against AnalyzerReleases.*.md; a test checks they match the rules.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "PAPER001",
        DiagnosticRules.InvalidYaml.Title,
        DiagnosticRules.InvalidYaml.MessageFormat,
        "PaperCatalog.Syntax",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidYaml.HelpLink);

    public static readonly DiagnosticDescriptor NotAMapping = new(
        "PAPER002",
        DiagnosticRules.NotAMapping.Title,
        DiagnosticRules.NotAMapping.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.NotAMapping.HelpLink);

    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "PAPER003",
        DiagnosticRules.MultipleDocuments.Title,
        DiagnosticRules.MultipleDocuments.MessageFormat,
        "PaperCatalog.Syntax",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.MultipleDocuments.HelpLink);

    public static readonly DiagnosticDescriptor MissingKey = new(
        "PAPER004",
        DiagnosticRules.MissingKey.Title,
        DiagnosticRules.MissingKey.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.MissingKey.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "PAPER005",
        DiagnosticRules.DuplicateKey.Title,
        DiagnosticRules.DuplicateKey.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.DuplicateKey.HelpLink);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "PAPER006",
        DiagnosticRules.UnknownKey.Title,
        DiagnosticRules.UnknownKey.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.UnknownKey.HelpLink);

    public static readonly DiagnosticDescriptor WrongType = new(
        "PAPER007",
        DiagnosticRules.WrongType.Title,
        DiagnosticRules.WrongType.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.WrongType.HelpLink);

    public static readonly DiagnosticDescriptor EmptyValue = new(
        "PAPER008",
        DiagnosticRules.EmptyValue.Title,
        DiagnosticRules.EmptyValue.MessageFormat,
        "PaperCatalog.Schema",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.EmptyValue.HelpLink);

    public static readonly DiagnosticDescriptor InvalidArxivId = new(
        "PAPER009",
        DiagnosticRules.InvalidArxivId.Title,
        DiagnosticRules.InvalidArxivId.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidArxivId.HelpLink);

    public static readonly DiagnosticDescriptor InvalidDoi = new(
        "PAPER010",
        DiagnosticRules.InvalidDoi.Title,
        DiagnosticRules.InvalidDoi.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidDoi.HelpLink);

    public static readonly DiagnosticDescriptor InvalidUrl = new(
        "PAPER011",
        DiagnosticRules.InvalidUrl.Title,
        DiagnosticRules.InvalidUrl.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidUrl.HelpLink);

    public static readonly DiagnosticDescriptor YearOutOfRange = new(
        "PAPER012",
        DiagnosticRules.YearOutOfRange.Title,
        DiagnosticRules.YearOutOfRange.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.YearOutOfRange.HelpLink);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "PAPER013",
        DiagnosticRules.InvalidDate.Title,
        DiagnosticRules.InvalidDate.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidDate.HelpLink);

    public static readonly DiagnosticDescriptor DateDisagreesWithYear = new(
        "PAPER014",
        DiagnosticRules.DateDisagreesWithYear.Title,
        DiagnosticRules.DateDisagreesWithYear.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.DateDisagreesWithYear.HelpLink);

    public static readonly DiagnosticDescriptor InvalidId = new(
        "PAPER015",
        DiagnosticRules.InvalidId.Title,
        DiagnosticRules.InvalidId.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidId.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "PAPER016",
        DiagnosticRules.DuplicateId.Title,
        DiagnosticRules.DuplicateId.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.DuplicateId.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateArxivId = new(
        "PAPER017",
        DiagnosticRules.DuplicateArxivId.Title,
        DiagnosticRules.DuplicateArxivId.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.DuplicateArxivId.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateDoi = new(
        "PAPER018",
        DiagnosticRules.DuplicateDoi.Title,
        DiagnosticRules.DuplicateDoi.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.DuplicateDoi.HelpLink);

    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        "PAPER019",
        DiagnosticRules.IdentifierCollision.Title,
        DiagnosticRules.IdentifierCollision.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.IdentifierCollision.HelpLink);

    public static readonly DiagnosticDescriptor UnknownReference = new(
        "PAPER020",
        DiagnosticRules.UnknownReference.Title,
        DiagnosticRules.UnknownReference.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.UnknownReference.HelpLink);

    public static readonly DiagnosticDescriptor SupersedesCycle = new(
        "PAPER021",
        DiagnosticRules.SupersedesCycle.Title,
        DiagnosticRules.SupersedesCycle.MessageFormat,
        "PaperCatalog.Catalog",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.SupersedesCycle.HelpLink);

    public static readonly DiagnosticDescriptor InternalError = new(
        "PAPER022",
        DiagnosticRules.InternalError.Title,
        DiagnosticRules.InternalError.MessageFormat,
        "PaperCatalog.Internal",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InternalError.HelpLink);

    public static readonly DiagnosticDescriptor AliasNotAllowed = new(
        "PAPER023",
        DiagnosticRules.AliasNotAllowed.Title,
        DiagnosticRules.AliasNotAllowed.MessageFormat,
        "PaperCatalog.Syntax",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.AliasNotAllowed.HelpLink);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "PAPER024",
        DiagnosticRules.InvalidValue.Title,
        DiagnosticRules.InvalidValue.MessageFormat,
        "PaperCatalog.Format",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.InvalidValue.HelpLink);

    public static readonly DiagnosticDescriptor LimitExceeded = new(
        "PAPER025",
        DiagnosticRules.LimitExceeded.Title,
        DiagnosticRules.LimitExceeded.MessageFormat,
        "PaperCatalog.Syntax",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.LimitExceeded.HelpLink);

    public static readonly DiagnosticDescriptor CharacterNotAllowed = new(
        "PAPER026",
        DiagnosticRules.CharacterNotAllowed.Title,
        DiagnosticRules.CharacterNotAllowed.MessageFormat,
        "PaperCatalog.Syntax",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticRules.CharacterNotAllowed.HelpLink);

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        InvalidYaml,
        NotAMapping,
        MultipleDocuments,
        MissingKey,
        DuplicateKey,
        UnknownKey,
        WrongType,
        EmptyValue,
        InvalidArxivId,
        InvalidDoi,
        InvalidUrl,
        YearOutOfRange,
        InvalidDate,
        DateDisagreesWithYear,
        InvalidId,
        DuplicateId,
        DuplicateArxivId,
        DuplicateDoi,
        IdentifierCollision,
        UnknownReference,
        SupersedesCycle,
        InternalError,
        AliasNotAllowed,
        InvalidValue,
        LimitExceeded,
        CharacterNotAllowed,
    };
}
