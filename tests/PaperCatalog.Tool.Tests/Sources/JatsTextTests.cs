using PaperCatalog.Tool.Sources.Crossref;
using Xunit;

namespace PaperCatalog.Tool.Tests.Sources;

public class JatsTextTests
{
    [Theory]
    [InlineData("<jats:title>Abstract</jats:title><jats:p>One <jats:italic>two</jats:italic>.</jats:p><jats:p>Three.</jats:p>", "One two. Three.")]
    [InlineData("<jats:p>H<jats:sub>2</jats:sub>O &amp; CO<jats:sup>2</jats:sup> &lt; 5%</jats:p>", "H2O & CO2 < 5%")]
    [InlineData("<jats:sec><jats:title>Background</jats:title><jats:p>Line\n  wrapped</jats:p></jats:sec>", "Line wrapped")]
    [InlineData("Plain text without markup", "Plain text without markup")]
    public void Jats_becomes_one_line_of_plain_text(string jats, string expected)
        => Assert.Equal(expected, JatsText.ToPlainText(jats));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<jats:p> </jats:p>")]
    public void An_empty_abstract_is_none(string? jats) => Assert.Null(JatsText.ToPlainText(jats));
}
