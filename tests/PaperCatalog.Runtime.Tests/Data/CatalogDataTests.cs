using System;
using System.IO;
using PaperCatalog.Data;
using Xunit;

namespace PaperCatalog.Tests.Data;

public class CatalogDataTests
{
    private static readonly string[][] OneRecord =
    [
        ["only", "Only", "2024", "", "", "", "", "", "", "", "", "", "", "", "", "", "0", "0", "1", "Poe", "", "", "", "", ""],
    ];

    [Fact]
    public void Reads_the_count_and_digest_of_the_header()
    {
        byte[] bytes = PaperTableTests.Encode(OneRecord);
        bytes[CatalogDataFormat.DigestOffset] = 0xAB;
        CatalogData data = CatalogData.FromBytes(bytes);

        Assert.Equal(1, data.Count);
        Assert.Equal("ab" + new string('0', 62), data.Digest);
        Assert.False(data.IsMapped);
        Assert.Equal("only", new PaperTable(data)[0].Id);
    }

    [Fact]
    public void Refuses_bytes_that_are_not_catalog_data()
    {
        byte[] bytes = PaperTableTests.Encode(OneRecord);
        bytes[0] ^= 0xFF;
        Assert.Contains("not PaperCatalog data", Assert.Throws<InvalidDataException>(() => CatalogData.FromBytes(bytes)).Message);
        Assert.Throws<InvalidDataException>(() => CatalogData.FromBytes(new byte[3]));
    }

    [Fact]
    public void Refuses_another_format_version_naming_both()
    {
        byte[] bytes = PaperTableTests.Encode(OneRecord, version: CatalogDataFormat.Version + 1);
        string message = Assert.Throws<InvalidDataException>(() => CatalogData.FromBytes(bytes)).Message;
        Assert.Contains("version " + (CatalogDataFormat.Version + 1), message);
        Assert.Contains("reads version " + CatalogDataFormat.Version, message);
    }

    [Fact]
    public void Refuses_truncated_or_padded_data()
    {
        byte[] bytes = PaperTableTests.Encode(OneRecord);
        Assert.Throws<InvalidDataException>(() => CatalogData.FromBytes(bytes[..^1]));
        Assert.Throws<InvalidDataException>(() => CatalogData.FromBytes([.. bytes, 0]));
    }

    [Fact]
    public void An_assembly_without_the_resource_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CatalogData.FromResource(typeof(CatalogDataTests).Assembly, new string('0', 64), 1));
        Assert.Contains("has no embedded resource '" + CatalogDataFormat.ResourceName + "'", ex.Message);
        Assert.Contains("PaperCatalog.Generator", ex.Message);
    }
}
