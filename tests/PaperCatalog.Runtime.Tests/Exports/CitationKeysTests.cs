using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class CitationKeysTests
{
    [Theory]
    [InlineData("gpt3-few-shot", "brown2020language")]
    [InlineData("quokka-benchmark", "quokkaresearchconsortium2024quokka")]
    [InlineData("hostile-title", "costajussa2023braces")]
    [InlineData("old-style-note", "public1999fictional")]
    [InlineData("dated-doi", "doe2021fictional")]
    public void Key_is_family_year_and_first_significant_title_word(string id, string expected)
        => Assert.Equal(expected, CitationKeys.For(TestPapers.ById(id)));

    [Theory]
    [InlineData("Steenkiste", "van", "On the Binding Problem", "vansteenkiste2020binding")]
    [InlineData("Łukasiewicz", null, "Über Logik", "lukasiewicz2020uber")]
    [InlineData("Müller-Straße", null, "Don't Stop Pretraining", "mullerstrasse2020dont")]
    [InlineData("O'Neil", null, "A Study of the Towards", "oneil2020study")]
    [InlineData("Smith", null, "GPT-4 Is Here", "smith2020gpt")]
    [InlineData("Smith", null, "Of the And", "smith2020")]
    [InlineData("张", null, "中文标题", "anon2020")]
    public void Key_folds_accents_drops_non_letters_and_skips_stop_words(string family, string? particle, string title, string expected)
    {
        Paper paper = TestPapers.Simple("p", title, 2020, Author.Person(family, "Given", nameParticle: particle));
        Assert.Equal(expected, CitationKeys.For(paper));
    }

    [Fact]
    public void Paper_without_authors_is_keyed_anon()
        => Assert.Equal("anon2020graphs", CitationKeys.For(TestPapers.Simple("p", "Graphs", 2020)));

    [Fact]
    public void Colliding_keys_get_suffixes_in_catalog_order_and_unique_keys_stay_bare()
    {
        Author smith = Author.Person("Smith", "Ann");
        Paper first = TestPapers.Simple("first", "Graph Networks", 2021, smith);
        Paper other = TestPapers.Simple("other", "Trees", 2021, smith);
        Paper second = TestPapers.Simple("second", "Graph Learning", 2021, smith);
        Paper third = TestPapers.Simple("third", "The Graph", 2021, smith);

        IReadOnlyDictionary<string, string> keys = CitationKeys.For(new[] { first, other, second, third });

        Assert.Equal("smith2021grapha", keys["first"]);
        Assert.Equal("smith2021trees", keys["other"]);
        Assert.Equal("smith2021graphb", keys["second"]);
        Assert.Equal("smith2021graphc", keys["third"]);

        // Another order gives other suffixes: they follow the catalog, not the titles.
        IReadOnlyDictionary<string, string> reversed = CitationKeys.For(new[] { third, second, other, first });
        Assert.Equal("smith2021grapha", reversed["third"]);
        Assert.Equal("smith2021graphc", reversed["first"]);
    }

    [Fact]
    public void Suffixes_are_deterministic_across_calls()
    {
        Paper[] papers = Enumerable.Range(0, 5).Select(i => TestPapers.Simple("p" + i, "Graph " + i, 2021, Author.Person("Smith", "Ann"))).ToArray();
        Assert.Equal(CitationKeys.For(papers).OrderBy(p => p.Key), CitationKeys.For(papers).OrderBy(p => p.Key));
        Assert.Equal(new[] { "smith2021grapha", "smith2021graphb", "smith2021graphc", "smith2021graphd", "smith2021graphe" }, papers.Select(p => CitationKeys.For(papers)[p.Id]));
    }

    [Fact]
    public void A_suffix_never_takes_another_papers_bare_key()
    {
        Author smith = Author.Person("Smith", "Ann");
        Paper[] papers =
        {
            TestPapers.Simple("graph-1", "Graph", 2021, smith),
            TestPapers.Simple("graph-2", "Graph", 2021, smith),
            TestPapers.Simple("grapha", "Grapha", 2021, smith),
        };

        IReadOnlyDictionary<string, string> keys = CitationKeys.For(papers);

        Assert.Equal("smith2021graphb", keys["graph-1"]);
        Assert.Equal("smith2021graphc", keys["graph-2"]);
        Assert.Equal("smith2021grapha", keys["grapha"]);
    }

    [Fact]
    public void Suffixes_go_on_past_z()
    {
        Paper[] papers = Enumerable.Range(0, 28).Select(i => TestPapers.Simple("p" + i, "Graph", 2021, Author.Person("Smith", "Ann"))).ToArray();

        IReadOnlyDictionary<string, string> keys = CitationKeys.For(papers);

        Assert.Equal("smith2021graphz", keys["p25"]);
        Assert.Equal("smith2021graphaa", keys["p26"]);
        Assert.Equal("smith2021graphab", keys["p27"]);
        Assert.Equal(28, keys.Values.Distinct().Count());
    }

    [Fact]
    public void The_fixture_catalog_has_no_collisions_so_keys_stay_bare()
    {
        IReadOnlyDictionary<string, string> keys = CitationKeys.For(TestPapers.All);
        Assert.All(TestPapers.All, p => Assert.Equal(CitationKeys.For(p), keys[p.Id]));
    }

    [Fact]
    public void The_same_paper_twice_has_one_key()
    {
        Paper paper = TestPapers.Simple("same", "Graph", 2021, Author.Person("Smith", "Ann"));
        Paper copy = TestPapers.Simple("same", "Graph", 2021, Author.Person("Smith", "Ann"));

        Assert.Equal(new[] { KeyValuePair.Create("same", "smith2021graph") }, CitationKeys.For(new[] { paper, copy }));
    }

    [Fact]
    public void Two_different_papers_with_one_id_cannot_share_an_id_map()
    {
        Paper first = TestPapers.Simple("same", "Graph", 2021, Author.Person("Smith", "Ann"));
        Paper second = TestPapers.Simple("same", "Trees", 2022, Author.Person("Jones", "Bo"));

        ArgumentException e = Assert.Throws<ArgumentException>(() => CitationKeys.For(new[] { first, second }));
        Assert.Contains("Two different papers share the id 'same'", e.Message, StringComparison.Ordinal);
    }
}
