namespace PaperCatalog.Generator;

/// <summary>Names of the pipeline's steps, so that tests can check which ran and which came from cache.</summary>
public static class TrackingNames
{
    /// <summary>Reading the MSBuild properties that name the generated code.</summary>
    public const string Options = nameof(Options);

    /// <summary>Reading how typed members are spread over types.</summary>
    public const string Layout = nameof(Layout);

    /// <summary>Reading the list of entry files the MSBuild targets wrote.</summary>
    public const string EntryList = nameof(EntryList);

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

    /// <summary>Hashing each chunk's records, as the build's data writer does.</summary>
    public const string ChunkDigests = nameof(ChunkDigests);

    /// <summary>The catalog's shape with the digest of its data, which the main file depends on.</summary>
    public const string Head = nameof(Head);

    /// <summary>The keywords and their use counts.</summary>
    public const string Keywords = nameof(Keywords);

    /// <summary>Looking for a referenced assembly that already defines a class this catalog would generate.</summary>
    public const string ReferencedCatalog = nameof(ReferencedCatalog);
}
