using System.IO;
using System.Linq;
using System.Text;
using PaperCatalog.Tool.Importing;
using PaperCatalog.Tool.Importing.BibTex;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Hardening;

/// <summary>
/// Hostile inputs of every import reader: each stops at a named limit with the input's file, line and column and
/// exit code 2, or is decoded in time linear in its size, and nothing is written.
/// </summary>
public class ReaderLimitTests
{
    private const string Entry = "@article{{k,\n  title = {0},\n  author = {{Doe, Jane}},\n  year = 2020,\n}}\n";

    [Fact]
    public void Macros_that_double_each_other_stop_at_the_value_limit()
    {
        // Forty levels of m(n+1) = m(n) # m(n) would be 2^40 characters; the reader stops past 100,000.
        var bib = new StringBuilder("@string{m0 = \"ab\"}\n");
        for (int i = 0; i < 40; i++)
        {
            bib.Append("@string{m").Append(i + 1).Append(" = m").Append(i).Append(" # m").Append(i).Append("}\n");
        }

        bib.Append(string.Format(Entry, "m40"));
        ToolRun run = Import("bibtex", "doubling.bib", bib.ToString());

        Assert.Equal(2, run.ExitCode);

        // m(n) has 2^(n+1) characters: m16 (131,072) is the first past the limit, on line 17, at its second part.
        Assert.Matches(@"doubling\.bib\(17,\d+\): malformed BibTeX: the value of 'm16' grows past 100000 characters \(ReaderLimits\.MaxValueLength\)", run.Err);
    }

    [Fact]
    public void Values_referring_to_one_long_macro_stop_at_the_total_expansion_limit()
    {
        var bib = new StringBuilder("@string{big = \"" + new string('x', 99_000) + "\"}\n@misc{k,\n");
        int fields = (ReaderLimits.MaxExpandedLength / 99_000) + 2;
        for (int i = 0; i < fields; i++)
        {
            bib.Append("  f").Append(i).Append(" = big,\n");
        }

        bib.Append("}\n");
        InputFormatException error = Assert.Throws<InputFormatException>(() => BibTexReader.Read("big.bib", bib.ToString()));

        Assert.Contains("ReaderLimits.MaxExpandedLength", error.Message);
        Assert.True(error.Line > 3);
    }

    [Fact]
    public void Braces_nested_thirty_thousand_deep_stop_at_the_depth_limit()
    {
        string title = "{" + string.Concat(Enumerable.Repeat("\\'{", 30_000)) + "e" + new string('}', 30_000) + "}";
        ToolRun run = Import("bibtex", "deep.bib", string.Format(Entry, title));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("deep.bib(2,", run.Err);
        Assert.Contains("nest deeper than 100 levels (ReaderLimits.MaxBraceDepth)", run.Err);
    }

    [Fact]
    public void Accents_chained_fifty_thousand_deep_decode_without_recursion()
    {
        // Before: one stack frame per accent, and a stack overflow that ended the process.
        string decoded = LatexText.Decode(string.Concat(Enumerable.Repeat("\\'", 50_000)) + "e");

        Assert.Equal(("e" + new string('\u0301', 50_000)).Normalize(NormalizationForm.FormC), decoded);
    }

    [Fact]
    public void Accents_nested_in_groups_thirty_thousand_deep_decode_in_one_pass()
    {
        // Before: each group decoded its substring again, time and memory growing with the square of the depth.
        string decoded = LatexText.Decode(string.Concat(Enumerable.Repeat("\\'{", 30_000)) + "e" + new string('}', 30_000) + " x");

        Assert.Equal(("e" + new string('\u0301', 30_000) + " x").Normalize(NormalizationForm.FormC), decoded);
    }

    [Fact]
    public void An_atom_feed_nested_two_hundred_thousand_deep_stops_at_the_depth_limit()
    {
        string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n" + string.Concat(Enumerable.Repeat("<x>", 200_000))
            + "\n" + string.Concat(Enumerable.Repeat("</x>", 200_000)) + "\n</entry></feed>\n";
        ToolRun run = Import("arxiv-atom", "deep.xml", xml);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"deep\.xml\(3,\d+\): elements nest deeper than 32 levels \(ReaderLimits\.MaxXmlDepth\)", run.Err);
    }

    [Fact]
    public void Invalid_utf8_in_a_bib_is_reported_at_its_line_in_the_bib_with_exit_2()
    {
        using var temp = new TempFolder();
        byte[] head = Encoding.UTF8.GetBytes("@article{k,\n  title = {Caf");
        byte[] tail = Encoding.UTF8.GetBytes("},\n  author = {Doe, Jane},\n  year = 2020,\n}\n");
        string bib = temp["bad.bib"];
        File.WriteAllBytes(bib, head.Append((byte)0xE9).Concat(tail).ToArray());

        ToolRun run = ToolRun.InProcess("import", "bibtex", bib, "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(bib + "(2,15): the byte 0xE9 is not valid UTF-8; save the file as UTF-8.", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Metadata_nested_too_deep_stops_before_the_tree_is_built()
    {
        using var temp = new TempFolder();
        string listing = temp.Write("listing.txt", "new\nnews\nSubscribe\nby\ndate\nA Title\nAn abstract.\n");
        string metadata = temp.Write("meta.yaml", "- title: A Title\n  authors: " + new string('[', 10_000) + new string(']', 10_000) + "\n");

        ToolRun run = ToolRun.InProcess("import", "listing", listing, "--metadata", metadata, "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(metadata + "(2,", run.Err);
        Assert.Contains("nest deeper than 64 levels (ReaderLimits.MaxYamlDepth)", run.Err);
    }

    [Fact]
    public void A_listing_line_longer_than_any_value_stops_at_the_line_limit()
    {
        using var temp = new TempFolder();
        string listing = temp.Write("listing.txt", "new\nnews\nSubscribe\nby\ndate\nA Title\n" + new string('a', ReaderLimits.MaxLineLength + 1) + "\n");

        ToolRun run = ToolRun.InProcess("import", "listing", listing, "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(listing + "(7,1): the abstract line has 100001 characters", run.Err);
    }

    [Fact]
    public void An_input_larger_than_the_input_limit_is_refused_without_reading_it_whole()
    {
        using var temp = new TempFolder();
        string bib = temp["huge.bib"];
        using (var stream = File.Create(bib))
        {
            stream.SetLength(ReaderLimits.MaxInputBytes + 1L);
        }

        ToolRun run = ToolRun.InProcess("import", "bibtex", bib, "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(bib + "(1,1): the file has more than 16777216 bytes, the most an input may have (ReaderLimits.MaxInputBytes).", run.Err);
    }

    // Runs the import and checks that it wrote nothing, not even its output folder.
    private static ToolRun Import(string format, string name, string text)
    {
        using var temp = new TempFolder();
        string input = temp.Write(name, text);
        ToolRun run = ToolRun.InProcess("import", format, input, "--out", temp["out"]);
        Assert.False(Directory.Exists(temp["out"]), run.ToString());
        return run;
    }
}
