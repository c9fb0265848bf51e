using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperCatalog.Analyzers;

namespace PaperCatalog.CodeFixes;

/// <summary>Replaces a paper id written as a string literal with its generated <c>PaperIds</c> constant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIdConstantCodeFix)), Shared]
public sealed class UseIdConstantCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CitesDescriptors.UseIdConstant.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !diagnostic.Properties.TryGetValue(CitesDescriptors.ConstantNameProperty, out string? constant)
                || constant == null)
            {
                continue;
            }

            string shortName = constant.Substring(constant.LastIndexOf('.', constant.LastIndexOf('.') - 1) + 1);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + shortName,
                    cancellationToken => ReplaceAsync(context.Document, literal, constant, cancellationToken),
                    equivalenceKey: nameof(UseIdConstantCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string constant, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        ExpressionSyntax replacement = ShortestName(model, literal.SpanStart, constant).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    // The shortest spelling that still binds to the same constant here: PaperIds.Gpt3 when the namespace is
    // imported, else the namespace-qualified name, else the global:: one.
    private static ExpressionSyntax ShortestName(SemanticModel model, int position, string qualified)
    {
        ExpressionSyntax full = SyntaxFactory.ParseExpression(qualified);
        ISymbol? target = model.GetSpeculativeSymbolInfo(position, full, SpeculativeBindingOption.BindAsExpression).Symbol;
        string withoutAlias = qualified.StartsWith("global::", System.StringComparison.Ordinal) ? qualified.Substring("global::".Length) : qualified;
        int member = withoutAlias.LastIndexOf('.');
        int type = withoutAlias.LastIndexOf('.', member - 1);
        foreach (string candidate in new[] { withoutAlias.Substring(type + 1), withoutAlias })
        {
            ExpressionSyntax expression = SyntaxFactory.ParseExpression(candidate);
            ISymbol? bound = model.GetSpeculativeSymbolInfo(position, expression, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (target != null && SymbolEqualityComparer.Default.Equals(bound, target))
            {
                return expression;
            }
        }

        return full;
    }
}
