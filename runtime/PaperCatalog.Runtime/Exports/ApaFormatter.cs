using System;
using System.Globalization;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>
/// An APA 7 style reference as plain text, for example
/// <c>Brown, T. B., Mann, B., … Amodei, D. (2020). Language Models are Few-Shot Learners. NeurIPS 2020. https://arxiv.org/abs/2005.14165</c>.
/// </summary>
/// <remarks>
/// Plain text cannot italicise, so the title and source are not set in italics as APA prints them. The title is kept
/// exactly as written: APA asks for sentence case, but lower-casing cannot tell acronyms and proper nouns from other
/// words, and a wrong guess is worse than the author's own capitals.
/// </remarks>
public static class ApaFormatter
{
    /// <summary>
    /// Formats a paper: authors (see the 20-author rule of APA 7), the year in parentheses, the title, the source
    /// (the venue when known, else <c>arXiv preprint arXiv:…</c> for an arXiv paper), then the DOI link when known,
    /// else the arXiv link, else the entry's URL. Each element ends in a period, except the link.
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The reference, on one line without a final line break.</returns>
    public static string Format(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var builder = new StringBuilder();
        string year = "(" + paper.Year.ToString(CultureInfo.InvariantCulture) + ")";

        // With no author, APA moves the title to the author position.
        if (ApaNames.Format(paper.Authors) is { } authors)
        {
            Sentence(builder, authors);
            Sentence(builder, year);
            Sentence(builder, paper.Title);
        }
        else
        {
            Sentence(builder, paper.Title);
            Sentence(builder, year);
        }

        string? source = ExportFacts.VenueOf(paper)
            ?? (paper.ArxivId == null ? null : "arXiv preprint " + ExportFacts.ArxivReference(paper));
        if (source != null)
        {
            Sentence(builder, source);
        }

        if ((paper.DoiUrl ?? paper.ArxivUrl ?? paper.Url) is { } link)
        {
            builder.Append(' ').Append(link);
        }

        return builder.ToString();
    }

    // Appends an element and closes it with a period, unless it already ends in one (an initial) or in ? or !.
    private static void Sentence(StringBuilder builder, string text)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(text.Trim());
        if (builder[^1] is not ('.' or '?' or '!'))
        {
            builder.Append('.');
        }
    }
}
