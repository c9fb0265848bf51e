using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>
/// Compiles code that cites papers together with the catalog the real generator makes from entry files, as a
/// curator's build does, and returns the warnings and errors of the compilation (the generator's included).
/// </summary>
internal static class CitingCompilation
{
    public static IReadOnlyList<Diagnostic> Diagnostics(IEnumerable<string> entryPaths, string citingPath, string citingCode)
    {
        AdditionalText[] texts = entryPaths.Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p))).ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() }, texts, parseOptions, new TestAnalyzerConfigOptionsProvider());

        // The test host's own framework and the runtime library, each assembly once.
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Paper).Assembly.Location)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(path => MetadataReference.CreateFromFile(path));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Citing",
            new[] { CSharpSyntaxTree.ParseText(citingCode, parseOptions, citingPath) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
    }
}
