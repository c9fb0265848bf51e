using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Splits a name as people write it into the entry's author keys: "Given Family", "Family, Given" or
/// "Family, Suffix, Given"; lower-case words before the family name are its particle ("Anton van den Hengel").
/// A name ending in a word such as "team" or "consortium" is a group ("LCM team").
/// </summary>
internal static class PersonName
{
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "consortium", "collaboration", "group", "committee", "project", "initiative", "lab", "labs",
        "laboratory", "organization", "organisation", "institute", "foundation", "inc", "inc.", "ltd", "ltd.", "llc",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
    };

    /// <summary>The author, or null for a blank name.</summary>
    public static AuthorDraft? Parse(string name)
    {
        string[] words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        string normalized = string.Join(" ", words);
        if (normalized.Contains(',', StringComparison.Ordinal))
        {
            return FromCommaForm(normalized);
        }

        if (words.Length > 1 && GroupWords.Contains(words[^1]))
        {
            return AuthorDraft.Group(normalized);
        }

        string? suffix = null;
        if (words.Length > 2 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }

        if (words.Length == 1)
        {
            return new AuthorDraft(words[0], null, NameSuffix: suffix);
        }

        // Particles: the lower-case words right before the family name, after at least one given name.
        int familyStart = words.Length - 1;
        int particleStart = familyStart;
        while (particleStart > 1 && IsParticle(words[particleStart - 1]))
        {
            particleStart--;
        }

        string given = string.Join(" ", words[..particleStart]);
        string? particle = particleStart < familyStart ? string.Join(" ", words[particleStart..familyStart]) : null;
        return new AuthorDraft(words[familyStart], given, particle, suffix);
    }

    private static AuthorDraft FromCommaForm(string name)
    {
        string[] parts = name.Split(',').Select(p => p.Trim()).ToArray();
        string family = parts[0];
        string? given = Blank(parts[^1]);
        string? suffix = parts.Length > 2 ? Blank(parts[1]) : null;
        if (parts.Length == 1 || family.Length == 0)
        {
            return new AuthorDraft(Blank(family), given, NameSuffix: suffix);
        }

        // "van den Hengel, Anton": leading lower-case words of the family part are the particle.
        string[] familyWords = family.Split(' ');
        int first = 0;
        while (first < familyWords.Length - 1 && IsParticle(familyWords[first]))
        {
            first++;
        }

        string? particle = first > 0 ? string.Join(" ", familyWords[..first]) : null;
        return new AuthorDraft(string.Join(" ", familyWords[first..]), given, particle, suffix);
    }

    private static bool IsParticle(string word) => word.Length > 0 && char.IsLower(word[0]);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
