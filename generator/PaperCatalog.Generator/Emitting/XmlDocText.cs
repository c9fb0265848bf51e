using System.Globalization;
using System.Text;

namespace PaperCatalog.Generator.Emitting;

/// <summary>
/// Makes text safe inside a <c>///</c> XML doc comment: markup characters become entities, and line breaks,
/// control characters and lone surrogates (which would end the comment or make the XML ill-formed) become
/// spaces or U+FFFD. Doc text is for reading; the exact values live in the string literals.
/// </summary>
internal static class XmlDocText
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool lastWasSpace = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                lastWasSpace = false;
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category == UnicodeCategory.Control || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator)
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    builder.Append(category == UnicodeCategory.Surrogate || category == UnicodeCategory.PrivateUse || category == UnicodeCategory.OtherNotAssigned ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
