using PaperCatalog.Tool.Importing.BibTex;
using Xunit;

namespace PaperCatalog.Tool.Tests.Importing.BibTex;

public class LatexTextTests
{
    [Theory]
    [InlineData("G{\\\"o}del", "Gödel")]
    [InlineData("G\\\"{o}del", "Gödel")]
    [InlineData("G\\\"odel", "Gödel")]
    [InlineData("Caf\\'{e} and caf\\'e", "Café and café")]
    [InlineData("Mar{\\'\\i}a", "María")]
    [InlineData("\\`a \\^o \\~n \\=a \\.z \\c{c} \\c c \\v{s} \\u{g} \\H{o} \\r{a} \\k{a}", "à ô ñ ā ż ç ç š ğ ő å ą")]
    [InlineData("{\\ss} {\\o} {\\O} {\\ae} {\\AA} {\\l}ód\\'z", "ß ø Ø æ Å łódź")]
    [InlineData("Tom \\& Jerry: 50\\% \\$5 \\#1 a\\_b", "Tom & Jerry: 50% $5 #1 a_b")]
    [InlineData("{GPT}-3 and {BERT}", "GPT-3 and BERT")]
    [InlineData("\\emph{Deep} \\textbf{Learning}", "Deep Learning")]
    [InlineData("a\\textbraceleft{}b\\textbraceright{} \\textbackslash{}n \\textasciitilde{}", "a{b} \\n ~")]
    [InlineData("Closing the Gap -- A Study", "Closing the Gap -- A Study")]
    [InlineData("Non~breaking and\n   wrapped   lines", "Non breaking and wrapped lines")]
    [InlineData("The $O(n^2)$ bound", "The $O(n^2)$ bound")]
    public void Decodes_common_latex_to_unicode(string latex, string text)
        => Assert.Equal(text, LatexText.Decode(latex));

    [Fact]
    public void Verbatim_values_keep_their_characters()
        => Assert.Equal("https://example.org/a_b~c%7B", LatexText.Verbatim("{https://example.org/a\\_b~c%7B}"));
}
