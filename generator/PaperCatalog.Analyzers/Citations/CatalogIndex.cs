using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>One id a referenced catalog holds, and the lookup that finds its paper at run time.</summary>
/// <param name="Id">The paper's catalog id.</param>
/// <param name="Lookup">The fully qualified <c>FindById</c> method of the catalog's papers class.</param>
internal sealed record CatalogId(string Id, string Lookup);

/// <summary>
/// The ids of every catalog among the compilation's references (the assemblies marked
/// <c>[assembly: PaperIdCatalog(typeof(...))]</c>), read from the references alone so that editing source never
/// reads them again. A catalog generated into the compilation itself is another generator's output, which no
/// generator can see; its ids stay unresolved here.
/// </summary>
internal static class CatalogIndex
{
    public static EquatableArray<CatalogId> Read(ImmutableArray<MetadataReference> references, System.Threading.CancellationToken cancellationToken)
    {
        // A compilation of the references and nothing else: the symbols of each catalog, read lazily from metadata.
        CSharpCompilation probe = CSharpCompilation.Create("PaperCatalog.CitationsProbe", references: references);
        var ids = new Dictionary<string, CatalogId>(System.StringComparer.Ordinal);
        foreach (MetadataReference reference in references)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (probe.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                Collect(assembly, ids);
            }
        }

        return new EquatableArray<CatalogId>(ids.Values.OrderBy(i => i.Id, System.StringComparer.Ordinal));
    }

    private static void Collect(IAssemblySymbol assembly, Dictionary<string, CatalogId> ids)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != CitesNames.CatalogMarker
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol idsType
                || FindLookup(idsType) is not { } lookup)
            {
                continue;
            }

            foreach (ISymbol member in idsType.GetMembers())
            {
                // The first catalog that holds an id wins, as in the analyzer.
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string id } && !ids.ContainsKey(id))
                {
                    ids.Add(id, new CatalogId(id, lookup));
                }
            }
        }
    }

    /// <summary>
    /// The generator writes the papers class beside the ids class, in the same namespace; its name is configurable,
    /// so it is found by its lookup: the public static <c>FindById(string)</c> that returns a paper.
    /// </summary>
    private static string? FindLookup(INamedTypeSymbol idsType)
    {
        IEnumerable<INamedTypeSymbol> candidates = idsType.ContainingNamespace.GetTypeMembers()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .OrderBy(t => t.Name, System.StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in candidates)
        {
            foreach (ISymbol member in type.GetMembers("FindById"))
            {
                if (member is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 } method
                    && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && method.ReturnType.ToDisplayString().TrimEnd('?') == CitesNames.Paper)
                {
                    return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".FindById";
                }
            }
        }

        return null;
    }
}
