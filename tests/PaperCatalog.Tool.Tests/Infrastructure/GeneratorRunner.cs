using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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
        AdditionalText[] texts = entryPaths.Select(p => (AdditionalText)new FileText(p)).ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new EntryOptionsProvider());
        CSharpCompilation compilation = CSharpCompilation.Create("Catalog", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        driver = driver.RunGenerators(compilation);

        // Diagnostic.ToString() is the compiler's own formatting of a diagnostic, as csc prints it.
        return driver.GetRunResult().Diagnostics
            .Select(d => d.ToString())
            .ToList();
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
            => SourceText.From(File.ReadAllText(Path));
    }

    /// <summary>Marks every additional file as an entry, as the build's targets do with PaperCatalogEntry="true".</summary>
    private sealed class EntryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Entry = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.PaperCatalogEntry", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Entry;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
