using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Analyzers;

/// <summary>
/// The paper ids a compilation can cite: the <c>const string</c> fields of every id class that an assembly names
/// with <c>[assembly: PaperIdCatalog(typeof(...))]</c>, in the compilation itself and in its references.
/// </summary>
internal sealed class KnownPaperIds
{
    public const string MarkerAttribute = "PaperCatalog.PaperIdCatalogAttribute";

    private readonly Dictionary<string, IFieldSymbol> _byId;

    private KnownPaperIds(Dictionary<string, IFieldSymbol> byId) => _byId = byId;

    public bool IsEmpty => _byId.Count == 0;

    public IEnumerable<string> Ids => _byId.Keys;

    public bool TryGet(string id, out IFieldSymbol? field) => _byId.TryGetValue(id, out field);

    public static KnownPaperIds From(Compilation compilation)
    {
        var byId = new Dictionary<string, IFieldSymbol>(System.StringComparer.Ordinal);
        INamedTypeSymbol? marker = compilation.GetTypeByMetadataName(MarkerAttribute);
        if (marker == null)
        {
            return new KnownPaperIds(byId);
        }

        Collect(compilation.Assembly, marker, byId);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            Collect(assembly, marker, byId);
        }

        return new KnownPaperIds(byId);
    }

    private static void Collect(IAssemblySymbol assembly, INamedTypeSymbol marker, Dictionary<string, IFieldSymbol> byId)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol idsType)
            {
                continue;
            }

            foreach (ISymbol member in idsType.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string id } field && !byId.ContainsKey(id))
                {
                    byId.Add(id, field);
                }
            }
        }
    }
}
