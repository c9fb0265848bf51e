using Lab.Reading;

// The curator's own entries, from papers/*.yaml, as typed members and lookups.
foreach (PaperCatalog.Paper paper in Papers.All)
{
    Console.WriteLine($"{paper.Id}: {paper.Title} ({paper.Year})");
}

Console.WriteLine($"{PaperIds.Bert} is related to {string.Join(", ", Papers.Bert.Related)}");
Console.WriteLine($"{Papers.WithKeyword(Keywords.Transformers).Count} papers on transformers");
