using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// The entry files the MSBuild targets listed, one full path a line, in one additional file. One global list
/// instead of per-file metadata: metadata on 100,000 additional files made the compiler's analyzer config alone
/// cost over a minute. Compared by content, so an unchanged list keeps every later step cached.
/// </summary>
internal sealed class EntrySelection : IEquatable<EntrySelection>
{
    private static readonly StringComparer PathComparer =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly string _text;
    private readonly HashSet<string> _paths;

    public EntrySelection(string text)
    {
        _text = text;
        _paths = new HashSet<string>(PathComparer);
        foreach (string line in text.Split('\n'))
        {
            string path = line.TrimEnd('\r');
            if (path.Length > 0 && path[0] != '#')
            {
                _paths.Add(Normalize(path));
            }
        }
    }

    public bool Contains(string path) => _paths.Contains(Normalize(path));

    public bool Equals(EntrySelection? other) => other != null && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as EntrySelection);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
