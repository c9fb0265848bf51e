using System.IO;
using PaperCatalog.Build.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Build.Tests;

/// <summary>
/// A curator's project built with the real <c>dotnet build</c>: entries under papers/ are validated by the
/// generator and broken ones fail the build at file(line,col).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(CuratorProject.Collection)]
public class CuratorBuildTests
{
    private const string ValidEntry = """
        id: good-paper
        title: A Good Paper
        authors:
          - family-names: Doe
            given-names: Jane
        year: 2020

        """;

    [Fact]
    public void A_broken_entry_fails_the_build_at_its_line_and_column()
    {
        using var project = CreateCuratorProject();
        project.Write("papers/good.yaml", ValidEntry);
        project.Write("papers/broken.yaml", "id: broken-paper\ntitle: Broken\nauthors:\n  - family-names: Roe\nyear: 2020\narxiv: \"2213.01234\"\n");
        project.Write(".github/workflows/ci.yml", "name: ci\non: [push]\njobs: 7\n");

        ProcessResult build = project.Dotnet("build -nologo");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("papers/broken.yaml(6,8): error PAPER009: '2213.01234' is not a valid arXiv identifier: month 13 is not 01 to 12", build.Output.Replace('\\', '/'));
        Assert.DoesNotContain("ci.yml", build.Output);
    }

    [Fact]
    public void Valid_entries_build_and_severity_follows_the_global_config()
    {
        using var project = CreateCuratorProject();
        project.Write("papers/good.yaml", ValidEntry + "abstarct: A typo that the config downgrades.\n");
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PAPER006.severity = warning\n");
        project.Write("Program.cs", """
            System.Console.WriteLine(PaperCatalog.Papers.GoodPaper.Title + " | " + PaperCatalog.PaperIds.GoodPaper);
            """);

        ProcessResult build = project.Dotnet("build -nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("papers/good.yaml(7,1): warning PAPER006: Unknown key 'abstarct'; did you mean 'abstract'?", build.Output.Replace('\\', '/'));

        ProcessResult run = project.Dotnet("run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("A Good Paper | good-paper", run.Output);
    }

    private static TempProject CreateCuratorProject()
    {
        var project = new TempProject("curator");
        CuratorProject.Write(project);
        return project;
    }
}
