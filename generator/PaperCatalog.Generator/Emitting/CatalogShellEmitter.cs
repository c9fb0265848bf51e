using System.Globalization;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>
/// Writes the catalog's main file: the table over the chunks' data, the lookups that forward to the runtime's
/// index, and the assembly marker by which analyzers find the id constants.
/// </summary>
internal static class CatalogShellEmitter
{
    private const string PaperType = "global::PaperCatalog.Paper";
    private const string IndexType = "global::PaperCatalog.Lookups.PaperIndex";
    private const string TableType = "global::PaperCatalog.Data.PaperTable";
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";
    private const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]";

    public static string HintName(GeneratorOptions options) => options.PapersClass + ".g.cs";

    /// <summary>The table every typed member reads; internal, since members may sit on the papers class's base types.</summary>
    public const string TableMember = "Catalog_Table";

    private const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";
    private const string DataType = "global::PaperCatalog.Data.CatalogData";

    public static string Emit(CatalogHead head)
    {
        CatalogShape shape = head.Shape;
        GeneratorOptions options = shape.Options;
        bool split = shape.Layout.IsSplit(shape.PaperCount);
        int holders = split ? shape.Layout.HolderCount(shape.PaperCount) : 0;
        IndentedWriter w = SourceHeader.Open(options, "[assembly: global::PaperCatalog.PaperIdCatalog(typeof(global::" + options.Namespace + "." + options.IdsClass + "))]");
        w.Line("/// <summary>The catalog id of every paper, as constants usable in attributes and switch cases.</summary>");
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("public static partial class " + options.IdsClass);
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The papers of the catalog as typed objects, with lookups by id, arXiv id, DOI, keyword, author and year.");
        w.Line("/// Each paper is decoded from the assembly's embedded data on first use.");
        w.Line("/// </summary>");
        if (split)
        {
            // Past the runtime's methods-per-type limit: the typed members live on base types, found through this name.
            w.Line("/// <remarks>The typed members of this large catalog are declared on base types; use them as <c>" + options.PapersClass + ".Name</c>.</remarks>");
        }

        w.Line(SourceHeader.GeneratedCodeAttribute);
        if (split)
        {
            w.Open("public sealed partial class " + options.PapersClass + " : " + MemberLayout.HolderName(options, holders - 1));
            WriteConstructor(w, "private", options.PapersClass);
            w.Line();
        }
        else
        {
            w.Open("public static partial class " + options.PapersClass);
        }

        w.Line("/// <summary>The catalog's papers, for the generated members; not part of the catalog's API.</summary>");
        w.Line(EditorBrowsableNever);
        w.Line("internal static readonly " + TableType + " " + TableMember + " = new " + TableType + "(" + DataType + ".FromResource(typeof(" + options.PapersClass + ").Assembly, \"" + head.Digest + "\", " + shape.PaperCount.ToString(CultureInfo.InvariantCulture) + "));");
        w.Line();
        w.Line("private static readonly " + IndexType + " s_index = new " + IndexType + "(" + TableMember + ");");
        w.Line();
        WriteLookups(w, options);
        w.Close();
        for (int holder = 0; holder < holders; holder++)
        {
            string name = MemberLayout.HolderName(options, holder);
            w.Line();
            w.Line("/// <summary>Typed members of papers " + (holder * shape.Layout.MembersPerType).ToString(CultureInfo.InvariantCulture) + " on, reached as <see cref=\"" + options.PapersClass + "\"/> members.</summary>");
            w.Line(EditorBrowsableNever);
            w.Line(SourceHeader.GeneratedCodeAttribute);
            w.Open("public abstract partial class " + name + (holder > 0 ? " : " + MemberLayout.HolderName(options, holder - 1) : string.Empty));
            WriteConstructor(w, "private protected", name);
            w.Close();
        }

        return SourceHeader.Close(w);
    }

    // No one outside the catalog creates or derives from the papers class or its base types.
    private static void WriteConstructor(IndentedWriter w, string access, string type)
    {
        w.Line(access + " " + type + "()");
        w.Line("{");
        w.Line("}");
    }

    private static void WriteLookups(IndentedWriter w, GeneratorOptions options)
    {
        w.Line("/// <summary>Every paper of the catalog, ordered by id.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> All => s_index.All;");
        w.Line();
        w.Line("/// <summary>The catalog's lookup tables, for code that takes a <see cref=\"" + IndexType + "\"/>.</summary>");
        w.Line("public static " + IndexType + " Index => s_index;");
        w.Line();
        w.Line("/// <summary>Finds a paper by its catalog id, such as a <see cref=\"" + options.IdsClass + "\"/> constant; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindById(string? id) => s_index.FindById(id);");
        w.Line();
        w.Line("/// <summary>Finds a paper by its catalog id; false when there is none.</summary>");
        w.Line("public static bool TryGetById(string? id, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetById(id, out paper);");
        w.Line();
        w.Line("/// <summary>Finds a paper by arXiv id, with or without an <c>arXiv:</c> prefix or a <c>vN</c> version; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindByArxivId(string? arxivId) => s_index.FindByArxivId(arxivId);");
        w.Line();
        w.Line("/// <summary>Finds a paper by arXiv id; false when there is none.</summary>");
        w.Line("public static bool TryGetByArxivId(string? arxivId, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetByArxivId(arxivId, out paper);");
        w.Line();
        w.Line("/// <summary>Finds a paper by DOI, case-insensitively, with or without a <c>https://doi.org/</c> prefix; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindByDoi(string? doi) => s_index.FindByDoi(doi);");
        w.Line();
        w.Line("/// <summary>Finds a paper by DOI; false when there is none.</summary>");
        w.Line("public static bool TryGetByDoi(string? doi, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetByDoi(doi, out paper);");
        w.Line();
        w.Line("/// <summary>The papers tagged with a keyword, such as a <see cref=\"" + options.KeywordsClass + "\"/> constant; empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> WithKeyword(string? keyword) => s_index.WithKeyword(keyword);");
        w.Line();
        w.Line("/// <summary>The papers by an author, matched by normalised name (\"Tom B. Brown\" or \"Brown, Tom B.\"); empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> ByAuthor(string? name) => s_index.ByAuthor(name);");
        w.Line();
        w.Line("/// <summary>The papers of a year; empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> InYear(int year) => s_index.InYear(year);");
    }
}
