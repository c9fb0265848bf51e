using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>
/// Generates, when the project sets <c>PaperCatalogGenerateCitations</c>, an internal class listing every
/// <c>[Cites]</c> of the compilation with the paper it cites. It ships with the attribute in the runtime package,
/// since a project that cites papers need not reference the catalog generator. Only declarations that carry
/// <c>[Cites]</c> are read, and the catalogs only when the references change, so editing code that cites nothing
/// reruns nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CitationsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<CitationsOptions> options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => CitationsOptions.Read(provider.GlobalOptions))
            .WithTrackingName(CitationTrackingNames.Options);

        IncrementalValueProvider<EquatableArray<CitationModel>> citations = context.SyntaxProvider
            .ForAttributeWithMetadataName(CitesNames.Attribute, static (_, _) => true, static (c, token) => new EquatableArray<CitationModel>(CitationReader.Read(c, token)))
            .WithTrackingName(CitationTrackingNames.Citations)
            .Collect()
            .Select((all, _) => new EquatableArray<CitationModel>(CitationsEmitter.InSourceOrder(all.SelectMany(c => c))))
            .WithTrackingName(CitationTrackingNames.AllCitations);

        // Projects that have not opted in (most of them) never read the catalogs.
        IncrementalValueProvider<EquatableArray<CatalogId>> catalogs = context.MetadataReferencesProvider
            .Collect()
            .Combine(options.Select((o, _) => o.Enabled))
            .Select((input, token) => input.Right ? CatalogIndex.Read(input.Left, token) : EquatableArray<CatalogId>.Empty)
            .WithTrackingName(CitationTrackingNames.Catalogs);

        context.RegisterSourceOutput(options.Combine(citations).Combine(catalogs), static (output, input) =>
        {
            ((CitationsOptions settings, EquatableArray<CitationModel> all), EquatableArray<CatalogId> ids) = input;
            if (!settings.Enabled)
            {
                return;
            }

            CitationsClassName? name = CitationsClassName.From(settings);
            if (name == null)
            {
                output.ReportDiagnostic(Diagnostic.Create(CitesDescriptors.InvalidCitationsClass, Location.None, MessageText.Excerpt(settings.ClassName)));
                return;
            }

            output.AddSource(name.Class + ".Citations.g.cs", SourceText.From(CitationsEmitter.Emit(name, all, ids, settings.ProjectDir, settings.OwnCatalogLookup), System.Text.Encoding.UTF8));
        });
    }
}
