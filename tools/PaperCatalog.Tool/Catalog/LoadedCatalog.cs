using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Tool.Catalog;

/// <summary>A folder's entries after the generator's parser and cross-entry rules.</summary>
internal sealed class LoadedCatalog
{
    public LoadedCatalog(IReadOnlyList<ParsedFile> files, CatalogModel model)
    {
        Files = files;
        Model = model;
        Errors = model.Diagnostics.Count(d => DiagnosticRules.Get(d.Id).Severity == RuleSeverity.Error);
        Warnings = model.Diagnostics.Count - Errors;
    }

    /// <summary>Every entry file, parsed, in path order.</summary>
    public IReadOnlyList<ParsedFile> Files { get; }

    /// <summary>The valid papers and every diagnostic, as the generator computes them.</summary>
    public CatalogModel Model { get; }

    /// <summary>Diagnostics of error severity.</summary>
    public int Errors { get; }

    /// <summary>Diagnostics of warning severity.</summary>
    public int Warnings { get; }

    /// <summary>The file that holds the accepted paper with this id.</summary>
    public string? PathOf(string id)
        => Files.FirstOrDefault(f => f.Entry?.Id == id && Model.Papers.Any(p => ReferenceEquals(p.Entry, f.Entry)))?.Path;
}
