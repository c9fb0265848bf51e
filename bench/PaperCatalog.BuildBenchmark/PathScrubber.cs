using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Replaces the machine's folders in recorded output with placeholders (<c>&lt;work&gt;</c>, <c>&lt;repo&gt;</c>,
/// <c>~</c>), so that the results can be committed and compared between machines.
/// </summary>
internal sealed class PathScrubber
{
    private readonly List<(string Path, string Placeholder)> _replacements = new();

    public PathScrubber(string repository, string work, string output)
    {
        Add(work, "<work>");
        Add(output, "<out>");
        Add(repository, "<repo>");
        Add(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "~");
    }

    public string Scrub(string text)
    {
        // Longest first: the work folder may sit inside the repository or the home folder.
        foreach ((string path, string placeholder) in _replacements.OrderByDescending(r => r.Path.Length))
        {
            text = text.Replace(path, placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    private void Add(string path, string placeholder)
    {
        string trimmed = path.TrimEnd('/', '\\');
        if (trimmed.Length > 1)
        {
            _replacements.Add((trimmed, placeholder));
        }
    }
}
