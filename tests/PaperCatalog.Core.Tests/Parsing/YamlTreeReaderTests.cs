using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Parsing;
using Xunit;
using static PaperCatalog.Core.Tests.Infrastructure.Parsed;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// Invalid YAML on which YamlDotNet throws something other than a YamlException ends as a located PAPER001, not as
/// PAPER022 at the start of the file. Both cases were found by the hardening tests.
/// </summary>
public class YamlTreeReaderTests
{
    [Theory]
    [InlineData("title: \"\\uDF93\\u9F72\"\n")]
    [InlineData("title: \"\\uD800\\uD800\"\n")]
    [InlineData("title: \"\\uDC00\\U0001F600\"\n")]
    public void An_escape_that_is_half_a_surrogate_pair_is_invalid_yaml_at_the_escape(string line)
    {
        // The scanner reports where it stopped: just after the second escape, inside the value.
        DiagnosticInfo diagnostic = Assert.Single(EntryParser.Parse("papers/surrogate.yaml", "id: surrogate\n" + line).Diagnostics);
        Assert.Equal("PAPER001", diagnostic.Id);
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.InRange(diagnostic.Span.StartColumn, "title: \"".Length, line.Length - 2);
        Assert.Equal("The file is not valid YAML: While scanning a quoted scalar, found invalid Unicode surrogates.", diagnostic.FormatMessage());
    }

    [Theory]
    [InlineData("id: x\nkeywords: [a, b\nyear: 2020\n", 2, 0)]
    [InlineData("id: x\nauthors:\n  - name: [Team\n    orcid: x\n", 3, 4)]
    public void A_flow_collection_left_open_is_invalid_yaml_where_the_next_line_starts(string yaml, int line, int column)
    {
        DiagnosticInfo diagnostic = Assert.Single(EntryParser.Parse("papers/open.yaml", yaml).Diagnostics);
        AssertAt(diagnostic, "PAPER001", line, column);
        Assert.Equal(
            "The file is not valid YAML: While scanning a flow collection ('[' or '{'), found a line indented less than the collection; is a ']' or '}' missing?",
            diagnostic.FormatMessage());
    }
}
