using PaperCatalog.Tool.Importing;
using PaperCatalog.Tool.Importing.BibTex;
using Xunit;

namespace PaperCatalog.Tool.Tests.Importing.BibTex;

public class BibTexReaderTests
{
    [Fact]
    public void Reads_braced_quoted_numeric_and_macro_values()
    {
        var entries = BibTexReader.Read("x.bib", """
            Free text is a comment, even with an e-mail@example.org in it.
            @String{acl = {Proceedings of the {ACL}}}
            @comment{ anything {nested} }
            @ARTICLE(Key:2020-a,
              Title = {A {Nested {Deep}} Title},
              author = "Doe, Jane and {Smith \& Sons}",
              year = 2020,
              month = jan,
              booktitle = acl # { 2020},
              note = "a {"}quoted{"} word",
            )
            """);

        BibTexEntry entry = Assert.Single(entries);
        Assert.Equal(("article", "Key:2020-a", 4), (entry.Type, entry.Key, entry.Line));
        Assert.Equal("A {Nested {Deep}} Title", entry.Field("title"));
        Assert.Equal("Doe, Jane and {Smith \\& Sons}", entry.Field("author"));
        Assert.Equal("2020", entry.Field("year"));
        Assert.Equal("January", entry.Field("month"));
        Assert.Equal("Proceedings of the {ACL} 2020", entry.Field("booktitle"));
        // Inside quotes, BibTeX ends the value at a '"' outside braces, backslash or not; braces protect one.
        Assert.Equal("a {\"}quoted{\"} word", entry.Field("note"));
    }

    [Theory]
    [InlineData("@article{k, title = {Open", "(1,21): malformed BibTeX: the '{' opening the value of field 'title' is never closed.")]
    [InlineData("@article{k,\n  title = \"Open}\n", "(2,16): malformed BibTeX: unbalanced '}' in the value of field 'title'.")]
    [InlineData("@article{k,\n  title {T}\n}", "(2,9): malformed BibTeX: expected '=' after field 'title' in entry 'k'.")]
    [InlineData("@article{k,\n  title = {T}\n  year = 2020\n}", "(3,3): malformed BibTeX: expected ',' or '}' in entry 'k' (opened at line 1)")]
    [InlineData("@article{k, journal = jcp}", "(1,23): malformed BibTeX: 'jcp' in field 'journal' is not a defined @string macro.")]
    [InlineData("@article{, title = {T}}", "(1,1): malformed BibTeX: the @article entry has no citation key.")]
    [InlineData("@article k, title = {T}}", "(1,10): malformed BibTeX: expected '{' after '@article'.")]
    [InlineData("@article{k, title = }", "(1,21): malformed BibTeX: unexpected '}' where the value of field 'title' should be")]
    public void Malformed_input_is_reported_at_its_line_and_column(string text, string message)
    {
        var error = Assert.Throws<InputFormatException>(() => BibTexReader.Read("x.bib", text));

        Assert.StartsWith("x.bib" + message, error.Message);
    }
}
