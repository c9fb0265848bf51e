using System.Globalization;
using System.Linq;
using System.Text;
using PaperCatalog.Exports;

namespace PaperCatalog.Tool.Cited;

/// <summary>
/// The Markdown "References" page of an assembly: each cited paper once, in APA style, with the members that cite
/// it and their notes; then the ids no catalog holds, which are errors and never left out silently.
/// </summary>
internal static class ReferencesPage
{
    public static string Write(Bibliography bibliography)
    {
        var page = new StringBuilder();
        page.Append("# References\n\n");
        int papers = bibliography.Papers.Count;
        page.Append("Papers cited in `").Append(Code(bibliography.AssemblyName)).Append("`: ")
            .Append(papers.ToString(CultureInfo.InvariantCulture)).Append(papers == 1 ? " paper, " : " papers, ")
            .Append(bibliography.Citations.Count.ToString(CultureInfo.InvariantCulture)).Append(bibliography.Citations.Count == 1 ? " citation.\n" : " citations.\n");
        foreach (Paper paper in bibliography.Papers)
        {
            page.Append('\n').Append("## ").Append(Text(paper.Title)).Append('\n').Append('\n');
            page.Append(Text(ApaFormatter.Format(paper))).Append('\n').Append('\n');
            page.Append("Cited by:\n\n");
            foreach (ResolvedCitation citation in bibliography.CitationsOf(paper))
            {
                AppendMember(page, citation.Member);
            }
        }

        ResolvedCitation[] unresolved = bibliography.Unresolved.ToArray();
        if (unresolved.Length > 0)
        {
            page.Append("\n## Unknown paper ids\n\nNo referenced catalog holds these ids:\n\n");
            foreach (ResolvedCitation citation in unresolved)
            {
                page.Append("- `").Append(Code(citation.Member.PaperId)).Append("`, cited by ");
                page.Append('`').Append(Code(citation.Member.SymbolName)).Append("`\n");
            }
        }

        return page.ToString();
    }

    private static void AppendMember(StringBuilder page, CitedMember member)
    {
        page.Append("- `").Append(Code(member.SymbolName)).Append("` (").Append(member.Target).Append(')');
        if (member.Note != null)
        {
            page.Append(": ").Append(Text(member.Note));
        }

        page.Append('\n');
    }

    // Text from the catalog or the code, made inert: Markdown's markup characters escaped, line breaks folded.
    private static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                text.Append('\\');
            }

            text.Append(char.IsControl(c) ? ' ' : c);
        }

        return text.ToString();
    }

    // Inside a code span only a backquote or a line break could end it early.
    private static string Code(string value) => new string(value.Select(c => c == '`' || char.IsControl(c) ? '\'' : c).ToArray());
}
