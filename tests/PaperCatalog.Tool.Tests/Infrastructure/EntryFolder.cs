using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>Reads a folder of entries through the tool's loader (the generator's parser and rules) into papers.</summary>
internal static class EntryFolder
{
    public static IReadOnlyList<Paper> Papers(string folder)
    {
        using var output = new System.IO.StringWriter();
        LoadedCatalog catalog = CatalogLoader.Load(folder, new ToolContext(output, output));
        Xunit.Assert.Empty(catalog.Model.Diagnostics.Select(Reporting.DiagnosticText.Format));
        return PaperSelection.Index(catalog).All.ToList();
    }

    /// <summary>The files of a listing other than the folder's lock file, which writers leave in place by design.</summary>
    public static string[] WithoutLock(string[] files)
        => files.Where(f => System.IO.Path.GetFileName(f) != FolderLock.FileName).ToArray();
}
