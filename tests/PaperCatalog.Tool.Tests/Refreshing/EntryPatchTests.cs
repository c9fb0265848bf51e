using PaperCatalog.Tool.Refreshing;
using Xunit;

namespace PaperCatalog.Tool.Tests.Refreshing;

public class EntryPatchTests
{
    private const string Entry = "# checked by hand\nid: paper\ntitle: \"A Paper\"\nauthors:\n  - family-names: Doe\nyear: 2020\nvenue: ACL # short form\nkeywords:\n  - nlp\nabstract: \"Text.\"\n";

    [Fact]
    public void A_missing_key_goes_where_the_writer_puts_it_and_nothing_else_changes()
    {
        string? patched = EntryPatch.Set(Entry, "doi", "10.1234/abc", out string? problem);

        Assert.Null(problem);
        Assert.Equal(Entry.Replace("venue: ACL # short form\n", "venue: ACL # short form\ndoi: \"10.1234/abc\"\n", System.StringComparison.Ordinal), patched);
    }

    [Fact]
    public void The_status_is_a_plain_word_before_the_keywords()
        => Assert.Equal(
            Entry.Replace("keywords:", "status: retracted\nkeywords:", System.StringComparison.Ordinal),
            EntryPatch.Set(Entry, "status", "retracted", out _));

    [Fact]
    public void A_one_line_value_is_replaced_in_place()
        => Assert.Equal(
            Entry.Replace("venue: ACL # short form", "venue: \"ACL 2022\"", System.StringComparison.Ordinal),
            EntryPatch.Set(Entry, "venue", "ACL 2022", out _));

    [Fact]
    public void A_value_over_several_lines_is_left_alone()
    {
        string structured = Entry.Replace("venue: ACL # short form\n", "venue:\n  name: ACL\n  year: 2022\n", System.StringComparison.Ordinal);

        Assert.Null(EntryPatch.Set(structured, "venue", "ACL 2022", out string? problem));
        Assert.Equal("'venue' spans several lines; set it by hand", problem);
    }

    [Fact]
    public void Windows_line_endings_are_kept_and_a_missing_last_key_is_appended()
    {
        string crlf = "id: paper\r\ntitle: A\r\n";

        Assert.Equal("id: paper\r\ntitle: A\r\nstatus: withdrawn\r\n", EntryPatch.Set(crlf, "status", "withdrawn", out _));
    }
}
