using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Tests;

/// <summary>
/// Papers the export tests share. GPT-3 is real (its authors as arXiv lists them); every other fixture is fictional,
/// with example.org links, Crossref's test DOI prefix 10.5555 and ORCID's documented example iD.
/// </summary>
internal static class TestPapers
{
    /// <summary>"Language Models are Few-Shot Learners": 31 authors, a venue, arXiv id and class, no DOI.</summary>
    public static Paper Gpt3 { get; } = new()
    {
        Id = "gpt3-few-shot",
        Title = "Language Models are Few-Shot Learners",
        Authors = Persons(
            "Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan", "Prafulla Dhariwal",
            "Arvind Neelakantan", "Pranav Shyam", "Girish Sastry", "Amanda Askell", "Sandhini Agarwal",
            "Ariel Herbert-Voss", "Gretchen Krueger", "Tom Henighan", "Rewon Child", "Aditya Ramesh",
            "Daniel M. Ziegler", "Jeffrey Wu", "Clemens Winter", "Christopher Hesse", "Mark Chen", "Eric Sigler",
            "Mateusz Litwin", "Scott Gray", "Benjamin Chess", "Jack Clark", "Christopher Berner", "Sam McCandlish",
            "Alec Radford", "Ilya Sutskever", "Dario Amodei"),
        Year = 2020,
        ArxivId = "2005.14165",
        PrimaryClass = "cs.CL",
        Venue = "NeurIPS 2020",
        Keywords = new[] { "language-models", "few-shot" },
    };

    /// <summary>A fictional preprint by a group author, with only a landing page.</summary>
    public static Paper GroupAuthored { get; } = new()
    {
        Id = "quokka-benchmark",
        Title = "The Quokka Benchmark: A Fictional Test Fixture",
        Authors = new[] { Author.Group("Quokka Research Consortium") },
        Year = 2024,
        Url = "https://example.org/quokka",
        Keywords = new[] { "benchmarks" },
    };

    /// <summary>
    /// A fictional journal paper whose title holds every BibTeX special character and an acronym, by authors with
    /// accents, a hyphenated family name and a name particle; the abstract has quotes and a line break, the keywords
    /// are words YAML would read as null and true if unquoted.
    /// </summary>
    public static Paper Hostile { get; } = new()
    {
        Id = "hostile-title",
        Title = @"{Braces} & 100% of snake_case: Évaluation de GPT-3 with $x^2$ #1 ~ C:\Temp",
        Authors = new[]
        {
            Author.Person("Costa-jussà", "Marta R."),
            Author.Person("Janeiro", "João Maria"),
            Author.Person("Steenkiste", "Sjoerd", nameParticle: "van"),
        },
        Year = 2023,
        Venue = "Transactions on Fictional Research",
        Abstract = "A \"quoted\" abstract: with\r\ntwo lines and a \\ backslash.",
        Keywords = new[] { "null", "yes" },
    };

    /// <summary>A fictional preprint with an old-style arXiv id.</summary>
    public static Paper OldStyleArxiv { get; } = new()
    {
        Id = "old-style-note",
        Title = "A Fictional Note on Old-Style Identifiers",
        Authors = new[] { Author.Person("Public", "Jane Q.") },
        Year = 1999,
        ArxivId = "hep-th/9901001",
        PrimaryClass = "hep-th",
    };

    /// <summary>A fictional conference paper with a DOI, a full date, code, an ORCID and a name suffix.</summary>
    public static Paper DatedWithDoi { get; } = new()
    {
        Id = "dated-doi",
        Title = "Fictional Dates and DOIs in Practice",
        Authors = new[]
        {
            Author.Person("Doe", "Jane", orcid: "https://orcid.org/0000-0002-1825-0097"),
            Author.Person("Roe", "Richard", nameSuffix: "Jr."),
        },
        Year = 2021,
        DatePublished = new DateOnly(2021, 3, 15),
        Doi = "10.5555/fictional.2021.001",
        Url = "https://example.org/dated",
        RepositoryCode = "https://example.org/dated-code",
        Venue = "Fictional Conference on Dates 2021",
        Abstract = "We test dates.",
        Keywords = new[] { "dates", "dois" },
    };

    /// <summary>Every fixture, in a fixed order.</summary>
    public static IReadOnlyList<Paper> All { get; } = new[] { Gpt3, GroupAuthored, Hostile, OldStyleArxiv, DatedWithDoi };

    /// <summary>Names for xunit theories over <see cref="All"/>.</summary>
    public static IEnumerable<object[]> Ids => All.Select(p => new object[] { p.Id });

    /// <summary>The fixture with the given id.</summary>
    public static Paper ById(string id) => All.Single(p => p.Id == id);

    /// <summary>Persons from "Given Family" strings, the last word taken as the family name.</summary>
    public static Author[] Persons(params string[] names)
        => names.Select(n =>
        {
            int space = n.LastIndexOf(' ');
            return space < 0 ? Author.Person(n, null) : Author.Person(n.Substring(space + 1), n.Substring(0, space));
        }).ToArray();

    /// <summary>A minimal fictional paper, for tests that vary one thing.</summary>
    public static Paper Simple(string id, string title, int year, params Author[] authors)
        => new() { Id = id, Title = title, Year = year, Authors = authors };
}
