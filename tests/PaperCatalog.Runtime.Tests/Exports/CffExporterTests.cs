using System;
using System.Linq;
using System.Text.Json.Nodes;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class CffExporterTests
{
    private const string DocumentHead =
        "cff-version: 1.2.0\n" +
        "message: \"Please cite the papers below.\"\n" +
        "title: \"PaperCatalog test fixtures\"\n" +
        "authors:\n" +
        "  - name: \"PaperCatalog contributors\"\n";

    [Fact]
    public void Conference_paper_with_doi_date_orcid_and_code()
    {
        const string expected =
            "- type: conference-paper\n" +
            "  title: \"Fictional Dates and DOIs in Practice\"\n" +
            "  authors:\n" +
            "    - family-names: \"Doe\"\n" +
            "      given-names: \"Jane\"\n" +
            "      orcid: \"https://orcid.org/0000-0002-1825-0097\"\n" +
            "    - family-names: \"Roe\"\n" +
            "      given-names: \"Richard\"\n" +
            "      name-suffix: \"Jr.\"\n" +
            "  year: 2021\n" +
            "  date-published: \"2021-03-15\"\n" +
            "  conference:\n" +
            "    name: \"Fictional Conference on Dates 2021\"\n" +
            "  doi: \"10.5555/fictional.2021.001\"\n" +
            "  url: \"https://example.org/dated\"\n" +
            "  repository-code: \"https://example.org/dated-code\"\n" +
            "  abstract: \"We test dates.\"\n" +
            "  keywords:\n" +
            "    - \"dates\"\n" +
            "    - \"dois\"\n";

        Assert.Equal(expected, CffExporter.Export(TestPapers.DatedWithDoi));
    }

    [Fact]
    public void Arxiv_preprint_has_identifier_and_preprint_status()
    {
        const string expected =
            "- type: article\n" +
            "  title: \"A Fictional Note on Old-Style Identifiers\"\n" +
            "  authors:\n" +
            "    - family-names: \"Public\"\n" +
            "      given-names: \"Jane Q.\"\n" +
            "  year: 1999\n" +
            "  url: \"https://arxiv.org/abs/hep-th/9901001\"\n" +
            "  identifiers:\n" +
            "    - type: other\n" +
            "      value: \"arXiv:hep-th/9901001\"\n" +
            "      description: \"The arXiv identifier.\"\n" +
            "  status: preprint\n";

        Assert.Equal(expected, CffExporter.Export(TestPapers.OldStyleArxiv));
    }

    [Fact]
    public void Hostile_values_are_escaped_as_yaml_double_quoted_scalars()
    {
        string yaml = CffExporter.Export(TestPapers.Hostile);

        Assert.Contains("  title: \"{Braces} & 100% of snake_case: Évaluation de GPT-3 with $x^2$ #1 ~ C:\\\\Temp\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  abstract: \"A \\\"quoted\\\" abstract: with\\r\\ntwo lines and a \\\\ backslash.\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    - family-names: \"Steenkiste\"\n      given-names: \"Sjoerd\"\n      name-particle: \"van\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  journal: \"Transactions on Fictional Research\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  keywords:\n    - \"null\"\n    - \"yes\"\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("tab\tnewline\ncr\rnul\0bell\a")]
    [InlineData("esc\u001B del\u007F c1\u0085\u0090 nbsp\u00A0")]
    [InlineData("separators \u2028 \u2029 bom \uFEFF")]
    [InlineData("# not a comment: - [x] {y} & *z !tag %dir @at `tick` 'single'")]
    [InlineData("ünïcödé 中文 😀")]
    public void Any_title_reads_back_unchanged(string title)
    {
        Paper paper = TestPapers.Simple("p", title, 2020, Author.Person("Smith", "Ann"));

        JsonNode? reference = YamlToJson.Convert(CffExporter.Export(paper))!.AsArray().Single();

        Assert.Equal(title, (string?)reference!["title"]);
        Assert.Equal(2020, (long)reference["year"]!);
    }

    [Theory]
    [MemberData(nameof(TestPapers.Ids), MemberType = typeof(TestPapers))]
    public void Every_fixture_validates_against_the_cff_schema(string id)
    {
        string document = DocumentHead + "references:\n" + Indent(CffExporter.Export(TestPapers.ById(id)));

        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Cff, YamlToJson.Convert(document)!.ToJsonString()));
    }

    [Fact]
    public void Catalog_export_is_a_references_block_that_validates()
    {
        string references = CffExporter.Export(TestPapers.All.Append(TestPapers.Simple("anonymous", "No Authors Known", 2020)));

        Assert.StartsWith("references:\n  - type: conference-paper\n    title: \"Language Models are Few-Shot Learners\"\n", references, StringComparison.Ordinal);
        JsonNode document = YamlToJson.Convert(DocumentHead + references)!;
        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Cff, document.ToJsonString()));
        JsonArray items = document["references"]!.AsArray();
        Assert.Equal(TestPapers.All.Select(p => p.Title).Append("No Authors Known"), items.Select(i => (string?)i!["title"]));
        Assert.Equal("anonymous", (string?)items[^1]!["authors"]![0]!["name"]);
    }

    [Fact]
    public void Empty_catalog_is_empty_text()
        => Assert.Equal(string.Empty, CffExporter.Export(Array.Empty<Paper>()));

    [Fact]
    public void The_schema_check_rejects_unquoted_lookalikes_and_bad_types()
    {
        // Guards the validation tests: an unquoted null keyword and an unknown type must fail.
        string bad = DocumentHead + "references:\n  - type: preprint\n    title: \"t\"\n    authors:\n      - name: \"x\"\n    keywords:\n      - null\n";
        Assert.NotEmpty(SchemaValidator.Errors(SchemaValidator.Cff, YamlToJson.Convert(bad)!.ToJsonString()));
    }

    private static string Indent(string yaml)
        => string.Concat(yaml.Split('\n').Select(line => line.Length == 0 ? string.Empty : "  " + line + "\n"));
}
