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
    {
        GeneratorOptions defaults = GeneratorOptions.Default;
        return new GeneratorOptions(
            Get(options, GeneratorOptions.NamespaceProperty, defaults.Namespace),
            Get(options, GeneratorOptions.PapersClassProperty, defaults.PapersClass),
            Get(options, GeneratorOptions.IdsClassProperty, defaults.IdsClass),
            Get(options, GeneratorOptions.KeywordsClassProperty, defaults.KeywordsClass));
    }

    private static string Get(AnalyzerConfigOptions options, string property, string fallback)
        => options.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : fallback;
}
