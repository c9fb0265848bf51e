namespace PaperCatalog.Generator.Model;

/// <summary>A keyword and how many papers carry it.</summary>
/// <param name="Keyword">The keyword.</param>
/// <param name="Papers">How many papers carry it.</param>
internal sealed record KeywordUse(string Keyword, int Papers);
