using PaperCatalog.Core.Validation;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>Where the citations class goes: a namespace (or none) and a class name, both checked as C# names.</summary>
internal sealed record CitationsClassName(string? Namespace, string Class)
{
    /// <summary>
    /// <c>Bibliography</c> goes into the project's root namespace; <c>MyLib.Docs.Bibliography</c> into
    /// <c>MyLib.Docs</c>. Null when a part is not a usable C# name.
    /// </summary>
    public static CitationsClassName? From(CitationsOptions options)
    {
        string name = options.ClassName;
        int dot = name.LastIndexOf('.');
        string? ns = dot < 0 ? options.RootNamespace : name.Substring(0, dot);
        string type = dot < 0 ? name : name.Substring(dot + 1);
        if (!IsName(type) || (ns != null && !IsNamespace(ns)))
        {
            return null;
        }

        return new CitationsClassName(ns, type);
    }

    private static bool IsNamespace(string ns)
    {
        foreach (string part in ns.Split('.'))
        {
            if (!IsName(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsName(string name) => CSharpIdentifiers.IsIdentifier(name) && !CSharpIdentifiers.IsKeyword(name);
}
