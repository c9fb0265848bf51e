using System;

namespace PaperCatalog;

/// <summary>
/// Records that the marked code follows or implements a paper of a catalog. Pass a <c>PaperIds</c> constant:
/// <c>[Cites(PaperIds.Gpt3)]</c>. The PaperCatalog analyzer reports an id that no referenced catalog holds.
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Marks code as citing the paper with the given catalog id.</summary>
    /// <param name="paperId">The paper's catalog id, for example <c>PaperIds.Gpt3</c>.</param>
    public CitesAttribute(string paperId) => PaperId = paperId;

    /// <summary>The cited paper's catalog id.</summary>
    public string PaperId { get; }

    /// <summary>An optional note on what is taken from the paper.</summary>
    public string? Note { get; set; }
}
