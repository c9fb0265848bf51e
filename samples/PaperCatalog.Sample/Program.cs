using System;
using System.Linq;
using PaperCatalog;

// Prints the size of the catalog and looks a paper up by arXiv id (the first argument; GPT-3 by default).
string arxivId = args.Length > 0 ? args[0] : "2005.14165";

Console.WriteLine($"PaperCatalog holds {Papers.All.Count} papers.");

if (!Papers.TryGetByArxivId(arxivId, out Paper? paper))
{
    Console.Error.WriteLine($"No paper in the catalog has arXiv id '{arxivId}'.");
    return 1;
}

Console.WriteLine($"arXiv:{arxivId} is '{paper.Id}':");
Console.WriteLine($"  Title:   {paper.Title}");
Console.WriteLine($"  Authors: {string.Join(", ", paper.Authors.Select(a => a.DisplayName))}");
Console.WriteLine($"  Year:    {paper.Year}");
Console.WriteLine($"  Link:    {paper.Link}");
return 0;
