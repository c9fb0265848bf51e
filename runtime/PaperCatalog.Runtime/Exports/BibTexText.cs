using System.Text;

namespace PaperCatalog.Exports;

/// <summary>Writes text into BibTeX field values so that BibTeX, biber and LaTeX all read it back unchanged.</summary>
internal static class BibTexText
{
    /// <summary>
    /// Escapes LaTeX's special characters. Braces become <c>\textbraceleft{}</c> and <c>\textbraceright{}</c> rather
    /// than <c>\{</c> and <c>\}</c>, because BibTeX counts <c>\{</c> as an opening brace too, so one stray brace in a
    /// title would break the whole file. Line breaks and other control characters become spaces: a blank line inside
    /// a field is a paragraph break to LaTeX. Non-ASCII letters stay as they are (the file is UTF-8).
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            AppendEscaped(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes a title as <see cref="Escape"/> does and wraps in braces each word whose capitals must survive a style
    /// that lower-cases titles: a word with a capital after its first letter (<c>GPT</c>, <c>LLaMA</c>, <c>iPhone</c>)
    /// or with a capital and a digit (<c>T5</c>). An ordinary capitalised word (<c>Language</c>) is left for the style
    /// to case, which is what the style is for; so <c>GPT-3 Models</c> becomes <c>{GPT}-3 Models</c>. In a title written
    /// in sentence case (most words after the first in lower case), a capitalised word is a proper noun, so it is
    /// braced too: <c>improve developers' Web search</c> keeps <c>{Web}</c>. The first word, and the first after a
    /// colon, keep their capital under every style and are left alone.
    /// </summary>
    public static string EscapeTitle(string title)
    {
        bool sentenceCase = IsSentenceCase(title);
        var builder = new StringBuilder(title.Length + 16);
        bool sentenceStart = true;
        int i = 0;
        while (i < title.Length)
        {
            if (!char.IsLetterOrDigit(title[i]))
            {
                sentenceStart |= title[i] == ':';
                AppendEscaped(builder, title[i++]);
                continue;
            }

            int start = i;
            while (i < title.Length && char.IsLetterOrDigit(title[i]))
            {
                i++;
            }

            string word = title.Substring(start, i - start);
            bool properNoun = sentenceCase && !sentenceStart && char.IsUpper(word[0]);
            sentenceStart = false;
            if (properNoun || NeedsProtection(word))
            {
                builder.Append('{').Append(word).Append('}');
            }
            else
            {
                builder.Append(word);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A value read verbatim by biblatex and the <c>url</c> package (<c>url</c>, <c>doi</c>, <c>eprint</c>): written
    /// as is, since escaping would put backslashes into links. Only braces are percent-encoded, because BibTeX would
    /// count them; for a URL that is the same address.
    /// </summary>
    public static string Verbatim(string value)
        => value.Replace("{", "%7B", System.StringComparison.Ordinal).Replace("}", "%7D", System.StringComparison.Ordinal);

    // Sentence case: of the words after the first that start with a letter (skipping the first after a colon), more
    // start in lower case than in upper case.
    private static bool IsSentenceCase(string title)
    {
        int lower = 0;
        int upper = 0;
        bool skip = true;
        foreach (string word in title.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (!skip && char.IsLetter(word[0]))
            {
                if (char.IsLower(word[0]))
                {
                    lower++;
                }
                else
                {
                    upper++;
                }
            }

            skip = word.EndsWith(':');
        }

        return lower > upper;
    }

    private static bool NeedsProtection(string word)
    {
        bool hasUpper = false;
        bool hasDigit = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                if (i > 0)
                {
                    return true;
                }

                hasUpper = true;
            }
            else if (char.IsDigit(word[i]))
            {
                hasDigit = true;
            }
        }

        return hasUpper && hasDigit;
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '{': builder.Append(@"\textbraceleft{}"); break;
            case '}': builder.Append(@"\textbraceright{}"); break;
            case '\\': builder.Append(@"\textbackslash{}"); break;
            case '~': builder.Append(@"\textasciitilde{}"); break;
            case '^': builder.Append(@"\textasciicircum{}"); break;
            case '&' or '%' or '$' or '#' or '_': builder.Append('\\').Append(c); break;
            default: builder.Append(char.IsControl(c) ? ' ' : c); break;
        }
    }
}
