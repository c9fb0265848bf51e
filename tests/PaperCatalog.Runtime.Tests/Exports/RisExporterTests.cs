using System;
using System.Linq;
using System.Text.RegularExpressions;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class RisExporterTests
{
    private static readonly Regex TagLine = new("^[A-Z][A-Z0-9]  - ", RegexOptions.CultureInvariant);

    [Fact]
    public void Conference_paper_with_doi_and_full_date()
    {
        const string expected =
            "TY  - CPAPER\r\n" +
            "ID  - doe2021fictional\r\n" +
            "AU  - Doe, Jane\r\n" +
            "AU  - Roe, Richard, Jr.\r\n" +
            "TI  - Fictional Dates and DOIs in Practice\r\n" +
            "T2  - Fictional Conference on Dates 2021\r\n" +
            "PY  - 2021\r\n" +
            "DA  - 2021/03/15\r\n" +
            "AB  - We test dates.\r\n" +
            "KW  - dates\r\n" +
            "KW  - dois\r\n" +
            "DO  - 10.5555/fictional.2021.001\r\n" +
            "UR  - https://example.org/dated\r\n" +
            "ER  - \r\n";

        Assert.Equal(expected, RisExporter.Export(TestPapers.DatedWithDoi));
    }

    [Fact]
    public void Arxiv_preprint_is_gen_with_accession_number()
    {
        const string expected =
            "TY  - GEN\r\n" +
            "ID  - public1999fictional\r\n" +
            "AU  - Public, Jane Q.\r\n" +
            "TI  - A Fictional Note on Old-Style Identifiers\r\n" +
            "PY  - 1999\r\n" +
            "UR  - https://arxiv.org/abs/hep-th/9901001\r\n" +
            "AN  - arXiv:hep-th/9901001\r\n" +
            "ER  - \r\n";

        Assert.Equal(expected, RisExporter.Export(TestPapers.OldStyleArxiv));
    }

    [Fact]
    public void Journal_names_particles_groups_and_line_breaks()
    {
        string hostile = RisExporter.Export(TestPapers.Hostile);

        Assert.StartsWith("TY  - JOUR\r\n", hostile, StringComparison.Ordinal);
        Assert.Contains("AU  - Costa-jussà, Marta R.\r\nAU  - Janeiro, João Maria\r\nAU  - van Steenkiste, Sjoerd\r\n", hostile, StringComparison.Ordinal);
        Assert.Contains("T2  - Transactions on Fictional Research\r\n", hostile, StringComparison.Ordinal);
        Assert.Contains("AB  - A \"quoted\" abstract: with two lines and a \\ backslash.\r\n", hostile, StringComparison.Ordinal);
        Assert.Contains("AU  - Quokka Research Consortium\r\n", RisExporter.Export(TestPapers.GroupAuthored), StringComparison.Ordinal);
        Assert.Equal(31, RisExporter.Export(TestPapers.Gpt3).Split("\r\n").Count(l => l.StartsWith("AU  - ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestPapers.Ids), MemberType = typeof(TestPapers))]
    public void Every_record_line_is_a_tag_line_ending_in_crlf(string id)
    {
        string record = RisExporter.Export(TestPapers.ById(id));

        Assert.EndsWith("\r\n", record, StringComparison.Ordinal);
        string[] lines = record[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.Matches(TagLine, line));
        Assert.DoesNotContain(lines, line => line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal));
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^1]);
    }

    [Fact]
    public void Catalog_records_are_separated_by_an_empty_line_and_keys_are_unique()
    {
        Author smith = Author.Person("Smith", "Ann");
        Paper[] papers = TestPapers.All
            .Append(TestPapers.Simple("graphs-1", "Graphs", 2021, smith))
            .Append(TestPapers.Simple("graphs-2", "Graphs", 2021, smith))
            .ToArray();

        string catalog = RisExporter.Export(papers);

        string[] records = catalog[..^2].Split("\r\n\r\n");
        Assert.Equal(papers.Length, records.Length);
        Assert.All(records.SelectMany(r => r.Split("\r\n")), line => Assert.Matches(TagLine, line));
        Assert.Contains("ID  - smith2021graphsa\r\n", records[^2], StringComparison.Ordinal);
        Assert.Contains("ID  - smith2021graphsb\r\n", records[^1], StringComparison.Ordinal);
    }
}
