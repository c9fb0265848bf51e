using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Tests.Exports;

/// <summary>
/// Papers of every entry shape an APA reference has: preprint, conference, journal; 1, 2, 20, 21 and 31 authors; a
/// group author alone and among persons; particles and suffixes; no venue; a DOI or none; no author. All fictional
/// but GPT-3's author list.
/// </summary>
internal static class ApaFixtures
{
    public static IReadOnlyList<Paper> All { get; } = new[]
    {
        TestPapers.Gpt3,
        TestPapers.GroupAuthored,
        TestPapers.Hostile,
        TestPapers.DatedWithDoi,
        new Paper
        {
            Id = "one-author-preprint",
            Title = "Using clarification questions to improve developers' Web search",
            Authors = new[] { Author.Person("O'Horo", "Brian") },
            Year = 2022,
            ArxivId = "2207.12768",
            PrimaryClass = "cs.SE",
        },
        new Paper
        {
            Id = "preprint-with-doi",
            Title = "Is a Fictional Preprint with a DOI Cited by Its DOI?",
            Authors = TestPapers.Persons("Ada Lovelace", "Charles Babbage"),
            Year = 2023,
            ArxivId = "2301.00001",
            Doi = "10.5555/fictional.2023.002",
        },
        new Paper
        {
            Id = "twenty-authors",
            Title = "Twenty Authors, All Listed",
            Authors = TestPapers.Gpt3.Authors.Take(20).ToArray(),
            Year = 2020,
            ArxivId = "2001.00020",
        },
        new Paper
        {
            Id = "twenty-one-authors",
            Title = "Twenty-One Authors, Nineteen and the Last",
            Authors = TestPapers.Gpt3.Authors.Take(21).ToArray(),
            Year = 2021,
            Venue = "ICLR 2022",
        },
        new Paper
        {
            Id = "group-among-persons",
            Title = "Large Fictional Models: Team Work",
            Authors = new[] { Author.Group("LCM team"), Author.Person("Hengel", "Anton", nameParticle: "van den"), Author.Person("Sánchez", "Jean-Paul") },
            Year = 2024,
            ArxivId = "2412.00003",
        },
        new Paper
        {
            Id = "lower-case-journal",
            Title = "A Journal Whose Name Is Written in Lower Case",
            Authors = new[] { Author.Person("Bocharova", "Maiia"), Author.Person("Kowalski", "Élise-marie J.R.") },
            Year = 2023,
            Venue = "applied aspects of information technology (journal): a study of x-ray and-or things",
            Doi = "10.5555/fictional.2023.003",
        },
        new Paper
        {
            Id = "no-author-preprint",
            Title = "An Anonymous Fictional Preprint",
            Authors = System.Array.Empty<Author>(),
            Year = 2019,
            ArxivId = "1901.00004",
        },
        new Paper
        {
            Id = "no-author-conference",
            Title = "An Anonymous Fictional Talk.",
            Authors = System.Array.Empty<Author>(),
            Year = 2018,
            Venue = "Fictional Workshop 2018",
            Url = "https://example.org/talk",
        },
        new Paper
        {
            Id = "single-name-author",
            Title = "A Paper by Someone Known by One Name!",
            Authors = new[] { Author.Person(null, "Amie"), Author.Person("Wu", "Peng") },
            Year = 2024,
            Venue = "Findings of ACL: EMNLP 2024",
            DatePublished = new System.DateOnly(2023, 11, 2),
        },
    };
}
