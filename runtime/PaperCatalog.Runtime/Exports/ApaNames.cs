using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>The author element of an APA 7 reference.</summary>
internal static class ApaNames
{
    /// <summary>The most authors APA 7 lists in full; from one more on it lists 19, an ellipsis and the last.</summary>
    public const int MaxListed = 20;

    /// <summary>
    /// The author list: <c>Brown, T. B.</c>; <c>Brown, T. B., &amp; Mann, B.</c>; up to 20 names with commas and an
    /// ampersand before the last; from 21 names the first 19, <c>…</c> and the last (no ampersand), as APA 7
    /// section 9.8 asks and citeproc-js prints it (one ellipsis character). Null when there are no authors.
    /// </summary>
    public static string? Format(IReadOnlyList<Author> authors)
    {
        string[] names = authors.Select(Format).ToArray();
        return names.Length switch
        {
            0 => null,
            1 => names[0],
            2 => names[0] + ", & " + names[1],
            <= MaxListed => string.Join(", ", names.Take(names.Length - 1)) + ", & " + names[^1],
            _ => string.Join(", ", names.Take(MaxListed - 1)) + ", … " + names[^1],
        };
    }

    /// <summary>
    /// One name: <c>Family, I. I.</c> with the particle kept before the family name (<c>van Steenkiste, S.</c>) and a
    /// suffix after the initials (<c>King, M. L., Jr.</c>); a group, or a person known by one name, as written.
    /// </summary>
    public static string Format(Author author)
    {
        if (author.IsGroup || string.IsNullOrWhiteSpace(author.FamilyNames) || string.IsNullOrWhiteSpace(author.GivenNames))
        {
            return ApaText.Apostrophes(author.DisplayName);
        }

        string name = author.LastName + ", " + Initials(author.GivenNames);
        return ApaText.Apostrophes(string.IsNullOrWhiteSpace(author.NameSuffix) ? name : name + ", " + author.NameSuffix);
    }

    /// <summary>
    /// Initials of given names: <c>Tom B.</c> gives <c>T. B.</c>, <c>J.R.R.</c> gives <c>J. R. R.</c>; a hyphenated
    /// name keeps its hyphen, so <c>Jean-Paul</c> gives <c>J.-P.</c>, while a lower-case part after a hyphen is no
    /// name of its own and gives no initial (<c>Élise-marie</c> gives <c>É.</c>), as citeproc-js does.
    /// </summary>
    public static string Initials(string givenNames)
    {
        var words = new List<string>();
        foreach (string word in givenNames.Split(new[] { ' ', '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Where((part, index) => index == 0 || !char.IsLower(part, 0))
                .Select(Initial)
                .Where(i => i != null)
                .Select(i => i!)
                .ToArray();
            if (parts.Length > 0)
            {
                words.Add(string.Join("-", parts));
            }
        }

        return string.Join(" ", words);
    }

    // The first letter, upper-cased, with a period; a surrogate pair (a letter outside the BMP) stays whole.
    private static string? Initial(string part)
    {
        for (int i = 0; i < part.Length; i++)
        {
            if (char.IsLetter(part, i))
            {
                int length = char.IsSurrogatePair(part, i) ? 2 : 1;
                return new StringBuilder().Append(part.Substring(i, length).ToUpperInvariant()).Append('.').ToString();
            }
        }

        return null;
    }
}
