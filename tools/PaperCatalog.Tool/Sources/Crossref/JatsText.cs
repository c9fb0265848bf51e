using System.Net;
using System.Text.RegularExpressions;
using PaperCatalog.Tool.Importing;

namespace PaperCatalog.Tool.Sources.Crossref;

/// <summary>
/// Turns a JATS abstract as Crossref serves it (<c>&lt;jats:p&gt;</c>, <c>&lt;jats:italic&gt;</c>...) into one line of
/// plain text: a leading "Abstract" title is dropped, block elements separate words, inline ones do not, entities decode.
/// </summary>
internal static class JatsText
{
    private static readonly Regex Title = new(@"<(jats:)?title\b[^>]*>.*?</(jats:)?title>", RegexOptions.CultureInvariant | RegexOptions.Singleline, System.TimeSpan.FromSeconds(1));

    private static readonly Regex BlockTag = new(@"</?(jats:)?(p|sec|list|list-item|break|disp-quote)\b[^>]*>", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    private static readonly Regex AnyTag = new(@"<[^>]*>", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    public static string? ToPlainText(string? jats)
    {
        if (string.IsNullOrWhiteSpace(jats))
        {
            return null;
        }

        string text = Title.Replace(jats, " ");
        text = BlockTag.Replace(text, " ");
        text = AnyTag.Replace(text, string.Empty);
        text = TextLines.Collapse(WebUtility.HtmlDecode(text));
        return text.Length == 0 ? null : text;
    }
}
