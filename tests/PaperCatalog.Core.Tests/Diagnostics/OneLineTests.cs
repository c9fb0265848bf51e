using System.Linq;
using PaperCatalog.Core.Diagnostics;
using Xunit;

namespace PaperCatalog.Core.Tests.Diagnostics;

/// <summary>The excerpt rule every message argument goes through.</summary>
public class OneLineTests
{
    [Theory]
    [InlineData("short", "short")]
    [InlineData("exactly forty characters long, no more..", "exactly forty characters long, no more..")]
    [InlineData("exactly forty-one characters long, one more", "exactly forty-one characters l\u2026 one more")]
    public void Text_up_to_the_limit_is_kept_and_longer_text_elided_in_the_middle(string value, string expected)
    {
        Assert.Equal(expected, OneLine.Excerpt(value, 40));
        Assert.True(OneLine.Excerpt(value, 40).Length <= 40);
    }

    [Fact]
    public void Escapes_count_toward_the_limit_and_are_never_split()
    {
        string excerpt = OneLine.Excerpt(new string('\u202E', 50), 40);
        Assert.Equal(string.Concat(Enumerable.Repeat("\\u202E", 5)) + "\u2026" + "\\u202E", excerpt);
    }

    [Fact]
    public void A_surrogate_pair_is_never_split_and_a_lone_half_is_escaped()
    {
        string value = new string('a', 29) + "\U0001F600" + new string('b', 20) + "\uD800";
        string excerpt = OneLine.Excerpt(value, 40);
        Assert.Equal(new string('a', 29) + "\u2026" + "bbbb\\uD800", excerpt);
        Assert.DoesNotContain(excerpt, char.IsSurrogate);
    }

    [Theory]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("a\u2028b\u2029c\u0085d", @"a\u2028b\u2029c\u0085d")]
    [InlineData("x\u2066y\u200Fz\u061C", @"x\u2066y\u200Fz\u061C")]
    [InlineData("tab\there\0", @"tab\there\0")]
    public void Line_breaks_controls_and_bidi_characters_become_escapes(string value, string expected)
        => Assert.Equal(expected, OneLine.Escape(value));

    [Fact]
    public void Cut_keeps_the_start_and_marks_the_cut()
    {
        Assert.Equal("abc\u2026", OneLine.Cut("abcdef", 3));
        Assert.Equal("abc", OneLine.Cut("abc", 3));
        Assert.Equal("a\\n\u2026", OneLine.Cut("a\nb", 3));
        Assert.Equal("a\u2026", OneLine.Cut("a\nb", 2));
    }

    [Fact]
    public void Quoted_arguments_are_excerpts_and_the_generators_own_words_are_not()
    {
        string id = new string('x', 100);
        DiagnosticInfo info = DiagnosticInfo.Create(DiagnosticRules.UnknownReference, "p.yaml", SourceSpan.FileStart, "related", id, "; did you mean 'something'?");
        Assert.Equal(40, info.Arguments[1].Length);
        Assert.Equal("; did you mean 'something'?", info.Arguments[2]);
    }
}
