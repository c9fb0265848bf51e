using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback (<see cref="LoopbackServer"/>) standing in for arXiv, Crossref and DataCite, and runs of the tool
/// pointed at it through the environment, with a cache folder of their own, no arXiv interval and short retries.
/// </summary>
internal sealed class SourceServer : IDisposable
{
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string CrossrefJson = "application/json;charset=utf-8";
    public const string DataCiteJson = "application/vnd.api+json; charset=utf-8";

    private readonly TempFolder _cache = new();

    public SourceServer()
    {
        Server = new LoopbackServer();
    }

    public LoopbackServer Server { get; }

    /// <summary>The base URL of all three APIs.</summary>
    public string Url => Server.Url;

    /// <summary>Every request the server received, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => Server.Requests;

    /// <summary>The variables a run sees; tests add or change some.</summary>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "sources", name));

    /// <summary>An http URL on a loopback port nothing listens on.</summary>
    public static string RefusingUrl() => "http://127.0.0.1:" + LoopbackServer.FreePort() + "/";

    /// <summary>Answers <c>/query?id_list=...</c> for exactly these ids.</summary>
    public void Arxiv(string idList, params Reply[] replies) => Server.On("/query", idList, replies);

    public void Crossref(string doi, params Reply[] replies) => Server.On("/works/" + doi, null, replies);

    public void DataCite(string doi, params Reply[] replies) => Server.On("/dois/" + doi, null, replies);

    public void ArxivFixture(string idList, string fixture) => Arxiv(idList, new Reply(200, Atom, Fixture(fixture)));

    public void CrossrefBody(string doi, string body) => Crossref(doi, new Reply(200, CrossrefJson, body));

    /// <summary>The two papers of the issue: GPT-3 by arXiv id, the ACL paper by DOI (its preprint through Crossref's relation).</summary>
    public void ServeCatalogPapers()
    {
        ArxivFixture("2005.14165", "arxiv-2005.14165.xml");
        ArxivFixture("2104.08773", "arxiv-2104.08773.xml");
        CrossrefBody("10.18653/v1/2022.acl-long.244", Fixture("crossref-2022.acl-long.244.json"));
    }

    /// <summary>Whether runs tell the tool that stderr is a terminal.</summary>
    public bool ErrorIsTerminal { get; set; }

    /// <summary>Runs the tool in-process against this server.</summary>
    public ToolRun Run(params string[] args)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [SourceSettings.ArxivUrlVariable] = Url,
            [SourceSettings.CrossrefUrlVariable] = Url,
            [SourceSettings.DataCiteUrlVariable] = Url,
            [SourceSettings.CacheDirVariable] = _cache.Path,
            [SourceSettings.ArxivIntervalVariable] = "0",
            [SourceSettings.RetryDelayVariable] = "0.05",
            [SourceSettings.TimeoutVariable] = "5",
        };
        foreach ((string key, string? value) in Environment)
        {
            environment[key] = value;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = ToolApp.Run(args, new ToolContext(output, error, ErrorIsTerminal) { Environment = name => environment.GetValueOrDefault(name) });
        return new ToolRun(exitCode, ToolRun.Normalize(output.ToString()), ToolRun.Normalize(error.ToString()));
    }

    public void Dispose()
    {
        Server.Dispose();
        _cache.Dispose();
    }
}
