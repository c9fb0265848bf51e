using System;
using System.Linq;
using System.Text.Json;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class CslJsonExporterTests
{
    [Fact]
    public void Conference_paper_with_doi_and_full_date()
    {
        const string expected = """
            {
              "id": "doe2021fictional",
              "type": "paper-conference",
              "title": "Fictional Dates and DOIs in Practice",
              "author": [
                {
                  "family": "Doe",
                  "given": "Jane"
                },
                {
                  "family": "Roe",
                  "given": "Richard",
                  "suffix": "Jr."
                }
              ],
              "issued": {
                "date-parts": [
                  [
                    2021,
                    3,
                    15
                  ]
                ]
              },
              "container-title": "Fictional Conference on Dates 2021",
              "DOI": "10.5555/fictional.2021.001",
              "URL": "https://example.org/dated",
              "abstract": "We test dates.",
              "keyword": "dates, dois"
            }

            """;

        Assert.Equal(expected, CslJsonExporter.Export(TestPapers.DatedWithDoi));
    }

    [Fact]
    public void Arxiv_preprint_is_article_published_by_arxiv()
    {
        const string expected = """
            {
              "id": "public1999fictional",
              "type": "article",
              "title": "A Fictional Note on Old-Style Identifiers",
              "author": [
                {
                  "family": "Public",
                  "given": "Jane Q."
                }
              ],
              "issued": {
                "date-parts": [
                  [
                    1999
                  ]
                ]
              },
              "publisher": "arXiv",
              "number": "arXiv:hep-th/9901001",
              "URL": "https://arxiv.org/abs/hep-th/9901001"
            }

            """;

        Assert.Equal(expected, CslJsonExporter.Export(TestPapers.OldStyleArxiv));
    }

    [Fact]
    public void Non_ascii_stays_readable_and_specials_are_escaped()
    {
        string json = CslJsonExporter.Export(TestPapers.Hostile);

        Assert.Contains("\"family\": \"Costa-jussà\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"{Braces} & 100% of snake_case: Évaluation de GPT-3 with $x^2$ #1 ~ C:\\\\Temp\"", json, StringComparison.Ordinal);
        Assert.Contains("\"abstract\": \"A \\\"quoted\\\" abstract: with\\r\\ntwo lines and a \\\\ backslash.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"non-dropping-particle\": \"van\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"article-journal\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_author_is_literal()
    {
        using JsonDocument document = JsonDocument.Parse(CslJsonExporter.Export(TestPapers.GroupAuthored));
        JsonElement author = Assert.Single(document.RootElement.GetProperty("author").EnumerateArray());
        JsonProperty literal = Assert.Single(author.EnumerateObject());
        Assert.Equal("literal", literal.Name);
        Assert.Equal("Quokka Research Consortium", literal.Value.GetString());
    }

    [Theory]
    [MemberData(nameof(TestPapers.Ids), MemberType = typeof(TestPapers))]
    public void Every_fixture_validates_against_the_csl_schema_and_reads_back(string id)
    {
        Paper paper = TestPapers.ById(id);
        string item = CslJsonExporter.Export(paper);

        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Csl, "[" + item + "]"));
        using JsonDocument document = JsonDocument.Parse(item);
        Assert.Equal(paper.Title, document.RootElement.GetProperty("title").GetString());
        Assert.Equal(paper.Abstract, document.RootElement.TryGetProperty("abstract", out JsonElement a) ? a.GetString() : null);
        Assert.Equal(CitationKeys.For(paper), document.RootElement.GetProperty("id").GetString());
        Assert.Equal(paper.Authors.Count, document.RootElement.GetProperty("author").GetArrayLength());
    }

    [Fact]
    public void Catalog_array_validates_and_uses_unique_keys()
    {
        Author smith = Author.Person("Smith", "Ann");
        Paper[] papers = TestPapers.All
            .Append(TestPapers.Simple("graphs-1", "Graphs", 2021, smith))
            .Append(TestPapers.Simple("graphs-2", "Graphs", 2021, smith))
            .ToArray();

        string json = CslJsonExporter.Export(papers);

        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Csl, json));
        using JsonDocument document = JsonDocument.Parse(json);
        string?[] ids = document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Equal(papers.Select(p => CitationKeys.For(papers)[p.Id]), ids);
        Assert.Equal(new[] { "smith2021graphsa", "smith2021graphsb" }, ids[^2..]);
    }

    [Fact]
    public void The_schema_check_rejects_an_invalid_item()
    {
        // Guards the validation tests: an item without the required "type" must fail.
        Assert.NotEmpty(SchemaValidator.Errors(SchemaValidator.Csl, """[{ "id": "x", "title": "t" }]"""));
        Assert.NotEmpty(SchemaValidator.Errors(SchemaValidator.Csl, """[{ "id": "x", "type": "article", "author": [{ "name": "x" }] }]"""));
    }
}
