using System.Linq;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Importing.BibTex;
using Xunit;

namespace PaperCatalog.Tool.Tests.Importing.BibTex;

public class BibTexNamesTests
{
    [Fact]
    public void Splits_names_at_and_in_every_bibtex_form()
    {
        var authors = BibTexNames.Parse(
            "Brown, Tom B. and Jean de La Fontaine and van den Hengel, Anton and Smith, Jr., John and {OpenAI} and "
            + "{Barnes and Noble} and Sjoerd van Steenkiste and {\\\"O}zt{\\\"u}rk, Ay{\\c{s}}e and Plato AND others");

        Assert.Equal(
            new[]
            {
                new AuthorDraft("Brown", "Tom B."),
                new AuthorDraft("La Fontaine", "Jean", "de"),
                new AuthorDraft("Hengel", "Anton", "van den"),
                new AuthorDraft("Smith", "John", NameSuffix: "Jr."),
                AuthorDraft.Group("OpenAI"),
                AuthorDraft.Group("Barnes and Noble"),
                new AuthorDraft("Steenkiste", "Sjoerd", "van"),
                new AuthorDraft("Öztürk", "Ayşe"),
                new AuthorDraft("Plato", null),
            },
            authors.ToArray());
    }
}
