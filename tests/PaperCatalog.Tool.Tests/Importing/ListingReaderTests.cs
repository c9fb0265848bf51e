using PaperCatalog.Tool.Importing;
using PaperCatalog.Tool.Importing.Listing;
using Xunit;

namespace PaperCatalog.Tool.Tests.Importing;

public class ListingReaderTests
{
    private const string Header = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nApr 3\n\n";

    [Fact]
    public void Reads_title_and_abstract_pairs_exactly()
    {
        var items = ListingReader.Read("l.txt", Header + "Title One \r\n\n  Abstract one, with spaces.\n\nTitle Two\n\nAbstract two.\n");

        Assert.Equal(new[] { new ListingItem("Title One ", "  Abstract one, with spaces.", 11), new ListingItem("Title Two", "Abstract two.", 15) }, items);
    }

    [Fact]
    public void A_short_header_is_malformed()
    {
        var error = Assert.Throws<InputFormatException>(() => ListingReader.Read("l.txt", "new\nSubscribe\n"));

        Assert.Contains("expected 5 header lines", error.Message);
    }

    [Fact]
    public void An_abstract_where_a_title_belongs_is_malformed()
    {
        var error = Assert.Throws<InputFormatException>(() => ListingReader.Read("l.txt", Header + "Title\n\n" + new string('x', 100) + "\n\n" + new string('y', 500) + "\n\nAbstract\n"));

        Assert.Equal("l.txt(15,1): expected a title line but found 500 characters; is a title or an abstract line missing above it?", error.Message);
    }
}
