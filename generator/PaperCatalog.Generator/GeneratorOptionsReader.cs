using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator;

/// <summary>
/// Reads the MSBuild properties that name the generated namespace and classes. An unset or blank property takes the
/// default; any other value is kept as given (trimmed), and the validator reports it if it is not a usable name,
/// rather than quietly generating under another name.
/// </summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
        => GeneratorOptions.FromProperties(name => options.TryGetValue("build_property." + name, out string? value) ? value : null);
}
