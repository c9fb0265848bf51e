using System.Linq;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class ApaFormatterTests
{
    [Fact]
    public void Thirty_one_authors_list_the_first_nineteen_an_ellipsis_and_the_last()
    {
        const string expected =
            "Brown, T. B., Mann, B., Ryder, N., Subbiah, M., Kaplan, J., Dhariwal, P., Neelakantan, A., Shyam, P., " +
            "Sastry, G., Askell, A., Agarwal, S., Herbert-Voss, A., Krueger, G., Henighan, T., Child, R., Ramesh, A., " +
            "Ziegler, D. M., Wu, J., Winter, C., … Amodei, D. (2020). Language Models are Few-Shot Learners. " +
            "NeurIPS 2020. https://arxiv.org/abs/2005.14165";

        Assert.Equal(expected, ApaFormatter.Format(TestPapers.Gpt3));
    }

    [Fact]
    public void Twenty_authors_are_all_listed_with_an_ampersand()
    {
        Paper paper = TestPapers.Simple("p", "Title", 2020, TestPapers.Gpt3.Authors.Take(20).ToArray());

        string apa = ApaFormatter.Format(paper);

        Assert.StartsWith("Brown, T. B., Mann, B., ", apa, System.StringComparison.Ordinal);
        Assert.EndsWith(", Winter, C., & Hesse, C. (2020). Title.", apa, System.StringComparison.Ordinal);
        Assert.DoesNotContain("…", apa, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_one_authors_switch_to_the_ellipsis()
    {
        Paper paper = TestPapers.Simple("p", "Title", 2020, TestPapers.Gpt3.Authors.Take(21).ToArray());

        Assert.EndsWith(", Winter, C., … Chen, M. (2020). Title.", ApaFormatter.Format(paper), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Hesse", ApaFormatter.Format(paper), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Particles_accents_and_venue_without_link()
        => Assert.Equal(
            @"Costa-jussà, M. R., Janeiro, J. M., & van Steenkiste, S. (2023). {Braces} & 100% of snake_case: Évaluation de GPT-3 with $x^2$ #1 ~ C:\Temp. Transactions on Fictional Research.",
            ApaFormatter.Format(TestPapers.Hostile));

    [Fact]
    public void Arxiv_preprint_numbers_the_title_names_arxiv_as_publisher_and_links_arxiv()
        => Assert.Equal(
            "Public, J. Q. (1999). A Fictional Note on Old-Style Identifiers (arXiv:hep-th/9901001). arXiv. https://arxiv.org/abs/hep-th/9901001",
            ApaFormatter.Format(TestPapers.OldStyleArxiv));

    [Fact]
    public void Html_and_markdown_set_a_preprint_title_in_italics_and_escape_their_markup()
    {
        Paper paper = new() { Id = "p", Title = "Fast <b> & *bold* C_1", Authors = new[] { Author.Person("Doe", "Jane") }, Year = 2020, ArxivId = "2001.00001" };

        Assert.Equal(
            "Doe, J. (2020). <i>Fast &#60;b&#62; &#38; *bold* C_1</i> (arXiv:2001.00001). arXiv. https://arxiv.org/abs/2001.00001",
            ApaFormatter.Format(paper, ApaStyle.Html));
        Assert.Equal(
            @"Doe, J. (2020). *Fast \<b\> & \*bold\* C\_1* (arXiv:2001.00001). arXiv. https://arxiv.org/abs/2001.00001",
            ApaFormatter.Format(paper, ApaStyle.Markdown));
    }

    [Fact]
    public void A_journal_is_italic_and_title_cased_and_the_paper_title_is_not()
        => Assert.Equal(
            "Doe, J. (2020). a title of a paper. <i>Journal of Fictional Results: A Study in x-Ray and-or Things Of</i>.",
            ApaFormatter.Format(
                new Paper { Id = "p", Title = "a title of a paper", Authors = new[] { Author.Person("Doe", "Jane") }, Year = 2020, Venue = "journal of fictional results: a study in x-ray and-or things of" },
                ApaStyle.Html));

    [Fact]
    public void Export_writes_one_reference_per_line_and_markdown_paragraphs()
    {
        Paper[] papers = { TestPapers.GroupAuthored, TestPapers.OldStyleArxiv };

        Assert.Equal(ApaFormatter.Format(papers[0]) + "\n" + ApaFormatter.Format(papers[1]) + "\n", ApaFormatter.Export(papers, ApaStyle.Text));
        Assert.Equal(
            ApaFormatter.Format(papers[0], ApaStyle.Markdown) + "\n\n" + ApaFormatter.Format(papers[1], ApaStyle.Markdown) + "\n",
            ApaFormatter.Export(papers, ApaStyle.Markdown));
        Assert.Equal(string.Empty, ApaFormatter.Export(System.Array.Empty<Paper>(), ApaStyle.Html));
    }

    [Fact]
    public void Two_authors_with_suffix_and_the_doi_link_before_any_other()
        => Assert.Equal(
            "Doe, J., & Roe, R., Jr. (2021, March 15). Fictional Dates and DOIs in Practice. Fictional Conference on Dates 2021. https://doi.org/10.5555/fictional.2021.001",
            ApaFormatter.Format(TestPapers.DatedWithDoi));

    [Fact]
    public void Group_author_and_landing_page()
        => Assert.Equal(
            "Quokka Research Consortium. (2024). The Quokka Benchmark: A Fictional Test Fixture. https://example.org/quokka",
            ApaFormatter.Format(TestPapers.GroupAuthored));

    [Fact]
    public void No_author_puts_the_title_first_and_a_question_keeps_its_mark()
        => Assert.Equal("Is Attention All We Need? (2017).", ApaFormatter.Format(TestPapers.Simple("p", "Is Attention All We Need?", 2017)));

    [Theory]
    [InlineData("Jean-Paul", "J.-P.")]
    [InlineData("Tom B.", "T. B.")]
    [InlineData("João Maria", "J. M.")]
    [InlineData("élise", "É.")]
    [InlineData("Mary-Kate  Ann", "M.-K. A.")]
    public void Initials_keep_hyphens_and_accents(string given, string expected)
        => Assert.Equal("Family, " + expected + " (2020). T.", ApaFormatter.Format(TestPapers.Simple("p", "T", 2020, Author.Person("Family", given))));
}
