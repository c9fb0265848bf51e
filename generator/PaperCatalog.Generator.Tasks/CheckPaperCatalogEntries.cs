using System;
using System.Collections.Generic;
using Microsoft.Build.Framework;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Tasks;

/// <summary>
/// Finds the entry files that resolve, through symbolic links, outside the project folder, and reports each as
/// PAPER033 at the file. The targets remove them before the generator and the data task see them, so such a file
/// is never read. <c>PaperCatalogAllowEntriesOutside=true</c> turns the check off.
/// </summary>
public sealed class CheckPaperCatalogEntries : Microsoft.Build.Utilities.Task
{
    /// <summary>The entry files, as the <c>PaperCatalogEntry</c> items list them.</summary>
    [Required]
    public ITaskItem[] Entries { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's folder.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>"true" to allow entries outside the project folder.</summary>
    public string? AllowEntriesOutside { get; set; }

    /// <summary>The entries refused, to be removed from the build.</summary>
    [Output]
    public ITaskItem[] Outside { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        if (string.Equals(AllowEntriesOutside?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var location = new EntryFileLocation(ProjectDirectory);
        var outside = new List<ITaskItem>();
        foreach (ITaskItem entry in Entries)
        {
            string path = entry.GetMetadata("FullPath") is { Length: > 0 } full ? full : entry.ItemSpec;
            if (location.Check(path) is { } diagnostic)
            {
                DiagnosticRule rule = DiagnosticRules.Get(diagnostic.Id);
                Log.LogError(
                    subcategory: null,
                    errorCode: rule.Id,
                    helpKeyword: null,
                    helpLink: rule.HelpLink,
                    file: OneLine.Escape(path),
                    lineNumber: 1,
                    columnNumber: 1,
                    endLineNumber: 0,
                    endColumnNumber: 0,
                    message: diagnostic.FormatMessage());
                outside.Add(entry);
            }
        }

        Outside = outside.ToArray();
        return !Log.HasLoggedErrors;
    }
}
