using PaperCatalog.Core.Parsing;
using Xunit;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>The format rules accept exactly their ASCII grammar: nothing after a final line break, no other digits.</summary>
public class ValueRulesTests
{
    [Theory]
    [InlineData("gpt-3", true)]
    [InlineData("gpt-3\n", false)]
    [InlineData("gpt-\u0663", false)]
    [InlineData("g\u0440t-3", false)]
    public void Ids(string value, bool valid) => Assert.Equal(valid, ValueRules.IsValidId(value));

    [Theory]
    [InlineData("10.1234/Sketch.2021", true)]
    [InlineData("10.1234/abc\n", false)]
    [InlineData("10.\u0661\u0662\u0663\u0664/abc", false)]
    [InlineData("10.1234/\u212A", false)]
    public void Dois(string value, bool valid) => Assert.Equal(valid, ValueRules.IsValidDoi(value));

    [Theory]
    [InlineData("https://orcid.org/0000-0002-1825-0097", true)]
    [InlineData("https://orcid.org/0000-0002-1825-0097\n", false)]
    [InlineData("https://orcid.org/0000-0002-1825-\u0660\u0660\u0669\u0667", false)]
    public void Orcids(string value, bool valid) => Assert.Equal(valid, ValueRules.IsValidOrcid(value));

    [Theory]
    [InlineData("cs.CL", true)]
    [InlineData("cs.CL\n", false)]
    public void Primary_classes(string value, bool valid) => Assert.Equal(valid, ValueRules.IsValidPrimaryClass(value));

    [Theory]
    [InlineData("https://example.org/a\"b{c}*/d</summary>#if", true)]
    [InlineData("https://example.org/\u202Eexe.txt", false)]
    [InlineData("https://example.org/a\u0085b", false)]
    [InlineData("https://example.org/a\u00A0b", false)]
    [InlineData("https://example.org/a\u200Bb", false)]
    public void Urls(string value, bool valid) => Assert.Equal(valid, ValueRules.IsValidHttpUrl(value));
}
