namespace PaperCatalog.Analyzers.Citations;

/// <summary>Names of the citations generator's steps, so that tests can check which ran and which came from cache.</summary>
public static class CitationTrackingNames
{
    /// <summary>Reading the MSBuild properties that turn the class on and name it.</summary>
    public const string Options = nameof(Options);

    /// <summary>The <c>[Cites]</c> of one declaration.</summary>
    public const string Citations = nameof(Citations);

    /// <summary>Every citation of the compilation, in source order.</summary>
    public const string AllCitations = nameof(AllCitations);

    /// <summary>The ids of the catalogs among the references.</summary>
    public const string Catalogs = nameof(Catalogs);
}
