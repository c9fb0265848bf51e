using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PaperCatalog.Testing;

/// <summary>
/// The APA 7 reference implementation: citeproc-js with the official APA 7th edition CSL style, run by
/// <c>tests/reference/citeproc/render.js</c> on a CSL-JSON array. The versions are pinned by that folder's lockfile;
/// <c>npm ci</c> there installs them (CI does it first).
/// </summary>
public static class CiteprocReference
{
    /// <summary>The folder of the pinned citeproc-js install, the style and the locale.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "reference", "citeproc");

    /// <summary>
    /// Renders every item of <paramref name="cslJson"/> on its own, as <c>text</c>, <c>html</c> or <c>markdown</c>,
    /// and returns each item's id mapped to its reference.
    /// </summary>
    /// <exception cref="InvalidOperationException">Node or the pinned citeproc-js is missing, or rendering failed.</exception>
    public static IReadOnlyDictionary<string, string> Render(string cslJson, string format)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "citeproc")))
        {
            throw new InvalidOperationException(
                "citeproc-js is not installed, so the APA reference cannot run: run 'npm ci' in tests/reference/citeproc (needs Node.js).");
        }

        using var temp = new TempFolder("citeproc");
        string items = temp.Write("items.json", cslJson);
        ProcessResult result;
        try
        {
            result = ProcessRunner.Run("node", new[] { Path.Combine(Folder, "render.js"), format, items }, Folder, TimeSpan.FromMinutes(10));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js ('node') is not on PATH, so the APA reference cannot run: install Node.js.", e);
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("citeproc-js failed (exit " + result.ExitCode + "): " + result.StandardError);
        }

        return JsonSerializer.Deserialize<Dictionary<string, string>>(result.StandardOutput)
               ?? throw new InvalidOperationException("citeproc-js printed no JSON object.");
    }
}
