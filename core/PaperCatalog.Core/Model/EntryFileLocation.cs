using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Model;

/// <summary>
/// Where an entry file really is, after following symbolic links (of the file and of every folder on its path).
/// An entry file that resolves outside the project folder is refused before it is read (PAPER033): a link in a pull
/// request could otherwise make the build read, and quote into its log, any file the build account can read.
/// Used by the build task and by the tool, so both refuse the same files.
/// </summary>
internal sealed class EntryFileLocation
{
    // More links than this on one path is a loop (Linux's own limit is 40).
    private const int MaxLinks = 40;

    // FileSystemInfo.LinkTarget exists from .NET 6; this code also runs on .NET Framework's MSBuild, which has none.
    private static readonly PropertyInfo? LinkTargetProperty = typeof(FileSystemInfo).GetProperty("LinkTarget");

    private readonly string _root;
    private readonly Dictionary<string, string?> _resolvedFolders = new(StringComparer.Ordinal);

    /// <param name="projectDirectory">The folder entry files must stay in.</param>
    public EntryFileLocation(string projectDirectory)
    {
        _root = Resolve(Path.GetFullPath(projectDirectory)) ?? Path.GetFullPath(projectDirectory);
    }

    /// <summary>
    /// A PAPER033 diagnostic, located at the file, when it resolves outside the project folder (or through a link
    /// that cannot be followed); null when it is inside.
    /// </summary>
    public DiagnosticInfo? Check(string path)
    {
        string full = Path.GetFullPath(path);
        string? real = Resolve(full);
        if (real == null)
        {
            return DiagnosticInfo.Create(DiagnosticRules.EntryOutsideProject, path, SourceSpan.FileStart, "a link that cannot be followed (a loop, or links this runtime cannot read)");
        }

        return IsInside(real, _root) ? null : DiagnosticInfo.Create(DiagnosticRules.EntryOutsideProject, path, SourceSpan.FileStart, Relative(real, _root));
    }

    /// <summary>The parse result of a refused file: its one diagnostic, no entry.</summary>
    public static ParsedFile Refused(string path, DiagnosticInfo diagnostic)
        => new(path, null, null, null, new[] { diagnostic }.ToEquatableArray());

    private static bool IsInside(string path, string folder)
    {
        StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    // The real path relative to the project ("../secrets/.env"), which names the file without guessing at its content.
    private static string Relative(string path, string folder)
    {
        char[] separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        string[] from = folder.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        string[] to = path.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        if (common == 0)
        {
            return path;
        }

        var parts = new List<string>();
        for (int i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    // The path with every link on it followed, or null when a link cannot be followed.
    private string? Resolve(string full)
    {
        string? folder = Path.GetDirectoryName(full);
        string? realFolder = folder == null ? null : ResolveFolder(folder);
        if (folder != null && realFolder == null)
        {
            return null;
        }

        string candidate = realFolder == null ? full : Path.Combine(realFolder, Path.GetFileName(full));
        return Follow(candidate, MaxLinks);
    }

    // Folders are shared by many entries: each is resolved once.
    private string? ResolveFolder(string folder)
    {
        if (_resolvedFolders.TryGetValue(folder, out string? known))
        {
            return known;
        }

        // Marked unresolvable while it is being resolved: a link loop through this folder then ends here.
        _resolvedFolders[folder] = null;
        string? parent = Path.GetDirectoryName(folder);
        string? result;
        if (parent == null)
        {
            result = folder;
        }
        else
        {
            string? realParent = ResolveFolder(parent);
            result = realParent == null ? null : Follow(Path.Combine(realParent, Path.GetFileName(folder)), MaxLinks);
        }

        _resolvedFolders[folder] = result;
        return result;
    }

    // Follows the last part of a path whose folder is already real.
    private string? Follow(string path, int linksLeft)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists && Directory.Exists(path))
        {
            info = new DirectoryInfo(path);
        }

        if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return path;
        }

        if (LinkTargetProperty == null || linksLeft == 0)
        {
            return null;
        }

        if (LinkTargetProperty.GetValue(info) is not string target)
        {
            return path;
        }

        string? folder = Path.GetDirectoryName(path);
        string next = Path.GetFullPath(folder == null ? target : Path.Combine(folder, target));
        string? nextFolder = Path.GetDirectoryName(next);
        string? realNextFolder = nextFolder == null ? null : ResolveFolder(nextFolder);
        if (nextFolder != null && realNextFolder == null)
        {
            return null;
        }

        return Follow(realNextFolder == null ? next : Path.Combine(realNextFolder, Path.GetFileName(next)), linksLeft - 1);
    }
}
