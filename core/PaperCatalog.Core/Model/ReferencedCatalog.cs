namespace PaperCatalog.Core.Model;

/// <summary>
/// A class the generated code would declare that a referenced assembly already defines: typically another catalog
/// (the <c>PaperCatalog</c> package) under the same namespace.
/// </summary>
/// <param name="AssemblyName">The referenced assembly.</param>
/// <param name="TypeName">The clashing type, fully qualified.</param>
/// <param name="SuggestedNamespace">A namespace of the project's own to suggest, from its assembly name.</param>
internal sealed record ReferencedCatalog(string AssemblyName, string TypeName, string SuggestedNamespace);
