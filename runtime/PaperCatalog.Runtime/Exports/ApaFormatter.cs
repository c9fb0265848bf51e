using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Exports;

/// <summary>
/// APA 7 references equal to what citeproc-js prints with the official APA 7th edition CSL style for the CSL-JSON of
/// <see cref="CslJsonExporter"/>, for example
/// <c>Brown, T. B., Mann, B., … Amodei, D. (2020). Language Models are Few-Shot Learners. <i>NeurIPS 2020</i>. https://arxiv.org/abs/2005.14165</c>.
/// </summary>
/// <remarks>
/// The title is kept as written: APA asks for sentence case, but lower-casing cannot tell acronyms and proper nouns
/// from other words (the APA CSL style does not change it either). A journal's name is title-cased as citeproc-js
/// does it. The repository's tests compare every reference of the shipped catalog and of fixtures of every entry
/// shape with citeproc-js itself.
/// </remarks>
public static class ApaFormatter
{
    /// <summary>Formats a paper as plain text; see <see cref="Format(Paper, ApaStyle)"/>.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The reference, on one line without a final line break.</returns>
    public static string Format(Paper paper) => Format(paper, ApaStyle.Text);

    /// <summary>
    /// Formats a paper: authors (see the 20-author rule of APA 7), the year in parentheses (the published year; with
    /// month and day for a conference paper whose date is known), the title, then the source. A preprint's title is
    /// in italics and followed by its arXiv number and <c>arXiv</c>; a conference or journal paper's title is plain
    /// and followed by the venue in italics. Last comes the DOI link when known, else the landing page or arXiv link.
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <param name="style">Plain text, HTML or Markdown.</param>
    /// <returns>The reference, on one line without a final line break.</returns>
    public static string Format(Paper paper, ApaStyle style)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return ApaWriter.Write(ApaReference.Runs(paper), style);
    }

    /// <summary>
    /// References of several papers, one per line in the order given, with each paper once (see
    /// <see cref="CitationKeys.Distinct(IEnumerable{Paper})"/>); in Markdown separated by a blank line, so each is a
    /// paragraph.
    /// </summary>
    /// <param name="papers">The papers, from one catalog or several.</param>
    /// <param name="style">Plain text, HTML or Markdown.</param>
    /// <returns>The references, each ending in a line feed; empty for no papers.</returns>
    public static string Export(IEnumerable<Paper> papers, ApaStyle style)
    {
        ArgumentNullException.ThrowIfNull(papers);
        IEnumerable<string> lines = CitationKeys.Distinct(papers).Select(p => Format(p, style) + "\n");
        return string.Join(style == ApaStyle.Markdown ? "\n" : string.Empty, lines);
    }
}
