using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// The catalog budget: the worst catalog that passes every limit (as many files at the file limit as the budget
/// holds, each value near the value limit, ten authors of 99,000 characters as in the issue) builds and loads, and one
/// character more is refused with PAPER034 instead of costing the build more.
/// </summary>
public class CatalogBudgetTests
{
    private static readonly int WorstFiles = (int)(CatalogBudget.DefaultMaxCatalogCharacters / EntryLimits.MaxFileLength);

    [Fact]
    public void The_worst_catalog_inside_every_limit_builds_and_one_character_more_is_refused()
    {
        var files = Enumerable.Range(0, WorstFiles).Select(i => ($"papers/w{i:D2}.yaml", (string?)WorstEntry(i, EntryLimits.MaxFileLength))).ToList();
        Assert.Equal(CatalogBudget.DefaultMaxCatalogCharacters, files.Sum(f => (long)f.Item2!.Length));

        GeneratorRun run = HangGuard.Run(() => GeneratorHarness.Run(files), "The worst catalog inside the budget");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var all = (IReadOnlyList<Paper>)run.Load().GetType("PaperCatalog.Papers", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(WorstFiles, all.Count);
        Assert.Equal(99_000, all[0].Authors[9].FamilyNames!.Length);

        // One character more, in one more file: the validator the generator and the build task share refuses that file.
        ParsedFile[] parsed = files.Select(f => EntryParser.Parse(f.Item1, f.Item2)).ToArray();
        ParsedFile extra = EntryParser.Parse("papers/zz.yaml", "id: zz\ntitle: Z\nauthors:\n  - name: Z\nyear: 2020\n");
        Assert.Empty(extra.Diagnostics);
        CatalogModel model = CatalogValidator.Validate(parsed.Append(extra).ToImmutableArray(), GeneratorOptions.Default);

        DiagnosticInfo budget = Assert.Single(model.Diagnostics);
        Assert.Equal("PAPER034", budget.Id);
        Assert.Equal("papers/zz.yaml", budget.Path);
        Assert.Equal(
            $"With this file the catalog's entry files hold {CatalogBudget.DefaultMaxCatalogCharacters + extra.Characters:N0} characters, over the budget of 32,000,000; the entry was left out (see PaperCatalogMaxCatalogCharacters)",
            budget.FormatMessage());
        Assert.Equal(WorstFiles, model.Papers.Count);
    }

    [Fact]
    public void The_budget_counts_every_character_and_follows_the_property()
    {
        string a = WorstEntry(0, 400);
        string b = WorstEntry(1, 600);
        var props = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.PaperCatalogMaxCatalogCharacters"] = "1000" });
        Assert.Empty(GeneratorHarness.Run([("papers/a.yaml", a), ("papers/b.yaml", b)], props).Diagnostics);

        var tight = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.PaperCatalogMaxCatalogCharacters"] = "999" });
        GeneratorRun over = GeneratorHarness.Run([("papers/a.yaml", a), ("papers/b.yaml", b)], tight);
        var diagnostic = Assert.Single(over.Diagnostics);
        Assert.Equal("PAPER034", diagnostic.Id);
        Assert.Equal("papers/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("hold 1,000 characters, over the budget of 999", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64 MB")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e9")]
    public void An_unusable_budget_is_reported_and_the_default_used(string setting)
    {
        var props = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.PaperCatalogMaxCatalogCharacters"] = setting });
        GeneratorRun run = GeneratorHarness.Run([("papers/a.yaml", WorstEntry(0, 400))], props);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PAPER035", diagnostic.Id);
        Assert.Equal($"PaperCatalogMaxCatalogCharacters '{setting}' is not a whole number of characters from 1; the default of 32,000,000 is used", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A valid entry of exactly <paramref name="length"/> characters; at the file limit, most of them in ten family
    /// names of 99,000 characters (the case), the rest in the abstract.
    /// </summary>
    private static string WorstEntry(int index, int length)
    {
        var text = new StringBuilder();
        text.Append("id: w").Append(index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append("\ntitle: Worst case\nyear: 2020\nauthors:\n");
        bool worst = length >= EntryLimits.MaxFileLength;
        int family = worst ? 99_000 : 10;
        for (int i = 0; i < (worst ? 10 : 1); i++)
        {
            text.Append("  - family-names: ").Append('n', family).Append("\n    given-names: G\n");
        }

        text.Append("abstract: ");
        int padding = length - text.Length - 1;
        Assert.InRange(padding, 1, EntryLimits.MaxValueLength);
        text.Append('a', padding).Append('\n');
        Assert.Equal(length, text.Length);
        return text.ToString();
    }
}
