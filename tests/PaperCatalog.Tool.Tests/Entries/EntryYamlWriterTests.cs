using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Entries;
using Xunit;

namespace PaperCatalog.Tool.Tests.Entries;

public class EntryYamlWriterTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quotes \" and backslashes \\ and colons: # not a comment")]
    [InlineData("line\nbreaks\r\nand\ttabs")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("2020")]
    [InlineData("- not a list")]
    [InlineData("Ünïcødé, 𝔘, and a control \u0001 char")]
    [InlineData("  leading and trailing spaces  ")]
    public void Any_text_reads_back_unchanged_through_the_generators_parser(string text)
    {
        var draft = new EntryDraft
        {
            Id = "null",
            Title = text,
            Authors = new[] { new AuthorDraft(text, text), AuthorDraft.Group(text) },
            Year = 2020,
            Abstract = text,
            Venue = text,
            Keywords = new[] { "yes" },
        };

        ParsedFile parsed = EntryParser.Parse("entry.yaml", EntryYamlWriter.Write(draft));

        Assert.Empty(parsed.Diagnostics);
        PaperEntry entry = parsed.Entry!;
        Assert.Equal(("null", text, text, text), (entry.Id, entry.Title, entry.Abstract, entry.Venue));
        Assert.Equal((text, text), (entry.Authors[0].FamilyNames, entry.Authors[0].GivenNames));
        Assert.Equal(text, entry.Authors[1].Name);
        Assert.Equal("yes", entry.Keywords[0]);
    }

    [Fact]
    public void Lays_out_keys_in_the_catalogs_order()
        => Assert.Equal(
            "# yaml-language-server: $schema=" + EntrySchema.Url + "\nid: sample\ntitle: \"T\"\nauthors:\n  - family-names: \"Doe\"\n    given-names: \"Jane\"\n    name-particle: \"de\"\nyear: 2020\n"
            + "date-published: \"2020-01-02\"\narxiv: \"2001.00001\"\nprimary-class: \"cs.CL\"\nvenue: \"V\"\ndoi: \"10.1000/x\"\nurl: \"https://example.org\"\n"
            + "repository-code: \"https://github.com/x/y\"\nkeywords:\n  - k\nabstract: \"A\"\n",
            EntryYamlWriter.Write(new EntryDraft
            {
                Id = "sample",
                Title = "T",
                Authors = new[] { new AuthorDraft("Doe", "Jane", "de") },
                Year = 2020,
                DatePublished = "2020-01-02",
                Arxiv = "2001.00001",
                PrimaryClass = "cs.CL",
                Venue = "V",
                Doi = "10.1000/x",
                Url = "https://example.org",
                RepositoryCode = "https://github.com/x/y",
                Keywords = new[] { "k" },
                Abstract = "A",
            }));

    [Fact]
    public void Writes_a_venue_with_a_type_or_year_as_a_mapping_that_reads_back()
    {
        string yaml = EntryYamlWriter.Write(new EntryDraft
        {
            Id = "sample",
            Title = "T",
            Authors = new[] { AuthorDraft.Group("Team") },
            Year = 2023,
            DateReleased = "2023-10-02",
            Venue = "ICLR 2024",
            VenueType = "conference",
            VenueYear = 2024,
        });

        Assert.Contains("year: 2023\ndate-released: \"2023-10-02\"\nvenue:\n  name: \"ICLR 2024\"\n  type: conference\n  year: 2024\n", yaml);
        ParsedFile parsed = EntryParser.Parse("entry.yaml", yaml);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(("ICLR 2024", "conference", 2024, "2023-10-02"), (parsed.Entry!.Venue, parsed.Entry.VenueType, parsed.Entry.VenueYear, parsed.Entry.DateReleased));
    }

    [Fact]
    public void A_venue_year_without_a_name_is_written_for_the_parser_to_refuse()
    {
        string yaml = EntryYamlWriter.Write(new EntryDraft { Id = "sample", Title = "T", Authors = new[] { AuthorDraft.Group("Team") }, Year = 2023, VenueYear = 2024 });

        ParsedFile parsed = EntryParser.Parse("entry.yaml", yaml);
        Assert.Null(parsed.Entry);
        Assert.Contains(parsed.Diagnostics, d => d.Id == "PAPER004" && d.Arguments[0] == "name");
    }
}
