using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Parsing;
using Xunit;
using static PaperCatalog.Core.Tests.Infrastructure.Parsed;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// Characters that may not stand raw in an entry (PAPER026), and the same characters written as escapes, which are
/// kept. How the compiler decodes a file's bytes into this text is the generator tests' concern.
/// </summary>
public class RawCharactersTests
{
    private const string Before = "id: raw\ntitle: \"A ";

    private const string After = " title\"\nauthors:\n  - name: Team\nyear: 2020\n";

    /// <summary>Every character refused raw, as a C# escape (xUnit would mangle a lone surrogate in InlineData).</summary>
    public static TheoryData<string> Refused()
    {
        var data = new TheoryData<string>();
        foreach (int c in Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)))
        {
            data.Add($"\\u{c:X4}");
        }

        foreach (string c in new[] { @"\u2028", @"\u2029", @"\uFFFD", @"\uFFFE", @"\uFFFF", @"\uD800", @"\uDBFF", @"\uDC00", @"\uDFFF" })
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_character_is_reported_where_it_stands(string escaped)
    {
        string c = Regex.Unescape(escaped);
        DiagnosticInfo diagnostic = Single("papers/raw.yaml", Before + c + After, "PAPER026", 1, 10);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.StartsWith("U+" + ((int)c[0]).ToString("X4", CultureInfo.InvariantCulture), diagnostic.FormatMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_same_character_written_as_an_escape_is_kept_exactly(string escaped)
    {
        string c = Regex.Unescape(escaped);
        string yaml = Before + YamlDoubleQuoted.Quote(c)[1..^1] + After;
        if (HostileStrings.HasLoneSurrogate(c))
        {
            // No YAML can carry a lone surrogate, escaped or not.
            DiagnosticInfo refused = Assert.Single(EntryParser.Parse("papers/raw.yaml", yaml).Diagnostics);
            Assert.Equal(("PAPER001", 1), (refused.Id, refused.Span.StartLine));
            return;
        }

        Assert.Equal("A " + c + " title", Entry("papers/raw.yaml", yaml).Title);
    }

    [Fact]
    public void A_nul_after_a_complete_entry_is_refused_rather_than_read_as_the_end()
    {
        // YamlDotNet stops reading at a NUL: without the check, the keys after it would silently vanish.
        string yaml = "id: nul\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n\0abstract: hidden\n";
        Single("papers/nul.yaml", yaml, "PAPER026", 5, 0);
    }

    [Fact]
    public void Positions_count_every_kind_of_line_break_as_roslyn_does()
    {
        string yaml = "id: lines\r\ntitle: T\rauthors:\n  - name: Team\r\nyear: 2020\nvenue: \"\u0001\"\n";
        Single("papers/lines.yaml", yaml, "PAPER026", 5, 8);
    }

    [Fact]
    public void A_replacement_character_standing_for_invalid_utf8_is_refused_as_such()
    {
        // A decoder writes U+FFFD for bytes that are not UTF-8: the file is not what its author saved.
        DiagnosticInfo diagnostic = Single("papers/bad-bytes.yaml", "id: bad-bytes\ntitle: \"Caf\uFFFD(\uFFFD\"\n", "PAPER026", 1, 11);
        Assert.Contains("not valid UTF-8", diagnostic.FormatMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_character_written_as_an_escape_is_kept()
        => Assert.Equal("A \uFFFD title", Entry("papers/raw.yaml", Before + "\\uFFFD" + After).Title);

    [Fact]
    public void A_byte_order_mark_left_in_the_text_is_skipped_and_positions_still_count_it()
    {
        // A host that keeps the BOM as U+FEFF: YamlDotNet would read it into the first key ("\uFEFFid").
        string yaml = "\uFEFFid: Bad_Id\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n";
        Single("papers/bom.yaml", yaml, "PAPER015", 0, 5);
        Assert.Equal("T", Entry("papers/bom.yaml", yaml.Replace("Bad_Id", "bom", StringComparison.Ordinal)).Title);
    }

    [Fact]
    public void A_second_byte_order_mark_is_no_key()
        => Assert.Contains(EntryParser.Parse("papers/bom.yaml", "\uFEFF\uFEFFid: x\n").Diagnostics, d => d.Id == "PAPER006");
}
