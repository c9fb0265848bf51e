using System;

namespace PaperCatalog;

/// <summary>
/// Marks an assembly that holds a generated catalog and names its class of id constants, so that analyzers can
/// find every id a project can cite without scanning every type. Written by the generator; not for hand use.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class PaperIdCatalogAttribute : Attribute
{
    /// <summary>Names the class of id constants.</summary>
    /// <param name="idsType">The generated class whose <c>const string</c> fields are the catalog's ids.</param>
    public PaperIdCatalogAttribute(Type idsType) => IdsType = idsType;

    /// <summary>The generated class whose <c>const string</c> fields are the catalog's ids.</summary>
    public Type IdsType { get; }
}
