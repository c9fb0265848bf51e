using System.Collections.Generic;
using System.IO;

namespace PaperCatalog.Testing;

/// <summary>
/// One folder of entry files with every case the discovery rule decides (extensions in other cases, a hidden file and
/// folder, a backup, a symbolic link loop, a linked file), written the same for the tool's and the build's tests, so
/// that both sides are checked against one expected set.
/// </summary>
public static class DiscoveryTree
{
    /// <summary>The entry files the rule selects in the tree, relative to its entries folder, ordinally sorted.</summary>
    public static readonly IReadOnlyList<string> Expected = new[] { "a.yaml", "b.YAML", "c.Yml", "linked.yaml", "sub/e.yml" };

    /// <summary>Writes the tree into <paramref name="folder"/>'s <c>papers</c> folder and returns that folder.</summary>
    public static string Write(TempFolder folder, string entryText = "id: x\n")
    {
        folder.Write("papers/a.yaml", entryText);
        folder.Write("papers/b.YAML", entryText);
        folder.Write("papers/c.Yml", entryText);
        folder.Write("papers/d.yaml.bak", entryText);
        folder.Write("papers/.hidden.yaml", entryText);
        folder.Write("papers/.hidden/x.yaml", entryText);
        folder.Write("papers/sub/e.yml", entryText);
        folder.Write("papers/notes.txt", "not an entry\n");
        folder.Write("outside/target.yaml", entryText);
        string papers = folder["papers"];

        // A loop: papers/sub/loop -> papers. Followed, it would repeat every entry without end.
        Directory.CreateSymbolicLink(Path.Combine(papers, "sub", "loop"), papers);
        File.CreateSymbolicLink(Path.Combine(papers, "linked.yaml"), folder["outside/target.yaml"]);
        return papers;
    }
}
