using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Importing.BibTex;

/// <summary>
/// Splits a BibTeX <c>author</c> value as BibTeX does: names at a bare <c>and</c>, each name as "First von Last",
/// "von Last, First" or "von Last, Jr, First", where von is the lower-case words. A name braced whole
/// (<c>{OpenAI}</c>) is a group; "others" (et al.) is dropped.
/// </summary>
internal static class BibTexNames
{
    public static IReadOnlyList<AuthorDraft> Parse(string value)
    {
        var authors = new List<AuthorDraft>();
        foreach (List<string> words in SplitNames(value))
        {
            if (words.Count == 1 && words[0] == "others")
            {
                continue;
            }

            if (ParseName(words) is { } author)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    // Each name as its words at brace depth 0, with commas as words of their own.
    private static List<List<string>> SplitNames(string value)
    {
        var names = new List<List<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        int depth = 0;

        void EndWord()
        {
            if (word.Length > 0)
            {
                string text = word.ToString();
                word.Clear();
                if (text.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    names.Add(words);
                    words = new List<string>();
                }
                else
                {
                    words.Add(text);
                }
            }
        }

        foreach (char c in value)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else if (depth == 0 && c == ',')
            {
                EndWord();
                words.Add(",");
            }
            else
            {
                word.Append(c);
            }
        }

        EndWord();
        names.Add(words);
        return names.Where(n => n.Count > 0).ToList();
    }

    private static AuthorDraft? ParseName(List<string> words)
    {
        if (words.Count == 1 && IsBracedWhole(words[0]))
        {
            string group = LatexText.Decode(words[0]);
            return group.Length == 0 ? null : AuthorDraft.Group(group);
        }

        List<List<string>> parts = SplitAtCommas(words);
        List<string> first, last;
        List<string> jr = new();
        if (parts.Count == 1)
        {
            // "First von Last": von starts at the first lower-case word that is not the last word.
            List<string> all = parts[0];
            int von = all.FindIndex(w => IsLower(w));
            if (von < 0 || von == all.Count - 1)
            {
                return Person(all.Take(all.Count - 1).ToList(), new List<string>(), all.Skip(all.Count - 1).ToList(), jr);
            }

            int lastVon = all.FindLastIndex(all.Count - 2, w => IsLower(w));
            first = all.Take(von).ToList();
            return Person(first, all.Skip(von).Take(lastVon - von + 1).ToList(), all.Skip(lastVon + 1).ToList(), jr);
        }

        // "von Last, First" or "von Last, Jr, First".
        first = parts[^1];
        if (parts.Count > 2)
        {
            jr = parts[1];
        }

        last = parts[0];
        int vonEnd = 0;
        while (vonEnd < last.Count - 1 && IsLower(last[vonEnd]))
        {
            vonEnd++;
        }

        return Person(first, last.Take(vonEnd).ToList(), last.Skip(vonEnd).ToList(), jr);
    }

    private static AuthorDraft? Person(List<string> first, List<string> von, List<string> last, List<string> jr)
    {
        string? given = Join(first);
        string? family = Join(last);
        if (given == null && family == null)
        {
            return null;
        }

        return new AuthorDraft(family ?? given, family == null ? null : given, Join(von), Join(jr));
    }

    private static List<List<string>> SplitAtCommas(List<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (string word in words)
        {
            if (word == ",")
            {
                parts.Add(new List<string>());
            }
            else
            {
                parts[^1].Add(word);
            }
        }

        return parts;
    }

    // BibTeX decides by the first letter at brace depth 0; a braced word ("{de}") counts as upper case.
    private static bool IsLower(string word)
    {
        foreach (char c in word)
        {
            if (c == '{')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static bool IsBracedWhole(string word)
    {
        if (word.Length < 2 || word[0] != '{' || word[^1] != '}')
        {
            return false;
        }

        int depth = 0;
        for (int i = 0; i < word.Length; i++)
        {
            depth += word[i] == '{' ? 1 : word[i] == '}' ? -1 : 0;
            if (depth == 0 && i < word.Length - 1)
            {
                return false; // "{A}{B}" is two groups, not one braced name.
            }
        }

        return true;
    }

    private static string? Join(List<string> words)
    {
        string text = LatexText.Decode(string.Join(" ", words));
        return text.Length == 0 ? null : text;
    }
}
