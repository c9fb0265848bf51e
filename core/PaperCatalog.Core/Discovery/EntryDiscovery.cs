using System;
using System.Collections.Generic;
using System.IO;

namespace PaperCatalog.Core.Discovery;

/// <summary>
/// The one rule by which both the build (the <c>FindPaperCatalogEntries</c> task) and the tool find the entry files
/// of a folder, so that both see exactly the same set:
/// <list type="bullet">
/// <item>every file below the folder whose extension is <c>.yaml</c> or <c>.yml</c>, in any case (<c>b.YAML</c>);</item>
/// <item>hidden files and folders (a name starting with <c>.</c>: <c>.git</c>, editors' and the tool's temporary
/// files) are skipped, with everything below them;</item>
/// <item>a folder that is a symbolic link (or a junction) is not entered, so a link loop cannot repeat entries;
/// a file that is a symbolic link is an entry like any other;</item>
/// <item>a folder nested deeper than <see cref="MaxFolderDepth"/>, or a file whose path below the folder is longer
/// than <see cref="MaxRelativePathLength"/>, is a problem (PAPER037), never silently left out.</item>
/// </list>
/// The walk uses an explicit stack, not recursion, and visits each folder once.
/// </summary>
internal static class EntryDiscovery
{
    /// <summary>Folders below the entries folder, counted from it (the entries folder itself is depth 0).</summary>
    public const int MaxFolderDepth = 32;

    /// <summary>Characters of an entry's path relative to the entries folder.</summary>
    public const int MaxRelativePathLength = 1024;

    /// <summary>Whether a file name is an entry's: <c>.yaml</c> or <c>.yml</c> in any case, and not hidden.</summary>
    public static bool IsEntryFileName(string name)
        => !IsHidden(name)
           && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a file or folder name is hidden, and so skipped with everything below it.</summary>
    public static bool IsHidden(string name) => name.Length > 0 && name[0] == '.';

    /// <summary>
    /// The entry files below <paramref name="folder"/>, sorted ordinally, each as <paramref name="folder"/> joined
    /// with its relative path; none when the folder does not exist.
    /// </summary>
    public static EntryDiscoveryResult Find(string folder)
    {
        var files = new List<string>();
        var problems = new List<EntryDiscoveryProblem>();
        if (!Directory.Exists(folder))
        {
            return new EntryDiscoveryResult(files, problems);
        }

        int rootLength = Path.Combine(folder, "x").Length - 1;
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((folder, 0));
        while (pending.Count > 0)
        {
            (string current, int depth) = pending.Pop();
            IEnumerable<string> children;
            try
            {
                children = Directory.GetFileSystemEntries(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new EntryDiscoveryProblem(current, "the folder cannot be read: " + ex.Message));
                continue;
            }

            foreach (string child in children)
            {
                string name = Path.GetFileName(child);
                if (IsHidden(name))
                {
                    continue;
                }

                FileAttributes attributes;
                try
                {
                    attributes = File.GetAttributes(child);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A dangling link: not a folder to enter; as an entry name it is reported by the reader.
                    attributes = FileAttributes.Normal;
                }

                if ((attributes & FileAttributes.Directory) != 0)
                {
                    if ((attributes & FileAttributes.ReparsePoint) != 0)
                    {
                        continue;
                    }

                    if (depth + 1 > MaxFolderDepth)
                    {
                        problems.Add(new EntryDiscoveryProblem(child, "the folder is nested " + (depth + 1) + " levels below the entries folder; entries may be at most " + MaxFolderDepth + " levels deep (EntryDiscovery.MaxFolderDepth)."));
                        continue;
                    }

                    pending.Push((child, depth + 1));
                }
                else if (IsEntryFileName(name))
                {
                    if (child.Length - rootLength > MaxRelativePathLength)
                    {
                        problems.Add(new EntryDiscoveryProblem(child, "the path below the entries folder has " + (child.Length - rootLength) + " characters; at most " + MaxRelativePathLength + " are allowed (EntryDiscovery.MaxRelativePathLength)."));
                        continue;
                    }

                    files.Add(child);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        problems.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new EntryDiscoveryResult(files, problems);
    }
}

/// <summary>What <see cref="EntryDiscovery.Find"/> found: the entry files, and the paths it could not take.</summary>
internal sealed class EntryDiscoveryResult
{
    public EntryDiscoveryResult(IReadOnlyList<string> files, IReadOnlyList<EntryDiscoveryProblem> problems)
    {
        Files = files;
        Problems = problems;
    }

    /// <summary>The entry files, sorted ordinally.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Folders and files below the folder that the rule refuses, with why.</summary>
    public IReadOnlyList<EntryDiscoveryProblem> Problems { get; }
}

/// <summary>A path that <see cref="EntryDiscovery"/> could not take, and why (reported as PAPER037).</summary>
internal sealed class EntryDiscoveryProblem
{
    public EntryDiscoveryProblem(string path, string message)
    {
        Path = path;
        Message = message;
    }

    /// <summary>The folder or file, below the entries folder.</summary>
    public string Path { get; }

    /// <summary>Why it was refused, one sentence.</summary>
    public string Message { get; }
}
