using System;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Tool.Sources;

/// <summary>Which registry an identifier belongs to.</summary>
internal enum IdentifierKind
{
    /// <summary>An arXiv id, looked up in the arXiv API.</summary>
    Arxiv,

    /// <summary>A DOI, looked up at Crossref, then DataCite.</summary>
    Doi,
}

/// <summary>
/// An identifier as the user typed it, read into its canonical form: arXiv ids without prefix or version
/// (<c>arXiv:2005.14165v4</c>, abs and pdf links and the arXiv DOI <c>10.48550/arXiv.2005.14165</c> all give
/// <c>2005.14165</c>), DOIs without <c>doi:</c> or resolver prefix and in lower case (DOIs are case-insensitive).
/// </summary>
internal sealed record PaperIdentifier(IdentifierKind Kind, string Value, string Input)
{
    /// <summary>For an arXiv id, the published version's DOI already known (an entry's <c>doi</c>), asked for even when arXiv lists none.</summary>
    public string? KnownDoi { get; init; }

    /// <summary>The DOI prefix arXiv registers its papers under, at DataCite.</summary>
    public const string ArxivDoiPrefix = "10.48550/arxiv.";

    private static readonly string[] DoiPrefixes =
    {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:",
    };

    /// <summary>The identifier, or null with <paramref name="reason"/> when the text is neither an arXiv id nor a DOI.</summary>
    public static PaperIdentifier? TryParse(string input, out string reason)
    {
        reason = string.Empty;
        string text = input.Trim();
        if (Arxiv(text) is { } arxiv)
        {
            return new PaperIdentifier(IdentifierKind.Arxiv, arxiv, input);
        }

        string doi = text;
        foreach (string prefix in DoiPrefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi.Substring(prefix.Length).Trim();
                break;
            }
        }

        doi = Uri.UnescapeDataString(doi).ToLowerInvariant();
        if (doi.StartsWith(ArxivDoiPrefix, StringComparison.Ordinal) && ArxivIdGrammar.TryNormalize(doi.Substring(ArxivDoiPrefix.Length), out string fromDoi))
        {
            return new PaperIdentifier(IdentifierKind.Arxiv, fromDoi, input);
        }

        if (Core.Parsing.ValueRules.IsValidDoi(doi))
        {
            return new PaperIdentifier(IdentifierKind.Doi, doi, input);
        }

        reason = "'" + input + "' is neither an arXiv id (2005.14165, arXiv:hep-th/9901001v2, an arxiv.org link) nor a DOI (10.18653/v1/2022.acl-long.244, doi:..., https://doi.org/...)";
        return null;
    }

    /// <summary>The canonical arXiv id of a DOI registered by arXiv, or null.</summary>
    public static string? ArxivOfDoi(string doi)
        => doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase) && ArxivIdGrammar.TryNormalize(doi.Substring(ArxivDoiPrefix.Length), out string id) ? id : null;

    private static string? Arxiv(string text)
    {
        string value = text;

        // The core accepts abs links; pdf links name the same paper, with an optional ".pdf".
        foreach (string pdf in new[] { "https://arxiv.org/pdf/", "http://arxiv.org/pdf/", "arxiv.org/pdf/" })
        {
            if (value.StartsWith(pdf, StringComparison.OrdinalIgnoreCase))
            {
                value = value.Substring(pdf.Length);
                value = value.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? value.Substring(0, value.Length - 4) : value;
                break;
            }
        }

        if (value.StartsWith("https://www.arxiv.org/", StringComparison.OrdinalIgnoreCase))
        {
            value = "https://arxiv.org/" + value.Substring("https://www.arxiv.org/".Length);
        }

        if (value.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            value = "arXiv:" + value.Substring(6);
        }

        return ArxivIdGrammar.TryNormalize(value, out string canonical) ? canonical : null;
    }
}
