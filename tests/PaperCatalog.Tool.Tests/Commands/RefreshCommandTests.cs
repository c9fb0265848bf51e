using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class RefreshCommandTests
{
    private const string Acl = "10.18653/v1/2022.acl-long.244";

    private const string Retraction = "\"updated-by\": [{\"updated\": {\"date-parts\": [[2024, 3, 1]], \"date-time\": \"2024-03-01T00:00:00Z\"}, \"DOI\": \"10.18653/v1/2024.retraction.1\", \"type\": \"retraction\", \"source\": \"publisher\", \"label\": \"Retraction\"}],\n    \"relation\": {";

    [Fact]
    public void A_retraction_upstream_is_reported_written_as_the_status_and_warns_at_the_citing_line()
    {
        using var server = new SourceServer();
        ServeCatalogWithRetraction(server);
        using var temp = new TempFolder();
        string entry = CopyCatalogEntry(temp, "natural-instructions.yaml");
        string gpt3 = CopyCatalogEntry(temp, "gpt-3.yaml");
        string before = File.ReadAllText(entry);

        ToolRun report = server.Run("refresh", temp.Path);
        string unchanged = File.ReadAllText(entry);
        ToolRun write = server.Run("refresh", temp.Path, "--write");

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains(entry + " (2104.08773):\n  retracted: Crossref Retraction 10.18653/v1/2024.retraction.1 of 2024-03-01 -> status: retracted\n  arXiv's latest version is v3 (the entry's facts are of v1)\n", report.Out);
        Assert.Contains(gpt3 + " (2005.14165):\n  arXiv's latest version is v4 (the entry's facts are of v1)\n", report.Out);
        Assert.Contains("Refreshed " + temp.Path + ": 2 entries with an arXiv id or DOI, 2 with changes upstream.", report.Out);
        Assert.Equal(before, unchanged);

        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains("-> status: retracted (set)\n", write.Out);
        Assert.Equal(before.Replace("doi: \"" + Acl + "\"\n", "doi: \"" + Acl + "\"\nstatus: retracted\n", System.StringComparison.Ordinal), File.ReadAllText(entry));

        // After the next build, code citing the paper is warned at its line.
        const string citing = "using PaperCatalog;\n\n[Cites(PaperIds.NaturalInstructions)]\ninternal sealed class InstructionTuning\n{\n}\n";
        var diagnostics = CitingCompilation.Diagnostics(new[] { entry, gpt3 }, "InstructionTuning.cs", citing);
        Diagnostic obsolete = Assert.Single(diagnostics);
        Assert.Equal("CS0618", obsolete.Id);
        Assert.Equal(("InstructionTuning.cs", 2), (obsolete.Location.GetLineSpan().Path, obsolete.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("retracted", obsolete.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.OrdinalIgnoreCase);
        Assert.Empty(CitingCompilation.Diagnostics(new[] { CatalogEntry("natural-instructions.yaml"), gpt3 }, "InstructionTuning.cs", citing));
    }

    [Fact]
    public void Write_fills_what_the_entry_lacks_and_replaces_the_curators_values_only_with_force()
    {
        using var server = new SourceServer();
        ServeCatalogWithRetraction(server);
        using var temp = new TempFolder();
        string entry = CopyCatalogEntry(temp, "natural-instructions.yaml");
        string curated = File.ReadAllText(entry)
            .Replace("doi: \"" + Acl + "\"\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("  name: \"ACL 2022\"\n", "  name: \"ACL\" # as the lab calls it\n", System.StringComparison.Ordinal);
        File.WriteAllText(entry, curated);

        ToolRun write = server.Run("refresh", temp.Path, "--write");
        string afterWrite = File.ReadAllText(entry);
        ToolRun force = server.Run("refresh", temp.Path, "--write", "--force");

        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains("  published version's DOI: " + Acl + " -> doi: " + Acl + " (set)\n", write.Out);
        Assert.Contains("  venue upstream is 'ACL 2022 (conference, 2022)', the entry has 'ACL (2022)' -> venue: ACL 2022 (conference, 2022) (not set: the entry has its own value; pass --force to replace it)\n", write.Out);
        Assert.Contains("venue:\n  name: \"ACL\" # as the lab calls it\n  year: 2022\ndoi: \"" + Acl + "\"\nstatus: retracted\n", afterWrite);
        Assert.True(force.ExitCode == 0, force.ToString());
        Assert.Contains("venue:\n  name: \"ACL 2022\"\n  type: conference\n  year: 2022\ndoi: \"" + Acl + "\"\nstatus: retracted\n", File.ReadAllText(entry));
        Assert.Empty(GeneratorRunner.Diagnostics(new[] { entry }));
    }

    [Fact]
    public void A_venue_the_entry_lacks_is_written_as_the_mapping_and_a_missing_year_is_added_to_the_curators_venue()
    {
        using var server = new SourceServer();
        ServeCatalogWithRetraction(server);
        using var temp = new TempFolder();
        string entry = CopyCatalogEntry(temp, "natural-instructions.yaml");
        string catalog = File.ReadAllText(entry);
        const string venue = "venue:\n  name: \"ACL 2022\"\n  year: 2022\n";
        File.WriteAllText(entry, catalog.Replace(venue, "# the venue is not known yet\n", System.StringComparison.Ordinal));

        ToolRun fill = server.Run("refresh", temp.Path, "--write");
        string filled = File.ReadAllText(entry);
        File.WriteAllText(entry, catalog.Replace("  year: 2022\n", string.Empty, System.StringComparison.Ordinal));
        ToolRun year = server.Run("refresh", temp.Path, "--write");

        Assert.True(fill.ExitCode == 0, fill.ToString());
        Assert.Contains("  published in: ACL 2022 (conference, 2022) -> venue: ACL 2022 (conference, 2022) (set)\n", fill.Out);
        Assert.Contains("# the venue is not known yet\nvenue:\n  name: \"ACL 2022\"\n  type: conference\n  year: 2022\ndoi: \"" + Acl + "\"\nstatus: retracted\nkeywords:\n", filled);
        Assert.True(year.ExitCode == 0, year.ToString());
        Assert.Contains("  published version's year: 2022 -> venue: ACL 2022 (2022) (set)\n", year.Out);
        Assert.Contains(venue + "doi: \"" + Acl + "\"\nstatus: retracted\n", File.ReadAllText(entry));
        Assert.Empty(GeneratorRunner.Diagnostics(new[] { entry }));
    }

    [Fact]
    public void An_entry_whose_lookup_fails_gives_the_failures_exit_code_and_the_others_are_still_refreshed()
    {
        using var server = new SourceServer();
        ServeCatalogWithRetraction(server);
        using var temp = new TempFolder();
        string entry = CopyCatalogEntry(temp, "natural-instructions.yaml");
        temp.Write("doi-only.yaml", "id: doi-only\ntitle: A Paper Only Crossref Knows\nauthors:\n  - family-names: Doe\nyear: 2020\ndoi: \"10.1234/missing\"\n");

        ToolRun run = server.Run("refresh", temp.Path, "--write");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("error: 10.1234/missing: neither Crossref nor DataCite knows the DOI 10.1234/missing.", run.Err);
        Assert.Contains("status: retracted\n", File.ReadAllText(entry));
        Assert.Contains(", 1 not looked up.", run.Out);
    }

    [Fact]
    public void The_entrys_own_doi_is_asked_for_when_arxiv_lists_none()
    {
        using var server = new SourceServer();
        server.ArxivFixture("2104.08773", "arxiv-2104.08773.xml");
        server.CrossrefBody(Acl, SourceServer.Fixture("crossref-2022.acl-long.244.json").Replace("\"relation\": {", Retraction, System.StringComparison.Ordinal));
        using var temp = new TempFolder();
        CopyCatalogEntry(temp, "natural-instructions.yaml");

        ToolRun run = server.Run("refresh", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  retracted: Crossref Retraction 10.18653/v1/2024.retraction.1 of 2024-03-01 -> status: retracted\n", run.Out);
        Assert.DoesNotContain("published version's DOI", run.Out);
        Assert.DoesNotContain("DOI upstream", run.Out);
    }

    [Fact]
    public void A_withdrawal_in_the_arxiv_comment_sets_status_withdrawn()
    {
        using var server = new SourceServer();
        string feed = SourceServer.Fixture("arxiv-2005.14165.xml").Replace(
            "<link href=\"http://arxiv.org/abs/2005.14165v4\"",
            "<arxiv:comment xmlns:arxiv=\"http://arxiv.org/schemas/atom\">This paper has been withdrawn by the authors due to an error in Table 3</arxiv:comment>\n    <link href=\"http://arxiv.org/abs/2005.14165v4\"",
            System.StringComparison.Ordinal);
        server.Arxiv("2005.14165", new Reply(200, SourceServer.Atom, feed));
        using var temp = new TempFolder();
        string entry = CopyCatalogEntry(temp, "gpt-3.yaml");

        ToolRun run = server.Run("refresh", temp.Path, "--write");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  withdrawn: arXiv: This paper has been withdrawn by the authors due to an error in Table 3 of 2020-07-22 -> status: withdrawn (set)\n", run.Out);
        Assert.Contains("venue:\n  name: \"NeurIPS 2020\"\n  year: 2020\nstatus: withdrawn\nkeywords:\n", File.ReadAllText(entry));
    }

    private static void ServeCatalogWithRetraction(SourceServer server)
    {
        // arXiv lists the published version's DOI, which leads to Crossref and its retraction notice.
        string feed = SourceServer.Fixture("arxiv-2104.08773.xml")
            .Replace("<link href=\"http://arxiv.org/abs/2104.08773v3\"", "<arxiv:doi xmlns:arxiv=\"http://arxiv.org/schemas/atom\">" + Acl + "</arxiv:doi>\n    <link href=\"http://arxiv.org/abs/2104.08773v3\"", System.StringComparison.Ordinal);
        server.Arxiv("2104.08773", new Reply(200, SourceServer.Atom, feed));
        server.Arxiv("2005.14165,2104.08773", new Reply(200, SourceServer.Atom, SourceServer.Fixture("arxiv-batch.xml")
            .Replace("<link href=\"http://arxiv.org/abs/2104.08773v3\"", "<arxiv:doi xmlns:arxiv=\"http://arxiv.org/schemas/atom\">" + Acl + "</arxiv:doi>\n    <link href=\"http://arxiv.org/abs/2104.08773v3\"", System.StringComparison.Ordinal)));
        server.CrossrefBody(Acl, SourceServer.Fixture("crossref-2022.acl-long.244.json").Replace("\"relation\": {", Retraction, System.StringComparison.Ordinal));
    }

    private static string CatalogEntry(string name) => Path.Combine(RepositoryPaths.CatalogEntries, name);

    private static string CopyCatalogEntry(TempFolder temp, string name) => temp.Write(name, File.ReadAllText(CatalogEntry(name)));
}
