using System.Collections.Generic;

namespace PaperCatalog.Core.Diagnostics;

/// <summary>
/// The catalog of rules every entry and the generator's settings are checked against: the one declaration of each
/// diagnostic, from which the generator builds its Roslyn descriptors. Ids never change meaning once shipped.
/// </summary>
internal static class DiagnosticRules
{
    public const string HelpLinkBase = "https://github.com/PaperCatalog/PaperCatalog/blob/main/docs/diagnostics/";

    private const string Syntax = "PaperCatalog.Syntax";
    private const string Schema = "PaperCatalog.Schema";
    private const string Format = "PaperCatalog.Format";
    private const string Catalog = "PaperCatalog.Catalog";
    private const string Internal = "PaperCatalog.Internal";
    private const string Configuration = "PaperCatalog.Configuration";

    public static readonly DiagnosticRule InvalidYaml = new(
        "PAPER001", "YAML does not parse", "The file is not valid YAML: {0}", Syntax, RuleSeverity.Error);

    public static readonly DiagnosticRule NotAMapping = new(
        "PAPER002", "Entry is not a mapping", "An entry must be a YAML mapping of keys to values, but this document is {0}", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule MultipleDocuments = new(
        "PAPER003", "Several documents in one file", "A file holds one entry; this is document {0} of the file", Syntax, RuleSeverity.Error);

    public static readonly DiagnosticRule MissingKey = new(
        "PAPER004", "Required key missing", "Required key '{0}' is missing", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule DuplicateKey = new(
        "PAPER005", "Key given twice", "Key '{0}' appears more than once in the same mapping", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule UnknownKey = new(
        "PAPER006", "Unknown key", "Unknown key '{0}'{1}", Schema, RuleSeverity.Error, LeavesEntryOut: false);

    public static readonly DiagnosticRule WrongType = new(
        "PAPER007", "Value of the wrong type", "Key '{0}' expects {1}, but the value is {2}", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule EmptyValue = new(
        "PAPER008", "Empty value", "Key '{0}' has an empty value; remove the key if the value is unknown", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidArxivId = new(
        "PAPER009", "Invalid arXiv identifier", "'{0}' is not a valid arXiv identifier: {1}", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidDoi = new(
        "PAPER010", "Invalid DOI", "'{0}' is not a valid DOI: expected '10.NNNN/suffix' without a resolver prefix", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidUrl = new(
        "PAPER011", "Invalid URL", "'{0}' is not an absolute http or https URL", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule YearOutOfRange = new(
        "PAPER012", "Year out of range", "Year {0} is before {1} or after next year", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidDate = new(
        "PAPER013", "Invalid date", "'{0}' is not a real calendar date in the form YYYY-MM-DD", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule DateDisagreesWithYear = new(
        "PAPER014", "Date disagrees with year", "date-published '{0}' is in {1}, but year is {2}", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidId = new(
        "PAPER015", "Invalid entry id", "Id '{0}' must be lower-case letters and digits in words joined by single hyphens, starting with a letter (for example 'pareto-gnn')", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule DuplicateId = new(
        "PAPER016", "Id used by two entries", "Id '{0}' is also used by {1}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule DuplicateArxivId = new(
        "PAPER017", "arXiv id used by two entries", "arXiv id '{0}' is also used by {1}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule DuplicateDoi = new(
        "PAPER018", "DOI used by two entries", "DOI '{0}' is also used by {1}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule IdentifierCollision = new(
        "PAPER019", "Two names give the same C# name", "'{0}' becomes the C# name '{1}', which {2}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule UnknownReference = new(
        "PAPER020", "Reference to an unknown entry", "'{0}' names entry '{1}', which is not in the catalog{2}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule SupersedesCycle = new(
        "PAPER021", "supersedes cycle", "Entry '{0}' is part of a supersedes cycle: {1}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule InternalError = new(
        "PAPER022", "Entry could not be processed", "The generator failed on this file and left it out: {0}", Internal, RuleSeverity.Error);

    public static readonly DiagnosticRule AliasNotAllowed = new(
        "PAPER023", "YAML anchors, aliases and tags not allowed", "{0} are not allowed in entries; write the value out", Syntax, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidValue = new(
        "PAPER024", "Value not allowed", "'{0}' is not allowed for '{1}': expected {2}", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule LimitExceeded = new(
        "PAPER025", "Entry exceeds a limit", "The entry exceeds the limit of {0}; it was left out", Syntax, RuleSeverity.Error);

    public static readonly DiagnosticRule CharacterNotAllowed = new(
        "PAPER026", "Character not allowed", "{0} may not stand raw in an entry file: {1}", Syntax, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidNamespace = new(
        "PAPER027", "Invalid namespace", "{0} '{1}' is not a valid namespace: {2}", Configuration, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidClassName = new(
        "PAPER028", "Invalid class name", "{0} '{1}' is not a valid class name: {2}", Configuration, RuleSeverity.Error);

    public static readonly DiagnosticRule DuplicateClassName = new(
        "PAPER029", "Two generated classes with one name", "{0} '{1}' and {2} '{3}' give two generated classes the same name; class names must differ in more than case", Configuration, RuleSeverity.Error);

    public static readonly DiagnosticRule NameTakenByGeneratedCode = new(
        "PAPER030", "Name taken by the generated code", "'{0}' becomes the C# name '{1}', which {2}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule InvisibleOnlyValue = new(
        "PAPER031", "Value made only of invisible characters", "Key '{0}' has a value made only of invisible characters (the first is {1}), which reads as empty; write the value or remove the key", Schema, RuleSeverity.Error);

    public static readonly DiagnosticRule BidiControl = new(
        "PAPER032", "Bidirectional control character", "The value of '{0}' holds the bidirectional control {1}, which can make text display in another order than it is read; remove it", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule EntryOutsideProject = new(
        "PAPER033", "Entry file outside the project", "The entry file resolves to {0}, outside the project folder; it was not read (set PaperCatalogAllowEntriesOutside to true to allow it)", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule CatalogBudgetExceeded = new(
        "PAPER034", "Catalog exceeds its budget", "{0}; the entry was left out (see PaperCatalogMaxCatalogCharacters)", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule InvalidBudget = new(
        "PAPER035", "Invalid catalog budget", "{0} '{1}' is not a whole number of characters from 1; the default of {2} is used", Configuration, RuleSeverity.Error);

    public static readonly DiagnosticRule EntryPathRefused = new(
        "PAPER037", "Path in the entries folder refused", "'{0}' is not read: {1}", Catalog, RuleSeverity.Error);

    public static readonly DiagnosticRule VenueYearBeforeYear = new(
        "PAPER040", "Venue year before the first version", "The venue's year {0} is before year {1}, the year of the paper's first public version; a paper is not published before it first appears", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule ReleaseDateDisagreesWithYear = new(
        "PAPER041", "Release date disagrees with year", "date-released '{0}' is in {1}, but year, the year of the first public version, is {2}", Format, RuleSeverity.Error);

    public static readonly DiagnosticRule NamespaceTakenByReference = new(
        "PAPER042", "Catalog namespace used by a referenced catalog", "{0} '{1}' is already used by the referenced assembly '{2}', which defines '{3}': this project's catalog would clash with it and shadow its papers; set {0} to a namespace of this project's own, such as '{4}'", Configuration, RuleSeverity.Error);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        InvalidYaml, NotAMapping, MultipleDocuments, MissingKey, DuplicateKey, UnknownKey, WrongType, EmptyValue,
        InvalidArxivId, InvalidDoi, InvalidUrl, YearOutOfRange, InvalidDate, DateDisagreesWithYear, InvalidId,
        DuplicateId, DuplicateArxivId, DuplicateDoi, IdentifierCollision, UnknownReference, SupersedesCycle,
        InternalError, AliasNotAllowed, InvalidValue, LimitExceeded, CharacterNotAllowed, InvalidNamespace,
        InvalidClassName, DuplicateClassName, NameTakenByGeneratedCode, InvisibleOnlyValue, BidiControl,
        EntryOutsideProject, CatalogBudgetExceeded, InvalidBudget, EntryPathRefused,
        VenueYearBeforeYear, ReleaseDateDisagreesWithYear, NamespaceTakenByReference,
    };

    private static readonly Dictionary<string, DiagnosticRule> ById = CreateIndex();

    public static DiagnosticRule Get(string id) => ById[id];

    private static Dictionary<string, DiagnosticRule> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticRule>();
        foreach (DiagnosticRule rule in All)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }
}
