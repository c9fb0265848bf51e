using System.Collections.Generic;
using System.IO;
using PaperCatalog.Tool;
using PaperCatalog.Tool.Sources.Http;
using PaperCatalog.Build.Tests.Infrastructure;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Build.Tests;

/// <summary>
/// The loop the refresh command closes: a retraction served by the registry (a loopback server replaying Crossref and
/// arXiv) becomes <c>status: retracted</c> in the entry, and the next real <c>dotnet build</c> warns (CS0618) at the
/// line of code that cites the paper.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(CuratorProject.Collection)]
public class RefreshEndToEndTests
{
    private const string Acl = "10.18653/v1/2022.acl-long.244";

    [Fact]
    public void A_retraction_found_by_refresh_warns_at_the_citing_line_after_the_next_build()
    {
        using var server = new LoopbackServer();
        Serve(server);
        using var project = new TempProject("refresh");
        CuratorProject.Write(project);
        project.Write("papers/natural-instructions.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.CatalogEntries, "natural-instructions.yaml")));
        project.Write("Program.cs", """
            using PaperCatalog;

            System.Console.WriteLine(typeof(InstructionTuning).Name);

            [Cites(PaperIds.NaturalInstructions)]
            internal sealed class InstructionTuning
            {
            }
            """);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?>
        {
            [SourceSettings.ArxivUrlVariable] = server.Url,
            [SourceSettings.CrossrefUrlVariable] = server.Url,
            [SourceSettings.ArxivIntervalVariable] = "0",
        };
        int refresh = ToolApp.Run(
            new[] { "refresh", project["papers"], "--write", "--no-cache" },
            new ToolContext(output, error) { Environment = name => environment.GetValueOrDefault(name) });

        Assert.True(refresh == 0, output + "\n" + error);
        Assert.Contains("-> status: retracted (set)", output.ToString());
        ProcessResult build = project.Dotnet("build -nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"Program\.cs\(5,\d+\): warning CS0618: 'PaperIds\.NaturalInstructions' is obsolete", build.Output);
    }

    private static void Serve(LoopbackServer server)
    {
        string fixtures = Path.Combine(RepositoryPaths.Root, "tests", "PaperCatalog.Tool.Tests", "Fixtures", "sources");
        string feed = File.ReadAllText(Path.Combine(fixtures, "arxiv-2104.08773.xml")).Replace(
            "<link href=\"http://arxiv.org/abs/2104.08773v3\"",
            "<arxiv:doi xmlns:arxiv=\"http://arxiv.org/schemas/atom\">" + Acl + "</arxiv:doi>\n    <link href=\"http://arxiv.org/abs/2104.08773v3\"",
            System.StringComparison.Ordinal);
        string work = File.ReadAllText(Path.Combine(fixtures, "crossref-2022.acl-long.244.json")).Replace(
            "\"relation\": {",
            "\"updated-by\": [{\"updated\": {\"date-parts\": [[2024, 3, 1]]}, \"DOI\": \"10.18653/v1/2024.retraction.1\", \"type\": \"retraction\", \"source\": \"publisher\", \"label\": \"Retraction\"}],\n    \"relation\": {",
            System.StringComparison.Ordinal);
        server.On("/query", "2104.08773", new Reply(200, "application/atom+xml; charset=utf-8", feed));
        server.On("/works/" + Acl, null, new Reply(200, "application/json", work));
    }
}
