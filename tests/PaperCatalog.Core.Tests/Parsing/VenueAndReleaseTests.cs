using System.Linq;
using PaperCatalog.Core.Data;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Tests.Infrastructure;
using PaperCatalog.Data;
using Xunit;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// <c>venue</c> as plain text or as a mapping with name, type and the published version's year, and
/// <c>date-released</c>: each value read into the entry and its record, each bad value reported where it is written.
/// </summary>
public class VenueAndReleaseTests
{
    private const string Path = "papers/sample.yaml";

    private const string Head = "id: sample\ntitle: \"A Sample\"\nauthors:\n  - name: \"Team\"\nyear: 2023\n";

    [Fact]
    public void A_plain_venue_is_the_name_alone()
    {
        PaperEntry entry = Parsed.Entry(Path, Head + "venue: \"ICLR 2024\"\n");
        Assert.Equal(("ICLR 2024", null, null), (entry.Venue, entry.VenueType, entry.VenueYear));
    }

    [Fact]
    public void A_structured_venue_gives_name_type_and_year()
    {
        PaperEntry entry = Parsed.Entry(Path, Head + "venue:\n  name: \"ICLR 2024\"\n  type: conference\n  year: 2024\n");
        Assert.Equal(("ICLR 2024", "conference", 2024), (entry.Venue, entry.VenueType, entry.VenueYear));
    }

    [Fact]
    public void A_venue_in_the_year_of_the_first_version_is_allowed()
        => Assert.Equal(2023, Parsed.Entry(Path, Head + "venue: {name: \"A journal\", type: journal, year: 2023}\n").VenueYear);

    [Fact]
    public void A_release_date_is_read()
        => Assert.Equal("2023-10-01", Parsed.Entry(Path, Head + "date-released: \"2023-10-01\"\n").DateReleased);

    [Fact]
    public void The_record_carries_type_year_and_release_date_where_the_layout_puts_them()
    {
        PaperEntry entry = Parsed.Entry(Path, Head + "date-released: \"2023-10-01\"\nvenue: {name: \"ICLR 2024\", type: workshop, year: 2024}\n");
        var fields = PaperRecordWriter.Fields(entry);
        Assert.Equal("ICLR 2024", fields[PaperRecordLayout.Venue]);
        Assert.Equal(VenueTypeWords.Workshop, fields[PaperRecordLayout.VenueType]);
        Assert.Equal("2024", fields[PaperRecordLayout.VenueYear]);
        Assert.Equal("2023-10-01", fields[PaperRecordLayout.DateReleased]);
    }

    [Fact]
    public void A_plain_venue_leaves_the_new_fields_empty()
    {
        var fields = PaperRecordWriter.Fields(Parsed.Entry(Path, Head + "venue: \"ICLR 2024\"\n"));
        Assert.Equal(["", "", ""], new[] { fields[PaperRecordLayout.VenueType], fields[PaperRecordLayout.VenueYear], fields[PaperRecordLayout.DateReleased] });
    }

    [Theory]
    [InlineData("venue:\n  name: \"ICLR\"\n  type: magazine\n", "PAPER024", 7, 8, "'magazine' is not allowed for 'venue.type': expected one of conference, journal, workshop")]
    [InlineData("venue:\n  name: \"ICLR\"\n  year: 1599\n", "PAPER012", 7, 8, "Year 1599 is before 1600 or after next year")]
    [InlineData("venue:\n  name: \"ICLR\"\n  year: 2022\n", "PAPER040", 7, 8, "The venue's year 2022 is before year 2023, the year of the paper's first public version; a paper is not published before it first appears")]
    [InlineData("venue:\n  name: \"ICLR\"\n  year: \"2024\"\n", "PAPER007", 7, 8, "Key 'venue.year' expects a whole number such as 2024, but the value is the text '2024'")]
    [InlineData("venue:\n  name: \"ICLR\"\n  year:\n", "PAPER008", 7, 7, "Key 'venue.year' has an empty value; remove the key if the value is unknown")]
    [InlineData("venue:\n  type: conference\n  year: 2024\n", "PAPER004", 6, 2, "Required key 'name' is missing")]
    [InlineData("venue:\n  name: \"ICLR\"\n  volume: 3\n", "PAPER006", 7, 2, "Unknown key 'volume'")]
    [InlineData("venue:\n  - \"ICLR\"\n", "PAPER007", 6, 2, "Key 'venue' expects text, or a mapping with 'name' and optionally 'type' and 'year', but the value is a list")]
    [InlineData("date-released: \"2023-02-30\"\n", "PAPER013", 5, 15, "'2023-02-30' is not a real calendar date in the form YYYY-MM-DD")]
    [InlineData("date-released: \"2022-12-31\"\n", "PAPER041", 5, 15, "date-released '2022-12-31' is in 2022, but year, the year of the first public version, is 2023")]
    public void A_bad_value_is_reported_where_it_is_written(string yaml, string id, int line, int column, string message)
    {
        DiagnosticInfo diagnostic = Parsed.Single(Path, Head + yaml, id, line, column);
        Assert.Equal(message, diagnostic.FormatMessage());
    }

    [Theory]
    [InlineData("venue:\n  name: \"ICLR\"\n  type: magazine\n")]
    [InlineData("venue:\n  name: \"ICLR\"\n  year: 2022\n")]
    [InlineData("date-released: \"2022-12-31\"\n")]
    public void An_entry_with_a_bad_new_value_is_left_out(string yaml)
        => Assert.Null(Core.Parsing.EntryParser.Parse(Path, Head + yaml).Entry);

    [Fact]
    public void An_unknown_venue_key_keeps_the_entry_as_any_unknown_key_does()
    {
        var file = Core.Parsing.EntryParser.Parse(Path, Head + "venue: {name: \"ICLR\", volume: 3}\n");
        Assert.Equal(["PAPER006"], file.Diagnostics.Select(d => d.Id));
        Assert.Equal("ICLR", file.Entry!.Venue);
    }
}
