using System;
using System.Collections.Generic;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// The generated code's surface for one configuration: the classes it declares, the members each declares, and the
/// types it uses from other assemblies. The one list the validator checks names against, and that the emitters are
/// to take their fixed names from, so that the two cannot drift apart.
/// </summary>
/// <remarks>
/// Every name the generator makes up for its own helpers (fields such as <c>s_table</c>, nested types such as
/// <c>Chunk_0000</c>, top-level types such as <c>Papers_Members0</c>) contains <see cref="GeneratorMark"/>; names
/// made from ids and keywords never do, and configured class names may not, so no helper can clash with either.
/// </remarks>
internal sealed class GeneratedNames
{
    /// <summary>The character that marks the generator's own names.</summary>
    public const char GeneratorMark = '_';

    /// <summary>The lookups of the papers class, declared whatever the catalog holds.</summary>
    public static readonly IReadOnlyList<string> PapersMembers = new[]
    {
        "All", "Index", "FindById", "TryGetById", "FindByArxivId", "TryGetByArxivId", "FindByDoi", "TryGetByDoi",
        "WithKeyword", "ByAuthor", "InYear",
    };

    /// <summary>What every class inherits from <see cref="object"/>: a member of that name hides it (CS0108).</summary>
    public static readonly IReadOnlyList<string> ObjectMembers = new[]
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The types of other assemblies the generated code names, fully qualified and without <c>global::</c>;
    /// attributes under both names C# looks them up by. A generated type or namespace of one of these names, or of
    /// a namespace holding one, would hide it.
    /// </summary>
    public static readonly IReadOnlyList<string> ReferencedTypes = new[]
    {
        "PaperCatalog.Paper",
        "PaperCatalog.PaperIdCatalog",
        "PaperCatalog.PaperIdCatalogAttribute",
        "PaperCatalog.Data.CatalogData",
        "PaperCatalog.Data.PaperData",
        "PaperCatalog.Data.PaperTable",
        "PaperCatalog.Lookups.PaperIndex",
        "System.ArgumentOutOfRangeException",
        "System.CodeDom.Compiler.GeneratedCode",
        "System.CodeDom.Compiler.GeneratedCodeAttribute",
        "System.Collections.Generic.IReadOnlyList",
        "System.ComponentModel.EditorBrowsable",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.ComponentModel.EditorBrowsableState",
        "System.Diagnostics.CodeAnalysis.NotNullWhen",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Obsolete",
        "System.ObsoleteAttribute",
        "System.ReadOnlySpan",
    };

    public GeneratedNames(GeneratorOptions options)
    {
        Options = options;
        Ids = new GeneratedClass(GeneratorOptions.IdsClassProperty, options.IdsClass, Array.Empty<string>(), Array.Empty<string>());

        // The lookups' doc comments name the ids and keywords classes.
        Papers = new GeneratedClass(GeneratorOptions.PapersClassProperty, options.PapersClass, PapersMembers, new[] { options.IdsClass, options.KeywordsClass });
        Keywords = new GeneratedClass(GeneratorOptions.KeywordsClassProperty, options.KeywordsClass, Array.Empty<string>(), Array.Empty<string>());
        Classes = new[] { Papers, Ids, Keywords };
        IdClasses = new[] { Ids, Papers };
    }

    /// <summary>The configuration described.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>The class of id constants: one <c>const string</c> per id.</summary>
    public GeneratedClass Ids { get; }

    /// <summary>The class of typed papers: one property per id, and the lookups.</summary>
    public GeneratedClass Papers { get; }

    /// <summary>The class of keyword constants: one <c>const string</c> per keyword.</summary>
    public GeneratedClass Keywords { get; }

    /// <summary>The configured classes, in the order their properties are checked and reported.</summary>
    public IReadOnlyList<GeneratedClass> Classes { get; }

    /// <summary>The classes that declare a member for every id.</summary>
    public IReadOnlyList<GeneratedClass> IdClasses { get; }

    /// <summary>Whether <paramref name="name"/> has the form of the generator's own names.</summary>
    public static bool IsGeneratorName(string name) => name.IndexOf(GeneratorMark) >= 0;

    /// <summary>
    /// Why a member named <paramref name="member"/> cannot be declared in <paramref name="owner"/>, worded to end the
    /// sentence "… becomes the C# name 'X', which …"; null when it can.
    /// </summary>
    public static string? Conflict(GeneratedClass owner, string member)
    {
        if (IsGeneratorName(member))
        {
            return "has the form of the generator's own names (they contain '" + GeneratorMark + "')";
        }

        // CS0542: a member may not have the name of its enclosing type.
        if (string.Equals(member, owner.Name, StringComparison.Ordinal))
        {
            return "is the name of the generated class '" + owner.Name + "' (" + owner.Property + ") that would declare it";
        }

        if (Contains(owner.Members, member))
        {
            return "the generated class '" + owner.Name + "' already declares";
        }

        if (Contains(ObjectMembers, member))
        {
            return "the generated class '" + owner.Name + "' inherits from object";
        }

        if (Contains(owner.ReferencedClasses, member))
        {
            return "the generated class '" + owner.Name + "' uses for the generated class '" + member + "'";
        }

        return null;
    }

    /// <summary>
    /// The type of <see cref="ReferencedTypes"/> that a generated type named <paramref name="qualifiedName"/> would
    /// hide, or null: one of the same name, or one in a namespace of that name.
    /// </summary>
    public static string? HiddenByType(string qualifiedName)
    {
        foreach (string referenced in ReferencedTypes)
        {
            if (string.Equals(referenced, qualifiedName, StringComparison.Ordinal)
                || referenced.StartsWith(qualifiedName + ".", StringComparison.Ordinal))
            {
                return referenced;
            }
        }

        return null;
    }

    /// <summary>
    /// The type of <see cref="ReferencedTypes"/> that the generated namespace <paramref name="qualifiedName"/> would
    /// hide, or null: one named like the namespace or like a namespace containing it. (Namespaces merge, so sharing a
    /// namespace with a referenced type is fine.)
    /// </summary>
    public static string? HiddenByNamespace(string qualifiedName)
    {
        foreach (string referenced in ReferencedTypes)
        {
            if (string.Equals(referenced, qualifiedName, StringComparison.Ordinal)
                || qualifiedName.StartsWith(referenced + ".", StringComparison.Ordinal))
            {
                return referenced;
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
