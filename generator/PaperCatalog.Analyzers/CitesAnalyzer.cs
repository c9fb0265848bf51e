using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Parsing;

namespace PaperCatalog.Analyzers;

/// <summary>
/// Checks the paper ids given to <c>[Cites(...)]</c>: an id no referenced catalog holds is reported at the
/// argument (PAPER101, with the closest id), and a correct id written as a string literal is offered the
/// generated constant instead (PAPER102).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitesAnalyzer : DiagnosticAnalyzer
{
    private const string CitesAttribute = "PaperCatalog.CitesAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(CitesDescriptors.UnknownPaperId, CitesDescriptors.UseIdConstant);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? cites = start.Compilation.GetTypeByMetadataName(CitesAttribute);
            if (cites == null)
            {
                return;
            }

            // Computed once per compilation, on first use.
            var ids = new System.Lazy<KnownPaperIds>(() => KnownPaperIds.From(start.Compilation));
            start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, cites, ids), SyntaxKind.Attribute);
        });
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, INamedTypeSymbol cites, System.Lazy<KnownPaperIds> ids)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, cites))
        {
            return;
        }

        // The id is the first positional argument; named ones (Note = ...) are not ids.
        AttributeArgumentSyntax argument = arguments.Arguments[0];
        if (argument.NameEquals != null || argument.NameColon != null)
        {
            return;
        }

        Optional<object?> value = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
        if (!value.HasValue || value.Value is not string id)
        {
            return;
        }

        KnownPaperIds known = ids.Value;
        if (known.IsEmpty)
        {
            // No catalog referenced: nothing to check against, and every id would look unknown.
            return;
        }

        if (!known.TryGet(id, out IFieldSymbol? field))
        {
            string? closest = KeySuggester.Closest(id, known.Ids.ToArray());
            context.ReportDiagnostic(Diagnostic.Create(
                CitesDescriptors.UnknownPaperId,
                argument.Expression.GetLocation(),
                id,
                closest == null ? string.Empty : "; did you mean '" + closest + "'?"));
            return;
        }

        if (argument.Expression.IsKind(SyntaxKind.StringLiteralExpression))
        {
            string constant = field!.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                CitesDescriptors.UseIdConstant,
                argument.Expression.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CitesDescriptors.ConstantNameProperty, constant),
                field.ContainingType.Name + "." + field.Name,
                id));
        }
    }
}
