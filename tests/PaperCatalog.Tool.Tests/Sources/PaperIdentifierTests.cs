using PaperCatalog.Tool.Sources;
using Xunit;

namespace PaperCatalog.Tool.Tests.Sources;

public class PaperIdentifierTests
{
    [Theory]
    [InlineData("2005.14165", "2005.14165")]
    [InlineData("arXiv:2005.14165v4", "2005.14165")]
    [InlineData("arxiv:2005.14165", "2005.14165")]
    [InlineData("https://arxiv.org/abs/2005.14165v2", "2005.14165")]
    [InlineData("https://www.arxiv.org/abs/2005.14165", "2005.14165")]
    [InlineData("http://arxiv.org/pdf/2005.14165v1.pdf", "2005.14165")]
    [InlineData("https://arxiv.org/pdf/2005.14165", "2005.14165")]
    [InlineData("10.48550/arXiv.2005.14165", "2005.14165")]
    [InlineData("https://doi.org/10.48550/arXiv.2005.14165", "2005.14165")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("arXiv:math.GT/0309136", "math.GT/0309136")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    public void Arxiv_ids_in_every_form_give_the_canonical_id(string input, string expected)
    {
        PaperIdentifier? id = PaperIdentifier.TryParse(input, out _);

        Assert.Equal(new PaperIdentifier(IdentifierKind.Arxiv, expected, input), id);
    }

    [Theory]
    [InlineData("10.18653/v1/2022.acl-long.244")]
    [InlineData("doi:10.18653/v1/2022.acl-long.244")]
    [InlineData("DOI:10.18653/V1/2022.ACL-LONG.244")]
    [InlineData("https://doi.org/10.18653/v1/2022.acl-long.244")]
    [InlineData("http://dx.doi.org/10.18653/v1/2022.acl-long.244")]
    [InlineData("https://doi.org/10.18653%2Fv1%2F2022.acl-long.244")]
    [InlineData("  10.18653/v1/2022.acl-long.244 ")]
    public void Dois_in_every_form_give_the_lower_case_doi(string input)
    {
        PaperIdentifier? id = PaperIdentifier.TryParse(input, out _);

        Assert.Equal(new PaperIdentifier(IdentifierKind.Doi, "10.18653/v1/2022.acl-long.244", input), id);
    }

    [Theory]
    [InlineData("gpt-3")]
    [InlineData("2213.01234")]
    [InlineData("https://example.org/paper")]
    [InlineData("")]
    public void Other_text_is_neither(string input)
    {
        Assert.Null(PaperIdentifier.TryParse(input, out string reason));
        Assert.StartsWith("'" + input + "' is neither an arXiv id", reason);
    }
}
