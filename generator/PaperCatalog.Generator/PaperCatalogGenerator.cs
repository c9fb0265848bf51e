using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emitting;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Generator;

/// <summary>
/// Compiles a catalog of YAML paper entries, given as <c>AdditionalFiles</c>, into typed C#. This type only wires
/// the pipeline: one parse per file, one validation across files, then one output per generated file, so that an
/// edit re-emits only the chunk of papers it touches.
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
            .Select(static (file, cancellationToken) => EntryParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<CatalogModel> catalog = parsed
            .Collect()
            .Select(static (files, _) => CatalogValidator.Validate(files))
            .WithTrackingName(TrackingNames.Validate);

        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = catalog
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        IncrementalValueProvider<CatalogShape> shape = catalog
            .Combine(options)
            .Select(static (pair, _) => CatalogPlanner.Shape(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Shape);

        IncrementalValuesProvider<PaperChunk> chunks = catalog
            .Combine(options)
            .SelectMany(static (pair, _) => CatalogPlanner.Chunks(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Chunks);

        IncrementalValueProvider<(EquatableArray<KeywordUse> Keywords, GeneratorOptions Options)> keywords = catalog
            .Select(static (model, _) => CatalogPlanner.Keywords(model))
            .Combine(options)
            .WithTrackingName(TrackingNames.Keywords);

        context.RegisterSourceOutput(diagnostics, static (output, infos) =>
        {
            foreach (DiagnosticInfo info in infos)
            {
                output.ReportDiagnostic(DiagnosticFactory.Create(info));
            }
        });
        context.RegisterSourceOutput(shape, static (output, value) =>
            AddSource(output, CatalogShellEmitter.HintName(value.Options), () => CatalogShellEmitter.Emit(value)));
        context.RegisterSourceOutput(chunks, static (output, chunk) =>
            AddSource(output, ChunkEmitter.HintName(chunk), () => ChunkEmitter.Emit(chunk)));
        context.RegisterSourceOutput(keywords, static (output, value) =>
            AddSource(output, KeywordsEmitter.HintName(value.Options), () => KeywordsEmitter.Emit(value.Keywords, value.Options)));
    }

    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        string text;
        try
        {
            text = emit();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never let an exception reach the compiler as CS8785: report it and leave this file out.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.GetType().Name + ": " + ex.Message));
            return;
        }

        context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
    }
}
