using System.IO;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Entries;

public class AtomicFileTests
{
    [Fact]
    public void Writes_utf8_without_a_byte_order_mark_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();

        AtomicFile.Write(temp["a.yaml"], "ü\n", overwrite: false);

        Assert.Equal(new byte[] { 0xC3, 0xBC, 0x0A }, File.ReadAllBytes(temp["a.yaml"]));
        Assert.Equal(new[] { "a.yaml" }, temp.Files());
    }

    [Fact]
    public void A_file_that_appeared_meanwhile_is_not_replaced_and_no_temporary_file_is_left()
    {
        using var temp = new TempFolder();
        temp.Write("a.yaml", "first\n");

        Assert.Throws<IOException>(() => AtomicFile.Write(temp["a.yaml"], "second\n", overwrite: false));

        Assert.Equal("first\n", File.ReadAllText(temp["a.yaml"]));
        Assert.Equal(new[] { "a.yaml" }, temp.Files());
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<UsageException>(() => AtomicFile.Write(temp["no/a.yaml"], "x", overwrite: true));

        Assert.Contains("does not exist", error.Message);
    }
}
