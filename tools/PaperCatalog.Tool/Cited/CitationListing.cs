using System.Text;

namespace PaperCatalog.Tool.Cited;

/// <summary>The default output of <c>cited</c>: one line per citation, tab-separated, for reading and for scripts.</summary>
internal static class CitationListing
{
    public static string Write(Bibliography bibliography)
    {
        var text = new StringBuilder();
        foreach (ResolvedCitation citation in bibliography.Citations)
        {
            CitedMember member = citation.Member;
            text.Append(OneLine(member.PaperId)).Append('\t')
                .Append(citation.Catalog == null ? "(unknown)" : citation.Catalog).Append('\t')
                .Append(member.Target).Append('\t')
                .Append(OneLine(member.DocumentationId)).Append('\t')
                .Append(OneLine(member.Note ?? string.Empty)).Append('\n');
        }

        return text.ToString();
    }

    public static string OneLine(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
