using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Generator;

/// <summary>
/// Finds a referenced assembly that already defines one of the classes this catalog would generate, under the
/// configured namespace: the <c>PaperCatalog</c> package's <c>PaperCatalog.Papers</c> for a curator who keeps the
/// default namespace. Reads only the compilation's references, so its result stays equal, and cached, across edits.
/// </summary>
internal static class ReferencedCatalogFinder
{
    private const string FallbackNamespace = "MyCatalog";

    public static ReferencedCatalog? Find(Compilation compilation, GeneratorOptions options)
    {
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (GeneratedClass generated in new GeneratedNames(options).Classes)
            {
                string name = options.Namespace + "." + generated.Name;
                if (assembly.GetTypeByMetadataName(name) is { DeclaredAccessibility: Accessibility.Public })
                {
                    return new ReferencedCatalog(assembly.Identity.Name, name, Suggestion(compilation.AssemblyName, options.Namespace));
                }
            }
        }

        return null;
    }

    // The project's own assembly name is the natural namespace of its catalog, when it is a usable one.
    private static string Suggestion(string? assemblyName, string taken)
    {
        string candidate = assemblyName + ".Catalog";
        bool valid = assemblyName != null && System.Array.TrueForAll(candidate.Split('.'), part => CSharpIdentifiers.IsIdentifier(part) && !CSharpIdentifiers.IsKeyword(part));
        return valid && candidate != taken ? candidate : FallbackNamespace;
    }
}
