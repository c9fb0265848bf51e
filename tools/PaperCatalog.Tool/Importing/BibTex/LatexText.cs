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
    /// <remarks>
    /// One pass, no recursion: an accent's mark waits in a list until the next letter is written, so accents chained
    /// (<c>\'\'\'e</c>) or nested in groups (<c>\'{\'{e}}</c>) any number deep cost time linear in the text.
    /// </remarks>
    public static string Decode(string latex)
    {
        var builder = new StringBuilder(latex.Length);
        new Decoder(builder, latex).Run();
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

    /// <summary>The state of one <see cref="Decode"/>: the marks waiting for a letter, and the groups they opened.</summary>
    private sealed class Decoder
    {
        private readonly StringBuilder _builder;
        private readonly string _text;

        // Marks of accents whose letter is not written yet, outermost first, which is the order LaTeX stacks them.
        private readonly List<char> _marks = new();

        // For each open group: how many marks were waiting before the accent whose argument it is (-1 for a plain
        // group). A group that closes before its letter drops those accents' marks, as "\'{}" writes nothing.
        private readonly Stack<int> _groups = new();

        // While accents take commands as arguments (\'\'\ss): the marks waiting before the first of them.
        private int _chainFloor = -1;

        public Decoder(StringBuilder builder, string text)
        {
            _builder = builder;
            _text = text;
        }

        public void Run()
        {
            int i = 0;
            while (i < _text.Length)
            {
                char c = _text[i];
                switch (c)
                {
                    case '\\':
                        i = Command(i);
                        break;
                    case '{':
                        _groups.Push(-1);
                        i++;
                        break;
                    case '}':
                        CloseGroup();
                        i++;
                        break;
                    case '~':
                        Write(" ");
                        i++;
                        break;
                    case '$':
                        int end = _text.IndexOf('$', i + 1);
                        end = end < 0 ? _text.Length - 1 : end;
                        Write(_text.Substring(i, end - i + 1));
                        i = end + 1;
                        break;
                    default:
                        Write(c.ToString());
                        i++;
                        break;
                }
            }
        }

        // Decodes the command at text[start] == '\\' and returns the index after it (an accent's argument is read
        // by the loop, as any text is).
        private int Command(int start)
        {
            int i = start + 1;
            if (i >= _text.Length)
            {
                return i;
            }

            char next = _text[i];
            if (!char.IsLetter(next))
            {
                string symbol = next.ToString();
                if (Accents.TryGetValue(symbol, out char mark))
                {
                    return Accent(i + 1, mark);
                }

                // \& \% \$ \# \_ \{ \} stand for themselves; "\\" and "\ " are spaces; \- and \/ are hints with no text.
                EndCommand(next switch
                {
                    '\\' or ' ' or ',' or ';' => " ",
                    '-' or '/' => string.Empty,
                    _ => symbol,
                });
                return i + 1;
            }

            int nameStart = i;
            while (i < _text.Length && char.IsLetter(_text[i]))
            {
                i++;
            }

            string name = _text.Substring(nameStart, i - nameStart);
            if (Accents.TryGetValue(name, out char letterMark))
            {
                return Accent(i, letterMark);
            }

            // TeX drops the spaces after a control word; a following "{}" only ends the word.
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            if (Symbols.TryGetValue(name, out string? value))
            {
                EndCommand(value);
                if (i + 1 < _text.Length && _text[i] == '{' && _text[i + 1] == '}')
                {
                    i += 2;
                }

                return i;
            }

            // Any other command (\emph, \textbf, \url...) is dropped and its argument read as text; as an accent's
            // argument it gives the accent nothing to stand on.
            EndCommand(string.Empty);
            return i;
        }

        private int Accent(int i, char mark)
        {
            int floor = _chainFloor >= 0 ? _chainFloor : _marks.Count;
            _marks.Add(mark);
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            _chainFloor = -1;
            if (i >= _text.Length)
            {
                Drop(floor);
            }
            else if (_text[i] == '{')
            {
                _groups.Push(floor);
                i++;
            }
            else if (_text[i] == '\\')
            {
                _chainFloor = floor;
            }
            else
            {
                Write(_text[i].ToString());
                i++;
            }

            return i;
        }

        // The text of a command that is not an accent; closes a chain of accents that took commands as arguments.
        private void EndCommand(string text)
        {
            int floor = _chainFloor;
            _chainFloor = -1;
            if (text.Length > 0)
            {
                Write(text);
            }
            else if (floor >= 0)
            {
                Drop(floor);
            }
        }

        private void CloseGroup()
        {
            _chainFloor = -1;
            if (_groups.Count > 0 && _groups.Pop() is int floor && floor >= 0)
            {
                Drop(floor);
            }
        }

        private void Drop(int floor)
        {
            if (_marks.Count > floor)
            {
                _marks.RemoveRange(floor, _marks.Count - floor);
            }
        }

        // Writes text; waiting marks go on its first character (spaces wait too: "\'{ e}" is "é").
        private void Write(string text)
        {
            if (_marks.Count == 0)
            {
                _builder.Append(text);
                return;
            }

            int first = 0;
            while (first < text.Length && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == text.Length)
            {
                return;
            }

            // A dotless i or j under an accent is how LaTeX writes í; Unicode composes from the dotted letter.
            char letter = text[first] == 'ı' ? 'i' : text[first] == 'ȷ' ? 'j' : text[first];
            _builder.Append(letter);
            foreach (char mark in _marks)
            {
                _builder.Append(mark);
            }

            _marks.Clear();
            _builder.Append(text, first + 1, text.Length - first - 1);
        }
    }
}
