using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify.SourceGenerators' conventions: each generated source is compared with
/// <c>{Class}.{Method}#{HintName}.verified.cs</c> and the diagnostics with <c>{Class}.{Method}.verified.txt</c>,
/// in a <c>Snapshots</c> folder beside the test file. A mismatch writes <c>*.received.*</c> beside it and fails
/// with a diff. New or changed snapshots are accepted only when <c>PAPERCATALOG_ACCEPT_SNAPSHOTS=true</c>,
/// and never in CI.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "PAPERCATALOG_ACCEPT_SNAPSHOTS";

    private static bool Accept
        => string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "true", StringComparison.OrdinalIgnoreCase)
           && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks every generated source and the generator's diagnostics of a run.</summary>
    public static void Verify(GeneratorRun run, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var files = new List<(string Name, string Text)>();
        foreach (GeneratedSourceResult source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            string hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            files.Add(("#" + hint + ".verified.cs", source.SourceText.ToString()));
        }

        if (run.Diagnostics.Length > 0)
        {
            files.Add((".verified.txt", FormatDiagnostics(run.Diagnostics)));
        }

        VerifyFiles(files, sourceFile, method);
    }

    /// <summary>Checks only the generator's diagnostics of a run (for tests about one rule).</summary>
    public static void VerifyDiagnostics(GeneratorRun run, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
        => VerifyFiles(new List<(string, string)> { (".verified.txt", FormatDiagnostics(run.Diagnostics)) }, sourceFile, method);

    /// <summary>Diagnostics one per line, as <c>path(line,col,endLine,endCol): severity ID: message</c>, 1-based.</summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (Diagnostic d in diagnostics)
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            builder.Append(span.Path)
                .Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1)
                .Append(',').Append(span.EndLinePosition.Line + 1).Append(',').Append(span.EndLinePosition.Character + 1)
                .Append("): ").Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(": ")
                .Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .Append('\n');
        }

        return builder.Length == 0 ? "(no diagnostics)\n" : builder.ToString();
    }

    private static void VerifyFiles(List<(string Suffix, string Text)> files, string sourceFile, string method)
    {
        string directory = Path.Combine(Path.GetDirectoryName(ResolveSourcePath(sourceFile))!, "Snapshots");
        string prefix = Path.GetFileNameWithoutExtension(sourceFile) + "." + method;
        Directory.CreateDirectory(directory);

        var failures = new List<string>();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string suffix, string text) in files)
        {
            string verifiedPath = Path.Combine(directory, prefix + suffix);
            string receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
            expectedNames.Add(Path.GetFileName(verifiedPath));
            string actual = Normalize(text);
            string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (Accept)
            {
                File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            failures.Add(expected == null
                ? $"New snapshot {Path.GetFileName(verifiedPath)}: review {Path.GetFileName(receivedPath)}, then accept it with {AcceptVariable}=true."
                : $"Snapshot {Path.GetFileName(verifiedPath)} differs (received file written):\n{Diff(expected, actual)}");
        }

        // A verified file that this run no longer produces is stale: the output lost a source.
        foreach (string stale in Directory.GetFiles(directory, prefix + "#*.verified.cs")
                     .Concat(Directory.GetFiles(directory, prefix + ".verified.txt"))
                     .Where(p => !expectedNames.Contains(Path.GetFileName(p))))
        {
            if (Accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"Snapshot {Path.GetFileName(stale)} is no longer produced.");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    // Deterministic builds map source paths to "/_/..."; map them back to the checkout.
    private static string ResolveSourcePath(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        string normalized = sourceFile.Replace('\\', '/');
        if (normalized.StartsWith("/_/", StringComparison.Ordinal))
        {
            return Path.Combine(RepositoryPaths.Root, normalized[3..]);
        }

        throw new InvalidOperationException("Cannot find the test source file " + sourceFile);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Diff(string expected, string actual)
    {
        DiffPaneModel model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        int shown = 0;
        foreach (DiffPiece line in model.Lines)
        {
            string? marker = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (marker == null)
            {
                continue;
            }

            if (++shown > 80)
            {
                builder.Append("... (more differences)\n");
                break;
            }

            builder.Append(marker).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").Append(": ").Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }
}
