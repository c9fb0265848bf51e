using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using Xunit;

namespace PaperCatalog.Core.Tests.Infrastructure;

/// <summary>Parses one entry file with the core's parser and checks its diagnostics and where they are.</summary>
internal static class Parsed
{
    /// <summary>The one diagnostic of a file, checked for its rule and its 0-based start.</summary>
    public static DiagnosticInfo Single(ParsedFile file, string id, int line, int column)
    {
        DiagnosticInfo diagnostic = Assert.Single(file.Diagnostics);
        AssertAt(diagnostic, id, line, column);
        return diagnostic;
    }

    /// <summary>Parses <paramref name="text"/> and returns its one diagnostic, checked for its rule and its 0-based start.</summary>
    public static DiagnosticInfo Single(string path, string text, string id, int line, int column)
        => Single(EntryParser.Parse(path, text), id, line, column);

    public static void AssertAt(DiagnosticInfo diagnostic, string id, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    /// <summary>The entry of a file that must be valid.</summary>
    public static PaperEntry Entry(string path, string text)
    {
        ParsedFile file = EntryParser.Parse(path, text);
        Assert.Empty(file.Diagnostics.Select(d => d.Id + ": " + d.FormatMessage()));
        return file.Entry!;
    }

    /// <summary>
    /// Parses one file and returns what parsing allocated on this thread: a bound on memory that does not
    /// depend on timing. Input that is refused early must cost almost nothing, however large.
    /// </summary>
    public static (ParsedFile File, long AllocatedBytes) Measured(string path, string text)
    {
        EntryParser.Parse(path, "id: warm-up\n"); // JIT and static initialisers are not the input's cost
        long before = GC.GetAllocatedBytesForCurrentThread();
        ParsedFile file = EntryParser.Parse(path, text);
        return (file, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    public static IEnumerable<string> Ids(ParsedFile file) => file.Diagnostics.Select(d => d.Id);
}
