using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
        var ends = new List<string>(chunk.Papers.Count);
        var starts = new List<int>(chunk.Papers.Count + 1);
        int fieldCount = 0;
        int offset = 0;

        w.Line("/// <summary>The data of papers " + chunk.FirstPaper + " to " + (chunk.FirstPaper + chunk.Papers.Count - 1) + ", in the format of <see cref=\"global::PaperCatalog.Data.PaperRecordLayout\"/>.</summary>");
        w.Open("private static class " + ClassName(chunk.Index));
        var text = new StringBuilder();
        for (int i = 0; i < chunk.Papers.Count; i++)
        {
            List<string> fields = PaperRecordWriter.Fields(chunk.Papers[i].Entry);
            var recordEnds = new StringBuilder();
            starts.Add(fieldCount);
            foreach (string field in fields)
            {
                offset += Encoding.UTF8.GetByteCount(field);
                recordEnds.Append(recordEnds.Length > 0 ? ", " : string.Empty).Append(offset.ToString(CultureInfo.InvariantCulture));
                text.Append(field);
                fieldCount++;
            }

            ends.Add(recordEnds.ToString());
        }

        // One literal for the whole chunk: joining per-record literals with '+' makes the compiler fold ever
        // longer prefixes, which costs time and memory quadratic in the chunk's size.
        w.Line("/// <summary>The fields of every record, one after another.</summary>");
        w.Line("public static global::System.ReadOnlySpan<byte> Text => " + CSharpLiteral.String(text.ToString()) + "u8;");
        starts.Add(fieldCount);
        w.Line();
        w.Line("/// <summary>The end offset of each field in <see cref=\"Text\"/>, one record a line.</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> FieldEnds => new int[]");
        w.Line("{");
        w.Indent();
        foreach (string line in ends)
        {
            w.Line(line + ",");
        }

        w.Outdent();
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The first field of each record in <see cref=\"FieldEnds\"/>, then the field count.</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> RecordStarts => new int[] { " + string.Join(", ", starts) + " };");
        w.Close();
    }
}
