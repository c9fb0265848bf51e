using System;
using System.Collections.Generic;
using System.Text;

namespace PaperCatalog.Tool.Importing.BibTex;

/// <summary>
/// Turns the LaTeX of BibTeX values into plain Unicode for the common cases: accents (<c>{\"o}</c>, <c>\'{e}</c>,
/// <c>\c{c}</c>, <c>\v s</c>), letters (<c>\ss</c>, <c>\o</c>, <c>\aa</c>, <c>\l</c>), escaped specials (<c>\&amp;</c>,
/// <c>\%</c>, <c>\_</c>), the runtime exporter's <c>\textbraceleft{}</c> family, and protective braces (<c>{GPT}</c>),
/// which are dropped. Formatting commands (<c>\emph</c>, <c>\textbf</c>) keep their text. Math (<c>$...$</c>) is kept
/// as written; so are dashes, since titles in the catalog keep "--" as the paper writes it.
/// </summary>
internal static class LatexText
{
    // Accent commands and the Unicode combining mark each puts on the following letter.
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["r"] = '\u030A',
        ["k"] = '\u0328', ["d"] = '\u0323', ["b"] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å",
        ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["textbraceleft"] = "{",
        ["textbraceright"] = "}", ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textunderscore"] = "_", ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’",
        ["textquoteleft"] = "‘", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["S"] = "§", ["P"] = "¶",
        ["copyright"] = "©", ["dag"] = "†", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["textregistered"] = "®",
        ["texttrademark"] = "™",
    };

    /// <summary>The plain text of a value, with whitespace runs collapsed to one space.</summary>
    public static string Decode(string latex)
    {
        var builder = new StringBuilder(latex.Length);
        Append(builder, latex);
        return TextLines.Collapse(builder.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// A value read verbatim (DOI, URL, arXiv id): only braces and the escapes of specials are removed, since a
    /// backslash or tilde there belongs to the address.
    /// </summary>
    public static string Verbatim(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\\' && i + 1 < value.Length && "_%&#$".IndexOf(value[i + 1]) >= 0)
            {
                continue;
            }

            if (c != '{' && c != '}')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            switch (c)
            {
                case '\\':
                    i = Command(builder, text, i);
                    break;
                case '{':
                case '}':
                    i++;
                    break;
                case '~':
                    builder.Append(' ');
                    i++;
                    break;
                case '$':
                    int end = text.IndexOf('$', i + 1);
                    end = end < 0 ? text.Length - 1 : end;
                    builder.Append(text, i, end - i + 1);
                    i = end + 1;
                    break;
                default:
                    builder.Append(c);
                    i++;
                    break;
            }
        }
    }

    // Decodes the command at text[start] == '\\' and returns the index after it and its argument.
    private static int Command(StringBuilder builder, string text, int start)
    {
        int i = start + 1;
        if (i >= text.Length)
        {
            return i;
        }

        char next = text[i];
        if (!char.IsLetter(next))
        {
            string symbol = next.ToString();
            if (Accents.TryGetValue(symbol, out char mark))
            {
                return Accent(builder, text, i + 1, mark);
            }

            // \& \% \$ \# \_ \{ \} stand for themselves; "\\" and "\ " are spaces; \- and \/ are hints with no text.
            builder.Append(next switch
            {
                '\\' or ' ' or ',' or ';' => " ",
                '-' or '/' => string.Empty,
                _ => symbol,
            });
            return i + 1;
        }

        int nameStart = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        string name = text.Substring(nameStart, i - nameStart);
        if (Accents.TryGetValue(name, out char letterMark))
        {
            return Accent(builder, text, i, letterMark);
        }

        // TeX drops the spaces after a control word; a following "{}" only ends the word.
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (Symbols.TryGetValue(name, out string? value))
        {
            builder.Append(value);
            if (i + 1 < text.Length && text[i] == '{' && text[i + 1] == '}')
            {
                i += 2;
            }
        }

        // Any other command (\emph, \textbf, \url...) is dropped and its argument read as text.
        return i;
    }

    private static int Accent(StringBuilder builder, string text, int i, char mark)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        string argument;
        if (i < text.Length && text[i] == '{')
        {
            int close = Closing(text, i);
            argument = Decode(text.Substring(i + 1, close - i - 1));
            i = Math.Min(close + 1, text.Length);
        }
        else if (i < text.Length && text[i] == '\\')
        {
            var inner = new StringBuilder();
            i = Command(inner, text, i);
            argument = inner.ToString();
        }
        else if (i < text.Length)
        {
            argument = text[i].ToString();
            i++;
        }
        else
        {
            argument = string.Empty;
        }

        // A dotless i or j under an accent is how LaTeX writes í; Unicode composes from the dotted letter.
        if (argument.Length > 0)
        {
            char letter = argument[0] == 'ı' ? 'i' : argument[0] == 'ȷ' ? 'j' : argument[0];
            builder.Append(letter).Append(mark).Append(argument, 1, argument.Length - 1);
        }

        return i;
    }

    private static int Closing(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        // Unbalanced: the argument runs to the end (the reader has already checked the value's braces).
        return text.Length;
    }
}
