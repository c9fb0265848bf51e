using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PaperCatalog.Generator;

/// <summary>
/// Decides which additional files are catalog entries: those the MSBuild targets mark with
/// <c>PaperCatalogEntry="true"</c>. Other YAML in the project, such as workflow files, is never read.
/// </summary>
internal static class EntryFileFilter
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.PaperCatalogEntry";

    public static bool IsEntry(AdditionalText file, AnalyzerConfigOptionsProvider options)
        => options.GetOptions(file).TryGetValue(MetadataKey, out string? value)
           && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
