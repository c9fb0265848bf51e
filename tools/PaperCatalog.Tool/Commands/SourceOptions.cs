using System.CommandLine;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Commands;

/// <summary>The options add and refresh share: where to look papers up, the contact address, the cache, the timeout.</summary>
internal sealed class SourceOptions
{
    private readonly Option<string?> _mailto = new("--mailto") { Description = "Contact address sent in the User-Agent (Crossref's polite pool); default $" + SourceSettings.MailtoVariable + "." };
    private readonly Option<string?> _arxivUrl = new("--arxiv-url") { Description = "Base URL of the arXiv API; default $" + SourceSettings.ArxivUrlVariable + ", else https://export.arxiv.org/api/." };
    private readonly Option<string?> _crossrefUrl = new("--crossref-url") { Description = "Base URL of Crossref's REST API; default $" + SourceSettings.CrossrefUrlVariable + ", else https://api.crossref.org/." };
    private readonly Option<string?> _dataCiteUrl = new("--datacite-url") { Description = "Base URL of DataCite's REST API; default $" + SourceSettings.DataCiteUrlVariable + ", else https://api.datacite.org/." };
    private readonly Option<string?> _cacheDir = new("--cache-dir") { Description = "Folder of the response cache; default $" + SourceSettings.CacheDirVariable + ", else the user's cache folder." };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Neither read nor write the response cache." };
    private readonly Option<double?> _timeout = new("--timeout") { Description = "Seconds one request may take before it is retried; default $" + SourceSettings.TimeoutVariable + ", else 30." };

    public void AddTo(Command command)
    {
        command.Options.Add(_mailto);
        command.Options.Add(_arxivUrl);
        command.Options.Add(_crossrefUrl);
        command.Options.Add(_dataCiteUrl);
        command.Options.Add(_cacheDir);
        command.Options.Add(_noCache);
        command.Options.Add(_timeout);
    }

    public SourceSettings Settings(ParseResult parse, ToolContext context) => SourceSettings.From(
        context.Environment,
        parse.GetValue(_arxivUrl),
        parse.GetValue(_crossrefUrl),
        parse.GetValue(_dataCiteUrl),
        parse.GetValue(_mailto),
        parse.GetValue(_cacheDir),
        parse.GetValue(_noCache),
        parse.GetValue(_timeout));
}
