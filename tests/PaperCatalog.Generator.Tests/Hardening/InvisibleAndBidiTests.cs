using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Values a reviewer cannot read as they are: made only of invisible characters (PAPER031), or holding bidirectional
/// controls that display text in another order than it is stored (PAPER032). Both leave the entry out.
/// </summary>
public class InvisibleAndBidiTests
{
    private const string Rest = "authors:\n  - family-names: Doe\n    given-names: Jane\nyear: 2020\n";

    [Theory]
    [InlineData("\\u200B")]
    [InlineData("\\u3164")]
    [InlineData("\\uFEFF")]
    [InlineData("\\u2060")]
    [InlineData("\\u115F\\u1160")]
    [InlineData("\\u200B \\u3164\\u00A0\\uFFA0")]
    [InlineData("\\u2800\\u180E\\u034F\\uFE0F")]
    [InlineData("\\U000E0041\\U000E0042")]
    public void A_title_of_invisible_characters_only_is_refused(string escaped)
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/blank.yaml", "id: blank\ntitle: \"" + escaped + "\"\n" + Rest));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PAPER031", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Key 'title' has a value made only of invisible characters", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("Blank", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_invisible_author_name_is_refused_too()
    {
        string text = "id: blank\ntitle: T\nauthors:\n  - name: \"\\u3164\\u3164\"\nyear: 2020\n";
        Assert.Equal(["PAPER031"], GeneratorHarness.Run(("papers/blank.yaml", text)).Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("A\\u200Bword")]
    [InlineData("\\u05E9\\u05DC\\u05D5\\u05DD\\u200F.")]
    [InlineData("Family \\U0001F468\\u200D\\U0001F469\\u200D\\U0001F467")]
    public void Visible_text_with_invisible_characters_or_bidi_marks_is_kept(string escaped)
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/ok.yaml", "id: ok\ntitle: \"" + escaped + "\"\n" + Rest));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData("\\u202A")]
    [InlineData("\\u202B")]
    [InlineData("\\u202C")]
    [InlineData("\\u202D")]
    [InlineData("\\u202E")]
    [InlineData("\\u2066")]
    [InlineData("\\u2067")]
    [InlineData("\\u2068")]
    [InlineData("\\u2069")]
    public void A_bidirectional_control_in_a_title_is_refused(string escaped)
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/trojan.yaml", "id: trojan\ntitle: \"Safe " + escaped + "elif title\"\n" + Rest));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PAPER032", diagnostic.Id);
        string code = escaped.Substring(2);
        Assert.Equal("The value of 'title' holds the bidirectional control U+" + code + ", which can make text display in another order than it is read; remove it", diagnostic.GetMessage());
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("Trojan", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id: \"tro\\u202Ejan\"\ntitle: T\n" + Rest, "id")]
    [InlineData("id: trojan\ntitle: T\nkeywords: [\"ml\\u2066x\"]\n" + Rest, "keywords")]
    [InlineData("id: trojan\ntitle: T\nrelated: [\"other\\u2069\"]\n" + Rest, "related")]
    [InlineData("id: trojan\ntitle: T\nauthors:\n  - family-names: \"D\\u202Doe\"\n    given-names: Jane\nyear: 2020\n", "family-names")]
    public void A_bidirectional_control_in_any_value_or_id_is_refused(string text, string key)
    {
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(("papers/trojan.yaml", text)).Diagnostics);
        Assert.Equal("PAPER032", diagnostic.Id);
        Assert.StartsWith("The value of '" + key + "' holds", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }
}
