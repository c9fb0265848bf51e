using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Discovery;

namespace PaperCatalog.Generator.Tasks;

/// <summary>
/// Finds the entry files of the entries folder by <see cref="EntryDiscovery"/>, the rule the tool uses too, so that
/// the build and <c>paper-catalog lint</c> see the same files (an MSBuild glob differs from the tool in case, hidden
/// files and links). A path the rule refuses is a PAPER037 error.
/// </summary>
public sealed class FindPaperCatalogEntries : Task
{
    /// <summary>The entries folder (<c>PaperCatalogEntriesFolder</c>), absolute or relative to the project.</summary>
    [Required]
    public string Folder { get; set; } = string.Empty;

    /// <summary>The entry files found, full paths, in ordinal order.</summary>
    [Output]
    public ITaskItem[] Entries { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        EntryDiscoveryResult result = EntryDiscovery.Find(Folder.TrimEnd('/', '\\') is { Length: > 0 } trimmed ? trimmed : Folder);
        foreach (EntryDiscoveryProblem problem in result.Problems)
        {
            DiagnosticRule rule = DiagnosticRules.EntryPathRefused;
            Log.LogError(rule.Category, rule.Id, null, null, problem.Path, 0, 0, 0, 0, rule.MessageFormat, problem.Path, problem.Message);
        }

        Entries = result.Files.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        return !Log.HasLoggedErrors;
    }
}
