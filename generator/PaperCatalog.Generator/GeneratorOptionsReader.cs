using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator;

/// <summary>Reads the MSBuild properties that name the generated namespace and classes.</summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        GeneratorOptions defaults = GeneratorOptions.Default;
        return new GeneratorOptions(
            Get(options, "PaperCatalogNamespace", defaults.Namespace, allowDots: true),
            Get(options, "PaperCatalogPapersClass", defaults.PapersClass, allowDots: false),
            Get(options, "PaperCatalogIdsClass", defaults.IdsClass, allowDots: false),
            Get(options, "PaperCatalogKeywordsClass", defaults.KeywordsClass, allowDots: false));
    }

    // A value that is not a valid C# name falls back to the default rather than breaking the build.
    private static string Get(AnalyzerConfigOptions options, string property, string fallback, bool allowDots)
    {
        if (!options.TryGetValue("build_property." + property, out string? value) || string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        value = value.Trim();
        foreach (string part in allowDots ? value.Split('.') : new[] { value })
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                return fallback;
            }
        }

        return value;
    }
}
