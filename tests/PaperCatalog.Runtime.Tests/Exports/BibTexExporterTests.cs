using System;
using System.Linq;
using PaperCatalog.Exports;
using Xunit;

namespace PaperCatalog.Tests.Exports;

public sealed class BibTexExporterTests
{
    [Fact]
    public void Conference_paper_with_arxiv_id_is_inproceedings_with_eprint_fields()
    {
        const string expected =
            "@inproceedings{brown2020language,\n" +
            "  title = {Language Models are Few-Shot Learners},\n" +
            "  author = {Brown, Tom B. and Mann, Benjamin and Ryder, Nick and Subbiah, Melanie and Kaplan, Jared and " +
            "Dhariwal, Prafulla and Neelakantan, Arvind and Shyam, Pranav and Sastry, Girish and Askell, Amanda and " +
            "Agarwal, Sandhini and Herbert-Voss, Ariel and Krueger, Gretchen and Henighan, Tom and Child, Rewon and " +
            "Ramesh, Aditya and Ziegler, Daniel M. and Wu, Jeffrey and Winter, Clemens and Hesse, Christopher and " +
            "Chen, Mark and Sigler, Eric and Litwin, Mateusz and Gray, Scott and Chess, Benjamin and Clark, Jack and " +
            "Berner, Christopher and McCandlish, Sam and Radford, Alec and Sutskever, Ilya and Amodei, Dario},\n" +
            "  booktitle = {NeurIPS 2020},\n" +
            "  year = {2020},\n" +
            "  eprint = {2005.14165},\n" +
            "  archivePrefix = {arXiv},\n" +
            "  primaryClass = {cs.CL},\n" +
            "  url = {https://arxiv.org/abs/2005.14165},\n" +
            "  note = {arXiv:2005.14165}\n" +
            "}\n";

        Assert.Equal(expected, BibTexExporter.Export(TestPapers.Gpt3));
    }

    [Fact]
    public void Journal_paper_escapes_specials_protects_acronyms_and_keeps_utf8()
    {
        const string expected =
            "@article{costajussa2023braces,\n" +
            @"  title = {\textbraceleft{}Braces\textbraceright{} \& 100\% of snake\_case: Évaluation de {GPT}-3 with " +
            @"\$x\textasciicircum{}2\$ \#1 \textasciitilde{} {C}:\textbackslash{}Temp}," + "\n" +
            "  author = {Costa-jussà, Marta R. and Janeiro, João Maria and van Steenkiste, Sjoerd},\n" +
            "  journal = {Transactions on Fictional Research},\n" +
            "  year = {2023}\n" +
            "}\n";

        Assert.Equal(expected, BibTexExporter.Export(TestPapers.Hostile));
    }

    [Fact]
    public void Old_style_preprint_is_misc()
    {
        const string expected =
            "@misc{public1999fictional,\n" +
            "  title = {A Fictional Note on Old-Style Identifiers},\n" +
            "  author = {Public, Jane Q.},\n" +
            "  year = {1999},\n" +
            "  eprint = {hep-th/9901001},\n" +
            "  archivePrefix = {arXiv},\n" +
            "  primaryClass = {hep-th},\n" +
            "  url = {https://arxiv.org/abs/hep-th/9901001},\n" +
            "  note = {arXiv:hep-th/9901001}\n" +
            "}\n";

        Assert.Equal(expected, BibTexExporter.Export(TestPapers.OldStyleArxiv));
    }

    [Fact]
    public void Doi_suffix_and_landing_page_are_written()
    {
        const string expected =
            "@inproceedings{doe2021fictional,\n" +
            "  title = {Fictional Dates and {DOIs} in Practice},\n" +
            "  author = {Doe, Jane and Roe, Jr., Richard},\n" +
            "  booktitle = {Fictional Conference on Dates 2021},\n" +
            "  year = {2021},\n" +
            "  doi = {10.5555/fictional.2021.001},\n" +
            "  url = {https://example.org/dated},\n" +
            "  note = {doi:10.5555/fictional.2021.001}\n" +
            "}\n";

        Assert.Equal(expected, BibTexExporter.Export(TestPapers.DatedWithDoi));
    }

    [Theory]
    [InlineData("Using clarification questions to improve developers' Web search", "Using clarification questions to improve developers' {Web} search")]
    [InlineData("Retrieval for English and Polish: a study", "Retrieval for {English} and {Polish}: a study")]
    [InlineData("Language Models are Few-Shot Learners", "Language Models are Few-Shot Learners")]
    [InlineData("Scaling BERT to T5 in Title Case", "Scaling {BERT} to {T5} in Title Case")]
    public void Proper_nouns_of_a_sentence_case_title_and_acronyms_are_braced(string title, string expected)
        => Assert.Contains("  title = {" + expected + "},\n", BibTexExporter.Export(TestPapers.Simple("p", title, 2020)), System.StringComparison.Ordinal);

    [Fact]
    public void Group_author_is_braced_whole()
    {
        const string expected =
            "@misc{quokkaresearchconsortium2024quokka,\n" +
            "  title = {The Quokka Benchmark: A Fictional Test Fixture},\n" +
            "  author = {{Quokka Research Consortium}},\n" +
            "  year = {2024},\n" +
            "  url = {https://example.org/quokka}\n" +
            "}\n";

        Assert.Equal(expected, BibTexExporter.Export(TestPapers.GroupAuthored));
    }

    [Theory]
    [InlineData("Prince", null, "Prince")]
    [InlineData(null, "Prince", "Prince")]
    [InlineData("Sri Devi", null, "{Sri Devi}")]
    [InlineData("Barnes and Noble", "Ann", "{Barnes and Noble}, Ann")]
    [InlineData("Smith", "John, Paul", "Smith, {John, Paul}")]
    [InlineData("Anderson", "Andy", "Anderson, Andy")]
    public void Names_bibtex_would_split_are_braced(string? family, string? given, string expected)
    {
        Paper paper = TestPapers.Simple("p", "Title", 2020, Author.Person(family, given));
        Assert.Contains("  author = {" + expected + "},\n", BibTexExporter.Export(paper), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T5 and BERT for LLaMA on iPhone", "{T5} and {BERT} for {LLaMA} on {iPhone}")]
    [InlineData("A Study in Scarlet", "A Study in Scarlet")]
    [InlineData("M2-CLIP: A Multimodal Adapter", "{M2}-{CLIP}: A Multimodal Adapter")]
    public void Only_words_with_inner_capitals_or_capital_and_digit_are_protected(string title, string expected)
    {
        Paper paper = TestPapers.Simple("p", title, 2020, Author.Person("Smith", "Ann"));
        Assert.Contains("  title = {" + expected + "},\n", BibTexExporter.Export(paper), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("}{")]
    [InlineData(@"\}")]
    [InlineData(@"\{")]
    [InlineData(@"a\")]
    [InlineData("{{{ deep")]
    [InlineData("closing }}} only")]
    [InlineData("%} comment")]
    [InlineData("line\nbreak } and \r\n{ more")]
    [InlineData("@misc{evil, title = {x}}")]
    public void Braces_balance_in_every_field_for_hostile_titles(string title)
    {
        Paper paper = TestPapers.Simple("p", title, 2020, Author.Person("Smith } {", "Ann {"));
        string entry = BibTexExporter.Export(paper);

        // BibTeX counts every brace, escaped or not: each field line must open and close its own braces, never going
        // below the entry's level.
        string[] lines = entry.TrimEnd('\n').Split('\n');
        Assert.Equal("}", lines[^1]);
        foreach (string line in lines.Skip(1).SkipLast(1))
        {
            int depth = 0;
            foreach (char c in line)
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                Assert.True(depth >= 0, "Brace closes too early in: " + line);
            }

            Assert.True(depth == 0, "Unbalanced braces in: " + line);
        }

        // No raw special character survives in the title: every one is part of an escape.
        string titleValue = lines[1]["  title = {".Length..^"},".Length];
        string withoutEscapes = titleValue
            .Replace(@"\textbraceleft{}", string.Empty, StringComparison.Ordinal)
            .Replace(@"\textbraceright{}", string.Empty, StringComparison.Ordinal)
            .Replace(@"\textbackslash{}", string.Empty, StringComparison.Ordinal)
            .Replace(@"\%", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(withoutEscapes, c => c is '{' or '}' or '\\' or '%' or '\n' or '\r');
    }

    [Fact]
    public void Catalog_export_separates_entries_by_a_blank_line_and_suffixes_colliding_keys()
    {
        Author smith = Author.Person("Smith", "Ann");
        Paper first = TestPapers.Simple("first", "Graphs", 2021, smith);
        Paper second = TestPapers.Simple("second", "Graphs Again", 2021, smith);

        string catalog = BibTexExporter.Export(new[] { first, second, TestPapers.OldStyleArxiv });

        string expected =
            "@misc{smith2021graphsa,\n  title = {Graphs},\n  author = {Smith, Ann},\n  year = {2021}\n}\n" +
            "\n" +
            "@misc{smith2021graphsb,\n  title = {Graphs Again},\n  author = {Smith, Ann},\n  year = {2021}\n}\n" +
            "\n" +
            BibTexExporter.Export(TestPapers.OldStyleArxiv);
        Assert.Equal(expected, catalog);
    }

    [Fact]
    public void Empty_catalog_is_empty_text()
        => Assert.Equal(string.Empty, BibTexExporter.Export(Array.Empty<Paper>()));
}
