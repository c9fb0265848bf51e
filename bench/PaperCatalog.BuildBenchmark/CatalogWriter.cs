using System;
using System.IO;
using System.Text;
using PaperCatalog.ScaleHarness;

namespace PaperCatalog.BuildBenchmark;

/// <summary>What the curator program checks, known from the files themselves.</summary>
internal sealed record CatalogFacts(int Entries, string LastId, string LastArxivId, long AbstractCharacters, long Bytes, string MiddleFile);

/// <summary>
/// Writes the first N entries of the deterministic synthesized catalog into a papers/ folder, one file per entry,
/// and reads back from the text what the program will be asked: the last id in ordinal order, its arXiv id, and the
/// total length of the abstracts.
/// </summary>
internal static class CatalogWriter
{
    public static CatalogFacts Write(string papersFolder, int entries, int seed)
    {
        Directory.CreateDirectory(papersFolder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var synthesizer = new CatalogSynthesizer(seed);
        string? lastId = null;
        string? lastText = null;
        long abstracts = 0;
        long bytes = 0;
        string middle = string.Empty;
        for (int i = 0; i < entries; i++)
        {
            (string id, string text) = synthesizer.Next(i);
            string file = id + ".yaml";
            File.WriteAllText(Path.Combine(papersFolder, file), text, utf8);
            bytes += utf8.GetByteCount(text);
            abstracts += Value(text, "abstract")?.Length ?? 0;
            if (i == entries / 2)
            {
                middle = file;
            }

            if (lastId == null || string.CompareOrdinal(id, lastId) > 0)
            {
                lastId = id;
                lastText = text;
            }
        }

        string arxiv = Value(lastText!, "arxiv") ?? throw new InvalidDataException("The synthesized entry " + lastId + " has no arXiv id");
        return new CatalogFacts(entries, lastId!, arxiv, abstracts, bytes, middle);
    }

    /// <summary>Changes the title of one entry (it stays unique and valid): what a curator's typo fix looks like.</summary>
    public static void EditTitle(string file, string suffix)
    {
        string text = File.ReadAllText(file);
        const string Key = "\ntitle: \"";
        int start = text.IndexOf(Key, StringComparison.Ordinal);
        int end = start < 0 ? -1 : text.IndexOf("\"\n", start + Key.Length, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidDataException("No title line in " + Path.GetFileName(file));
        }

        File.WriteAllText(file, text[..end] + suffix + text[end..], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    // The synthesizer writes scalars as `key: "value"` on one line, with no escapes.
    private static string? Value(string text, string key)
    {
        string prefix = "\n" + key + ": \"";
        int start = text.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += prefix.Length;
        int end = text.IndexOf("\"\n", start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end];
    }
}
