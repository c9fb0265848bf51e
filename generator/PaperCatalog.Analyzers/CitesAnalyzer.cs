using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Parsing;

namespace PaperCatalog.Analyzers;

/// <summary>
/// Checks the paper ids given to <c>[Cites(...)]</c> on every target the attribute allows, however the id is
/// written (positional or <c>paperId:</c> argument, literal, <c>const</c>, any constant expression): an id no
/// referenced catalog holds is reported at the argument (PAPER101, with the closest id), a correct id written as
/// a string literal is offered the generated constant instead (PAPER102), and a paper that is retracted,
/// withdrawn or superseded is warned about (PAPER103) as its <c>[Obsolete]</c> constant would be.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitesAnalyzer : DiagnosticAnalyzer
{
    private const string CitesAttribute = "PaperCatalog.CitesAttribute";

    // Past this length an id is surely no typo of a catalog id; the suggestion's cost grows with the length.
    private const int MaxSuggestedLength = 200;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(CitesDescriptors.UnknownPaperId, CitesDescriptors.UseIdConstant, CitesDescriptors.InactivePaper);

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

        AttributeArgumentSyntax? argument = IdArgument(arguments);
        if (argument == null)
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

        Location location = argument.Expression.GetLocation();
        if (!known.TryGet(id, out IFieldSymbol? field))
        {
            string? closest = id.Length > MaxSuggestedLength ? null : KeySuggester.Closest(id, known.Ids.ToArray());
            context.ReportDiagnostic(Diagnostic.Create(
                CitesDescriptors.UnknownPaperId,
                location,
                MessageText.Excerpt(id),
                closest == null ? string.Empty : "; did you mean '" + MessageText.Excerpt(closest) + "'?"));
            return;
        }

        ReportInactive(context, argument, field!, id);
        if (argument.Expression.IsKind(SyntaxKind.StringLiteralExpression))
        {
            string constant = field!.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                CitesDescriptors.UseIdConstant,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(CitesDescriptors.ConstantNameProperty, constant),
                field.ContainingType.Name + "." + field.Name,
                MessageText.Excerpt(id)));
        }
    }

    /// <summary>
    /// The argument that carries the id: the first positional one, or the one named <c>paperId:</c>, wherever it
    /// stands. <c>Note = ...</c> sets a property and is never the id.
    /// </summary>
    private static AttributeArgumentSyntax? IdArgument(AttributeArgumentListSyntax arguments)
    {
        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameEquals != null)
            {
                continue;
            }

            if (argument.NameColon == null || argument.NameColon.Name.Identifier.ValueText == "paperId")
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The catalog marks the id constant of a retracted, withdrawn or superseded paper <c>[Obsolete]</c>, with the
    /// reason. Naming that constant already draws the compiler's CS0618; every other way of writing the id gets
    /// PAPER103, so a string or a constant of one's own does not hide the paper's status.
    /// </summary>
    private static void ReportInactive(SyntaxNodeAnalysisContext context, AttributeArgumentSyntax argument, IFieldSymbol field, string id)
    {
        AttributeData? obsolete = field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute");
        if (obsolete == null)
        {
            return;
        }

        ISymbol? named = context.SemanticModel.GetSymbolInfo(argument.Expression, context.CancellationToken).Symbol;
        if (SymbolEqualityComparer.Default.Equals(named, field))
        {
            return;
        }

        string reason = obsolete.ConstructorArguments.Length > 0 && obsolete.ConstructorArguments[0].Value is string message
            ? message
            : "No longer current.";
        context.ReportDiagnostic(Diagnostic.Create(
            CitesDescriptors.InactivePaper,
            argument.Expression.GetLocation(),
            MessageText.Excerpt(id),
            MessageText.Excerpt(reason)));
    }
}
