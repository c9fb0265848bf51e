using PaperCatalog.Identifiers;
using Xunit;

namespace PaperCatalog.Core.Tests.Identifiers;

public class ArxivIdGrammarTests
{
    [Theory]
    [InlineData("0704.0001")]
    [InlineData("1412.9999")]
    [InlineData("1501.00001")]
    [InlineData("2210.02016")]
    [InlineData("2210.02016v1")]
    [InlineData("2210.02016v12")]
    [InlineData("hep-th/9901001")]
    [InlineData("math.GT/0309136")]
    [InlineData("cond-mat/0703999v2")]
    [InlineData("astro-ph/9108001")]
    public void Valid_identifiers_pass(string id) => Assert.Null(ArxivIdGrammar.Validate(id));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2213.01234", "month 13")]
    [InlineData("2200.01234", "month 00")]
    [InlineData("0703.0001", "April 2007")]
    [InlineData("1412.00001", "4 digits")]
    [InlineData("1501.0001", "5 digits")]
    [InlineData("2210.2016", "5 digits")]
    [InlineData("2210.02016v0", "version")]
    [InlineData("2210.02016v", "version")]
    [InlineData("22100.2016", "expected YYMM")]
    [InlineData("HEP-TH/9901001", "archive name")]
    [InlineData("hep-th/990100", "seven digits")]
    [InlineData("hep-th/9913001", "month 13")]
    [InlineData("hep-th/0704001", "9108 to 0703")]
    [InlineData("hep-th/9107001", "9108 to 0703")]
    [InlineData("math.gt/0309136", "archive name")]
    [InlineData("math.\u00C4B/0309136", "archive name")]
    [InlineData("arXiv:2210.02016", "expected YYMM")]
    public void Invalid_identifiers_say_why(string id, string reason)
        => Assert.Contains(reason, ArxivIdGrammar.Validate(id));

    [Theory]
    [InlineData("2210.02016", "2210.02016")]
    [InlineData(" arXiv:2210.02016v3 ", "2210.02016")]
    [InlineData("ARXIV:2210.02016", "2210.02016")]
    [InlineData("https://arxiv.org/abs/2210.02016v2", "2210.02016")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    public void Normalize_strips_prefix_and_version(string input, string expected)
    {
        Assert.True(ArxivIdGrammar.TryNormalize(input, out string canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("math/0309136", "math/0309136")]
    [InlineData(" arXiv:math.GT/0309136v3 ", "math/0309136")]
    [InlineData("https://arxiv.org/abs/cs.AI/0101001", "cs/0101001")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("arXiv:2210.02016v2", "2210.02016")]
    public void Identity_drops_the_subject_class_of_old_style_ids(string input, string expected)
    {
        Assert.True(ArxivIdGrammar.TryGetIdentity(input, out string identity));
        Assert.Equal(expected, identity);
    }

    [Theory]
    [InlineData("math.GT/0309136")]
    [InlineData("2210.02016v2")]
    public void Normalize_keeps_the_subject_class_as_written(string input)
    {
        Assert.True(ArxivIdGrammar.TryNormalize(input, out string canonical));
        Assert.StartsWith(input.Split('v')[0], canonical, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("math.gt/0309136")]
    [InlineData("2210.0201")]
    public void Identity_rejects_what_is_no_identifier(string? input)
        => Assert.False(ArxivIdGrammar.TryGetIdentity(input, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("arXiv:")]
    [InlineData("2210.0201")]
    public void Normalize_rejects_what_is_no_identifier(string? input)
        => Assert.False(ArxivIdGrammar.TryNormalize(input, out _));
}
