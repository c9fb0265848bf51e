namespace PaperCatalog.Generator;

/// <summary>Names of the pipeline's steps, so that tests can check which ran and which came from cache.</summary>
public static class TrackingNames
{
    /// <summary>Reading the MSBuild properties that name the generated code.</summary>
    public const string Options = nameof(Options);

    /// <summary>Picking the entry files out of the additional files.</summary>
    public const string EntryFiles = nameof(EntryFiles);

    /// <summary>Parsing one entry file.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The rules across all entries.</summary>
    public const string Validate = nameof(Validate);

    /// <summary>The diagnostics of all entries, reported together.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>The size of the catalog, which the main file depends on.</summary>
    public const string Shape = nameof(Shape);

    /// <summary>The papers split into the chunks emitted as separate files.</summary>
    public const string Chunks = nameof(Chunks);

    /// <summary>The keywords and their use counts.</summary>
    public const string Keywords = nameof(Keywords);
}
