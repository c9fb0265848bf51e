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
            "id: sample\ntitle: \"T\"\nauthors:\n  - family-names: \"Doe\"\n    given-names: \"Jane\"\n    name-particle: \"de\"\nyear: 2020\n"
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
}
