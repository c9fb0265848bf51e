using PaperCatalog.Lookups;
using Xunit;

namespace PaperCatalog.Tests.Lookups;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Tom B. Brown", "tom b brown")]
    [InlineData("Brown, Tom B.", "tom b brown")]
    [InlineData("  João   Maria Janeiro ", "joao maria janeiro")]
    [InlineData("Sjoerd van Steenkiste", "sjoerd van steenkiste")]
    [InlineData("LCM team", "lcm team")]
    [InlineData("Goran Glavaš", "goran glavas")]
    [InlineData("Łukasz Kaiser", "lukasz kaiser")]
    [InlineData("Søren Ærø Þórsson", "soren aero thorsson")]
    [InlineData("Đorđe Straße Œuvre İlkay ılık", "dorde strasse oeuvre ilkay ilik")]
    [InlineData("Cafe\u0301 Combining", "cafe combining")]
    [InlineData("李 小龙", "李 小龙")]
    [InlineData("", "")]
    public void Author_keys_ignore_case_accents_dots_and_order(string name, string key)
        => Assert.Equal(key, NameNormalizer.AuthorKey(name));

    [Theory]
    [InlineData("10.1000/xyz", "10.1000/xyz")]
    [InlineData("https://doi.org/10.1000/XYZ", "10.1000/XYZ")]
    [InlineData("doi:10.1000/xyz", "10.1000/xyz")]
    [InlineData(" 10.1000/xyz ", "10.1000/xyz")]
    [InlineData("11.1000/xyz", null)]
    [InlineData("10.1000", null)]
    [InlineData(null, null)]
    public void Doi_keys_drop_resolver_prefixes(string? doi, string? key)
        => Assert.Equal(key, NameNormalizer.DoiKey(doi));
}
