using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// No diagnostic reproduces more of a file than a short excerpt, and every message stays on one line: a file that
/// is not an entry (a linked <c>.env</c>) cannot leak into the build log, and no value can forge a log line.
/// </summary>
public class DiagnosticExcerptTests
{
    private const string Rest = "authors:\n  - family-names: Doe\n    given-names: Jane\nyear: 2020\n";

    [Fact]
    public void A_file_that_is_not_an_entry_is_not_quoted()
    {
        const string env = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\nDB_PASSWORD=hunter2-correct-horse\n";
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(("papers/.env.yaml", env)).Diagnostics);

        Assert.Equal("PAPER002", diagnostic.Id);
        string message = diagnostic.GetMessage();
        Assert.DoesNotContain("wJalr", message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS", message, StringComparison.Ordinal);
        Assert.Equal("An entry must be a YAML mapping of keys to values, but this document is a single text of 94 characters, not shown", message);
    }

    [Fact]
    public void A_long_value_is_quoted_as_a_short_excerpt_elided_in_the_middle()
    {
        string doi = "10.1000/" + new string('a', 50_000) + " THE-END";
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(("papers/long.yaml", "id: long\ntitle: T\ndoi: \"" + doi + "\"\n" + Rest)).Diagnostics);

        Assert.Equal("PAPER010", diagnostic.Id);
        string quoted = diagnostic.GetMessage().Split('\'')[1];
        Assert.Equal(DiagnosticInfo.MaxExcerptLength, quoted.Length);
        Assert.Equal("10.1000/" + new string('a', 22) + "\u2026" + "a THE-END", quoted);
    }

    [Fact]
    public void A_long_value_of_escapes_is_cut_between_escapes()
    {
        string key = string.Concat(Enumerable.Repeat("\\u2028", 100));
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(("papers/key.yaml", "id: key\ntitle: T\n\"" + key + "\": x\n" + Rest)).Diagnostics);

        Assert.Equal("PAPER006", diagnostic.Id);
        string quoted = diagnostic.GetMessage().Split('\'')[1];
        // Six characters an escape: five whole escapes before the ellipsis (30 characters), one after it.
        Assert.Equal(string.Concat(Enumerable.Repeat("\\u2028", 5)) + "\u2026" + "\\u2028", quoted);
    }

    [Theory]
    [InlineData("status: \"x\\r\\nsrc/Program.cs(1,1): error CS9999: forged\"\n")]
    [InlineData("\"k\\nsrc/Program.cs(1,1): error CS9999: forged\": 1\n")]
    [InlineData("keywords: [\"a\\u2028src/Program.cs(1,1): error CS9999: forged\"]\n")]
    [InlineData("related: [\"a\\u0085b\"]\n")]
    [InlineData("doi: \"10.1/\\u202Ex\\u2029y\"\n")]
    [InlineData("arxiv: \"hep-th\\n/9901001\"\n")]
    [InlineData("year: \"20\\n20\"\n")]
    public void Every_message_stays_on_one_line_without_bidi_controls(string line)
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/forge.yaml", "id: forge\ntitle: T\n" + line + Rest));

        Assert.NotEmpty(run.Diagnostics);
        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            string message = diagnostic.GetMessage();
            Assert.DoesNotContain(message, c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' || Core.Parsing.InvisibleText.IsBidiControl(c));
        }
    }

    [Fact]
    public void A_duplicate_names_the_other_file_with_a_short_excerpt_of_its_own_value()
    {
        string title = "T";
        string doi = "10.1000/" + new string('b', 400);
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/one.yaml", "id: one\ntitle: " + title + "\ndoi: \"" + doi + "\"\n" + Rest),
            ("papers/two.yaml", "id: two\ntitle: " + title + "\ndoi: \"" + doi + "\"\n" + Rest));

        Assert.Equal(
            ["DOI '10.1000/" + new string('b', 22) + "\u2026" + new string('b', 9) + "' is also used by papers/two.yaml",
             "DOI '10.1000/" + new string('b', 22) + "\u2026" + new string('b', 9) + "' is also used by papers/one.yaml"],
            run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).Select(d => d.GetMessage()));
    }
}
