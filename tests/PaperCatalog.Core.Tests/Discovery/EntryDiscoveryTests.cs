using System.IO;
using System.Linq;
using PaperCatalog.Core.Discovery;
using Xunit;

namespace PaperCatalog.Core.Tests.Discovery;

public class EntryDiscoveryTests
{
    [Fact]
    public void Selects_yaml_in_any_case_skips_hidden_and_backups_and_does_not_follow_a_link_loop()
    {
        using var folder = new TempFolder("discovery");
        string papers = DiscoveryTree.Write(folder);

        EntryDiscoveryResult result = EntryDiscovery.Find(papers);

        Assert.Empty(result.Problems);
        Assert.Equal(DiscoveryTree.Expected, result.Files.Select(f => Path.GetRelativePath(papers, f).Replace('\\', '/')));
        Assert.All(result.Files, f => Assert.StartsWith(papers, f));
    }

    [Theory]
    [InlineData("a.yaml", true)]
    [InlineData("a.YAML", true)]
    [InlineData("a.Yml", true)]
    [InlineData("a.yaml.bak", false)]
    [InlineData("a.yamlx", false)]
    [InlineData(".a.yaml", false)]
    [InlineData("yaml", false)]
    public void File_names(string name, bool expected) => Assert.Equal(expected, EntryDiscovery.IsEntryFileName(name));

    [Fact]
    public void A_folder_nested_too_deep_is_a_problem_not_a_silent_omission()
    {
        using var folder = new TempFolder("discovery");
        string relative = string.Join("/", Enumerable.Repeat("d", EntryDiscovery.MaxFolderDepth + 1));
        folder.Write("papers/" + relative + "/deep.yaml", "id: x\n");
        folder.Write("papers/ok.yaml", "id: x\n");

        EntryDiscoveryResult result = EntryDiscovery.Find(folder["papers"]);

        EntryDiscoveryProblem problem = Assert.Single(result.Problems);
        Assert.EndsWith(relative, problem.Path.Replace('\\', '/'));
        Assert.Contains("EntryDiscovery.MaxFolderDepth", problem.Message);
        Assert.Equal(new[] { folder["papers/ok.yaml"] }, result.Files);
    }

    [Fact]
    public void A_missing_folder_has_no_entries()
        => Assert.Empty(EntryDiscovery.Find(Path.Combine(Path.GetTempPath(), "no-such-folder-" + System.Guid.NewGuid())).Files);
}
