using System.IO;
using System.Linq;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class AddCommandTests
{
    [Fact]
    public void Adding_gpt3_by_arxiv_id_and_the_acl_paper_by_doi_writes_the_catalogs_facts()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.14165", "10.18653/v1/2022.acl-long.244", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "cross-task-generalization-via-natural-language.yaml", "language-models-are-few-shot-learners.yaml" }, EntryFolder.WithoutLock(temp.Files()).Select(Path.GetFileName).Order().ToArray());
        Assert.Empty(GeneratorRunner.Diagnostics(EntryFolder.WithoutLock(temp.Files()).Select(f => temp[f])));

        var catalog = EntryFolder.Papers(RepositoryPaths.CatalogEntries).ToDictionary(p => p.ArxivId!);
        foreach (Paper added in EntryFolder.Papers(temp.Path))
        {
            Paper expected = catalog[added.ArxivId!];
            Assert.Equal(expected.Title, added.Title);
            Assert.Equal(expected.Authors.Select(a => (a.FamilyNames, a.GivenNames)), added.Authors.Select(a => (a.FamilyNames, a.GivenNames)));
            Assert.Equal(expected.Year, added.Year);
            Assert.Equal(expected.Doi, added.Doi);
            Assert.Equal(expected.Venue, added.Venue);
            Assert.Equal(expected.VenueYear, added.VenueYear);
            Assert.Equal(expected.DateReleased, added.DateReleased);
            Assert.Equal(expected.PrimaryClass, added.PrimaryClass);
            Assert.Equal(expected.Abstract, added.Abstract);
        }

        // The ACL paper's year is its preprint's (2021), its venue the published version's, through Crossref's has-preprint.
        string acl = File.ReadAllText(temp["cross-task-generalization-via-natural-language.yaml"]);
        Assert.Contains("year: 2021\ndate-released: \"2021-04-18\"\narxiv: \"2104.08773\"\nprimary-class: \"cs.CL\"\nvenue:\n  name: \"ACL 2022\"\n  type: conference\n  year: 2022\ndoi: \"10.18653/v1/2022.acl-long.244\"\n", acl);
        Assert.Contains("Added to " + temp.Path + ": 2 ids, 2 written, 0 unchanged, 0 skipped.", run.Out);
    }

    [Fact]
    public void Every_form_of_an_arxiv_id_or_doi_names_the_same_paper()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();
        string[] forms =
        {
            "arXiv:2005.14165v2", "https://arxiv.org/abs/2005.14165", "https://arxiv.org/pdf/2005.14165v4.pdf", "10.48550/arXiv.2005.14165",
            "doi:10.18653/V1/2022.ACL-LONG.244", "https://doi.org/10.18653/v1/2022.acl-long.244",
        };

        foreach (string form in forms)
        {
            ToolRun run = server.Run("add", form, "--print");
            Assert.True(run.ExitCode == 0, form + ": " + run);
            Assert.Contains(form.Contains("2005") ? "arxiv: \"2005.14165\"" : "doi: \"10.18653/v1/2022.acl-long.244\"", run.Out);
        }
    }

    [Fact]
    public void Arxiv_ids_are_asked_for_in_one_query_and_the_user_agent_names_the_tool_and_the_contact()
    {
        using var server = new SourceServer();
        server.ArxivFixture("2005.14165,2104.08773", "arxiv-batch.xml");
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.14165", "2104.08773", "--out", temp.Path, "--mailto", "curator@example.org");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, EntryFolder.WithoutLock(temp.Files()).Length);
        ReceivedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/query", request.Path);
        Assert.Equal("2005.14165,2104.08773", request.Query["id_list"]);
        Assert.Equal("paper-catalog/" + ToolInfo.Version + " (mailto:curator@example.org)", request.Headers["User-Agent"]);
    }

    [Fact]
    public void Crossref_gets_the_contact_address_as_mailto_from_the_environment()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        server.Environment["PAPERCATALOG_MAILTO"] = "lab@example.org";

        ToolRun run = server.Run("add", "10.18653/v1/2022.acl-long.244", "--print");

        Assert.True(run.ExitCode == 0, run.ToString());
        ReceivedRequest crossref = server.Requests.Single(r => r.Path.StartsWith("/works/", System.StringComparison.Ordinal));
        Assert.Equal("lab@example.org", crossref.Query["mailto"]);
        Assert.EndsWith("(mailto:lab@example.org)", crossref.Headers["User-Agent"]);
    }

    [Fact]
    public void Print_shows_the_entry_and_writes_nothing_and_id_chooses_the_file_name()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();

        ToolRun print = server.Run("add", "2005.14165", "--print", "--out", temp.Path);
        ToolRun named = server.Run("add", "2005.14165", "--id", "gpt-3", "-k", "large-language-models", "--out", temp.Path);

        Assert.Equal(0, print.ExitCode);
        Assert.StartsWith("# language-models-are-few-shot-learners.yaml\n# yaml-language-server: $schema=" + PaperCatalog.Tool.Entries.EntrySchema.Url + "\nid: language-models-are-few-shot-learners\ntitle: \"Language Models are Few-Shot Learners\"\n", print.Out);
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(new[] { "gpt-3.yaml" }, EntryFolder.WithoutLock(temp.Files()).Select(Path.GetFileName).ToArray());
        Assert.Contains("keywords:\n  - large-language-models\n", File.ReadAllText(temp["gpt-3.yaml"]));
    }

    [Fact]
    public void An_entry_is_never_overwritten_without_force_and_adding_it_again_changes_nothing()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();
        Assert.Equal(0, server.Run("add", "2005.14165", "--out", temp.Path).ExitCode);
        string path = temp["language-models-are-few-shot-learners.yaml"];

        ToolRun again = server.Run("add", "arXiv:2005.14165v4", "--out", temp.Path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("year: 2020", "year: 2020\n# checked by hand", System.StringComparison.Ordinal));
        ToolRun refused = server.Run("add", "2005.14165", "--out", temp.Path);
        string kept = File.ReadAllText(path);
        ToolRun forced = server.Run("add", "2005.14165", "--out", temp.Path, "--force");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged " + path, again.Out);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("skipped " + path + ": the file exists; pass --force to replace it.", refused.Err);
        Assert.Contains("# checked by hand", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain("# checked by hand", File.ReadAllText(path));
    }

    [Fact]
    public void A_doi_only_datacite_holds_is_read_from_datacite_with_orcids_and_organisations()
    {
        using var server = new SourceServer();
        server.DataCite("10.5281/zenodo.4000001", new Reply(200, SourceServer.DataCiteJson, SourceServer.Fixture("datacite-zenodo.4000001.json")));
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "https://doi.org/10.5281/zenodo.4000001", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("looked up 1/1 https://doi.org/10.5281/zenodo.4000001 (DataCite)", run.Err);
        Assert.Equal(new[] { "/works/10.5281/zenodo.4000001", "/dois/10.5281/zenodo.4000001" }, server.Requests.Select(r => r.Path).ToArray());
        string text = File.ReadAllText(temp[Assert.Single(EntryFolder.WithoutLock(temp.Files()))]);
        string expected = "authors:\n  - family-names: \"Brown\"\n    given-names: \"Tom B.\"\n    orcid: \"https://orcid.org/0000-0002-1825-0097\"\n  - name: \"OpenAI\"\nyear: 2020\ndoi: \"10.5281/zenodo.4000001\"\nabstract: \"Recent work";
        Assert.True(text.Contains(expected, System.StringComparison.Ordinal), text);
        Assert.Empty(GeneratorRunner.Diagnostics(EntryFolder.WithoutLock(temp.Files()).Select(f => temp[f])));
    }

    [Fact]
    public void A_crossref_abstract_in_jats_becomes_plain_text_and_orcids_are_kept()
    {
        using var server = new SourceServer();
        string work = SourceServer.Fixture("crossref-2022.acl-long.244.json")
            .Replace("\"relation\": {", "\"abstract\": \"<jats:title>Abstract</jats:title><jats:p>Humans can follow <jats:italic>instructions</jats:italic> &amp; examples.</jats:p><jats:p>Models, less so.</jats:p>\",\n    \"relation-none\": {", System.StringComparison.Ordinal)
            .Replace("\"family\": \"Mishra\",", "\"family\": \"Mishra\", \"ORCID\": \"http://orcid.org/0000-0002-1825-0097\", \"authenticated-orcid\": false,", System.StringComparison.Ordinal);
        server.CrossrefBody("10.18653/v1/2022.acl-long.244", work);

        ToolRun run = server.Run("add", "10.18653/v1/2022.acl-long.244", "--print");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  - family-names: \"Mishra\"\n    given-names: \"Swaroop\"\n    orcid: \"https://orcid.org/0000-0002-1825-0097\"\n", run.Out);
        Assert.Contains("year: 2022\nvenue:\n  name: \"ACL 2022\"\n  type: conference\n  year: 2022\n", run.Out);
        Assert.Contains("abstract: \"Humans can follow instructions & examples. Models, less so.\"\n", run.Out);
    }

    [Fact]
    public void An_entry_id_cannot_be_given_for_several_papers()
    {
        ToolRun run = ToolRun.InProcess("add", "2005.14165", "2104.08773", "--id", "one");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("error: --id names one entry; it cannot be given with 2 papers.\n", run.Err);
    }
}
