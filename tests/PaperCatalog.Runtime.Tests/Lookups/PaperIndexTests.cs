using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Lookups;
using Xunit;

namespace PaperCatalog.Tests.Lookups;

public class PaperIndexTests
{
    private static readonly PaperIndex Index = new(TestPapers.All);

    [Fact]
    public void All_keeps_the_given_order_and_cannot_be_changed_through_a_cast()
    {
        Assert.Equal(TestPapers.All.Select(p => p.Id), Index.All.Select(p => p.Id));
        Assert.IsNotType<Paper[]>(Index.All);
        Assert.False(Index.All is IList<Paper> list && !list.IsReadOnly);
    }

    [Fact]
    public void Finds_by_id_exactly()
    {
        Assert.Same(TestPapers.Gpt3, Index.FindById("gpt3-few-shot"));
        Assert.Null(Index.FindById("GPT3-FEW-SHOT"));
        Assert.True(Index.TryGetById("dated-doi", out Paper? paper));
        Assert.Same(TestPapers.DatedWithDoi, paper);
    }

    [Theory]
    [InlineData("hep-th/9901001")]
    [InlineData("hep-th/9901001v2")]
    [InlineData("arXiv:hep-th/9901001")]
    [InlineData("http://arxiv.org/abs/hep-th/9901001v1")]
    public void Finds_old_style_arxiv_ids_in_every_spelling(string query)
        => Assert.Same(TestPapers.OldStyleArxiv, Index.FindByArxivId(query));

    [Theory]
    [InlineData("math/0309136", "math.GT/0309136")]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("arXiv:math.GT/0309136v2", "math/0309136")]
    [InlineData("math.AG/0309136", "math.GT/0309136")]
    public void Finds_old_style_arxiv_ids_with_or_without_their_subject_class(string stored, string query)
    {
        // arXiv's rule: the subject class is not part of an old-style identifier, so both spellings are one paper.
        var paper = new Paper { Id = "knot-note", Title = "A Note on Knots", Authors = TestPapers.Gpt3.Authors, Year = 2003, ArxivId = stored };
        var index = new PaperIndex(new[] { paper });
        Assert.Same(paper, index.FindByArxivId(query));
    }

    [Fact]
    public void An_old_style_id_of_another_archive_is_another_paper()
    {
        var paper = new Paper { Id = "knot-note", Title = "A Note on Knots", Authors = TestPapers.Gpt3.Authors, Year = 2003, ArxivId = "math.GT/0309136" };
        var index = new PaperIndex(new[] { paper });
        Assert.Null(index.FindByArxivId("hep-th/0309136"));
        Assert.Null(index.FindByArxivId("math-ph/0309136"));
    }

    [Theory]
    [InlineData("10.5555/fictional.2021.001")]
    [InlineData("10.5555/FICTIONAL.2021.001")]
    [InlineData(" https://doi.org/10.5555/fictional.2021.001 ")]
    [InlineData("http://dx.doi.org/10.5555/fictional.2021.001")]
    [InlineData("DOI:10.5555/fictional.2021.001")]
    public void Finds_dois_whatever_their_case_and_prefix(string query)
    {
        Assert.Same(TestPapers.DatedWithDoi, Index.FindByDoi(query));
        Assert.True(Index.TryGetByDoi(query, out _));
    }

    [Theory]
    [InlineData("Marta R. Costa-jussà")]
    [InlineData("marta r costa-jussa")]
    [InlineData("Costa-jussà, Marta R.")]
    [InlineData("  MARTA   R.  COSTA-JUSSÀ ")]
    public void Finds_authors_by_normalised_name(string name)
        => Assert.Contains(TestPapers.Hostile, Index.ByAuthor(name));

    [Fact]
    public void Finds_by_keyword_and_year()
    {
        Assert.Equal([TestPapers.DatedWithDoi], Index.WithKeyword("dois"));
        Assert.Equal([TestPapers.OldStyleArxiv], Index.InYear(1999));
        Assert.Equal(["dates", "dois", "null", "yes"], Index.Keywords.Where(k => k is "dates" or "dois" or "null" or "yes"));
    }

    [Fact]
    public void Absent_keys_give_empty_results_and_never_throw()
    {
        Assert.Null(Index.FindById(null));
        Assert.Null(Index.FindByArxivId("9999.99999"));
        Assert.Null(Index.FindByDoi("10.1/none"));
        Assert.Null(Index.FindByDoi("not a doi"));
        Assert.False(Index.TryGetByArxivId("", out _));
        Assert.Empty(Index.WithKeyword("none"));
        Assert.Empty(Index.ByAuthor(""));
        Assert.Empty(Index.InYear(1));
    }

    [Fact]
    public void Lookup_results_are_read_only()
    {
        IReadOnlyList<Paper> papers = Index.WithKeyword("dates");
        Assert.IsNotType<Paper[]>(papers);
        Assert.Throws<NotSupportedException>(() => ((IList<Paper>)papers)[0] = TestPapers.Gpt3);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("arxiv")]
    [InlineData("doi")]
    [InlineData("keyword")]
    [InlineData("author")]
    [InlineData("year")]
    public void Hits_with_canonical_keys_allocate_nothing(string lookup)
    {
        Func<object?> hit = lookup switch
        {
            "id" => () => Index.FindById("gpt3-few-shot"),
            "arxiv" => () => Index.FindByArxivId("2005.14165"),
            "doi" => () => Index.FindByDoi("10.5555/fictional.2021.001"),
            "keyword" => () => Index.WithKeyword("dates"),
            "author" => () => Index.ByAuthor("Tom B. Brown"),
            _ => () => Index.InYear(2020),
        };
        Assert.NotNull(hit());

        // Warm up first, so that building the table and compiling the code are not counted.
        for (int i = 0; i < 1000; i++)
        {
            hit();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            hit();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Null_papers_are_refused()
        => Assert.Throws<ArgumentNullException>(() => new PaperIndex(null!));
}
