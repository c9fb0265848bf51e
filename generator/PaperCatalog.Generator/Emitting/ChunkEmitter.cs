using System.Globalization;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>
/// Writes one chunk of papers: their id constants and their typed members, which read the catalog's table. The
/// papers' data is not here: the build embeds it as a resource, which costs the compiler nothing to bind.
/// </summary>
internal static class ChunkEmitter
{
    private const string PaperType = "global::PaperCatalog.Paper";

    public static string HintName(PaperChunk chunk)
        => chunk.Options.PapersClass + "." + chunk.Index.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Emit(PaperChunk chunk)
    {
        IndentedWriter w = SourceHeader.Open(chunk.Options);

        w.Open("public static partial class " + chunk.Options.IdsClass);
        for (int i = 0; i < chunk.Papers.Count; i++)
        {
            CatalogPaper paper = chunk.Papers[i];
            if (i > 0)
            {
                w.Line();
            }

            MemberDocs.WriteIdDocs(w, paper.Entry);
            MemberDocs.WriteObsolete(w, paper);
            w.Line("public const string " + paper.MemberName + " = " + CSharpLiteral.String(paper.Entry.Id) + ";");
        }

        w.Close();

        string table = "global::" + chunk.Options.Namespace + "." + chunk.Options.PapersClass + "." + CatalogShellEmitter.TableMember;
        int holder = -1;
        for (int i = 0; i < chunk.Papers.Count; i++)
        {
            int position = chunk.FirstPaper + i;
            int paperHolder = chunk.Layout.IsSplit(chunk.PaperCount) ? chunk.Layout.HolderOf(position) : 0;
            if (i == 0 || paperHolder != holder)
            {
                if (i > 0)
                {
                    w.Close();
                }

                holder = paperHolder;
                w.Line();
                w.Open(HolderDeclaration(chunk, holder));
            }

            CatalogPaper paper = chunk.Papers[i];
            MemberDocs.WritePaperDocs(w, paper.Entry);
            MemberDocs.WriteObsolete(w, paper);
            w.Line("public static " + PaperType + " " + paper.MemberName + " => " + table + "[" + position.ToString(CultureInfo.InvariantCulture) + "];");
            if (i + 1 < chunk.Papers.Count)
            {
                w.Line();
            }
        }

        if (chunk.Papers.Count > 0)
        {
            w.Close();
        }

        return SourceHeader.Close(w);
    }

    private static string HolderDeclaration(PaperChunk chunk, int holder)
        => chunk.Layout.IsSplit(chunk.PaperCount)
            ? "public abstract partial class " + MemberLayout.HolderName(chunk.Options, holder)
            : "public static partial class " + chunk.Options.PapersClass;
}
