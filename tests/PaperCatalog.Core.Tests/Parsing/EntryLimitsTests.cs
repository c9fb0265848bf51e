using System;
using System.Linq;
using System.Text;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using Xunit;
using static PaperCatalog.Core.Tests.Infrastructure.Parsed;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// Each oversized or pathological file ends with one located diagnostic and costs little memory. Sizes are chosen
/// far past each limit; times are never asserted.
/// </summary>
public class EntryLimitsTests
{
    private const string Head = "id: big\ntitle: Big\nauthors:\n  - name: Team\nyear: 2020\n";

    private const long SmallAllocation = 1024 * 1024;

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor_without_expansion()
    {
        var yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char name = 'b'; name <= 'i'; name++)
        {
            string previous = "*" + (char)(name - 1);
            yaml.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
        }

        (ParsedFile file, long allocated) = Measured("papers/lol.yaml", yaml.ToString());
        Single(file, "PAPER023", 0, 3);
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void An_alias_to_an_anchor_defined_nowhere_is_refused_where_it_is()
        => Single("papers/alias.yaml", Head + "abstract: *nowhere\n", "PAPER023", 5, 10);

    [Fact]
    public void A_merge_key_is_refused_at_its_alias()
        => Single("papers/merge.yaml", Head + "venue: x\n<<: *base\n", "PAPER023", 6, 4);

    [Theory]
    [InlineData("flow lists", "[", "]")]
    [InlineData("flow mappings", "{a: ", "}")]
    [InlineData("compact block lists", "- ", "")]
    public void Nesting_thousands_of_levels_deep_is_refused_at_the_limit(string what, string open, string close)
    {
        const int levels = 100_000;
        string yaml = "id: " + (close.Length == 0 ? "\n  " : string.Empty) + string.Concat(Enumerable.Repeat(open, levels)) + "x" + string.Concat(Enumerable.Repeat(close, levels)) + "\n";
        Assert.True(yaml.Length < EntryLimits.MaxFileLength, what);

        (ParsedFile file, long allocated) = Measured("papers/deep.yaml", yaml);
        DiagnosticInfo diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("PAPER025", diagnostic.Id);
        Assert.Contains("64 levels of nesting", diagnostic.FormatMessage(), StringComparison.Ordinal);
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void Nesting_block_mappings_deeply_is_refused_at_the_limit()
    {
        var yaml = new StringBuilder("id: deep\nabstract:\n");
        for (int level = 1; level <= 500; level++)
        {
            yaml.Append(' ', level * 2).Append("a:\n");
        }

        // The mapping on line 65 (0-based) is at depth 64, so its first key, indented 128, is one level too deep.
        Single("papers/deep.yaml", yaml.ToString(), "PAPER025", 65, 128);
    }

    [Fact]
    public void A_50_MB_scalar_is_refused_by_the_file_limit_before_parsing()
    {
        string yaml = "id: big\ntitle: " + new string('a', 50_000_000) + "\n";

        // The limit is crossed on line 2 (0-based 1), which starts at offset 8.
        (ParsedFile file, long allocated) = Measured("papers/big.yaml", yaml);
        Single(file, "PAPER025", 1, EntryLimits.MaxFileLength - 8);
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void A_file_of_a_million_short_lines_is_refused_where_it_passes_the_file_limit()
    {
        string yaml = string.Concat(Enumerable.Repeat("- a\n", 1_000_000));

        (ParsedFile file, long allocated) = Measured("papers/lines.yaml", yaml);
        Single(file, "PAPER025", EntryLimits.MaxFileLength / 4, 0);
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused_at_the_value()
    {
        string yaml = Head + "abstract: \"" + new string('a', EntryLimits.MaxValueLength + 1) + "\"\n";
        DiagnosticInfo diagnostic = Single("papers/long.yaml", yaml, "PAPER025", 5, 10);
        Assert.Contains("100,000 characters in one value", diagnostic.FormatMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_at_the_limit_is_kept()
    {
        string value = new('a', EntryLimits.MaxValueLength);
        Assert.Equal(value, Entry("papers/long.yaml", Head + "abstract: " + value + "\n").Abstract);
    }

    [Fact]
    public void A_list_of_150_000_items_is_refused_at_the_first_item_past_the_limit()
    {
        string yaml = Head + "keywords:\n" + string.Concat(Enumerable.Repeat("  - k\n", 150_000));
        Assert.True(yaml.Length < EntryLimits.MaxFileLength);

        DiagnosticInfo diagnostic = Single("papers/list.yaml", yaml, "PAPER025", 6 + EntryLimits.MaxCollectionItems, 4);
        Assert.Contains("10,000 items in one list or mapping", diagnostic.FormatMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_of_20_000_keys_is_refused_at_the_first_key_past_the_limit()
    {
        string yaml = Head + string.Concat(Enumerable.Range(0, 20_000).Select(i => "k" + i + ": 1\n"));
        // Head holds 4 of the root's keys on 5 lines, so key number 10,001 is k9996, on line 5 + 9,996.
        Single("papers/keys.yaml", yaml, "PAPER025", EntryLimits.MaxCollectionItems + 1, 0);
    }

    [Fact]
    public void A_flood_of_problems_is_cut_to_the_limit_with_one_diagnostic_saying_so()
    {
        string yaml = Head + "keywords:\n" + string.Concat(Enumerable.Repeat("  - Not A Keyword\n", 500));
        ParsedFile file = EntryParser.Parse("papers/flood.yaml", yaml);

        Assert.Equal(EntryLimits.MaxDiagnosticsPerFile + 1, file.Diagnostics.Count);
        Assert.Equal(EntryLimits.MaxDiagnosticsPerFile, file.Diagnostics.Count(d => d.Id == "PAPER024"));
        AssertAt(file.Diagnostics.Last(), "PAPER025", 6 + EntryLimits.MaxDiagnosticsPerFile, 4);
    }

    [Fact]
    public void Tabs_used_for_indentation_are_refused_at_the_tab()
        => Single("papers/tabs.yaml", "id: tabs\ntitle: Tabs\nauthors:\n\t- name: Team\nyear: 2020\n", "PAPER001", 3, 0);

    [Fact]
    public void Tabs_between_a_key_and_its_value_are_allowed()
        => Assert.Equal("Tabs", Entry("papers/tabs.yaml", "id:\ttabs\ntitle:\tTabs\t\nauthors:\n  - name:\tTeam\nyear:\t2020\n").Title);
}
