using System;
using System.Collections.Generic;
using System.Text;

namespace PaperCatalog.Tool.Importing.BibTex;

/// <summary>
/// A small, strict BibTeX reader. Entries are <c>@type{key, name = value, ...}</c> (or with parentheses); a value
/// is <c>{...}</c> with nested braces, <c>"..."</c>, a number, or a <c>@string</c> macro, joined by <c>#</c>.
/// <c>@comment</c> and <c>@preamble</c> are skipped, and text outside entries is a comment, as in BibTeX. Anything
/// else stops the import with the file, line and column, before any entry is written.
/// </summary>
internal sealed class BibTexReader
{
    private static readonly Dictionary<string, string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    private readonly string _path;
    private readonly string _text;
    private readonly TextLines _lines;
    private readonly Dictionary<string, string> _macros = new(Months, StringComparer.OrdinalIgnoreCase);
    private int _pos;
    private long _expanded;

    private BibTexReader(string path, string text)
    {
        _path = path;
        _text = text;
        _lines = new TextLines(text);
    }

    /// <exception cref="InputFormatException">The text is not well-formed BibTeX.</exception>
    public static IReadOnlyList<BibTexEntry> Read(string path, string text) => new BibTexReader(path, text).ReadAll();

    private List<BibTexEntry> ReadAll()
    {
        if (_text.Length > ReaderLimits.MaxInputBytes)
        {
            throw Error(0, "the file has " + _text.Length + " characters; an input may have at most " + ReaderLimits.MaxInputBytes + " (ReaderLimits.MaxInputBytes).");
        }

        if (_text.IndexOf('\0') >= 0)
        {
            throw Error(_text.IndexOf('\0'), "this is a binary file, not BibTeX.");
        }

        var entries = new List<BibTexEntry>();
        while (true)
        {
            int at = _text.IndexOf('@', _pos);
            if (at < 0)
            {
                return entries;
            }

            _pos = at + 1;

            // An '@' inside a word of comment text (an e-mail address) starts no entry.
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]))
            {
                continue;
            }

            string type = Identifier();
            if (type.Length == 0)
            {
                continue;
            }

            SkipSpace();
            char close = Peek() switch
            {
                '{' => '}',
                '(' => ')',
                _ => throw Error(_pos, "expected '{' after '@" + type + "'."),
            };
            _pos++;
            switch (type.ToLowerInvariant())
            {
                case "comment":
                case "preamble":
                    SkipBalanced(at, close);
                    break;
                case "string":
                    ReadMacro(close);
                    break;
                default:
                    if (entries.Count == ReaderLimits.MaxPapers)
                    {
                        throw Error(at, "the file has more than " + ReaderLimits.MaxPapers + " entries (ReaderLimits.MaxPapers); split it.");
                    }

                    entries.Add(ReadEntry(type.ToLowerInvariant(), at, close));
                    break;
            }
        }
    }

    private BibTexEntry ReadEntry(string type, int start, char close)
    {
        SkipSpace();
        int keyStart = _pos;
        while (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != close && !char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }

        string key = _text.Substring(keyStart, _pos - keyStart);
        if (key.Length == 0)
        {
            throw Error(start, "the @" + type + " entry has no citation key.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        SkipSpace();
        while (true)
        {
            if (Peek() == close)
            {
                _pos++;
                return new BibTexEntry(type, key, fields, _lines.At(start).Line);
            }

            Expect(',', "expected ',' or '" + close + "' in entry '" + key + "'" + Opened(start));
            SkipSpace();
            if (Peek() == close)
            {
                continue; // A trailing comma before the closing brace.
            }

            int nameStart = _pos;
            string name = Identifier().ToLowerInvariant();
            if (name.Length == 0)
            {
                throw Error(nameStart, AtEnd() ? "the entry '" + key + "'" + Opened(start) + " is not closed." : "expected a field name in entry '" + key + "'.");
            }

            SkipSpace();
            Expect('=', "expected '=' after field '" + name + "' in entry '" + key + "'.");
            string value = Value(name);

            // BibTeX keeps the first of two fields of one name; so does this reader.
            fields.TryAdd(name, value);
            SkipSpace();
        }
    }

    private void ReadMacro(char close)
    {
        SkipSpace();
        int nameStart = _pos;
        string name = Identifier();
        if (name.Length == 0)
        {
            throw Error(nameStart, "expected a macro name after '@string{'.");
        }

        SkipSpace();
        Expect('=', "expected '=' after @string macro '" + name + "'.");
        if (_macros.Count >= ReaderLimits.MaxMacros + Months.Count && !_macros.ContainsKey(name))
        {
            throw Error(nameStart, "more than " + ReaderLimits.MaxMacros + " @string macros (ReaderLimits.MaxMacros).");
        }

        _macros[name] = Value(name);
        SkipSpace();
        Expect(close, "expected '" + close + "' to close @string macro '" + name + "'.");
    }

    // value = part ('#' part)*. Macros refer to earlier macros' expanded text, so every value is counted as it
    // grows: forty levels of "m1 = m0 # m0" stop at the first value past the limit, not after 2^40 characters.
    private string Value(string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpace();
            int start = _pos;
            string part = Part(field);
            if (value.Length + part.Length > ReaderLimits.MaxValueLength)
            {
                throw Error(start, "the value of '" + field + "' grows past " + ReaderLimits.MaxValueLength + " characters (ReaderLimits.MaxValueLength) as its macros and '#' joins are expanded.");
            }

            _expanded += part.Length;
            if (_expanded > ReaderLimits.MaxExpandedLength)
            {
                throw Error(start, "the file's values expand to more than " + ReaderLimits.MaxExpandedLength + " characters in all (ReaderLimits.MaxExpandedLength).");
            }

            value.Append(part);
            SkipSpace();
            if (Peek() != '#')
            {
                return value.ToString();
            }

            _pos++;
        }
    }

    private string Part(string field)
    {
        int start = _pos;
        char c = Peek();
        if (c == '{')
        {
            _pos++;
            int end = ClosingBrace(start, field);
            string inner = _text.Substring(start + 1, end - start - 1);
            _pos = end + 1;
            return inner;
        }

        if (c == '"')
        {
            _pos++;
            int depth = 0;
            while (_pos < _text.Length && !(_text[_pos] == '"' && depth == 0))
            {
                depth += _text[_pos] == '{' ? 1 : _text[_pos] == '}' ? -1 : 0;
                if (depth < 0)
                {
                    throw Error(_pos, "unbalanced '}' in the value of field '" + field + "'.");
                }

                if (depth > ReaderLimits.MaxBraceDepth)
                {
                    throw DepthError(_pos, field);
                }

                _pos++;
            }

            if (AtEnd())
            {
                throw Error(start, "the quoted value of field '" + field + "' is never closed.");
            }

            _pos++;
            return _text.Substring(start + 1, _pos - start - 2);
        }

        if (char.IsDigit(c))
        {
            while (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return _text.Substring(start, _pos - start);
        }

        string macro = Identifier();
        if (macro.Length == 0)
        {
            throw Error(start, AtEnd()
                ? "the file ends where the value of field '" + field + "' should be."
                : "unexpected '" + c + "' where the value of field '" + field + "' should be; values are {...}, \"...\", a number or a @string name.");
        }

        return _macros.TryGetValue(macro, out string? text)
            ? text
            : throw Error(start, "'" + macro + "' in field '" + field + "' is not a defined @string macro.");
    }

    // BibTeX counts every brace, escaped or not, so this does too.
    private int ClosingBrace(int open, string field)
    {
        int depth = 1;
        for (int i = open + 1; i < _text.Length; i++)
        {
            depth += _text[i] == '{' ? 1 : _text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }

            if (depth > ReaderLimits.MaxBraceDepth)
            {
                throw DepthError(i, field);
            }
        }

        throw Error(open, "the '{' opening the value of field '" + field + "' is never closed.");
    }

    private void SkipBalanced(int start, char close)
    {
        char open = close == '}' ? '{' : '(';
        int depth = 1;
        for (; _pos < _text.Length; _pos++)
        {
            depth += _text[_pos] == open ? 1 : _text[_pos] == close ? -1 : 0;
            if (depth == 0)
            {
                _pos++;
                return;
            }
        }

        throw Error(start, "this entry is never closed.");
    }

    private string Identifier()
    {
        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || "_-:.+/".IndexOf(_text[_pos]) >= 0))
        {
            _pos++;
        }

        // A name starts with a letter: a bare number is a value, not a name.
        if (_pos > start && char.IsDigit(_text[start]))
        {
            _pos = start;
            return string.Empty;
        }

        return _text.Substring(start, _pos - start);
    }

    private void Expect(char c, string problem)
    {
        if (Peek() != c)
        {
            throw Error(_pos, AtEnd() ? "the file ends early: " + problem : problem);
        }

        _pos++;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd() => _pos >= _text.Length;

    private string Opened(int start) => " (opened at line " + _lines.At(start).Line + ")";

    private InputFormatException DepthError(int offset, string field)
        => Error(offset, "braces in the value of field '" + field + "' nest deeper than " + ReaderLimits.MaxBraceDepth + " levels (ReaderLimits.MaxBraceDepth).");

    private InputFormatException Error(int offset, string problem)
    {
        (int line, int column) = _lines.At(Math.Min(offset, _text.Length));
        return new InputFormatException(_path, line, column, "malformed BibTeX: " + problem);
    }
}
