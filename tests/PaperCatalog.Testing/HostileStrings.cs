using System.Linq;
using System.Text;
using CsCheck;

namespace PaperCatalog.Testing;

/// <summary>
/// Text chosen to break a code generator: pieces that end or open C# literals, comments, XML docs and directives,
/// YAML syntax, every kind of line break, controls, invisible and unpaired characters, and CsCheck generators that
/// mix them with characters from the whole Unicode range.
/// </summary>
public static class HostileStrings
{
    /// <summary>Pieces with a meaning to C#, XML, YAML or a terminal.</summary>
    public static readonly string[] Pieces =
    [
        "\"", "\\", "'", "{", "}", "{0}", "{{", "}}", "\"\"\"", "@\"", "$\"", "\\u0022", "\\n", "\\x00", "\\U0001F600",
        "\r\n", "\r", "\n", "\n\r", "\u0085", "\u2028", "\u2029", "\t", "\v", "\f",
        "*/", "/*", "//", "///", "/// <summary>", "</summary>", "<summary>", "</remarks>", "<para>", "<![CDATA[", "]]>",
        "<!--", "-->", "&", "&amp;", "&#0;", "&#x1F;", "&lt;", "<", ">", "<see cref=\"T:System.Object\"/>",
        "#if DEBUG", "#endif", "#region", "#endregion", "#nullable disable", "#pragma warning disable", "#error x",
        "#line 1 \"x\"", "#define X", "\n#if X\n", "\r\n#endregion\r\n", "\u2028#error y\u2028",
        "\0", "\u0001", "\u0007", "\u0008", "\u001B", "\u001F", "\u007F", "\u0080", "\u009B", "\u009F",
        "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\u00AD", "\u00A0", "\u3000",
        "\uD83D\uDE00", "e\u0301", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0010FFFF", "\U000E0001",
        ": ", " #", "# ", "- ", "---", "...", "&a ", "*a", "!!str", "!t ", "%YAML 1.2", "? ", "| ", "> ", "[", "]", ",", "`",
        "null", "~", "true", "0x1F", "1e3", " ", "  ", "\\", "\\\\", "\\\"",
    ];

    /// <summary>Characters that are white space to <see cref="string.Trim()"/>.</summary>
    private const string WhiteSpace = " \t\n\r\v\f\u0085\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, Gen.Char['\u0000', '\uD7FF'].Select(c => c.ToString())),
        (8, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (10, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (25, ArrayOf(Gen.Char['\u0020', '\u007E'], 1, 8).Select(chars => new string(chars))),
        (25, Gen.OneOf(Pieces)),
        (6, Gen.OneOf(Gen.Char['\u0000', '\u001F'], Gen.Char['\u007F', '\u009F']).Select(c => c.ToString())));

    private static readonly Gen<string> Mixed = ArrayOf(Piece, 0, 40).Select(string.Concat);

    // Thousands of characters (2,000 to 20,000, below every limit), so that literals and doc comments must cope
    // with length too.
    private static readonly Gen<string> Long = Gen.Select(ArrayOf(Piece, 1, 4), Gen.Int[2_000, 20_000], (pieces, length) =>
    {
        var builder = new StringBuilder(length + 64);
        for (int i = 0; builder.Length < length; i++)
        {
            builder.Append(pieces[i % pieces.Length].Length == 0 ? "x" : pieces[i % pieces.Length]);
        }

        return builder.ToString();
    });

    private static readonly Gen<string> Blank = ArrayOf(Gen.Char[WhiteSpace], 0, 6).Select(chars => new string(chars));

    // One unpaired half of a surrogate pair, put among other text (it may still pair with a neighbour: the test
    // decides from the final string, not from how it was made).
    private static readonly Gen<string> WithLoneSurrogate = Gen.Select(
        Mixed, Gen.Char['\uD800', '\uDFFF'], Gen.Int[0, 1_000], (text, surrogate, at) => text.Insert(at % (text.Length + 1), surrogate.ToString()));

    /// <summary>Strings over the whole Unicode range, biased toward hostile pieces; some blank, some very long,
    /// a few with a lone surrogate.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (80, Mixed),
        (6, Long),
        (6, Blank),
        (8, WithLoneSurrogate));

    /// <summary>Arrays of <paramref name="min"/> to <paramref name="max"/> items (CsCheck's <c>.Array</c> needs C# 14).</summary>
    public static Gen<T[]> ArrayOf<T>(Gen<T> item, int min, int max) => new GenArray<T>(item)[min, max];

    /// <summary>True when <paramref name="value"/> holds a surrogate that is not part of a pair.</summary>
    public static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The string with every character outside printable ASCII as an escape, for failure messages.</summary>
    public static string Show(string value, int max = 400)
    {
        var builder = new StringBuilder();
        foreach (char c in value.Take(max))
        {
            builder.Append(c is >= ' ' and <= '~' and not '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return value.Length > max ? builder + "... (" + value.Length + " chars)" : builder.ToString();
    }
}
