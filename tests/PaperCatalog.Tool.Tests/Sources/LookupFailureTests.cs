using System.IO;
using System.Linq;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Sources;

/// <summary>Every way a lookup fails: its own message and exit code, nothing written, the other ids kept.</summary>
public class LookupFailureTests
{
    private const string Acl = "10.18653/v1/2022.acl-long.244";

    private const string EmptyFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">ArXiv Query: search_query=&amp;id_list=2005.99999&amp;start=0&amp;max_results=1</title>
          <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults>
        </feed>
        """;

    [Fact]
    public void An_arxiv_id_arxiv_does_not_know_is_not_found()
    {
        using var server = new SourceServer();
        server.Arxiv("2005.99999", new Reply(200, SourceServer.Atom, EmptyFeed));
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.99999", "--out", temp.Path);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("error: 2005.99999: arXiv has no paper 2005.99999.", run.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void A_doi_neither_crossref_nor_datacite_holds_is_not_found_and_the_other_ids_are_still_written()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "10.1234/missing", "2005.14165", "--out", temp.Path);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("error: 10.1234/missing: neither Crossref nor DataCite knows the DOI 10.1234/missing.", run.Err);
        Assert.Equal(new[] { "language-models-are-few-shot-learners.yaml" }, EntryFolder.WithoutLock(temp.Files()));
        Assert.Contains("2 ids, 1 written, 0 unchanged, 1 skipped.", run.Out);
    }

    [Fact]
    public void A_registry_that_cannot_be_reached_is_reported_as_offline()
    {
        using var server = new SourceServer();
        string refusing = SourceServer.RefusingUrl();
        server.Environment["PAPERCATALOG_ARXIV_URL"] = refusing;
        server.Environment["PAPERCATALOG_CROSSREF_URL"] = refusing;
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.14165", Acl, "--out", temp.Path, "--no-cache");

        Assert.Equal(ExitCodes.Offline, run.ExitCode);
        Assert.Contains("error: 2005.14165: cannot reach arXiv (" + refusing + "query?id_list=2005.14165&max_results=1)", run.Err);
        Assert.Contains("error: " + Acl + ": cannot reach Crossref (" + refusing + "works/" + Acl + ")", run.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void A_registry_that_does_not_answer_in_time_is_a_timeout_after_the_retries()
    {
        using var server = new SourceServer();
        server.Arxiv("2005.14165", new Reply(200, SourceServer.Atom, SourceServer.Fixture("arxiv-2005.14165.xml")) { Delay = System.TimeSpan.FromSeconds(4) });
        server.Environment["PAPERCATALOG_HTTP_TIMEOUT"] = "0.3";
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.14165", "--out", temp.Path);

        Assert.Equal(ExitCodes.Timeout, run.ExitCode);
        Assert.Contains("did not answer within 0.3 s (after 3 retries).", run.Err);
        Assert.Equal(4, server.Requests.Count);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void Retry_after_is_honoured_on_429_and_a_lasting_503_is_an_http_error()
    {
        using var server = new SourceServer();
        var busy = new Reply(429, "text/plain", "Too Many Requests") { Headers = new System.Collections.Generic.Dictionary<string, string> { ["Retry-After"] = "1" } };
        server.Arxiv("2005.14165", busy, new Reply(200, SourceServer.Atom, SourceServer.Fixture("arxiv-2005.14165.xml")));
        server.Crossref(Acl, new Reply(503, "text/plain", "Service Unavailable"));

        ToolRun recovered = server.Run("add", "2005.14165", "--print");
        int arxivRequests = server.Requests.Count;
        ToolRun unavailable = server.Run("add", Acl, "--print");

        Assert.True(recovered.ExitCode == 0, recovered.ToString());
        Assert.Equal(2, arxivRequests);
        Assert.Equal(ExitCodes.HttpError, unavailable.ExitCode);
        Assert.Contains("answered HTTP 503 Service Unavailable after 3 retries.", unavailable.Err);
        Assert.Equal(4, server.Requests.Count(r => r.Path.StartsWith("/works/", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Malformed_xml_truncated_json_and_a_cut_connection_are_malformed_responses()
    {
        using var server = new SourceServer();
        string feed = SourceServer.Fixture("arxiv-2005.14165.xml");
        string work = SourceServer.Fixture("crossref-2022.acl-long.244.json");
        server.Arxiv("2005.14165", new Reply(200, SourceServer.Atom, feed.Substring(0, feed.Length / 2)));
        server.Crossref(Acl, new Reply(200, SourceServer.CrossrefJson, work.Substring(0, work.Length / 2)));
        server.Crossref("10.1234/cut", new Reply(200, SourceServer.CrossrefJson, work) { CutShort = true });
        using var temp = new TempFolder();

        ToolRun xml = server.Run("add", "2005.14165", "--out", temp.Path);
        ToolRun json = server.Run("add", Acl, "--out", temp.Path);
        ToolRun cut = server.Run("add", "10.1234/cut", "--out", temp.Path, "--no-cache");

        Assert.Equal(ExitCodes.MalformedResponse, xml.ExitCode);
        Assert.Contains("sent malformed XML: line ", xml.Err);
        Assert.Equal(ExitCodes.MalformedResponse, json.ExitCode);
        Assert.Contains("sent malformed or truncated JSON", json.Err);
        Assert.Equal(ExitCodes.MalformedResponse, cut.ExitCode);
        Assert.Contains("closed the connection before the whole response arrived", cut.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void An_atom_response_with_a_dtd_is_refused_unread()
    {
        using var server = new SourceServer();
        string feed = SourceServer.Fixture("arxiv-2005.14165.xml")
            .Replace("<feed ", "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<feed ", System.StringComparison.Ordinal)
            .Replace("<title>Language", "<title>&xxe;Language", System.StringComparison.Ordinal);
        server.Arxiv("2005.14165", new Reply(200, SourceServer.Atom, feed));
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "2005.14165", "--out", temp.Path);

        Assert.Equal(ExitCodes.HostileResponse, run.ExitCode);
        Assert.Contains("sent XML with a document type declaration (DTD)", run.Err);
        Assert.DoesNotContain("root:", run.Out + run.Err);
        Assert.Empty(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void A_huge_body_is_refused()
    {
        using var server = new SourceServer();
        server.Crossref(Acl, new Reply(200, SourceServer.CrossrefJson, "{\"message\": \"" + new string('x', 5 * 1024 * 1024) + "\"}"));

        ToolRun run = server.Run("add", Acl, "--print");

        Assert.Equal(ExitCodes.ResponseTooLarge, run.ExitCode);
        Assert.Contains("sent more than 4096 KiB; no metadata record is that large, so the response was refused.", run.Err);
    }

    [Fact]
    public void A_response_of_another_content_type_is_refused()
    {
        using var server = new SourceServer();
        server.Crossref(Acl, new Reply(200, "text/html; charset=utf-8", "<html><body>Sign in to continue</body></html>"));

        ToolRun run = server.Run("add", Acl, "--print");

        Assert.Equal(ExitCodes.WrongContentType, run.ExitCode);
        Assert.Contains("answered with content type 'text/html', not application/json.", run.Err);
    }

    [Fact]
    public void A_text_that_is_no_identifier_fails_alone()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();
        using var temp = new TempFolder();

        ToolRun run = server.Run("add", "not-an-id", "2005.14165", "--out", temp.Path);

        Assert.Equal(ExitCodes.BadIdentifier, run.ExitCode);
        Assert.Contains("error: 'not-an-id' is neither an arXiv id", run.Err);
        Assert.Single(EntryFolder.WithoutLock(temp.Files()));
    }

    [Fact]
    public void Responses_are_cached_on_disk_and_no_cache_asks_again()
    {
        using var server = new SourceServer();
        server.ServeCatalogPapers();

        Assert.Equal(0, server.Run("add", "2005.14165", "--print").ExitCode);
        Assert.Equal(0, server.Run("add", "2005.14165", "--print").ExitCode);
        int cachedRequests = server.Requests.Count;
        Assert.Equal(0, server.Run("add", "2005.14165", "--print", "--no-cache").ExitCode);

        Assert.Equal(1, cachedRequests);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void Progress_is_a_counter_on_a_terminal_and_plain_lines_when_redirected()
    {
        using var server = new SourceServer();
        server.ArxivFixture("2005.14165,2104.08773", "arxiv-batch.xml");

        ToolRun redirected = server.Run("add", "2005.14165", "2104.08773", "--print");
        server.ErrorIsTerminal = true;
        ToolRun terminal = server.Run("add", "2005.14165", "2104.08773", "--print", "--no-cache");

        Assert.Equal("looked up 1/2 2005.14165 (arXiv)\nlooked up 2/2 2104.08773 (arXiv)\n", redirected.Err);
        Assert.Contains("\rlooking up 1/2", terminal.Err);
        Assert.DoesNotContain("looked up", terminal.Err);
    }
}
