using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emitting;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Parsing;
using PaperCatalog.Generator.Validation;

namespace PaperCatalog.Generator;

/// <summary>
/// Compiles a catalog of YAML paper entries, given as <c>AdditionalFiles</c>, into typed C#. This type only wires
/// the pipeline: one parse per file, one validation across files, one emission.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PaperCatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValuesProvider<AdditionalText> entryFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => EntryFileFilter.IsEntry(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.EntryFiles);

        IncrementalValuesProvider<ParsedFile> parsed = entryFiles
            .Select(static (file, cancellationToken) => ParseFile(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<CatalogModel> catalog = parsed
            .Collect()
            .Select(static (files, _) => CatalogValidator.Validate(files))
            .WithTrackingName(TrackingNames.Validate);

        context.RegisterSourceOutput(catalog.Combine(options), static (output, input) => Emit(output, input.Left, input.Right));
    }

    private static ParsedFile ParseFile(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        return EntryParser.Parse(file.Path, text?.ToString());
    }

    private static void Emit(SourceProductionContext context, CatalogModel catalog, GeneratorOptions options)
    {
        foreach (DiagnosticInfo info in catalog.Diagnostics)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(info));
        }

        System.Collections.Generic.IReadOnlyList<GeneratedSource> sources;
        try
        {
            sources = CatalogEmitter.Emit(catalog, options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never let an exception reach the compiler as CS8785: report it and emit nothing.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.GetType().Name + ": " + ex.Message));
            return;
        }

        foreach (GeneratedSource source in sources)
        {
            context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }
}
