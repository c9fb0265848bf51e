using System.IO;
using System.Linq;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class ImportCommandTests
{
    private static string Listing => Path.Combine(RepositoryPaths.Seed, "hf-papers-listing.txt");

    private static string Metadata => Path.Combine(RepositoryPaths.Seed, "papers-metadata.yaml");

    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Fixtures, "import", name);

    [Fact]
    public void The_seed_listing_with_its_metadata_reproduces_the_catalogs_titles_and_abstracts()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "listing", Listing, "--metadata", Metadata, "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var imported = EntryFolder.Papers(temp.Path).ToDictionary(p => p.Title, p => p);
        var catalog = EntryFolder.Papers(RepositoryPaths.CatalogEntries);
        Assert.Equal(catalog.Count, imported.Count);
        foreach (Paper paper in catalog)
        {
            Assert.True(imported.TryGetValue(paper.Title, out Paper? copy), "Not imported: " + paper.Title);
            Assert.Equal(paper.Abstract, copy!.Abstract);

            // The metadata gives the same facts the catalog was curated from.
            Assert.Equal(paper.ArxivId, copy.ArxivId);
            Assert.Equal(paper.Year, copy.Year);
            Assert.Equal(paper.Authors.Select(a => a.DisplayName), copy.Authors.Select(a => a.DisplayName));
        }
    }

    [Fact]
    public void Importing_the_same_listing_again_changes_nothing()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, ToolRun.InProcess("import", "listing", Listing, "--metadata", Metadata, "--out", temp.Path).ExitCode);

        ToolRun again = ToolRun.InProcess("import", "listing", Listing, "--metadata", Metadata, "--out", temp.Path);

        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("57 papers, 0 written, 57 unchanged, 0 skipped.", again.OutLines[^1]);
    }

    [Fact]
    public void Without_metadata_every_listed_paper_is_skipped_with_the_reason()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "listing", Listing, "--out", temp["out"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("hf-papers-listing.txt(11): 'Multi-task Self-supervised Graph Neural Networks Enable S...': the listing gives no authors or year; pass --metadata", run.Err);
        Assert.EndsWith("57 papers, 0 written, 0 unchanged, 57 skipped.", run.OutLines[^1]);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_listing_whose_last_title_has_no_abstract_is_malformed()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "listing", Fixture("listing-without-abstract.txt"), "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("listing-without-abstract.txt(15,1): the title 'A Second Title Without Abstract' has no abstract line after it.", run.Err);
        Assert.Contains("Nothing was written.", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Malformed_metadata_is_reported_at_its_line()
    {
        using var temp = new TempFolder();
        string listing = temp.Write("listing.txt", "new\nGet trending papers\nSubscribe\nbyAK\nApr 3\n\nA First Title\n\nIts abstract.\n");

        ToolRun run = ToolRun.InProcess("import", "listing", listing, "--metadata", Fixture("metadata-bad-year.yaml"), "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("metadata-bad-year.yaml(5,9): 'year' must be a whole number such as 2023, not 'twenty'.", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Bibtex_entries_become_entries_and_incomplete_ones_are_skipped()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "bibtex", Fixture("papers.bib"), "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("papers.bib(42): @misc{noyear} 'A Paper Without a Year': it has no year, which every entry needs.", run.Err);
        Assert.EndsWith("5 papers, 4 written, 0 unchanged, 1 skipped.", run.OutLines[^1]);

        var papers = EntryFolder.Papers(temp.Path).ToDictionary(p => p.Id);
        Paper gpt3 = papers["language-models-are-few-shot-learners"];
        Assert.Equal("Language Models are Few-Shot Learners", gpt3.Title);
        Assert.Equal(new[] { "Tom B. Brown", "Benjamin Mann" }, gpt3.Authors.Select(a => a.DisplayName));
        Assert.Equal("Advances in Neural Information Processing Systems 33", gpt3.Venue);
        Assert.Equal(("2005.14165", "cs.CL", 2020), (gpt3.ArxivId, gpt3.PrimaryClass, gpt3.Year));
        Assert.Null(gpt3.Url);

        Paper goedel = papers["uber-formal-unentscheidbare-satze-der"];
        Assert.Equal("Über formal unentscheidbare Sätze der Principia Mathematica", goedel.Title);
        Assert.Equal("Gödel", goedel.Authors[0].FamilyNames);
        Assert.Equal("Monatshefte für Mathematik und Physik", goedel.Venue);
        Assert.Equal("10.1007/BF01700692", goedel.Doi);

        Paper slot = papers["test-time-adaptation-with-slot-centric-models"];
        Assert.Equal("2203.11194", slot.ArxivId);
        Assert.Null(slot.Venue);
        Assert.Equal(("Steenkiste", "van"), (slot.Authors[3].FamilyNames, slot.Authors[3].NameParticle));
        Assert.Equal("Current visual detectors, though impressive within their training distribution, often fail to parse out-of-distribution scenes into their constituent entities.", slot.Abstract);

        Paper lcm = papers["large-concept-models"];
        Assert.Equal(new[] { "LCM team", "Loïc Barrault", "Marta R. Costa-jussà", "José María de la Cruz", "Jan Škoda" }, lcm.Authors.Select(a => a.DisplayName));
        Assert.True(lcm.Authors[0].IsGroup);
        Assert.Equal((2024, new System.DateOnly(2024, 12, 11), "2412.08821"), (lcm.Year, lcm.DatePublished!.Value, lcm.ArxivId));
    }

    [Fact]
    public void Malformed_bibtex_fails_naming_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "bibtex", Fixture("malformed.bib"), "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("malformed.bib(", run.Err);
        Assert.Contains("malformed BibTeX: the file ends early: expected ',' or '}' in entry 'broken2021' (opened at line 7)", run.Err);
        Assert.Contains("Nothing was written.", run.Err);
        Assert.Equal(string.Empty, run.Out);

        // Not even the well-formed entry before the broken one, and not the output folder.
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void An_arxiv_atom_response_becomes_entries()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "arxiv-atom", Fixture("arxiv-response.xml"), "--out", temp.Path, "--keyword", "imported");

        Assert.True(run.ExitCode == 0, run.ToString());
        var papers = EntryFolder.Papers(temp.Path).ToDictionary(p => p.ArxivId!);
        Paper gpt3 = papers["2005.14165"];
        Assert.Equal("Language Models are Few-Shot Learners", gpt3.Title);
        Assert.Equal("Recent work has demonstrated substantial gains on many NLP tasks and benchmarks by pre-training on a large corpus of text followed by fine-tuning on a specific task.", gpt3.Abstract);
        Assert.Equal(new[] { "Tom B. Brown", "Benjamin Mann", "Sjoerd van Steenkiste" }, gpt3.Authors.Select(a => a.DisplayName));
        Assert.Equal((2020, new System.DateOnly(2020, 5, 28)), (gpt3.Year, gpt3.DatePublished!.Value));
        Assert.Equal(("cs.CL", "10.48550/arXiv.2005.14165"), (gpt3.PrimaryClass, gpt3.Doi));
        Assert.Null(gpt3.Venue);
        Assert.Equal(new[] { "imported" }, gpt3.Keywords);

        Paper old = papers["hep-th/9901001"];
        Assert.Equal(("An Old-Style Identifier & Its Paper", 1999, "hep-th"), (old.Title, old.Year, old.PrimaryClass));
    }

    [Fact]
    public void An_arxiv_api_error_entry_is_skipped_with_the_apis_message()
    {
        using var temp = new TempFolder();
        string response = temp.Write("error.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
                <title>Error</title>
                <summary>incorrect id format for 1234</summary>
              </entry>
            </feed>
            """);

        ToolRun run = ToolRun.InProcess("import", "arxiv-atom", response, "--out", temp["out"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error.xml(2): http://arxiv.org/api/errors#incorrect_id_format_for_1234 'Error': the arXiv API reported an error: incorrect id format for 1234.", run.Err);
    }

    [Fact]
    public void Malformed_atom_xml_fails_naming_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "arxiv-atom", Fixture("malformed.xml"), "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("malformed.xml(10,5): malformed XML: The 'title' start tag on line 9 position 6 does not match the end tag of 'entry'.", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Xml_that_is_not_an_atom_feed_is_refused()
    {
        using var temp = new TempFolder();
        string rss = temp.Write("rss.xml", "<rss version=\"2.0\"><channel/></rss>");

        ToolRun run = ToolRun.InProcess("import", "arxiv-atom", rss, "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rss.xml(1,2): expected an Atom <feed> (an arXiv API response), found <rss>.", run.Err);
    }

    [Fact]
    public void Existing_entries_are_kept_unless_forced()
    {
        using var temp = new TempFolder();
        string existing = temp.Write("out/language-models-are-few-shot-learners.yaml", "# curated by hand\n");

        ToolRun kept = ToolRun.InProcess("import", "arxiv-atom", Fixture("arxiv-response.xml"), "--out", temp["out"]);

        Assert.Equal(1, kept.ExitCode);
        Assert.Contains("skipped " + existing + ": the file exists; pass --force to replace it.", kept.Err);
        Assert.Equal("# curated by hand\n", File.ReadAllText(existing));
        Assert.EndsWith("2 papers, 1 written, 0 unchanged, 1 skipped.", kept.OutLines[^1]);

        ToolRun forced = ToolRun.InProcess("import", "arxiv-atom", Fixture("arxiv-response.xml"), "--out", temp["out"], "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith("# yaml-language-server: $schema=" + PaperCatalog.Tool.Entries.EntrySchema.Url + "\nid: language-models-are-few-shot-learners\n", File.ReadAllText(existing));
        Assert.Equal(2, EntryFolder.WithoutLock(temp.Files("out")).Length);
    }

    [Fact]
    public void Two_papers_whose_titles_start_alike_get_distinct_ids()
    {
        using var temp = new TempFolder();
        string bib = temp.Write("twins.bib", """
            @misc{a, title = {Scaling Laws for Neural Language Models}, author = {Doe, Jane}, year = 2020}
            @misc{b, title = {Scaling Laws for Neural Language Models, Again}, author = {Doe, Jane}, year = 2021}
            """);

        ToolRun run = ToolRun.InProcess("import", "bibtex", bib, "--out", temp["out"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "scaling-laws-for-neural-language-2.yaml", "scaling-laws-for-neural-language.yaml" }, EntryFolder.WithoutLock(temp.Files("out")));
    }

    [Theory]
    [InlineData("listing")]
    [InlineData("bibtex")]
    [InlineData("arxiv-atom")]
    public void A_folder_given_as_the_input_file_is_a_usage_error(string format)
    {
        // Tests run as root, where chmod 000 does not stop reading; a folder is a path that can never be read as a file.
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["input.txt"]);

        ToolRun run = ToolRun.InProcess("import", format, temp["input.txt"], "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read '" + temp["input.txt"] + "': it is a folder, not a file.", run.Err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error()
    {
        using var temp = new TempFolder();

        ToolRun run = ToolRun.InProcess("import", "bibtex", temp["none.bib"], "--out", temp["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the file does not exist", run.Err);
    }

    [Fact]
    public void The_catalog_survives_a_bibtex_round_trip()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, ToolRun.InProcess("export", RepositoryPaths.CatalogEntries, "--format", "bibtex", "--out", temp["catalog.bib"]).ExitCode);

        ToolRun run = ToolRun.InProcess("import", "bibtex", temp["catalog.bib"], "--out", temp["out"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var imported = EntryFolder.Papers(temp["out"]).ToDictionary(p => p.ArxivId!);
        foreach (Paper paper in EntryFolder.Papers(RepositoryPaths.CatalogEntries))
        {
            Paper copy = imported[paper.ArxivId!];
            Assert.Equal(paper.Title, copy.Title);
            Assert.Equal(paper.Authors.Select(a => a.DisplayName), copy.Authors.Select(a => a.DisplayName));
            // BibTeX's year is the published version's (the venue's year for a published paper), and import reads it back as the year.
            int publishedYear = paper.Venue != null ? paper.VenueYear ?? paper.Year : paper.Year;
            Assert.Equal((publishedYear, paper.Venue, paper.Doi), (copy.Year, copy.Venue, copy.Doi));
        }
    }
}
