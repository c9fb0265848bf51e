using System.Collections.Generic;
using System.Collections.Immutable;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// Runs the generator's pipeline without the compiler: each file through <see cref="EntryParser"/>, then all of them
/// through <see cref="CatalogValidator"/>, so that the tool reports what a build would.
/// </summary>
internal static class CatalogLoader
{
    /// <summary>Loads every entry file under <paramref name="folder"/>.</summary>
    /// <exception cref="UsageException">The folder is missing or a file cannot be read.</exception>
    public static LoadedCatalog Load(string folder, ToolContext context)
    {
        IReadOnlyList<string> paths = EntryFiles.Find(folder);
        var files = new List<ParsedFile>(paths.Count);
        // As the build does for its project folder: a file that resolves outside the folder is refused, not read.
        var location = new EntryFileLocation(folder);
        using (var progress = new ProgressCounter(context, paths.Count, "Reading entries"))
        {
            foreach (string path in paths)
            {
                files.Add(location.Check(path) is { } outside
                    ? EntryFileLocation.Refused(path, outside)
                    : EntryParser.Parse(path, EntryFileReader.ReadText(path)));
                progress.Advance();
            }
        }

        // Checked with the build's properties as the environment gives them (see CatalogOptions).
        return new LoadedCatalog(files, CatalogValidator.Validate(files.ToImmutableArray(), CatalogOptions.Current));
    }
}
