using PaperCatalog.Tool.Entries;
using Xunit;

namespace PaperCatalog.Tool.Tests.Entries;

public class PersonNameTests
{
    [Theory]
    [InlineData("Tom B. Brown", "Brown", "Tom B.", null, null)]
    [InlineData("  Tom   B.  Brown ", "Brown", "Tom B.", null, null)]
    [InlineData("Anton van den Hengel", "Hengel", "Anton", "van den", null)]
    [InlineData("Marta R. Costa-jussà", "Costa-jussà", "Marta R.", null, null)]
    [InlineData("Brown, Tom B.", "Brown", "Tom B.", null, null)]
    [InlineData("van Steenkiste, Sjoerd", "Steenkiste", "Sjoerd", "van", null)]
    [InlineData("Smith, Jr., John", "Smith", "John", null, "Jr.")]
    [InlineData("John Smith Jr.", "Smith", "John", null, "Jr.")]
    [InlineData("Plato", "Plato", null, null, null)]
    public void Splits_a_person(string name, string family, string? given, string? particle, string? suffix)
        => Assert.Equal(new AuthorDraft(family, given, particle, suffix), PersonName.Parse(name));

    [Theory]
    [InlineData("LCM team")]
    [InlineData("The Open Science Collaboration")]
    public void A_name_ending_in_a_group_word_is_a_group(string name)
        => Assert.Equal(AuthorDraft.Group(name), PersonName.Parse(name));

    [Fact]
    public void A_blank_name_is_no_author() => Assert.Null(PersonName.Parse("   "));
}
