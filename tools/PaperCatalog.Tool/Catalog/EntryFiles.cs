using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Discovery;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// Finds the entry files of a folder by the core's <see cref="EntryDiscovery"/>, the rule the build's
/// <c>FindPaperCatalogEntries</c> task uses too, so that the tool and the build see exactly the same files.
/// </summary>
internal static class EntryFiles
{
    /// <summary>
    /// The entry files under <paramref name="folder"/>, sorted ordinally, each as <paramref name="folder"/> joined
    /// with its relative path, so that messages show paths as the user wrote the folder.
    /// </summary>
    /// <exception cref="UsageException">The folder does not exist or is a file, or the rule refuses a path in it.</exception>
    public static IReadOnlyList<string> Find(string folder)
    {
        RequireFolder(folder);
        EntryDiscoveryResult result = EntryDiscovery.Find(folder);
        if (result.Problems.Count > 0)
        {
            DiagnosticRule rule = DiagnosticRules.EntryPathRefused;
            throw new UsageException(string.Join(
                Environment.NewLine,
                result.Problems.Select(p => rule.Id + ": " + string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, p.Path, p.Message))));
        }

        return result.Files;
    }

    /// <summary>Fails with a clear message unless <paramref name="folder"/> is an existing folder.</summary>
    /// <exception cref="UsageException">The folder does not exist or is a file.</exception>
    public static void RequireFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new UsageException("'" + folder + "' is a file; expected a folder of entry files.");
        }

        if (!Directory.Exists(folder))
        {
            throw new UsageException("folder '" + folder + "' does not exist.");
        }
    }
}
