using PaperCatalog;
using PaperCatalog.Exports;

// A PaperIds constant is a const string, so it is legal inside an attribute, and the compiler checks it.
[Cites(PaperIds.Gpt3, Note = "few-shot prompting")]
static partial class Program
{
    static void Main()
    {
        Paper gpt3 = Papers.Gpt3;
        Console.WriteLine($"{gpt3.Title} ({gpt3.Year}), {gpt3.Authors.Count} authors, {gpt3.ArxivUrl}");

        Paper? byArxiv = Papers.FindByArxivId("arXiv:2005.14165v4");
        Paper? byDoi = Papers.FindByDoi("https://doi.org/10.18653/V1/2022.ACL-LONG.244");
        IReadOnlyList<Paper> tuned = Papers.WithKeyword(Keywords.InstructionTuning);
        Console.WriteLine($"arXiv lookup: {byArxiv?.Id}; DOI lookup: {byDoi?.Id}; instruction tuning: {tuned.Count} papers");

        Console.WriteLine(BibTexExporter.Export(gpt3).Split('\n')[0]);
    }
}
