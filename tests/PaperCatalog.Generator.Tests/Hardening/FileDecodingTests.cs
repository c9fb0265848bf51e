using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;
using static PaperCatalog.Generator.Tests.Hardening.HardeningRuns;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Entry files given as bytes, decoded as the compiler decodes them: invalid UTF-8 is refused where the decoder
/// replaced it (PAPER026), UTF-16 and UTF-32 with a BOM read correctly, UTF-16 without one is refused. What the core
/// does with the decoded text is tested in the core's RawCharactersTests.
/// </summary>
public class FileDecodingTests
{
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
        Assert.Equal(title, ((Paper)run.Load().GetType("PaperCatalog.Papers", throwOnError: true)!.GetProperty("Bom")!.GetValue(null)!).Title);
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_refused_at_its_first_nul()
        => Single(RunBesideSmallCatalog(InMemoryAdditionalText.FromBytes("papers/utf16.yaml", Encoding.Unicode.GetBytes("id: x\n"))), "PAPER026", 0, 1);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
