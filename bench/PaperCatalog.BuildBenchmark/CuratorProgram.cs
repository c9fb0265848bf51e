using System.Globalization;
using System.Text;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// The curator's Program.cs: what a user's program does first with its catalog. It uses only the public surface
/// (<c>Papers.All</c>, <c>FindById</c>, <c>FindByArxivId</c>, the typed member, <c>Abstract</c>), checks every answer
/// against what the files hold, prints one JSON line, and exits 1 on any mismatch.
/// </summary>
internal static class CuratorProgram
{
    /// <summary>The typed member of an id, as the generator names it: kebab-case parts in PascalCase, '_' before a digit.</summary>
    public static string MemberName(string id)
    {
        var name = new StringBuilder(id.Length);
        foreach (string part in id.Split('-'))
        {
            if (part.Length > 0)
            {
                name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    public static string Source(CatalogFacts facts)
    {
        string member = MemberName(facts.LastId);
        string entries = facts.Entries.ToString(CultureInfo.InvariantCulture);
        string abstracts = facts.AbstractCharacters.ToString(CultureInfo.InvariantCulture);

        // Ids and arXiv ids hold letters, digits, '-', '.' and '/': safe in C# and JSON strings as they are.
        return $$"""
            using System;
            using System.Diagnostics;
            using System.Globalization;
            using PaperCatalog;

            // Measured from the start of Main: the first access pays for loading the catalog.
            Stopwatch clock = Stopwatch.StartNew();
            const int ExpectedCount = {{entries}};
            const string LastId = "{{facts.LastId}}";
            const string LastArxivId = "{{facts.LastArxivId}}";
            const long ExpectedAbstractCharacters = {{abstracts}};

            int count = Papers.All.Count;
            double countMs = clock.Elapsed.TotalMilliseconds;
            Paper? byId = Papers.FindById(LastId);
            Paper? byArxivId = Papers.FindByArxivId(LastArxivId);
            Paper typed = Papers.{{member}};
            double firstLookupMs = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine("first lookup: " + firstLookupMs.ToString("F3", CultureInfo.InvariantCulture) + " ms");

            long abstractCharacters = 0;
            foreach (Paper paper in Papers.All)
            {
                abstractCharacters += paper.Abstract?.Length ?? 0;
            }

            double totalMs = clock.Elapsed.TotalMilliseconds;
            bool ok = count == ExpectedCount
                && byId != null && byId.Id == LastId
                && byArxivId != null && byArxivId.Id == LastId
                && typed.Id == LastId
                && abstractCharacters == ExpectedAbstractCharacters;

            Console.WriteLine(
                "{\"ok\":" + (ok ? "true" : "false")
                + ",\"count\":" + count.ToString(CultureInfo.InvariantCulture)
                + ",\"expectedCount\":" + ExpectedCount.ToString(CultureInfo.InvariantCulture)
                + ",\"byId\":" + Quoted(byId?.Id)
                + ",\"byArxivId\":" + Quoted(byArxivId?.Id)
                + ",\"typed\":" + Quoted(typed.Id)
                + ",\"abstractCharacters\":" + abstractCharacters.ToString(CultureInfo.InvariantCulture)
                + ",\"expectedAbstractCharacters\":" + ExpectedAbstractCharacters.ToString(CultureInfo.InvariantCulture)
                + ",\"countMs\":" + countMs.ToString("F3", CultureInfo.InvariantCulture)
                + ",\"firstLookupMs\":" + firstLookupMs.ToString("F3", CultureInfo.InvariantCulture)
                + ",\"totalMs\":" + totalMs.ToString("F3", CultureInfo.InvariantCulture)
                + "}");
            return ok ? 0 : 1;

            static string Quoted(string? value) => value == null ? "null" : "\"" + value + "\"";

            """;
    }
}
