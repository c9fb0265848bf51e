using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperCatalog.Core.Diagnostics;

/// <summary>
/// Text made safe for one line of a build log. A message holding a line break would let an entry forge extra
/// lines, even whole fake diagnostics, in build logs; a bidi control could make a log line read other than it is.
/// So line breaks, tabs, controls, format characters (bidi controls, zero-width and other invisible characters)
/// and unpaired surrogates are written as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c>, <c>\uXXXX</c>),
/// and long text is shortened. Used by the generator, the build task and the tool alike.
/// </summary>
internal static class OneLine
{
    /// <summary>The mark put where text was left out.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>The text escaped, whatever its length.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (string unit in Units(value))
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>The text escaped and, past <paramref name="max"/> escaped characters, cut with an ellipsis.</summary>
    public static string Cut(string value, int max)
    {
        var builder = new StringBuilder(System.Math.Min(value.Length, max) + 1);
        foreach (string unit in Units(value))
        {
            if (builder.Length + unit.Length > max)
            {
                return builder.Append(Ellipsis).ToString();
            }

            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text escaped and, when longer than <paramref name="max"/> characters once escaped, elided in the middle:
    /// about the first three quarters and the last quarter are kept around one ellipsis, so that both the start
    /// and the end of the value are there to recognise it, and the excerpt is never longer than
    /// <paramref name="max"/>. An escape or a surrogate pair is never split. Only the characters kept are examined,
    /// so quoting a 100,000-character value costs no more than quoting a short one.
    /// </summary>
    public static string Excerpt(string value, int max)
    {
        int budget = max - Ellipsis.Length;
        int headBudget = budget - (budget / 4);
        var head = new StringBuilder(max);
        int i = 0;
        for (; i < value.Length; i += CharsOf(value, i))
        {
            string unit = UnitAt(value, i);
            if (head.Length + unit.Length > headBudget)
            {
                break;
            }

            head.Append(unit);
        }

        if (i >= value.Length)
        {
            return head.ToString();
        }

        // Is the rest short enough to show whole? Then nothing needs eliding.
        var tail = new List<string>();
        int tailLength = 0;
        int j = value.Length;
        while (j > i)
        {
            int start = char.IsLowSurrogate(value[j - 1]) && j - 2 >= i && char.IsHighSurrogate(value[j - 2]) ? j - 2 : j - 1;
            string unit = UnitAt(value, start);
            if (tailLength + unit.Length > max - head.Length)
            {
                break;
            }

            tail.Add(unit);
            tailLength += unit.Length;
            j = start;
        }

        if (j == i)
        {
            tail.Reverse();
            return head.Append(string.Concat(tail)).ToString();
        }

        // Keep the tail within its quarter of the budget, so that head, ellipsis and tail fit in max.
        int tailBudget = budget - head.Length;
        while (tailLength > tailBudget)
        {
            tailLength -= tail[tail.Count - 1].Length;
            tail.RemoveAt(tail.Count - 1);
        }

        tail.Reverse();
        return head.Append(Ellipsis).Append(string.Concat(tail)).ToString();
    }

    private static IEnumerable<string> Units(string value)
    {
        for (int i = 0; i < value.Length; i += CharsOf(value, i))
        {
            yield return UnitAt(value, i);
        }
    }

    private static int CharsOf(string value, int index)
        => char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]) ? 2 : 1;

    // How the character (or surrogate pair) at index is written.
    private static string UnitAt(string value, int index)
    {
        char c = value[index];
        switch (c)
        {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\0': return "\\0";
        }

        if (CharsOf(value, index) == 2)
        {
            return value.Substring(index, 2);
        }

        return IsUnsafe(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
    }

    private static bool IsUnsafe(char c)
    {
        if (char.IsSurrogate(c))
        {
            // Paired surrogates were taken whole above, so this one is alone.
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control
            or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;
    }
}
