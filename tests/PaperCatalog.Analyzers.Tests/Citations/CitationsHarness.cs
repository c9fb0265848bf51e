using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Analyzers.Citations;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Analyzers.Tests.Citations;

/// <summary>Runs the citations generator on consumer code that references the small test catalog.</summary>
internal static class CitationsHarness
{
    public const string ProjectDir = "/src/Lib/";

    public static Dictionary<string, string> Enabled(string? className = null)
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.PaperCatalogGenerateCitations"] = "true",
            ["build_property.RootNamespace"] = "Lib",
            ["build_property.ProjectDir"] = ProjectDir,
        };
        if (className != null)
        {
            options["build_property.PaperCatalogCitationsClass"] = className;
        }

        return options;
    }

    public static CSharpCompilation Compilation(params (string Name, string Source)[] files)
        => CSharpCompilation.Create(
            "Lib",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.Latest), path: ProjectDir + f.Name)),
            AnalyzerHarness.References(withCatalog: true),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(Dictionary<string, string> options)
        => CSharpGeneratorDriver.Create(
            [new CitationsGenerator().AsSourceGenerator()],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new TestAnalyzerConfigOptionsProvider(options),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; asserts that the result compiles and returns the generated file (or null).</summary>
    public static (string? Source, GeneratorRunResult Result) Run(Dictionary<string, string> options, params (string Name, string Source)[] files)
    {
        CSharpCompilation compilation = Compilation(files);
        GeneratorDriver driver = Driver(options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        Assert.Equal(string.Empty, string.Join("\n", output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0618")));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        return (result.GeneratedSources.SingleOrDefault().SourceText?.ToString(), result);
    }
}
