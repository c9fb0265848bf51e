using System.IO;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

/// <summary><c>new</c> with a structured venue and the first version's date.</summary>
public class NewCommandVenueTests
{
    [Fact]
    public void Writes_the_venue_type_and_year_and_the_release_date()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess(
            "new", "2310.00726", "--id", "sample", "--title", "A Title", "-a", "Jane Doe", "--venue", "ICLR 2024",
            "--venue-type", "conference", "--venue-year", "2024", "--date-released", "2023-10-01", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        string text = File.ReadAllText(temp["sample.yaml"]);
        Assert.Contains("year: 2023\ndate-released: \"2023-10-01\"\narxiv: \"2310.00726\"\nvenue:\n  name: \"ICLR 2024\"\n  type: conference\n  year: 2024\n", text);
        Assert.Equal(0, ToolRun.InProcess("lint", temp.Path).ExitCode);
        ToolRun show = ToolRun.InProcess("show", temp.Path, "sample");
        Assert.Contains("  Venue:      ICLR 2024 (conference, 2024)\n", show.Out);
        Assert.Contains("  Released:   2023-10-01\n", show.Out);
    }

    [Theory]
    [InlineData("--venue-type", "magazine", "PAPER024")]
    [InlineData("--venue-year", "2022", "PAPER040")]
    public void A_bad_venue_value_is_reported_and_nothing_is_written(string option, string value, string id)
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("new", "2310.00726", "--id", "sample", "--title", "A Title", "-a", "Jane Doe", "--venue", "ICLR 2024", option, value, "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(id, run.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }
}
