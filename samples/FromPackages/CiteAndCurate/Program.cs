// The shipped papers (the PaperCatalog package) and this project's own entries (papers/*.yaml), side by side.
PaperCatalog.Paper shipped = PaperCatalog.Papers.Gpt3;
PaperCatalog.Paper own = MyLab.Catalog.Papers.Attention;
Console.WriteLine($"shipped: {shipped.Id} ({shipped.Year}); own: {own.Id} ({own.Year})");
Console.WriteLine($"{PaperCatalog.Papers.All.Count} shipped papers, {MyLab.Catalog.Papers.All.Count} of our own");
Console.WriteLine($"ids: {PaperCatalog.PaperIds.Gpt3}, {MyLab.Catalog.PaperIds.Attention}");
