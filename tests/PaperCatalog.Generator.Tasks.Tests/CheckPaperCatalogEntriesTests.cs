using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace PaperCatalog.Generator.Tasks.Tests;

/// <summary>
/// Entry files that resolve, through symbolic links, outside the project folder are reported (PAPER033) at the file
/// and handed back for removal, so that neither the generator nor the data task ever reads them.
/// </summary>
public class CheckPaperCatalogEntriesTests
{
    private const string Valid = "id: inside\ntitle: T\nauthors:\n  - name: Team\nyear: 2020\n";

    [Fact]
    public void A_linked_file_outside_the_project_is_reported_without_being_read()
    {
        using var outside = new TempFolder("secrets");
        using var project = new TempFolder("project");
        string secret = outside.Write(".env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n");
        string inside = project.Write("papers/inside.yaml", Valid);
        string link = project["papers/env.yaml"];
        File.CreateSymbolicLink(link, secret);
        var engine = new RecordingBuildEngine();

        CheckPaperCatalogEntries task = Task(engine, project.Path, inside, link);

        Assert.False(task.Execute());
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("PAPER033", error.Code);
        Assert.Equal(link, error.File);
        Assert.Equal(1, error.LineNumber);
        Assert.DoesNotContain("wJalr", error.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("The entry file resolves to ../", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("/.env, outside the project folder; it was not read", error.Message, System.StringComparison.Ordinal);
        Assert.Equal([link], task.Outside.Select(i => i.ItemSpec));
    }

    [Fact]
    public void A_file_in_a_linked_folder_outside_the_project_is_reported()
    {
        using var outside = new TempFolder("shared");
        using var project = new TempFolder("project");
        outside.Write("entries/shared.yaml", Valid);
        Directory.CreateDirectory(project["papers"]);
        Directory.CreateSymbolicLink(project["papers/shared"], outside["entries"]);
        string entry = project["papers/shared/shared.yaml"];
        var engine = new RecordingBuildEngine();

        CheckPaperCatalogEntries task = Task(engine, project.Path, entry);

        Assert.False(task.Execute());
        Assert.Equal("PAPER033", Assert.Single(engine.Errors).Code);
        Assert.Equal([entry], task.Outside.Select(i => i.ItemSpec));
    }

    [Fact]
    public void Links_inside_the_project_and_plain_files_are_kept()
    {
        using var project = new TempFolder("project");
        string plain = project.Write("papers/plain.yaml", Valid);
        string target = project.Write("shared/target.yaml", Valid.Replace("inside", "target", System.StringComparison.Ordinal));
        string link = project["papers/link.yaml"];
        File.CreateSymbolicLink(link, Path.Combine("..", "shared", "target.yaml"));
        var engine = new RecordingBuildEngine();

        CheckPaperCatalogEntries task = Task(engine, project.Path, plain, link, target);

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(task.Outside);
    }

    [Fact]
    public void A_link_loop_is_reported_as_a_link_that_cannot_be_followed()
    {
        using var project = new TempFolder("project");
        Directory.CreateDirectory(project["papers"]);
        File.CreateSymbolicLink(project["papers/a.yaml"], project["papers/b.yaml"]);
        File.CreateSymbolicLink(project["papers/b.yaml"], project["papers/a.yaml"]);
        var engine = new RecordingBuildEngine();

        CheckPaperCatalogEntries task = Task(engine, project.Path, project["papers/a.yaml"]);

        Assert.False(task.Execute());
        Assert.Contains("a link that cannot be followed", Assert.Single(engine.Errors).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_property_allows_entries_outside_the_project()
    {
        using var outside = new TempFolder("shared");
        using var project = new TempFolder("project");
        string target = outside.Write("shared.yaml", Valid);
        string link = project["papers/shared.yaml"];
        Directory.CreateDirectory(project["papers"]);
        File.CreateSymbolicLink(link, target);
        var engine = new RecordingBuildEngine();
        CheckPaperCatalogEntries task = Task(engine, project.Path, link);
        task.AllowEntriesOutside = "True";

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(task.Outside);
    }

    private static CheckPaperCatalogEntries Task(IBuildEngine engine, string projectDirectory, params string[] entries) => new()
    {
        BuildEngine = engine,
        ProjectDirectory = projectDirectory,
        Entries = entries.Select(e => (ITaskItem)new TaskItem(e)).ToArray(),
    };
}
