using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace PaperCatalog.Tool.Cited;

/// <summary>
/// Reads every <c>[Cites]</c> of an assembly from its metadata alone (System.Reflection.Metadata): no code of the
/// assembly is loaded or run. Citations come out in metadata order: assembly and module first, then types and
/// their members as the compiler emitted them.
/// </summary>
internal static class CitesMetadataReader
{
    private const string CitesNamespace = "PaperCatalog";
    private const string CitesName = "CitesAttribute";

    public static IReadOnlyList<CitedMember> Read(MetadataReader reader)
    {
        var found = new List<(long Order, CitedMember Member)>();
        foreach (CustomAttributeHandle handle in reader.CustomAttributes)
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (!IsCites(reader, attribute.Constructor))
            {
                continue;
            }

            CustomAttributeValue<string> value = attribute.DecodeValue(new AttributeTypes());
            if (value.FixedArguments.Length != 1 || value.FixedArguments[0].Value is not string id)
            {
                continue;
            }

            if (IsInheritedTypeParameter(reader, attribute.Parent))
            {
                continue;
            }

            string? note = value.NamedArguments.Where(a => a.Name == "Note").Select(a => a.Value as string).FirstOrDefault();
            (string target, string docId, string name, _) = Describe(reader, attribute.Parent);
            found.Add((Order(reader, attribute.Parent), new CitedMember(id, note, target, docId, name)));
        }

        // Close to source order: the assembly, then type by type, each type before its members, then as emitted.
        return found.Select((f, i) => (f, i)).OrderBy(x => x.f.Order).ThenBy(x => x.i).Select(x => x.f.Member).ToList();
    }

    /// <summary>
    /// A nested type of a generic type repeats the outer type's parameters in metadata, and the compiler copies their
    /// attributes; the citation belongs to the outer type's parameter alone.
    /// </summary>
    private static bool IsInheritedTypeParameter(MetadataReader reader, EntityHandle parent)
    {
        if (parent.Kind != HandleKind.GenericParameter)
        {
            return false;
        }

        GenericParameter parameter = reader.GetGenericParameter((GenericParameterHandle)parent);
        if (parameter.Parent.Kind != HandleKind.TypeDefinition)
        {
            return false;
        }

        TypeDefinitionHandle outer = reader.GetTypeDefinition((TypeDefinitionHandle)parameter.Parent).GetDeclaringType();
        return !outer.IsNil && parameter.Index < reader.GetTypeDefinition(outer).GetGenericParameters().Count;
    }

    /// <summary>The owning type's row, then the kind of member (type, type parameter, field, property, event, method), then its row.</summary>
    private static long Order(MetadataReader reader, EntityHandle parent)
    {
        (int type, int rank, int row) = parent.Kind switch
        {
            HandleKind.AssemblyDefinition => (0, 0, 0),
            HandleKind.ModuleDefinition => (0, 1, 0),
            HandleKind.TypeDefinition => (Row(parent), 0, 0),
            HandleKind.GenericParameter => reader.GetGenericParameter((GenericParameterHandle)parent).Parent is var owner && owner.Kind == HandleKind.TypeDefinition
                ? (Row(owner), 1, Row(parent))
                : (Row(reader.GetMethodDefinition((MethodDefinitionHandle)owner).GetDeclaringType()), 5, Row(owner)),
            HandleKind.FieldDefinition => (Row(reader.GetFieldDefinition((FieldDefinitionHandle)parent).GetDeclaringType()), 2, Row(parent)),
            HandleKind.PropertyDefinition => (Row(DeclaringType(reader, reader.GetPropertyDefinition((PropertyDefinitionHandle)parent).GetAccessors())), 3, Row(parent)),
            HandleKind.EventDefinition => (Row(EventType(reader, (EventDefinitionHandle)parent)), 4, Row(parent)),
            HandleKind.MethodDefinition => (Row(reader.GetMethodDefinition((MethodDefinitionHandle)parent).GetDeclaringType()), 5, Row(parent)),
            HandleKind.Parameter => OwningMethod(reader, (ParameterHandle)parent) is var method
                ? (Row(reader.GetMethodDefinition(method).GetDeclaringType()), 5, Row(method))
                : default,
            _ => (int.MaxValue, 0, 0),
        };
        return ((long)type << 32) | ((long)rank << 28) | (uint)row;
    }

    private static int Row(EntityHandle handle) => MetadataTokens.GetRowNumber(handle);

    private static TypeDefinitionHandle EventType(MetadataReader reader, EventDefinitionHandle handle)
    {
        EventAccessors accessors = reader.GetEventDefinition(handle).GetAccessors();
        return reader.GetMethodDefinition(accessors.Adder.IsNil ? accessors.Remover : accessors.Adder).GetDeclaringType();
    }

    private static bool IsCites(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind == HandleKind.MemberReference)
        {
            EntityHandle parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (parent.Kind == HandleKind.TypeReference)
            {
                TypeReference type = reader.GetTypeReference((TypeReferenceHandle)parent);
                return reader.StringComparer.Equals(type.Namespace, CitesNamespace) && reader.StringComparer.Equals(type.Name, CitesName);
            }
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            TypeDefinition type = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
            return reader.StringComparer.Equals(type.Namespace, CitesNamespace) && reader.StringComparer.Equals(type.Name, CitesName);
        }

        return false;
    }

    private static (string Target, string DocumentationId, string Name, int Order) Describe(MetadataReader reader, EntityHandle parent)
    {
        int order = ((int)parent.Kind << 24) | MetadataTokens.GetRowNumber(parent);
        switch (parent.Kind)
        {
            case HandleKind.AssemblyDefinition:
            {
                string name = reader.GetString(reader.GetAssemblyDefinition().Name);
                return ("assembly", "A:" + name, "assembly " + name, 0);
            }

            case HandleKind.ModuleDefinition:
            {
                string name = reader.GetString(reader.GetModuleDefinition().Name);
                return ("module", "M:" + name, "module " + name, 1);
            }

            case HandleKind.TypeDefinition:
            {
                var type = (TypeDefinitionHandle)parent;
                return ("type", "T:" + TypeNames.Full(reader, type, readable: false), TypeNames.Full(reader, type, readable: true), order);
            }

            case HandleKind.MethodDefinition:
                return ("method", MethodId(reader, (MethodDefinitionHandle)parent), MethodName(reader, (MethodDefinitionHandle)parent), order);

            case HandleKind.FieldDefinition:
            {
                FieldDefinition field = reader.GetFieldDefinition((FieldDefinitionHandle)parent);
                return ("field", "F:" + Member(reader, field.GetDeclaringType(), field.Name, false), Member(reader, field.GetDeclaringType(), field.Name, true), order);
            }

            case HandleKind.PropertyDefinition:
            {
                PropertyDefinition property = reader.GetPropertyDefinition((PropertyDefinitionHandle)parent);
                TypeDefinitionHandle type = DeclaringType(reader, property.GetAccessors());
                return ("property", "P:" + Member(reader, type, property.Name, false), Member(reader, type, property.Name, true), order);
            }

            case HandleKind.EventDefinition:
            {
                EventDefinition @event = reader.GetEventDefinition((EventDefinitionHandle)parent);
                EventAccessors accessors = @event.GetAccessors();
                TypeDefinitionHandle type = reader.GetMethodDefinition(accessors.Adder.IsNil ? accessors.Remover : accessors.Adder).GetDeclaringType();
                return ("event", "E:" + Member(reader, type, @event.Name, false), Member(reader, type, @event.Name, true), order);
            }

            case HandleKind.Parameter:
            {
                Parameter parameter = reader.GetParameter((ParameterHandle)parent);
                MethodDefinitionHandle method = OwningMethod(reader, (ParameterHandle)parent);
                string methodName = MethodName(reader, method);
                return parameter.SequenceNumber == 0
                    ? ("return", MethodId(reader, method), "return value of " + methodName, order)
                    : ("parameter", MethodId(reader, method), "parameter " + reader.GetString(parameter.Name) + " of " + methodName, order);
            }

            case HandleKind.GenericParameter:
            {
                GenericParameter parameter = reader.GetGenericParameter((GenericParameterHandle)parent);
                string ownerId, ownerName;
                if (parameter.Parent.Kind == HandleKind.TypeDefinition)
                {
                    ownerId = "T:" + TypeNames.Full(reader, (TypeDefinitionHandle)parameter.Parent, readable: false);
                    ownerName = TypeNames.Full(reader, (TypeDefinitionHandle)parameter.Parent, readable: true);
                }
                else
                {
                    ownerId = MethodId(reader, (MethodDefinitionHandle)parameter.Parent);
                    ownerName = MethodName(reader, (MethodDefinitionHandle)parameter.Parent);
                }

                return ("type parameter", ownerId, "type parameter " + reader.GetString(parameter.Name) + " of " + ownerName, order);
            }

            default:
                return ("symbol", string.Empty, parent.Kind.ToString(), order);
        }
    }

    private static TypeDefinitionHandle DeclaringType(MetadataReader reader, PropertyAccessors accessors)
        => reader.GetMethodDefinition(accessors.Getter.IsNil ? accessors.Setter : accessors.Getter).GetDeclaringType();

    private static string Member(MetadataReader reader, TypeDefinitionHandle type, StringHandle name, bool readable)
        => TypeNames.Full(reader, type, readable) + "." + reader.GetString(name);

    private static string MethodId(MetadataReader reader, MethodDefinitionHandle handle)
    {
        MethodDefinition method = reader.GetMethodDefinition(handle);
        MethodSignature<string> signature = method.DecodeSignature(new DocumentationIdTypes(reader, readable: false), null);
        string name = reader.GetString(method.Name).Replace('.', '#');
        int arity = method.GetGenericParameters().Count;
        string id = "M:" + TypeNames.Full(reader, method.GetDeclaringType(), readable: false) + "." + name + (arity > 0 ? "``" + arity : string.Empty);
        if (signature.ParameterTypes.Length > 0)
        {
            id += "(" + string.Join(",", signature.ParameterTypes) + ")";
        }

        // Conversion operators carry their return type, as the compiler writes their ids.
        if (name is "op_Implicit" or "op_Explicit")
        {
            id += "~" + signature.ReturnType;
        }

        return id;
    }

    private static string MethodName(MetadataReader reader, MethodDefinitionHandle handle)
    {
        MethodDefinition method = reader.GetMethodDefinition(handle);
        TypeDefinition type = reader.GetTypeDefinition(method.GetDeclaringType());
        var names = new GenericNames(
            type.GetGenericParameters().Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToArray(),
            method.GetGenericParameters().Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToArray());
        MethodSignature<string> signature = method.DecodeSignature(new DocumentationIdTypes(reader, readable: true), names);
        string name = reader.GetString(method.Name);
        string typeName = TypeNames.Full(reader, method.GetDeclaringType(), readable: true);
        if (name == ".ctor")
        {
            name = reader.GetString(type.Name).Split('`')[0];
        }

        string generic = names.Method.Length > 0 ? "<" + string.Join(", ", names.Method) + ">" : string.Empty;
        return typeName + "." + name + generic + "(" + string.Join(", ", signature.ParameterTypes) + ")";
    }

    private static MethodDefinitionHandle OwningMethod(MetadataReader reader, ParameterHandle parameter)
    {
        foreach (MethodDefinitionHandle handle in reader.MethodDefinitions)
        {
            if (reader.GetMethodDefinition(handle).GetParameters().Contains(parameter))
            {
                return handle;
            }
        }

        throw new BadImageFormatException("A parameter belongs to no method.");
    }

    /// <summary>Enough of a type provider to decode <c>[Cites]</c>: strings, and names for anything else.</summary>
    private sealed class AttributeTypes : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeNames.Full(reader, handle, readable: false);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeNames.Full(reader, handle, readable: false);

        public string GetTypeFromSerializedName(string name) => name;

        // [Cites] takes no enums; any other attribute is skipped before decoding.
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
