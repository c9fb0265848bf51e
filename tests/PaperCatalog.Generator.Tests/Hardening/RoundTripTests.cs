using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.CodeAnalysis;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Property: any string written into an entry comes back from the compiled catalog exactly, or the entry is refused
/// with a diagnostic in its own file. Never a value that changed on the way.
/// </summary>
public class RoundTripTests
{
    /// <summary>Entries per compilation: one compilation checks a whole batch, which keeps the test fast.</summary>
    private const int BatchSize = 100;

    /// <summary>Batches per run unless CsCheck_Iter says otherwise: 10 × 100 = 1,000 strings.</summary>
    private const int DefaultBatches = 10;

    private static readonly Gen<(string Value, YamlEscapeStyle Style)[]> Batches = HostileStrings.ArrayOf(
        Gen.Select(HostileStrings.Any, Gen.Bool, (value, hex) => (value, hex ? YamlEscapeStyle.Hex : YamlEscapeStyle.Named)),
        BatchSize,
        BatchSize);

    [Fact]
    public void Every_value_comes_back_exactly_or_its_entry_is_refused_with_a_diagnostic()
    {
        // CsCheck_Seed reproduces a failing run (CsCheck prints it); CsCheck_Iter runs more batches.
        long batches = Environment.GetEnvironmentVariable("CsCheck_Iter") == null ? DefaultBatches : -1;
        Batches.Sample(CheckBatch, iter: batches, print: Print);
    }

    [Theory]
    [InlineData("A \"Sketch\" of {Attention}: */ </summary> <![CDATA[ #if DEBUG & more")]
    [InlineData("\r\n\r\u0085\u2028\u2029\n#endregion\n#if X")]
    [InlineData("\0\u0001\u001B\u007F\u0080\u009F\uFEFF\uFFFE\uFFFF\uFFFD")]
    [InlineData("\uD83D\uDE00 \U0010FFFF \U000E0001 e\u0301")]
    [InlineData(" leading and trailing spaces ")]
    [InlineData("\\\"\\\\\\n\\u0000{0}{{}}\"\"\"")]
    public void Hostile_examples_come_back_exactly(string value)
        => CheckBatch([(value, YamlEscapeStyle.Named), (value, YamlEscapeStyle.Hex)]);

    // Written as C# escapes: xUnit would turn a lone surrogate in InlineData into U+FFFD on its way to the test.
    [Theory]
    [InlineData(@"\uD800", "PAPER001")]
    [InlineData(@"a\uDC00b", "PAPER001")]
    [InlineData(@"\uDE00\uD83D", "PAPER001")]
    [InlineData(@"\uDF93\u9F72", "PAPER001")]
    [InlineData(@"\uD800\uD800\uDC00", "PAPER001")]
    [InlineData(@"", "PAPER008")]
    [InlineData(@" \t\u2028\u3000", "PAPER008")]
    public void Values_yaml_cannot_carry_are_refused_with_a_diagnostic(string escaped, string expectedId)
    {
        string value = Regex.Unescape(escaped);
        Assert.Equal(expectedId, Expected(value).DiagnosticId);
        CheckBatch([(value, YamlEscapeStyle.Named), (value, YamlEscapeStyle.Hex)]);
    }

    /// <summary>The entry that holds <paramref name="value"/> as title, abstract and an author's family name.</summary>
    private static string Entry(int index, string value, YamlEscapeStyle style)
    {
        string quoted = YamlDoubleQuoted.Quote(value, style);
        return $"""
            id: rt-{index}
            title: {quoted}
            authors:
              - family-names: {quoted}
                given-names: "Given"
            year: 2020
            abstract: {quoted}

            """;
    }

    /// <summary>What the generator must do with a value: keep it exactly (null), or refuse it with this rule.</summary>
    private static (string? DiagnosticId, string Why) Expected(string value)
    {
        if (HostileStrings.HasLoneSurrogate(value))
        {
            return ("PAPER001", "YAML cannot carry a lone surrogate, so YamlDotNet refuses its escape");
        }

        if (value.Trim().Length == 0)
        {
            return ("PAPER008", "a blank value is empty");
        }

        if (InvisibleText.IsInvisibleOnly(value))
        {
            return ("PAPER031", "a value of invisible characters only reads as empty");
        }

        if (InvisibleText.FirstBidiControl(value) >= 0)
        {
            return ("PAPER032", "a bidirectional control can reorder what a reviewer reads");
        }

        return (null, "the value must come back exactly");
    }

    private static void CheckBatch((string Value, YamlEscapeStyle Style)[] batch)
    {
        var files = batch.Select((item, i) => ($"papers/rt-{i}.yaml", (string?)Entry(i, item.Value, item.Style))).ToList();
        GeneratorRun run = HangGuard.Run(() => GeneratorHarness.Run(files), "A round-trip batch");

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.DriverDiagnostics.Concat(run.Diagnostics), d => d.Id.StartsWith("CS8785", StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems());

        Assembly catalog = run.Load();
        var all = (IReadOnlyList<Paper>)catalog.GetType("PaperCatalog.Papers", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
        Dictionary<string, Paper> byId = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        ILookup<string, string> diagnosticsByFile = run.Diagnostics.ToLookup(d => d.Location.GetLineSpan().Path, d => d.Id, StringComparer.Ordinal);

        for (int i = 0; i < batch.Length; i++)
        {
            (string value, YamlEscapeStyle style) = batch[i];
            string path = $"papers/rt-{i}.yaml";
            string[] ids = diagnosticsByFile[path].Distinct().ToArray();
            (string? expectedId, string why) = Expected(value);
            string context = $"{path} ({style}): {why}; value \"{HostileStrings.Show(value)}\", diagnostics [{string.Join(", ", ids)}]";

            if (expectedId != null)
            {
                Check(ids.SequenceEqual([expectedId]), context);
                Check(!byId.ContainsKey($"rt-{i}"), context + "; but the entry was generated");
                continue;
            }

            Check(ids.Length == 0, context);
            Check(byId.TryGetValue($"rt-{i}", out Paper? paper), context + "; but the entry is missing");
            CheckExact(value, paper!.Title, "Title", context);
            CheckExact(value, paper.Abstract, "Abstract", context);
            CheckExact(value, paper.Authors[0].FamilyNames, "FamilyNames", context);
        }
    }

    private static void CheckExact(string expected, string? actual, string property, string context)
        => Check(string.Equals(expected, actual, StringComparison.Ordinal), $"{context}; {property} came back as \"{HostileStrings.Show(actual ?? "(null)")}\"");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new XunitException(message);
        }
    }

    private static string Print((string Value, YamlEscapeStyle Style)[] batch)
        => string.Join("\n", batch.Select((item, i) => $"rt-{i} ({item.Style}): \"{HostileStrings.Show(item.Value, 80)}\""));
}
