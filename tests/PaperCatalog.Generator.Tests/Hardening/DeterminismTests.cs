using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// The generated sources depend on the entries' content only: byte for byte the same whatever the order of the
/// files, their line ends, a BOM, the folder they sit in, or the run.
/// </summary>
public class DeterminismTests
{
    // Block scalars, so that line ends inside values are exercised too, beside the real catalog and the fixtures.
    private const string BlockScalars = """
        id: block-scalars
        title: >
          A folded
          title
        authors:
          - family-names: "Doe"
            given-names: "Jane"
        year: 2020
        abstract: |
          Line one.
          Line two.

          After a blank line.
        venue: "Tab\there, quote \" and */ </summary>"

        """;

    private static readonly Random Shuffle = new(20_251_125);

    private static readonly Lazy<Dictionary<string, byte[]>> Baseline = new(() => Generate(Files()));

    public static TheoryData<string> Variants => new()
    {
        "reversed order",
        "shuffled order",
        "CRLF line ends",
        "CR line ends",
        "UTF-8 BOM",
        "UTF-16 with BOM",
        "paths with spaces",
        "paths with non-ASCII characters",
        "Windows paths",
        "a second run",
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generated_sources_are_byte_identical(string variant)
    {
        List<(string Path, byte[] Bytes)> files = Files();
        files = variant switch
        {
            "reversed order" => Enumerable.Reverse(files).ToList(),
            "shuffled order" => files.OrderBy(_ => Shuffle.Next()).ToList(),
            "CRLF line ends" => files.Select(f => (f.Path, Recode(f.Bytes, text => text.Replace("\n", "\r\n", StringComparison.Ordinal)))).ToList(),
            "CR line ends" => files.Select(f => (f.Path, Recode(f.Bytes, text => text.Replace("\n", "\r", StringComparison.Ordinal)))).ToList(),
            "UTF-8 BOM" => files.Select(f => (f.Path, Encoding.UTF8.GetPreamble().Concat(f.Bytes).ToArray())).ToList(),
            "UTF-16 with BOM" => files.Select(f => (f.Path, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(f.Bytes))).ToArray())).ToList(),
            "paths with spaces" => files.Select(f => ("/home/jane doe/my papers/" + f.Path.Replace(".yaml", " copy.yaml", StringComparison.Ordinal), f.Bytes)).ToList(),
            "paths with non-ASCII characters" => files.Select(f => ("/home/j\u00FCrgen/\u8BBA\u6587/\u00E9t\u00E9 \U0001F4DA/" + f.Path, f.Bytes)).ToList(),
            "Windows paths" => files.Select(f => (@"C:\Users\Jane Doe\catalog\" + f.Path.Replace('/', '\\'), f.Bytes)).ToList(),
            _ => files,
        };

        Dictionary<string, byte[]> sources = Generate(files);
        Assert.Equal(Baseline.Value.Keys.Order(StringComparer.Ordinal), sources.Keys.Order(StringComparer.Ordinal));
        foreach ((string hintName, byte[] expected) in Baseline.Value)
        {
            Assert.True(expected.AsSpan().SequenceEqual(sources[hintName]), $"{hintName} differs with {variant}");
        }
    }

    [Fact]
    public void The_baseline_is_a_whole_valid_catalog()
    {
        GeneratorRun run = GeneratorHarness.Run(Files().Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var paper = (Paper)run.Load().GetType("PaperCatalog.Papers", true)!.GetProperty("BlockScalars")!.GetValue(null)!;
        Assert.Equal("A folded title\n", paper.Title);
        Assert.Equal("Line one.\nLine two.\n\nAfter a blank line.\n", paper.Abstract);
    }

    private static List<(string Path, byte[] Bytes)> Files()
        => FixtureFiles.RealCatalog()
            .Concat(FixtureFiles.Small())
            .Append((Path: "papers/block-scalars.yaml", Text: (string?)BlockScalars))
            .Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text!)))
            .ToList();

    private static byte[] Recode(byte[] bytes, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    /// <summary>Each generated source as the bytes the compiler would write: its text in its own encoding.</summary>
    private static Dictionary<string, byte[]> Generate(List<(string Path, byte[] Bytes)> files)
    {
        GeneratorRun run = GeneratorHarness.Run(files.Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)));
        Assert.Empty(run.Diagnostics);
        return run.Sources.ToDictionary(
            s => s.HintName,
            s => (s.SourceText.Encoding ?? throw new InvalidOperationException(s.HintName + " has no encoding")).GetBytes(s.SourceText.ToString()));
    }
}
