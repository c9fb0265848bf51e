using PaperCatalog.Core.Data;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>
/// Writes one chunk of papers: their id constants, their typed members (which read the catalog's table), and
/// their data as UTF-8 literals with the field offsets the runtime decodes them by.
/// </summary>
internal static class ChunkEmitter
{
    private const string PaperType = "global::PaperCatalog.Paper";

    public static string HintName(PaperChunk chunk)
        => chunk.Options.PapersClass + "." + chunk.Index.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";

    // An underscore: member names made from ids never have one, so no paper can collide with this class.
    public static string ClassName(int chunk) => "Chunk_" + chunk.ToString("D4", CultureInfo.InvariantCulture);

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
        w.Line();
        w.Open("public static partial class " + chunk.Options.PapersClass);
        for (int i = 0; i < chunk.Papers.Count; i++)
        {
            CatalogPaper paper = chunk.Papers[i];
            MemberDocs.WritePaperDocs(w, paper.Entry);
            MemberDocs.WriteObsolete(w, paper);
            w.Line("public static " + PaperType + " " + paper.MemberName + " => s_table[" + (chunk.FirstPaper + i).ToString(CultureInfo.InvariantCulture) + "];");
            w.Line();
        }

        WriteData(w, chunk);
        w.Close();
        return SourceHeader.Close(w);
    }

    private static void WriteData(IndentedWriter w, PaperChunk chunk)
    {
        var text = new StringBuilder();
        var lengths = new StringBuilder();
        var starts = new List<int>((chunk.Papers.Count + 1) * 2);
        int textOffset = 0;
        for (int i = 0; i < chunk.Papers.Count; i++)
        {
            starts.Add(textOffset);
            starts.Add(lengths.Length);
            bool first = true;
            foreach (string field in PaperRecordWriter.Fields(chunk.Papers[i].Entry))
            {
                int length = Encoding.UTF8.GetByteCount(field);
                lengths.Append(first ? string.Empty : ",").Append(length.ToString(CultureInfo.InvariantCulture));
                text.Append(field);
                textOffset += length;
                first = false;
            }

            lengths.Append('\n');
        }

        starts.Add(textOffset);
        starts.Add(lengths.Length);

        w.Line("/// <summary>The data of papers " + chunk.FirstPaper + " to " + (chunk.FirstPaper + chunk.Papers.Count - 1) + ", in the format of <see cref=\"global::PaperCatalog.Data.PaperData\"/>.</summary>");
        w.Open("private static class " + ClassName(chunk.Index));

        // One literal each: joining literals with '+' makes the compiler fold ever longer prefixes, and lengths as
        // an integer array would be millions of constants for it to bind; one literal is read in one pass.
        w.Line("/// <summary>The fields of every record, one after another.</summary>");
        w.Line("public static global::System.ReadOnlySpan<byte> Text => " + CSharpLiteral.String(text.ToString()) + "u8;");
        w.Line();
        w.Line("/// <summary>Each record's field lengths in bytes, comma-separated, one record a line.</summary>");
        w.Line("public static global::System.ReadOnlySpan<byte> FieldLengths => " + CSharpLiteral.String(lengths.ToString()) + "u8;");
        w.Line();
        w.Line("/// <summary>Each record's offset in <see cref=\"Text\"/> and in <see cref=\"FieldLengths\"/>, then the ends.</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> RecordStarts => new int[] { " + string.Join(", ", starts) + " };");
        w.Close();
    }
}
