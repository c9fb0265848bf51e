namespace PaperCatalog.Tool.Sources;

/// <summary>A value or the failure that stopped it, so that one failed id among many leaves the others whole.</summary>
internal sealed record Result<T>(T? Value, FetchException? Failure)
    where T : class
{
    public static Result<T> Of(T value) => new(value, null);

    public static Result<T> Fail(FetchException failure) => new(null, failure);
}
