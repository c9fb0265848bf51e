using System.Text.RegularExpressions;

namespace PaperCatalog.Catalog.Tests.Seed;

/// <summary>
/// The catalog's rule for turning a seed venue string into a structured venue (docs/schema.md, "The shipped
/// catalog's venues"): a year written in the string is the venue's year; a trailing ", YYYY" and a "(journal)" mark
/// are facts about the venue, not part of its name, and are split off; a year inside a proceedings' name ("ICLR 2024")
/// stays in the name. The type is given only where the string names it.
/// </summary>
internal static class SeedVenue
{
    private static readonly Regex Year = new(@"\b(?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant);

    private static readonly Regex JournalWithYear = new(@"^(?<name>.+) \(journal\), (?<year>[0-9]{4})$", RegexOptions.CultureInvariant);

    public static (string Name, VenueType Type, int? Year) Expected(string seed)
    {
        if (JournalWithYear.Match(seed) is { Success: true } journal)
        {
            return (journal.Groups["name"].Value, VenueType.Journal, int.Parse(journal.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        VenueType type = seed.Contains("Workshop", System.StringComparison.Ordinal) ? VenueType.Workshop
            : seed.Contains("Conference", System.StringComparison.Ordinal) ? VenueType.Conference
            : VenueType.Unspecified;
        Match year = Year.Match(seed);
        return (seed, type, year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Every year the string writes, as numbers of four digits.</summary>
    public static int[] YearsIn(string seed)
        => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Year.Matches(seed), m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));
}
