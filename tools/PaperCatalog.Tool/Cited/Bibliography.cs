using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Tool.Cited;

/// <summary>A citation with the paper it resolved to, or none when no referenced catalog holds its id.</summary>
internal sealed record ResolvedCitation(CitedMember Member, Paper? Paper, string? Catalog);

/// <summary>
/// The citations of one assembly, resolved against the catalogs it references: the first catalog (the assembly
/// itself, then its references in metadata order) that holds an id wins, as the analyzer and the generated class decide.
/// </summary>
internal sealed class Bibliography
{
    private Bibliography(string assemblyName, IReadOnlyList<ResolvedCitation> citations, IReadOnlyList<string> catalogs)
    {
        AssemblyName = assemblyName;
        Citations = citations;
        Catalogs = catalogs;
    }

    public string AssemblyName { get; }

    public IReadOnlyList<ResolvedCitation> Citations { get; }

    /// <summary>The names of the catalog assemblies found.</summary>
    public IReadOnlyList<string> Catalogs { get; }

    public IEnumerable<ResolvedCitation> Unresolved => Citations.Where(c => c.Paper == null);

    /// <summary>Each cited paper once, ordered by id.</summary>
    public IReadOnlyList<Paper> Papers => Citations
        .Where(c => c.Paper != null)
        .Select(c => c.Paper!)
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(p => p.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The members citing a paper, in the order of <see cref="Citations"/>.</summary>
    public IEnumerable<ResolvedCitation> CitationsOf(Paper paper) => Citations.Where(c => c.Paper != null && c.Paper.Id == paper.Id);

    public static Bibliography Resolve(string assemblyName, IReadOnlyList<CitedMember> members, IReadOnlyList<ReferencedCatalog> catalogs)
    {
        var resolved = new List<ResolvedCitation>(members.Count);
        foreach (CitedMember member in members)
        {
            ReferencedCatalog? holder = catalogs.FirstOrDefault(c => c.Papers.FindById(member.PaperId) != null);
            resolved.Add(new ResolvedCitation(member, holder?.Papers.FindById(member.PaperId), holder?.AssemblyName));
        }

        return new Bibliography(assemblyName, resolved, catalogs.Select(c => c.AssemblyName).ToList());
    }
}
