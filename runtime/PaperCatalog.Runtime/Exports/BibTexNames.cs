using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PaperCatalog.Exports;

/// <summary>Writes an author list the way BibTeX parses one: <c>Family, Given and Family, Given</c>.</summary>
internal static class BibTexNames
{
    // BibTeX splits names at a bare "and" and name parts at commas; a part holding either must be braced.
    private static readonly Regex NeedsBraces = new(@",|(^|\s)and(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The whole <c>author</c> value.</summary>
    public static string Format(IReadOnlyList<Author> authors) => string.Join(" and ", authors.Select(Format));

    /// <summary>
    /// One name: <c>van Steenkiste, Sjoerd</c> (the particle leads the family name, where BibTeX looks for it),
    /// <c>Smith, Jr., John</c>, a group braced whole (<c>{OpenAI}</c>) so that BibTeX never splits it, and a person
    /// known by one name as just that name (braced when it has spaces, to keep it one name).
    /// </summary>
    public static string Format(Author author)
    {
        if (author.IsGroup)
        {
            return "{" + BibTexText.Escape(author.Name!) + "}";
        }

        string? family = Blank(author.NameParticle) is { } particle && Blank(author.FamilyNames) is { } familyNames
            ? particle + " " + familyNames
            : Blank(author.FamilyNames);
        string? given = Blank(author.GivenNames);
        string? suffix = Blank(author.NameSuffix);
        if (family == null || given == null)
        {
            string single = string.Join(" ", new[] { family ?? given, suffix }.Where(s => s != null));
            return single.Contains(' ', StringComparison.Ordinal) ? "{" + BibTexText.Escape(single) + "}" : Part(single);
        }

        return suffix == null
            ? Part(family) + ", " + Part(given)
            : Part(family) + ", " + Part(suffix) + ", " + Part(given);
    }

    private static string Part(string value)
    {
        string escaped = BibTexText.Escape(value);
        return NeedsBraces.IsMatch(value) ? "{" + escaped + "}" : escaped;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
