using System.IO;
using System.Linq;
using Xunit;

namespace PaperCatalog.Generator.Tasks.Tests;

public class FindPaperCatalogEntriesTests
{
    [Fact]
    public void Selects_the_same_files_as_the_tool_on_the_shared_tree()
    {
        using var folder = new TempFolder("find");
        string papers = DiscoveryTree.Write(folder);
        var engine = new RecordingBuildEngine();
        var task = new FindPaperCatalogEntries { BuildEngine = engine, Folder = papers };

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        Assert.Equal(DiscoveryTree.Expected, task.Entries.Select(e => Path.GetRelativePath(papers, e.ItemSpec).Replace('\\', '/')));
    }

    [Fact]
    public void A_refused_path_is_a_PAPER037_error()
    {
        using var folder = new TempFolder("find");
        folder.Write("papers/" + string.Join("/", Enumerable.Repeat("d", 40)) + "/deep.yaml", "id: x\n");
        var engine = new RecordingBuildEngine();
        var task = new FindPaperCatalogEntries { BuildEngine = engine, Folder = folder["papers"] + "/" };

        Assert.False(task.Execute());

        Microsoft.Build.Framework.BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("PAPER037", error.Code);
        Assert.Contains("is not read: the folder is nested 33 levels", error.Message);
    }
}
