using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>Turns the <c>[Cites]</c> attributes of one declaration into <see cref="CitationModel"/> values.</summary>
internal static class CitationReader
{
    // Qualified by namespace, as `paper-catalog cited` names the members it reads from metadata.
    private static readonly SymbolDisplayFormat NameFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType)
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters);

    public static ImmutableArray<CitationModel> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        ISymbol symbol = context.TargetSymbol;
        var citations = ImmutableArray.CreateBuilder<CitationModel>();
        foreach (AttributeData attribute in context.Attributes)
        {
            Add(citations, attribute, symbol, Target(attribute, symbol), cancellationToken);
        }

        // [return: Cites] sits on the method's declaration but belongs to its return value.
        if (symbol is IMethodSymbol method && context.TargetNode is not CompilationUnitSyntax)
        {
            foreach (AttributeData attribute in method.GetReturnTypeAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == CitesNames.Attribute && !Contains(context.Attributes, attribute))
                {
                    Add(citations, attribute, symbol, "return", cancellationToken);
                }
            }
        }

        return citations.ToImmutable();
    }

    private static bool Contains(ImmutableArray<AttributeData> attributes, AttributeData attribute)
    {
        foreach (AttributeData a in attributes)
        {
            if (a.ApplicationSyntaxReference?.Span == attribute.ApplicationSyntaxReference?.Span
                && a.ApplicationSyntaxReference?.SyntaxTree == attribute.ApplicationSyntaxReference?.SyntaxTree)
            {
                return true;
            }
        }

        return false;
    }

    private static string Target(AttributeData attribute, ISymbol symbol)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is { Parent: AttributeListSyntax { Target: { } target } }
            && target.Identifier.ValueText == "return")
        {
            return "return";
        }

        return symbol switch
        {
            IAssemblySymbol => "assembly",
            IModuleSymbol => "module",
            INamedTypeSymbol => "type",
            IMethodSymbol => "method",
            IPropertySymbol => "property",
            IFieldSymbol => "field",
            IEventSymbol => "event",
            IParameterSymbol => "parameter",
            ITypeParameterSymbol => "type parameter",
            _ => "symbol",
        };
    }

    private static void Add(ImmutableArray<CitationModel>.Builder citations, AttributeData attribute, ISymbol symbol, string target, CancellationToken cancellationToken)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string id)
        {
            // An id that is no constant string is a compile error already; nothing to list.
            return;
        }

        string? note = null;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == "Note" && named.Value.Value is string text)
            {
                note = text;
            }
        }

        SyntaxReference? reference = attribute.ApplicationSyntaxReference;
        FileLinePositionSpan span = reference == null
            ? default
            : reference.SyntaxTree.GetLineSpan(reference.Span, cancellationToken);
        citations.Add(new CitationModel(
            id,
            note,
            target,
            DocumentationId(symbol),
            DisplayName(symbol, target),
            span.Path ?? string.Empty,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1));
    }

    private static string DocumentationId(ISymbol symbol) => symbol switch
    {
        // Assemblies and modules have no documentation id; the project's own prefix-free form stands for them.
        IAssemblySymbol assembly => "A:" + assembly.Name,
        IModuleSymbol module => "M:" + module.Name,
        IParameterSymbol parameter => parameter.ContainingSymbol.GetDocumentationCommentId() ?? string.Empty,
        ITypeParameterSymbol typeParameter => typeParameter.ContainingSymbol.GetDocumentationCommentId() ?? string.Empty,
        _ => symbol.GetDocumentationCommentId() ?? string.Empty,
    };

    private static string DisplayName(ISymbol symbol, string target) => symbol switch
    {
        IAssemblySymbol assembly => "assembly " + assembly.Name,
        IModuleSymbol module => "module " + module.Name,
        IParameterSymbol parameter => "parameter " + parameter.Name + " of " + parameter.ContainingSymbol.ToDisplayString(NameFormat),
        ITypeParameterSymbol typeParameter => "type parameter " + typeParameter.Name + " of " + typeParameter.ContainingSymbol.ToDisplayString(NameFormat),
        _ when target == "return" => "return value of " + symbol.ToDisplayString(NameFormat),
        _ => symbol.ToDisplayString(NameFormat),
    };
}
