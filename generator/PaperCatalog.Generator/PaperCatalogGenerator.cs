using System;
using System.Collections.Immutable;
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

        IncrementalValueProvider<MemberLayout> layout = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => MemberLayoutReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Layout);

        IncrementalValueProvider<EntrySelection?> selection = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => EntryFileFilter.ListPath(provider.GlobalOptions)))
            .Where(static pair => EntryFileFilter.IsList(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => new EntrySelection(pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (lists, _) => lists.IsDefaultOrEmpty ? null : lists[0])
            .WithTrackingName(TrackingNames.EntryList);

        IncrementalValuesProvider<AdditionalText> entryFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(selection)
            .Where(static pair => EntryFileFilter.IsEntry(pair.Left.Left, pair.Left.Right, pair.Right))
            .Select(static (pair, _) => pair.Left.Left)
            .WithTrackingName(TrackingNames.EntryFiles);

        IncrementalValuesProvider<ParsedFile> parsed = entryFiles
            .Select(static (file, cancellationToken) => EntryParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<ReferencedCatalog?> referencedCatalog = context.CompilationProvider
            .Combine(options)
            .Select(static (pair, _) => ReferencedCatalogFinder.Find(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ReferencedCatalog);

        IncrementalValueProvider<ImmutableArray<ParsedFile>> allParsed = parsed.Collect();

        IncrementalValueProvider<CatalogModel> catalog = allParsed
            .Combine(options)
            .Select(static (pair, _) => CatalogValidator.Validate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Validate)
            .Combine(allParsed.Combine(referencedCatalog).Combine(options))
            .Select(static (pair, _) => ReferencedCatalogRule.Apply(pair.Left, pair.Right.Left.Left, pair.Right.Left.Right, pair.Right.Right));

        // With an invalid configured name the diagnostics are reported but no source is added: it would not compile.
        IncrementalValueProvider<bool> emits = catalog.Select(static (model, _) => model.EmitsCode);

        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = catalog
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        IncrementalValueProvider<CatalogShape> shape = catalog
            .Combine(options)
            .Combine(layout)
            .Select(static (pair, _) => CatalogPlanner.Shape(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Shape);

        IncrementalValuesProvider<PaperChunk> chunks = catalog
            .Combine(options)
            .Combine(layout)
            .SelectMany(static (pair, _) => CatalogPlanner.Chunks(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Chunks);

        // Each chunk's hash is its own cached step, so an edit rehashes one chunk, not the catalog.
        IncrementalValueProvider<CatalogHead> head = chunks
            .Select(static (chunk, _) => CatalogPlanner.Digest(chunk))
            .WithTrackingName(TrackingNames.ChunkDigests)
            .Collect()
            .Combine(shape)
            .Select(static (pair, _) => CatalogPlanner.Head(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.Head);

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
        context.RegisterSourceOutput(head.WhenEmitting(emits), static (output, value) =>
            AddSource(output, CatalogShellEmitter.HintName(value.Shape.Options), () => CatalogShellEmitter.Emit(value)));
        context.RegisterSourceOutput(chunks.WhenEmitting(emits), static (output, chunk) =>
            AddSource(output, ChunkEmitter.HintName(chunk), () => ChunkEmitter.Emit(chunk)));
        context.RegisterSourceOutput(keywords.WhenEmitting(emits), static (output, value) =>
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
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(DiagnosticRules.InternalError), Location.None, ex.GetType().Name + ": " + ex.Message));
            return;
        }

        context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
    }
}
