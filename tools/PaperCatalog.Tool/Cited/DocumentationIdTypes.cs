using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace PaperCatalog.Tool.Cited;

/// <summary>
/// Decodes signature types into the form of documentation ids (<c>System.Int32</c>, <c>``0</c>,
/// <c>System.Collections.Generic.List{System.String}</c>) or, for readable names, C#'s (<c>int</c>, <c>List&lt;string&gt;</c>).
/// </summary>
internal sealed class DocumentationIdTypes(MetadataReader reader, bool readable) : ISignatureTypeProvider<string, object?>
{
    public string GetArrayType(string elementType, ArrayShape shape)
        => elementType + "[" + (shape.Rank > 1 ? string.Join(",", Enumerable.Repeat(readable ? string.Empty : "0:", shape.Rank)) : string.Empty) + "]";

    public string GetByReferenceType(string elementType) => readable ? "ref " + elementType : elementType + "@";

    public string GetFunctionPointerType(MethodSignature<string> signature) => readable ? "delegate*" : "=FUNC:" + signature.ReturnType;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
    {
        int tick = genericType.LastIndexOf('`');
        string name = tick < 0 ? genericType : genericType.Substring(0, tick);
        return readable
            ? name + "<" + string.Join(", ", typeArguments) + ">"
            : name + "{" + string.Join(",", typeArguments) + "}";
    }

    public string GetGenericMethodParameter(object? genericContext, int index)
        => !readable ? "``" + index : genericContext is GenericNames names && index < names.Method.Length ? names.Method[index] : "T" + index;

    public string GetGenericTypeParameter(object? genericContext, int index)
        => !readable ? "`" + index : genericContext is GenericNames names && index < names.Type.Length ? names.Type[index] : "T" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => readable ? Keyword(typeCode) : "System." + typeCode switch
    {
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        PrimitiveTypeCode.TypedReference => "TypedReference",
        _ => typeCode.ToString(),
    };

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        => TypeNames.Full(metadata, handle, readable);

    public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        => TypeNames.Full(metadata, handle, readable);

    public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    private static string Keyword(PrimitiveTypeCode code) => code switch
    {
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Byte => "byte",
        PrimitiveTypeCode.SByte => "sbyte",
        PrimitiveTypeCode.Char => "char",
        PrimitiveTypeCode.Int16 => "short",
        PrimitiveTypeCode.UInt16 => "ushort",
        PrimitiveTypeCode.Int32 => "int",
        PrimitiveTypeCode.UInt32 => "uint",
        PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.UInt64 => "ulong",
        PrimitiveTypeCode.Single => "float",
        PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string",
        PrimitiveTypeCode.Object => "object",
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.IntPtr => "nint",
        PrimitiveTypeCode.UIntPtr => "nuint",
        _ => code.ToString(),
    };

    /// <summary>The reader this provider decodes for.</summary>
    public MetadataReader Reader => reader;
}

/// <summary>The names of the generic parameters in scope, for readable signatures.</summary>
internal sealed record GenericNames(string[] Type, string[] Method);
