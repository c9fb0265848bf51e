using System;
using System.Text.RegularExpressions;

namespace PaperCatalog.Core.Parsing;

/// <summary>Format rules for single values: ids, DOIs, URLs, dates, ORCIDs.</summary>
internal static class ValueRules
{
    /// <summary>The earliest year accepted; nothing older is a paper this catalog would hold.</summary>
    public const int MinYear = 1600;

    // Crossref's recommended pattern for modern DOIs: /^10.\d{4,9}/[-._;()/:A-Z0-9]+$/i. Every pattern here spells
    // out ASCII and ends in \z: .NET's \d also matches other scripts' digits, a case-insensitive A-Z also the
    // Kelvin sign, and $ also matches before a final "\n", which would let "gpt-3\n" pass as an id.
    private static readonly Regex DoiPattern = new(
        @"^10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex IdPattern = new(
        @"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex OrcidPattern = new(
        @"^https://orcid\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex PrimaryClassPattern = new(
        @"^[a-z]+(-[a-z]+)*(\.[A-Za-z]{2,})?\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The latest year accepted: next year, so that accepted papers dated ahead still build.</summary>
    public static int MaxYear => DateTime.UtcNow.Year + 1;

    public static bool IsValidId(string value) => value.Length <= 200 && IdPattern.IsMatch(value);

    public static bool IsValidDoi(string value) => value.Length <= 500 && DoiPattern.IsMatch(value);

    public static bool IsValidOrcid(string value) => OrcidPattern.IsMatch(value);

    public static bool IsValidPrimaryClass(string value) => value.Length <= 40 && PrimaryClassPattern.IsMatch(value);

    public static bool IsValidHttpUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
           && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
           && uri.Host.Length > 0
           && !HasInvisibleCharacter(value);

    // A URL holds no spaces, controls, line breaks or invisible formatting characters; Uri.TryCreate lets some pass.
    private static bool HasInvisibleCharacter(string value)
    {
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses YYYY-MM-DD into a real calendar date; returns its year, or null when it is not one.</summary>
    public static int? ParseDateYear(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return null;
        }

        if (!int.TryParse(value.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(value.Substring(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(value.Substring(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day))
        {
            return null;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return year;
    }
}
