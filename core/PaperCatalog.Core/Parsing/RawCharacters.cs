using System.Globalization;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// Finds characters that may not stand raw in an entry file. Each would otherwise change a value without a word:
/// YamlDotNet reads a raw NUL as the end of the file, U+0085, U+2028 and U+2029 as line breaks (YAML 1.1) where
/// YAML 1.2 tools read text, and a raw U+FFFD is what a decoder leaves for bytes that are not valid UTF-8, which
/// cannot be told from a real one. Every such character can still be written as an escape in a double-quoted
/// string, except a lone surrogate, which no YAML can carry.
/// </summary>
internal static class RawCharacters
{
    /// <summary>The first character not allowed raw, as a PAPER026 at that character, or null when there is none.</summary>
    public static DiagnosticInfo? Check(string path, string text)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            // A BOM is allowed where YAML allows it: first in the stream, where the reader skips it.
            if (c == '\uFEFF' && i == 0)
            {
                continue;
            }

            if (Describe(c) is { } problem)
            {
                int column = i - lineStart;
                var span = new SourceSpan(i, 1, line, column, line, column + 1);
                return DiagnosticInfo.Create(DiagnosticRules.CharacterNotAllowed, path, span, problem.What, problem.Fix);
            }
        }

        return null;
    }

    /// <summary>The span of one character at <paramref name="offset"/>, with line and column as Roslyn counts them.</summary>
    public static SourceSpan PointAt(string text, int offset)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = offset - lineStart;
        int length = offset < text.Length ? 1 : 0;
        return new SourceSpan(offset, length, line, column, line, column + length);
    }

    private static (string What, string Fix)? Describe(char c)
    {
        // Most characters are fine: decide that before building any text, so that the scan allocates nothing.
        bool control = c < '\u0020' || (c >= '\u007F' && c <= '\u009F');
        if (c == '\t' || c == '\n' || c == '\r' || !(control || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c >= '\uFFFD'))
        {
            return null;
        }

        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        switch (c)
        {
            case '\u0085':
                return (code + " (next line), which YAML 1.1 reads as a line break and YAML 1.2 as text", @"write it as \N inside a double-quoted string");
            case '\u2028':
                return (code + " (line separator), which YAML 1.1 reads as a line break and YAML 1.2 as text", @"write it as \L inside a double-quoted string");
            case '\u2029':
                return (code + " (paragraph separator), which YAML 1.1 reads as a line break and YAML 1.2 as text", @"write it as \P inside a double-quoted string");
            case '\uFFFD':
                return (code + " (replacement character), which a decoder writes for bytes that are not valid UTF-8", @"save the file as UTF-8; if the character is meant, write it as \uFFFD inside a double-quoted string");
            case '\uFFFE':
            case '\uFFFF':
                return (code + " (a noncharacter)", @"write it as \u" + code.Substring(2) + " inside a double-quoted string");
        }

        if (char.IsSurrogate(c))
        {
            return (code + " (half of a surrogate pair)", "the file is not valid Unicode text; no YAML can carry a lone surrogate");
        }

        if (control)
        {
            return (code + " (a control character)", @"write it as \x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) + " inside a double-quoted string");
        }

        return null;
    }
}
