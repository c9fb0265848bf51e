namespace PaperCatalog.Core.Diagnostics;

/// <summary>
/// A place in an entry file: character offset and length, and 0-based line and column of both ends,
/// as Roslyn counts them. Kept instead of a <c>Location</c> so that models stay equatable and cacheable.
/// </summary>
internal sealed record SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The empty span at the start of a file.</summary>
    public static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    /// <summary>Builds a span from YamlDotNet marks, which count lines and columns from 1.</summary>
    public static SourceSpan FromMarks(YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end)
    {
        int startIndex = (int)start.Index;
        int endIndex = System.Math.Max(startIndex, (int)end.Index);
        return new SourceSpan(
            startIndex,
            endIndex - startIndex,
            (int)start.Line - 1,
            (int)start.Column - 1,
            (int)end.Line - 1,
            (int)end.Column - 1);
    }

    /// <summary>The empty span at the start of this one.</summary>
    public SourceSpan StartPoint => new(Start, 0, StartLine, StartColumn, StartLine, StartColumn);
}
