using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;
using static PaperCatalog.Generator.Tests.Hardening.HardeningRuns;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// The generator's side of the core's limit, raw-character and YAML tests: beside the small catalog, each hostile
/// file neither crashes nor hangs the generator, leaves the other entries generated and compiling, and is reported
/// with exactly the core's diagnostics, at the same places (the core's tests check what those are).
/// </summary>
public class HostileFilesTests
{
    private const string Head = "id: big\ntitle: Big\nauthors:\n  - name: Team\nyear: 2020\n";

    private static readonly Dictionary<string, Func<string>> Files = new()
    {
        ["billion laughs"] = () => "a: &a [\"lol\", \"lol\"]\n" + string.Concat("bcdefghi".Select(n => $"{n}: &{n} [{string.Join(", ", Enumerable.Repeat("*" + (char)(n - 1), 9))}]\n")),
        ["merge key"] = () => Head + "venue: x\n<<: *base\n",
        ["deep flow nesting"] = () => "id: " + new string('[', 100_000) + "x" + new string(']', 100_000) + "\n",
        ["50 MB scalar"] = () => "id: big\ntitle: " + new string('a', 50_000_000) + "\n",
        ["a million lines"] = () => string.Concat(Enumerable.Repeat("- a\n", 1_000_000)),
        ["value past the limit"] = () => Head + "abstract: \"" + new string('a', EntryLimits.MaxValueLength + 1) + "\"\n",
        ["150,000 list items"] = () => Head + "keywords:\n" + string.Concat(Enumerable.Repeat("  - k\n", 150_000)),
        ["20,000 keys"] = () => Head + string.Concat(Enumerable.Range(0, 20_000).Select(i => "k" + i + ": 1\n")),
        ["a flood of problems"] = () => Head + "keywords:\n" + string.Concat(Enumerable.Repeat("  - Not A Keyword\n", 500)),
        ["tab indentation"] = () => "id: tabs\ntitle: Tabs\nauthors:\n\t- name: Team\nyear: 2020\n",
        ["raw control character"] = () => "id: raw\ntitle: \"A \u0007 title\"\nauthors:\n  - name: Team\nyear: 2020\n",
        ["nul after the entry"] = () => Head + "\0abstract: hidden\n",
        ["every kind of line break"] = () => "id: lines\r\ntitle: T\rauthors:\n  - name: Team\r\nyear: 2020\nvenue: \"\u0001\"\n",
        ["half a surrogate pair"] = () => "id: surrogate\ntitle: \"\\uD800\\uD800\"\n",
        ["open flow collection"] = () => "id: x\nkeywords: [a, b\nyear: 2020\n",
    };

    public static TheoryData<string> Names() => new(Files.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_file_is_reported_as_the_core_reports_it_and_the_catalog_stays_whole(string name)
    {
        string text = Files[name]();
        GeneratorRun run = RunBesideSmallCatalog("papers/hostile.yaml", text);

        ParsedFile parsed = EntryParser.Parse("papers/hostile.yaml", text);
        Assert.NotEmpty(parsed.Diagnostics);
        Assert.Equal(
            parsed.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn, d.FormatMessage())),
            run.Diagnostics.Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return (d.Id, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character, d.GetMessage(CultureInfo.InvariantCulture));
            }));
    }

    [Fact]
    public void A_flood_of_problems_across_entries_is_cut_too()
    {
        // Nearly as many unknown references as a list may hold: this once cost seconds (every rejection hashed the
        // whole file's model), so a regression shows in the suite's time.
        string yaml = Head + "related:\n" + string.Concat(Enumerable.Range(0, EntryLimits.MaxCollectionItems - 1).Select(i => "  - missing-" + i + "\n"));
        GeneratorRun run = RunBesideSmallCatalog("papers/flood.yaml", yaml);

        Assert.Equal(EntryLimits.MaxDiagnosticsPerFile, run.Diagnostics.Count(d => d.Id == "PAPER020"));
        AssertAt(run.Diagnostics.Last(), "PAPER025", 6 + EntryLimits.MaxDiagnosticsPerFile, 4);
    }

    [Fact]
    public void A_value_at_the_limit_is_generated_whole()
    {
        string value = new('a', EntryLimits.MaxValueLength);
        GeneratorRun run = GeneratorHarness.Run(("papers/long.yaml", Head + "abstract: " + value + "\n"));
        Assert.Empty(run.Diagnostics);
        var paper = (Paper)run.Load().GetType("PaperCatalog.Papers", true)!.GetProperty("Big")!.GetValue(null)!;
        Assert.Equal(value, paper.Abstract);
    }
}
