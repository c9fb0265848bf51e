using System;
using System.Linq;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>arXiv identifiers are compared as arXiv defines a paper's identity: an old-style id without its subject class.</summary>
public class ArxivIdentityTests
{
    private const string Rest = "authors:\n  - family-names: Doe\n    given-names: Jane\nyear: 2003\n";

    [Theory]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("math.GT/0309136v2", "math.AG/0309136")]
    [InlineData("cs.AI/0101001", "cs/0101001v3")]
    public void One_old_style_paper_with_and_without_its_subject_class_is_a_duplicate(string first, string second)
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/first.yaml", "id: first\ntitle: T\narxiv: \"" + first + "\"\n" + Rest),
            ("papers/second.yaml", "id: second\ntitle: T\narxiv: \"" + second + "\"\n" + Rest));

        Assert.Equal(
            ["papers/first.yaml: arXiv id '" + first + "' is also used by papers/second.yaml",
             "papers/second.yaml: arXiv id '" + second + "' is also used by papers/first.yaml"],
            run.Diagnostics.Where(d => d.Id == "PAPER017")
                .Select(d => d.Location.GetLineSpan().Path + ": " + d.GetMessage())
                .OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_number_in_another_archive_is_another_paper()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/first.yaml", "id: first\ntitle: T\narxiv: \"math.GT/0309136\"\n" + Rest),
            ("papers/second.yaml", "id: second\ntitle: T\narxiv: \"hep-th/0309136\"\n" + Rest));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void The_compiled_catalog_finds_an_old_style_paper_with_or_without_its_subject_class()
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/knot.yaml", "id: knot\ntitle: Knots\narxiv: \"math.GT/0309136\"\n" + Rest));
        Type papers = run.Load().GetType("PaperCatalog.Papers", throwOnError: true)!;
        var find = papers.GetMethod("FindByArxivId", [typeof(string)])!;

        foreach (string query in new[] { "math.GT/0309136", "math/0309136", "arXiv:math/0309136v2", "https://arxiv.org/abs/math.GT/0309136" })
        {
            Assert.Equal("knot", ((Paper?)find.Invoke(null, [query]))?.Id);
        }

        Assert.Null(find.Invoke(null, ["hep-th/0309136"]));
    }
}
