using System;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Parsing;
using Xunit;

namespace PaperCatalog.Core.Tests.Diagnostics;

/// <summary>Entry text quoted in a diagnostic message can neither forge log lines nor flood the log.</summary>
public class DiagnosticInfoTests
{
    private const string Valid = "id: sample\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n";

    [Fact]
    public void A_value_with_line_breaks_cannot_forge_a_diagnostic_line()
    {
        const string forged = "x\r\nsrc/Program.cs(1,1): error CS0000: forged\u2028\u0085";
        string message = Assert.Single(EntryParser.Parse("papers/sample.yaml", Valid + "status: " + YamlDoubleQuoted.Quote(forged) + "\n").Diagnostics).FormatMessage();

        Assert.DoesNotContain(message, c => c is '\r' or '\n' or '\u2028' or '\u0085');
        // Escaped, and as a quoted value cut to a 40-character excerpt (escapes are never split).
        Assert.StartsWith(@"'x\r\nsrc/Program.cs(1,1): erro" + "\u2026" + @"\u0085' is not allowed for 'status'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_and_control_characters_are_shown_as_escapes()
    {
        DiagnosticInfo info = DiagnosticInfo.Create(DiagnosticRules.UnknownKey, "p.yaml", SourceSpan.FileStart, "a\u202Eb\0c\td\u200Be\U0001F600", string.Empty);
        Assert.Equal(@"a\u202Eb\0c\td\u200Be" + "\U0001F600", info.Arguments[0]);
    }

    [Fact]
    public void A_long_value_is_cut_short_in_the_message()
    {
        string text = Valid.Replace("id: sample", "id: " + new string('X', 50_000), StringComparison.Ordinal);
        DiagnosticInfo diagnostic = Assert.Single(EntryParser.Parse("papers/sample.yaml", text).Diagnostics);

        Assert.Equal("PAPER015", diagnostic.Id);
        // A quoted value: an excerpt of 40 characters, elided in the middle.
        string argument = new string('X', 30) + "\u2026" + new string('X', 9);
        Assert.StartsWith("Id '" + argument + "' must be", diagnostic.FormatMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        string value = new string('a', DiagnosticInfo.MaxArgumentLength - 1) + "\U0001F600";
        // The second argument of PAPER006 is the generator's own words, cut at the end rather than elided.
        string argument = DiagnosticInfo.Create(DiagnosticRules.UnknownKey, "p.yaml", SourceSpan.FileStart, "key", value + "tail").Arguments[1];
        Assert.False(argument.Any(char.IsSurrogate), argument[^3..]);
    }
}
