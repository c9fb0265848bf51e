using System;
using System.Collections.Generic;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>The text changes citeproc-js makes to every field under the APA style, made the same way here.</summary>
internal static class ApaText
{
    // citeproc-js's English stop words (CSL.SKIP_WORDS), the one-word ones: title case leaves them lower-case.
    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among",
        "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa",
        "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into",
        "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per",
        "plus", "pro", "qua", "sans", "since", "than", "through", "throughout", "thruout", "till", "to", "toward",
        "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs", "v", "via", "with", "within",
        "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "von", "van", "c", "ca",
    };

    /// <summary>
    /// A straight apostrophe after a letter or digit becomes the typographic one (<c>developers'</c> to
    /// <c>developers’</c>, <c>O'Horo</c> to <c>O’Horo</c>), as citeproc-js prints it.
    /// </summary>
    public static string Apostrophes(string text)
    {
        if (text.IndexOf('\'') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (int i = 1; i < builder.Length; i++)
        {
            if (builder[i] == '\'' && char.IsLetterOrDigit(builder[i - 1]))
            {
                builder[i] = '\u2019';
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Title case as citeproc-js applies it to a journal's name: each all-lower-case word of two letters or more that
    /// is not a stop word gets a capital, and so does the first word, a word after <c>:</c>, <c>?</c> or <c>!</c>, and a
    /// final stop word. Words are split at spaces and at citeproc-js's punctuation (<c>- / . , ; ( ) [ ]</c> and
    /// quotes); a word holding any capital is left as written.
    /// </summary>
    public static string TitleCase(string text)
    {
        var builder = new StringBuilder(text);
        bool first = true;
        bool afterPunct = false;
        bool seenPunctuation = false;
        int lastStart = -1;
        int lastLength = 0;
        int i = 0;
        while (i < builder.Length)
        {
            char c = builder[i];
            if (IsSeparator(c))
            {
                if (c is ':' or '?' or '!')
                {
                    afterPunct = true;
                }

                seenPunctuation |= !char.IsWhiteSpace(c);

                i++;
                continue;
            }

            int start = i;
            while (i < builder.Length && !IsSeparator(builder[i]))
            {
                i++;
            }

            string word = builder.ToString(start, i - start);
            string lower = word.ToLowerInvariant();
            // citeproc-js looks at the following hyphen only before the first punctuation mark (x-ray but and-or).
            bool followedByHyphen = !seenPunctuation && i < builder.Length && builder[i] == '-';
            bool capitalize = (word.Length > 1 && !SkipWords.Contains(lower)) || followedByHyphen || first || afterPunct;
            if (capitalize && word == lower)
            {
                Capitalize(builder, start);
            }

            first = false;
            afterPunct = false;
            lastStart = start;
            lastLength = word.Length;
        }

        if (lastStart >= 0 && lastLength > 1 && SkipWords.Contains(builder.ToString(lastStart, lastLength)))
        {
            Capitalize(builder, lastStart);
        }

        return builder.ToString();
    }

    private static void Capitalize(StringBuilder builder, int index)
    {
        if (!char.IsSurrogate(builder[index]))
        {
            builder[index] = char.ToUpperInvariant(builder[index]);
        }
    }

    private static bool IsSeparator(char c)
        => char.IsWhiteSpace(c) || c is '-' or '\u2013' or '\u2014' or '/' or '.' or ',' or ';' or '?' or '!' or ':'
            or '(' or ')' or '[' or ']' or '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D';
}
