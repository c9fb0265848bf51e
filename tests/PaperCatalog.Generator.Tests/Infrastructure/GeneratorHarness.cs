using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Data;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Testing;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory entry files, compiles its output, and loads the result.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly MetadataReference[] References =
        Net80.References.All
            .Append(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location))
            .ToArray();

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation("GeneratedCatalog", [], sources);

    /// <summary>A compilation of the given name, with the runtime and <paramref name="extraReferences"/> referenced.</summary>
    public static CSharpCompilation CreateCompilation(string assemblyName, MetadataReference[] extraReferences, params string[] sources)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Concat(extraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestAnalyzerConfigOptionsProvider? options = null)
        => CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options ?? new TestAnalyzerConfigOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over the given files (path, text) and returns everything it produced.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string? Text)> files, TestAnalyzerConfigOptionsProvider? options = null)
        => Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), options);

    /// <summary>Runs the generator once over the given additional files and returns everything it produced.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, TestAnalyzerConfigOptionsProvider? options = null, CSharpCompilation? compilation = null)
    {
        AdditionalText[] texts = files.ToArray();
        GeneratorDriver driver = CreateDriver(texts, options);
        CSharpCompilation input = compilation ?? CreateCompilation();
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, driverDiagnostics)
        {
            Data = BuildData(texts, options ?? new TestAnalyzerConfigOptionsProvider()),
        };
    }

    public static GeneratorRun Run(params (string Path, string? Text)[] files) => Run(files.AsEnumerable());

    /// <summary>
    /// The data resource the build task would embed for the same entries: parsed, validated and written by the core,
    /// as the task does, so that a test's compiled catalog loads as a built one does.
    /// </summary>
    public static byte[] BuildData(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider options)
    {
        ParsedFile[] parsed = files
            .Where(f => options.GetOptions(f).TryGetValue("build_metadata.AdditionalFiles.PaperCatalogEntry", out string? flag) && flag == "true")
            .Select(f => EntryParser.Parse(f.Path, f.GetText()?.ToString()))
            .ToArray();
        var names = GeneratorOptions.FromProperties(name => options.GlobalOptions.TryGetValue("build_property." + name, out string? value) ? value : null);
        CatalogModel model = CatalogValidator.Validate(ImmutableArray.Create(parsed), names);
        return CatalogDataWriter.Write(model.Papers.Select(p => p.Entry).ToList());
    }

}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, CSharpCompilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public GeneratedSourceResult[] Sources => Result.Results.Single().GeneratedSources.ToArray();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler errors and warnings of the generated code (not the generator's own diagnostics).</summary>
    public Diagnostic[] CompilationProblems()
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

    /// <summary>The data resource the build would embed for these entries.</summary>
    public byte[] Data { get; init; } = [];

    /// <summary>Emits the compiled catalog with its data resource, as a build does, and loads it in a collectible context.</summary>
    public Assembly Load() => Load(Data);

    /// <summary>Emits the compiled catalog with the given data as its resource, and loads it in a collectible context.</summary>
    public Assembly Load(byte[]? data)
    {
        using var stream = new MemoryStream();
        ResourceDescription[] resources = data == null
            ? []
            : [new ResourceDescription("PaperCatalog.Papers.bin", () => new MemoryStream(data), isPublic: true)];
        var emit = Output.Emit(stream, manifestResources: resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated catalog does not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("catalog-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
