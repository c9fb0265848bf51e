using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>
/// Runs the real source generator in-process over entry files, as the compiler does in a build, and returns its
/// diagnostics as the compiler prints them.
/// </summary>
internal static class GeneratorRunner
{
    /// <summary>The generator's diagnostics as <c>path(line,col): error ID: message</c>, in the order reported.</summary>
    public static IReadOnlyList<string> Diagnostics(IEnumerable<string> entryPaths)
    {
        AdditionalText[] texts = entryPaths.Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p))).ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new TestAnalyzerConfigOptionsProvider());
        CSharpCompilation compilation = CSharpCompilation.Create("Catalog", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        driver = driver.RunGenerators(compilation);

        // Diagnostic.ToString() is the compiler's own formatting of a diagnostic, as csc prints it.
        return driver.GetRunResult().Diagnostics
            .Select(d => d.ToString())
            .ToList();
    }
}
