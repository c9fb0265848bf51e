using System;
using Xunit;

namespace PaperCatalog.Tests;

public class AuthorTests
{
    [Fact]
    public void Person_names_read_and_sort_with_their_particle()
    {
        Author author = Author.Person("Steenkiste", "Sjoerd", nameParticle: "van");
        Assert.Equal("Sjoerd van Steenkiste", author.DisplayName);
        Assert.Equal("van Steenkiste", author.LastName);
        Assert.False(author.IsGroup);
    }

    [Fact]
    public void Suffix_is_read_after_the_name()
        => Assert.Equal("Richard Roe Jr.", Author.Person("Roe", "Richard", nameSuffix: "Jr.").DisplayName);

    [Fact]
    public void A_single_name_person_and_a_group_read_as_that_name()
    {
        Assert.Equal("Amie", Author.Person("Amie", null).DisplayName);
        Author group = Author.Group("LCM team");
        Assert.True(group.IsGroup);
        Assert.Equal("LCM team", group.DisplayName);
        Assert.Equal("LCM team", group.LastName);
    }

    [Fact]
    public void Names_are_required()
    {
        Assert.Throws<ArgumentException>(() => Author.Person(null, " "));
        Assert.Throws<ArgumentException>(() => Author.Group(""));
    }

    [Fact]
    public void Authors_compare_by_value()
        => Assert.Equal(Author.Person("Doe", "Jane"), Author.Person("Doe", "Jane"));
}
