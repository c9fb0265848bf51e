namespace PaperCatalog.Analyzers.Citations;

/// <summary>Metadata names the citations generator and the analyzer look for.</summary>
internal static class CitesNames
{
    public const string Attribute = "PaperCatalog.CitesAttribute";
    public const string CatalogMarker = "PaperCatalog.PaperIdCatalogAttribute";
    public const string Paper = "PaperCatalog.Paper";
}
