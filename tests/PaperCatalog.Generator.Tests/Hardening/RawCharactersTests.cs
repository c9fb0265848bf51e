using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;
using static PaperCatalog.Generator.Tests.Hardening.HardeningRuns;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Characters that may not stand raw in an entry (PAPER026) and files as the compiler decodes them from bytes:
/// invalid UTF-8, UTF-16 and UTF-32 with a BOM, UTF-16 without one.
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
        Diagnostic diagnostic = Single(RunBesideSmallCatalog("papers/raw.yaml", Before + c + After), "PAPER026", 1, 10);
        Assert.Equal(1, diagnostic.Location.SourceSpan.Length);
        Assert.StartsWith("U+" + ((int)c[0]).ToString("X4", CultureInfo.InvariantCulture), diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_same_character_written_as_an_escape_is_kept_exactly(string escaped)
    {
        string c = Regex.Unescape(escaped);
        if (HostileStrings.HasLoneSurrogate(c))
        {
            // No YAML can carry a lone surrogate, escaped or not.
            Diagnostic refused = Assert.Single(RunBesideSmallCatalog("papers/raw.yaml", Before + YamlDoubleQuoted.Quote(c)[1..^1] + After).Diagnostics);
            Assert.Equal(("PAPER001", 1), (refused.Id, refused.Location.GetLineSpan().StartLinePosition.Line));
            return;
        }

        GeneratorRun run = GeneratorHarness.Run(("papers/raw.yaml", Before + YamlDoubleQuoted.Quote(c)[1..^1] + After));
        Assert.Empty(run.Diagnostics);
        Assert.Equal("A " + c + " title", Title(run, "Raw"));
    }

    [Fact]
    public void A_nul_after_a_complete_entry_is_refused_rather_than_read_as_the_end()
    {
        // YamlDotNet stops reading at a NUL: without the check, the keys after it would silently vanish.
        string yaml = "id: nul\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n\0abstract: hidden\n";
        Single(RunBesideSmallCatalog("papers/nul.yaml", yaml), "PAPER026", 5, 0);
    }

    [Fact]
    public void Positions_count_every_kind_of_line_break_as_roslyn_does()
    {
        string yaml = "id: lines\r\ntitle: T\rauthors:\n  - name: Team\r\nyear: 2020\nvenue: \"\u0001\"\n";
        Single(RunBesideSmallCatalog("papers/lines.yaml", yaml), "PAPER026", 5, 8);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_refused_where_the_decoder_replaced_them()
    {
        byte[] bytes = Utf8("id: bad-bytes\ntitle: \"Caf").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Utf8("\"\nauthors:\n  - name: Team\nyear: 2020\n")).ToArray();
        Diagnostic diagnostic = Single(RunBesideSmallCatalog(InMemoryAdditionalText.FromBytes("papers/bad-bytes.yaml", bytes)), "PAPER026", 1, 11);
        Assert.Contains("not valid UTF-8", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8 (CESU-8)
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong '/'
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
    [InlineData(new byte[] { 0xE2, 0x82 })] // a sequence cut short
    public void Every_kind_of_invalid_utf8_is_refused(byte[] invalid)
    {
        byte[] bytes = Utf8("id: bad-bytes\ntitle: \"x").Concat(invalid).Concat(Utf8("y\"\nauthors:\n  - name: Team\nyear: 2020\n")).ToArray();
        Single(RunBesideSmallCatalog(InMemoryAdditionalText.FromBytes("papers/bad-bytes.yaml", bytes)), "PAPER026", 1, 9);
    }

    [Fact]
    public void Invalid_utf8_in_a_comment_is_refused_too()
    {
        // The file is not what its author saved, wherever that is; the check does not try to tell comments apart.
        byte[] bytes = Utf8("# note ").Append((byte)0xFF).Concat(Utf8("\nid: x\n")).ToArray();
        Assert.Equal("PAPER026", Assert.Single(RunBesideSmallCatalog(InMemoryAdditionalText.FromBytes("papers/comment.yaml", bytes)).Diagnostics).Id);
    }

    [Fact]
    public void A_replacement_character_written_as_an_escape_is_kept()
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/raw.yaml", Before + "\\uFFFD" + After));
        Assert.Empty(run.Diagnostics);
        Assert.Equal("A \uFFFD title", Title(run, "Raw"));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-8")]
    public void A_file_with_a_byte_order_mark_reads_correctly(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        const string title = "Caf\u00E9 \uD83D\uDE00 \u4E2D\u6587";
        byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes("id: bom\ntitle: \"" + title + "\"\nauthors:\n  - name: Team\nyear: 2020\n")).ToArray();

        GeneratorRun run = GeneratorHarness.Run([InMemoryAdditionalText.FromBytes("papers/bom.yaml", bytes)]);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(title, Title(run, "Bom"));
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_refused_at_its_first_nul()
        => Single(RunBesideSmallCatalog(InMemoryAdditionalText.FromBytes("papers/utf16.yaml", Encoding.Unicode.GetBytes("id: x\n"))), "PAPER026", 0, 1);

    [Fact]
    public void A_byte_order_mark_left_in_the_text_is_skipped_and_positions_still_count_it()
    {
        // A host that keeps the BOM as U+FEFF: YamlDotNet would read it into the first key ("\uFEFFid").
        string yaml = "\uFEFFid: Bad_Id\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n";
        Single(RunBesideSmallCatalog("papers/bom.yaml", yaml), "PAPER015", 0, 5);

        GeneratorRun run = GeneratorHarness.Run(("papers/bom.yaml", yaml.Replace("Bad_Id", "bom", StringComparison.Ordinal)));
        Assert.Empty(run.Diagnostics);
        Assert.Equal("T", Title(run, "Bom"));
    }

    [Fact]
    public void A_second_byte_order_mark_is_no_key()
        => Assert.Contains(RunBesideSmallCatalog("papers/bom.yaml", "\uFEFF\uFEFFid: x\n").Diagnostics, d => d.Id == "PAPER006");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Title(GeneratorRun run, string member)
        => ((Paper)run.Load().GetType("PaperCatalog.Papers", throwOnError: true)!.GetProperty(member)!.GetValue(null)!).Title;
}
