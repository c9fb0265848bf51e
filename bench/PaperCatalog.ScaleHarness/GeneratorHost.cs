using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator;

namespace PaperCatalog.ScaleHarness;

/// <summary>Drives the generator in memory, as the compiler would: entry files as additional files, then compile.</summary>
internal static class GeneratorHost
{
    /// <summary>C# 12, the default of a net8.0 consumer; documentation comments parsed, as the generator tests do.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly MetadataReference[] References =
        Net80.References.All
            .Append(MetadataReference.CreateFromFile(typeof(PaperCatalog.Paper).Assembly.Location))
            .ToArray();

    /// <summary>The consumer project before generation: no sources of its own, .NET 8 and the runtime referenced.</summary>
    public static CSharpCompilation CreateInputCompilation()
        => CSharpCompilation.Create(
            "PaperCatalogScale",
            [],
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps)
        => CSharpGeneratorDriver.Create(
            [new PaperCatalogGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            EntryOptionsProvider.Instance,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Fresh additional-file objects over texts already in memory (a new <see cref="SourceText"/> each).</summary>
    public static AdditionalText[] Wrap(IReadOnlyList<string> paths, IReadOnlyList<string> texts)
    {
        var files = new AdditionalText[paths.Count];
        for (int i = 0; i < files.Length; i++)
        {
            files[i] = new InMemoryAdditionalText(paths[i], texts[i]);
        }

        return files;
    }
}

/// <summary>An entry file held in memory, as the compiler or the IDE hands it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Options as the MSBuild targets give them: only the catalog budget raised (100,000 synthetic entries are past the
/// default), and every additional file flagged with <c>build_metadata.AdditionalFiles.PaperCatalogEntry=true</c>.
/// </summary>
internal sealed class EntryOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly EntryOptionsProvider Instance = new();

    public override AnalyzerConfigOptions GlobalOptions => Options.Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Entry;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public static readonly Options Global = new(ImmutableDictionary<string, string>.Empty.Add("build_property.PaperCatalogMaxCatalogCharacters", "1000000000"));

        public static readonly Options Entry = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalogEntry", "true"));

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
