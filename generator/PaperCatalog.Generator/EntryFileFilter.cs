using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator;

/// <summary>
/// Decides which additional files are catalog entries: those in the entry list the MSBuild targets write (the
/// <c>PaperCatalogEntryList</c> property names it), or, for a compilation driven without those targets, those
/// carrying <c>PaperCatalogEntry = true</c> metadata. Other YAML in the project, such as workflow files, is never read.
/// </summary>
internal static class EntryFileFilter
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.PaperCatalogEntry";

    public const string ListProperty = "build_property.PaperCatalogEntryList";

    /// <summary>The entry list's path, or null when the build names none.</summary>
    public static string? ListPath(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(ListProperty, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static bool IsList(AdditionalText file, string? listPath)
        => listPath != null && string.Equals(file.Path.Replace('\\', '/'), listPath.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

    public static bool IsEntry(AdditionalText file, AnalyzerConfigOptionsProvider options, EntrySelection? selection)
    {
        if (selection != null)
        {
            return selection.Contains(file.Path);
        }

        return options.GetOptions(file).TryGetValue(MetadataKey, out string? value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }
}
