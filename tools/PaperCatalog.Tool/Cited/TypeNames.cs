using System;
using System.Linq;
using System.Reflection.Metadata;

namespace PaperCatalog.Tool.Cited;

/// <summary>Full names of types in metadata, in documentation-id form (<c>Lib.Outer.Inner`1</c>) or readable form (<c>Lib.Outer.Inner&lt;T&gt;</c>).</summary>
internal static class TypeNames
{
    public static string Full(MetadataReader reader, TypeDefinitionHandle handle, bool readable)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        string name = Name(reader, reader.GetString(type.Name), readable ? type.GetGenericParameters().Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToArray() : null);
        TypeDefinitionHandle outer = type.GetDeclaringType();
        if (!outer.IsNil)
        {
            return Full(reader, outer, readable) + "." + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Full(MetadataReader reader, TypeReferenceHandle handle, bool readable)
    {
        TypeReference type = reader.GetTypeReference(handle);
        string name = Name(reader, reader.GetString(type.Name), null);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return Full(reader, (TypeReferenceHandle)type.ResolutionScope, readable) + "." + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    // In readable form the arity suffix gives way to the parameters' names; nested types repeat only their own.
    private static string Name(MetadataReader reader, string name, string[]? parameters)
    {
        if (parameters == null)
        {
            return name;
        }

        int tick = name.LastIndexOf('`');
        if (tick < 0 || !int.TryParse(name.AsSpan(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int arity))
        {
            return name;
        }

        // The declaring types' parameters come first in the list.
        return name.Substring(0, tick) + "<" + string.Join(", ", parameters.Skip(parameters.Length - arity)) + ">";
    }
}
