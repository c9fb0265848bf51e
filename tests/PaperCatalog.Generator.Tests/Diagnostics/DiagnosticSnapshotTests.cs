using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Diagnostics;

/// <summary>One test per rule: a fixture entry in, the located diagnostics out, checked against a snapshot.</summary>
public class DiagnosticSnapshotTests
{
    private const string Valid = """
        id: sample
        title: A Sample
        authors:
          - family-names: Doe
            given-names: Jane
        year: 2020

        """;

    [Fact]
    public void PAPER001_yaml_that_does_not_parse() => Check("PAPER001", "id: sample\ntitle: \"unterminated\nyear: 2020\n");

    [Fact]
    public void PAPER001_tab_indentation() => Check("PAPER001", "id: sample\nauthors:\n\t- name: Tab\n");

    [Fact]
    public void PAPER001_tab_inside_a_mapping() => Check("PAPER001", "id: sample\nauthors:\n  - name: x\n\tfoo: 1\n");

    [Fact]
    public void PAPER002_document_that_is_a_list() => Check("PAPER002", "- id: sample\n- title: A Sample\n");

    [Fact]
    public void PAPER002_empty_file() => Check("PAPER002", "# only a comment\n");

    [Fact]
    public void PAPER003_several_documents() => Check("PAPER003", Valid + "---\nid: second\n");

    [Fact]
    public void PAPER004_required_keys_missing() => Check("PAPER004", "id: sample\nabstract: No title, authors or year.\n");

    [Fact]
    public void PAPER004_author_without_names() => Check("PAPER004", Valid.Replace("  - family-names: Doe\n    given-names: Jane", "  - orcid: https://orcid.org/0000-0002-1825-0097"));

    [Fact]
    public void PAPER005_key_given_twice() => Check("PAPER005", Valid + "title: Another Title\n");

    [Fact]
    public void PAPER006_unknown_key_with_suggestion() => Check("PAPER006", Valid + "abstarct: Typo.\nfoo: bar\n");

    [Fact]
    public void PAPER006_unknown_author_key() => Check("PAPER006", Valid.Replace("given-names: Jane", "given-name: Jane"));

    [Fact]
    public void PAPER007_year_that_is_not_a_number() => Check("PAPER007", Valid.Replace("year: 2020", "year: twenty"));

    [Fact]
    public void PAPER007_authors_that_are_not_a_list() => Check("PAPER007", "id: sample\ntitle: A Sample\nauthors: Jane Doe\nyear: 2020\n");

    [Fact]
    public void PAPER007_title_that_is_a_list() => Check("PAPER007", Valid.Replace("title: A Sample", "title: [A, Sample]"));

    [Fact]
    public void PAPER008_empty_title() => Check("PAPER008", Valid.Replace("title: A Sample", "title: \"  \""));

    [Fact]
    public void PAPER008_empty_authors() => Check("PAPER008", "id: sample\ntitle: A Sample\nauthors: []\nyear: 2020\n");

    [Fact]
    public void PAPER009_invalid_arxiv_ids()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/a.yaml", Valid + "arxiv: \"2213.01234\"\n"),
            ("papers/b.yaml", Valid.Replace("sample", "b") + "arxiv: \"1412.00001\"\n"),
            ("papers/c.yaml", Valid.Replace("sample", "c") + "arxiv: \"1501.0001\"\n"),
            ("papers/d.yaml", Valid.Replace("sample", "d") + "arxiv: \"hep-th/9913001\"\n"),
            ("papers/e.yaml", Valid.Replace("sample", "e") + "arxiv: arXiv:2210.02016\n"));
        Assert.Equal(5, run.Diagnostics.Count(d => d.Id == "PAPER009"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER010_invalid_doi() => Check("PAPER010", Valid + "doi: https://doi.org/10.1000/xyz\n");

    [Fact]
    public void PAPER011_url_that_is_not_http() => Check("PAPER011", Valid + "url: ftp://example.org/paper\nrepository-code: github.com/example/code\n");

    [Fact]
    public void PAPER012_year_out_of_range() => Check("PAPER012", Valid.Replace("year: 2020", "year: 1599"));

    [Fact]
    public void PAPER013_date_that_does_not_exist() => Check("PAPER013", Valid + "date-published: 2021-02-29\n");

    [Fact]
    public void PAPER014_date_that_disagrees_with_year() => Check("PAPER014", Valid + "date-published: 2021-03-01\n");

    [Fact]
    public void PAPER015_invalid_id() => Check("PAPER015", Valid.Replace("id: sample", "id: Sample_Paper"));

    [Fact]
    public void PAPER016_same_id_in_two_files_reports_both()
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/first.yaml", Valid), ("papers/second.yaml", Valid));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "PAPER016"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER017_same_arxiv_id_on_two_entries()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/first.yaml", Valid + "arxiv: \"2210.02016\"\n"),
            ("papers/second.yaml", Valid.Replace("sample", "other") + "arxiv: \"2210.02016v2\"\n"));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "PAPER017"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER018_same_doi_on_two_entries()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/first.yaml", Valid + "doi: 10.1000/ABC\n"),
            ("papers/second.yaml", Valid.Replace("sample", "other") + "doi: 10.1000/abc\n"));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "PAPER018"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER019_two_ids_with_one_csharp_name()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/gpt-3.yaml", Valid.Replace("sample", "gpt-3")),
            ("papers/gpt3.yaml", Valid.Replace("sample", "gpt3")),
            ("papers/kw.yaml", Valid.Replace("sample", "kw") + "keywords: [gpt-3, gpt3]\n"));
        Assert.Equal(3, run.Diagnostics.Count(d => d.Id == "PAPER019"));
        Assert.Empty(run.CompilationProblems());
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER020_reference_to_unknown_entry()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/first.yaml", Valid + "related: [sampel]\nsupersedes: missing\n"),
            ("papers/second.yaml", Valid.Replace("sample", "second") + "related: [sample]\n"));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "PAPER020"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER021_supersedes_cycle()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/a.yaml", Valid.Replace("sample", "a") + "supersedes: b\n"),
            ("papers/b.yaml", Valid.Replace("sample", "b") + "supersedes: c\n"),
            ("papers/c.yaml", Valid.Replace("sample", "c") + "supersedes: a\n"),
            ("papers/self.yaml", Valid.Replace("sample", "self") + "supersedes: self\n"));
        Assert.Equal(4, run.Diagnostics.Count(d => d.Id == "PAPER021"));
        Snapshot.VerifyDiagnostics(run);
    }

    [Fact]
    public void PAPER001_unreadable_file() => Check("PAPER001", null);

    [Fact]
    public void PAPER012_year_after_next_year()
    {
        GeneratorRun run = GeneratorHarness.Run(("papers/sample.yaml", Valid.Replace("year: 2020", $"year: {System.DateTime.UtcNow.Year + 2}")));
        Assert.Equal("PAPER012", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void PAPER012_year_of_a_date_out_of_range() => Check("PAPER012", Valid.Replace("year: 2020\n", "date-published: 0001-01-01\n"));

    [Fact]
    public void PAPER022_an_unexpected_failure_is_a_diagnostic_not_an_exception()
    {
        // A default array makes the rules fail inside; the guard must turn that into PAPER022.
        var model = PaperCatalog.Core.Validation.CatalogValidator.Validate(default, PaperCatalog.Core.Model.GeneratorOptions.Default);
        Assert.Equal("PAPER022", Assert.Single(model.Diagnostics).Id);
        Assert.Empty(model.Papers);
    }

    [Fact]
    public void PAPER023_alias_bomb_is_refused_without_expansion()
        => Check("PAPER023", "a: &a [\"lol\", \"lol\"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");

    [Fact]
    public void PAPER023_tags_are_refused() => Check("PAPER023", Valid.Replace("year: 2020", "year: !!str 2020"));

    [Fact]
    public void PAPER024_values_not_allowed()
        => Check("PAPER024", Valid + "status: deleted\nprimary-class: \"Computer Science\"\nkeywords: [Deep Learning]\n");

    [Fact]
    public void PAPER024_person_and_group_at_once()
        => Check("PAPER024", Valid.Replace("  - family-names: Doe", "  - name: Team\n    family-names: Doe"));

    [Fact]
    public void PAPER025_nesting_too_deep()
        => Check("PAPER025", "id: " + new string('[', 200) + new string(']', 200) + "\n");

    [Fact]
    public void PAPER025_value_too_long() => Check("PAPER025", Valid + "abstract: " + new string('a', 100_001) + "\n");

    [Fact]
    public void PAPER025_too_many_items() => Check("PAPER025", Valid + "keywords:\n" + string.Concat(Enumerable.Repeat("  - k\n", 10_001)));

    [Fact]
    public void PAPER025_file_too_long() => Check("PAPER025", Valid + string.Concat(Enumerable.Repeat("#" + new string('-', 98) + "\n", 10_001)));

    [Fact]
    public void PAPER025_too_many_problems() => Check("PAPER025", Valid + string.Concat(Enumerable.Range(0, 101).Select(i => $"key{i}: x\n")));

    [Fact]
    public void PAPER026_control_character() => Check("PAPER026", Valid.Replace("title: A Sample", "title: \"A\u0001Sample\""));

    [Fact]
    public void PAPER026_line_separator() => Check("PAPER026", Valid + "abstract: \"First line.\u2028Second line.\"\n");

    [Fact]
    public void PAPER026_replacement_character_of_a_damaged_file() => Check("PAPER026", Valid.Replace("given-names: Jane", "given-names: J\uFFFDrg"));

    [Fact]
    public void PAPER026_lone_surrogate() => Check("PAPER026", Valid.Replace("title: A Sample", "title: A \uD800 Sample"));

    private static void Check(string expectedId, string? yaml, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        // Every rule but PAPER006 leaves the entry out; an unknown key changes no value, so the entry stays.
        bool leftOut = expectedId != "PAPER006";
        GeneratorRun run = GeneratorHarness.Run(("papers/sample.yaml", yaml));

        Assert.Contains(run.Diagnostics, d => d.Id == expectedId);
        Assert.All(run.Diagnostics, d => Assert.Equal("papers/sample.yaml", d.Location.GetLineSpan().Path));
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(!leftOut, run.Sources.Any(s => s.SourceText.ToString().Contains(" Sample => global::PaperCatalog.Papers.Catalog_Table[", System.StringComparison.Ordinal)));
        Snapshot.VerifyDiagnostics(run, method: method);
    }
}
