using System.IO;
using PaperCatalog.Tool.Cited;
using Xunit;

namespace PaperCatalog.Tool.Tests.Cited;

public class CffReferencesUpdaterTests
{
    private const string Block = "references:\n  - type: article\n    title: \"T\"\n    authors:\n      - name: \"A\"\n";

    [Fact]
    public void Without_references_the_block_is_appended_after_a_blank_line()
        => Assert.Equal("cff-version: 1.2.0\ntitle: x\n\n" + Block, CffReferencesUpdater.Update("cff-version: 1.2.0\ntitle: x\n", Block));

    [Fact]
    public void A_block_with_items_at_column_zero_and_inner_comments_is_replaced_whole()
    {
        const string existing = "title: x\nreferences:\n- type: book\n# inner comment\n  title: \"Old\"\n\n# next\nlicense: MIT\n";
        Assert.Equal("title: x\n" + Block + "\n# next\nlicense: MIT\n", CffReferencesUpdater.Update(existing, Block));
    }

    [Fact]
    public void Windows_line_ends_are_kept()
    {
        string updated = CffReferencesUpdater.Update("title: x\r\nreferences: []\r\nlicense: MIT\r\n", Block);
        Assert.Equal("title: x\r\n" + Block.Replace("\n", "\r\n") + "license: MIT\r\n", updated);
    }

    [Fact]
    public void No_papers_removes_the_key_since_cff_forbids_an_empty_list()
        => Assert.Equal("title: x\nlicense: MIT\n", CffReferencesUpdater.Update("title: x\nreferences:\n  - title: a\nlicense: MIT\n", string.Empty));

    [Fact]
    public void A_key_that_only_starts_with_references_is_left_alone()
        => Assert.Equal("references-note: x\n\n" + Block, CffReferencesUpdater.Update("references-note: x\n", Block));

    [Fact]
    public void Invalid_yaml_is_refused_with_its_position()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CffReferencesUpdater.Update("title: \"unclosed\n", Block));
        Assert.StartsWith("the file is not valid YAML (", ex.Message);
    }
}
