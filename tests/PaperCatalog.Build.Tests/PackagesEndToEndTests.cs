using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperCatalog.Build.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Build.Tests;

/// <summary>
/// The packages as a user gets them: packed into a temporary feed, restored by fresh projects (the samples,
/// copied out of the repository), built with the real <c>dotnet build</c> and run.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackagesEndToEndTests : IClassFixture<PackedFeed>
{
    private readonly PackedFeed _feed;

    public PackagesEndToEndTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Packages_hold_the_generator_its_dependency_the_build_files_and_readmes()
    {
        Assert.Equal(
            ["PaperCatalog", "PaperCatalog.Generator", "PaperCatalog.Runtime"],
            _feed.Packages.Select(p => p.Id).Order(StringComparer.Ordinal));

        string[] generator = _feed.Entries("PaperCatalog.Generator");
        Assert.Contains("analyzers/dotnet/cs/PaperCatalog.Generator.dll", generator);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", generator);
        Assert.Contains("build/PaperCatalog.Generator.props", generator);
        Assert.Contains("build/PaperCatalog.Generator.targets", generator);
        Assert.Contains("analyzers/dotnet/cs/PaperCatalog.Core.dll", generator);
        Assert.Contains("tasks/netstandard2.0/PaperCatalog.Generator.Tasks.dll", generator);
        Assert.Contains("tasks/netstandard2.0/PaperCatalog.Core.dll", generator);
        Assert.Contains("tasks/netstandard2.0/YamlDotNet.dll", generator);
        Assert.DoesNotContain(generator, e => e.Contains("Microsoft.Build", StringComparison.Ordinal));
        Assert.Contains("README.md", generator);

        Assert.Contains("lib/net8.0/PaperCatalog.dll", _feed.Entries("PaperCatalog"));
        Assert.Contains("README.md", _feed.Entries("PaperCatalog"));
        Assert.DoesNotContain(_feed.Entries("PaperCatalog"), e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build/", StringComparison.Ordinal));

        string[] runtime = _feed.Entries("PaperCatalog.Runtime");
        Assert.Contains("lib/net8.0/PaperCatalog.Runtime.dll", runtime);
        Assert.Contains("analyzers/dotnet/cs/PaperCatalog.Analyzers.dll", runtime);
        Assert.Contains("analyzers/dotnet/cs/PaperCatalog.CodeFixes.dll", runtime);
        Assert.Contains("build/PaperCatalog.Runtime.props", runtime);
        Assert.Contains("buildTransitive/PaperCatalog.Runtime.props", runtime);
    }

    [Fact]
    public void Consumer_that_opts_in_gets_the_generated_list_of_its_citations_with_their_papers()
    {
        using TempProject consumer = _feed.CopySample("Consumer");
        consumer.Write("Program.cs", """
            using PaperCatalog;

            [assembly: Cites(PaperIds.NaturalInstructions, Note = "the task format")]

            [Cites(PaperIds.Gpt3, Note = "few-shot prompting")]
            static class Program
            {
                [return: Cites(PaperIds.Gpt3)]
                static int Main([Cites("natural-instructions")] string[] args)
                {
                    foreach (Consumer.Docs.Bibliography.Citation c in Consumer.Docs.Bibliography.All)
                    {
                        Console.WriteLine($"{c.PaperId} | {c.Paper?.Title} | {c.Target} | {c.SymbolName} | {c.DocumentationId} | {c.Note} | {c.Location}");
                    }

                    Console.WriteLine("papers: " + string.Join(", ", Consumer.Docs.Bibliography.Papers.Select(p => p.Id)));
                    return Consumer.Docs.Bibliography.Unresolved.Count;
                }
            }
            """);

        // PAPER102 (the literal) is an info, not a warning: the build stays clean with warnings as errors.
        ProcessResult build = consumer.Dotnet(_feed.BuildArguments + " -p:PaperCatalogGenerateCitations=true -p:PaperCatalogCitationsClass=Consumer.Docs.Bibliography");
        Assert.True(build.ExitCode == 0, build.Output);
        ProcessResult run = consumer.Dotnet("run --no-build");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            [
                "natural-instructions | Cross-Task Generalization via Natural Language Crowdsourcing Instructions | assembly | assembly Consumer | A:Consumer | the task format | Program.cs(3,12)",
                "gpt-3 | Language Models are Few-Shot Learners | type | Program | T:Program | few-shot prompting | Program.cs(5,2)",
                "gpt-3 | Language Models are Few-Shot Learners | return | return value of Program.Main(string[]) | M:Program.Main(System.String[]) |  | Program.cs(8,14)",
                "natural-instructions | Cross-Task Generalization via Natural Language Crowdsourcing Instructions | parameter | parameter args of Program.Main(string[]) | M:Program.Main(System.String[]) |  | Program.cs(9,22)",
                "papers: gpt-3, natural-instructions",
            ],
            run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Consumer_sample_builds_from_the_feed_and_prints_typed_papers()
    {
        using TempProject consumer = _feed.CopySample("Consumer");

        ProcessResult run = BuildWithoutWarningsAndRun(consumer);
        Assert.Contains("Language Models are Few-Shot Learners (2020), 31 authors, https://arxiv.org/abs/2005.14165", run.Output);
        Assert.Contains("arXiv lookup: gpt-3; DOI lookup: natural-instructions; instruction tuning: 6 papers", run.Output);
        Assert.Contains("@inproceedings{brown2020language,", run.Output);
    }

    [Fact]
    public void Unknown_id_in_cites_is_reported_at_the_string()
    {
        using TempProject consumer = _feed.CopySample("Consumer");
        consumer.Write("Citations.cs", "[PaperCatalog.Cites(\"gpt-4\")]\ninternal sealed class Citations { }\n");

        ProcessResult build = consumer.Dotnet(_feed.BuildArguments);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Citations.cs(1,21): error PAPER101: 'gpt-4' is not the id of any paper in the referenced catalogs; did you mean 'gpt-3'?", build.Output);
    }

    [Fact]
    public void Curator_sample_generates_its_own_catalog_and_a_broken_entry_fails_at_its_place()
    {
        using TempProject curator = _feed.CopySample("Curator");

        ProcessResult build = curator.Dotnet(_feed.BuildArguments);
        Assert.True(build.ExitCode == 0, build.Output);
        ProcessResult run = curator.Dotnet("run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("bert is related to attention", run.Output);
        Assert.Contains("2 papers on transformers", run.Output);

        curator.Write("papers/broken.yaml", "id: broken\ntitle: Broken\nauthors:\n  - family-names: Roe\nyear: 2020\ndoi: https://doi.org/10.1000/x\n");
        curator.Write(".github/workflows/build.yml", "name: build\non: [push]\n");
        ProcessResult broken = curator.Dotnet(_feed.BuildArguments);

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("papers/broken.yaml(6,6): error PAPER010: 'https://doi.org/10.1000/x' is not a valid DOI", broken.Output.Replace('\\', '/'));
        Assert.DoesNotContain("build.yml", broken.Output);
    }

    [Fact]
    public void Curator_with_members_past_the_per_type_limit_loads_and_answers_and_an_edit_rebuilds_the_data()
    {
        // The layout of catalogs past 65,535 papers, forced at the sample's size: one typed member per type.
        using TempProject curator = _feed.CopySample("Curator");
        string arguments = _feed.BuildArguments + " -p:PaperCatalogMembersPerType=1";

        ProcessResult build = curator.Dotnet(arguments);
        Assert.True(build.ExitCode == 0, build.Output);
        ProcessResult run = curator.Dotnet("run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("bert is related to attention", run.Output);

        // An edit changes the data and the code together: the rebuilt program shows the new title, never stale data.
        string bert = File.ReadAllText(Path.Combine(curator.Directory, "papers", "bert.yaml"));
        curator.Write("papers/bert.yaml", bert.Replace("BERT: Pre-training", "BERT (revised): Pre-training", StringComparison.Ordinal));
        ProcessResult rebuild = curator.Dotnet(arguments);
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        ProcessResult rerun = curator.Dotnet("run --no-build");
        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.Contains("BERT (revised): Pre-training", rerun.Output);
    }

    [Fact]
    public void Consumer_that_sets_a_bibliography_format_writes_the_file_on_build_and_fails_on_an_unknown_id()
    {
        // The tool as a project would run it; built here from source rather than installed.
        using var toolFolder = new TempProject("tool");
        ProcessResult toolBuild = ProcessRunner.Run(
            "dotnet",
            $"build \"{Path.Combine(RepositoryPaths.Root, "tools", "PaperCatalog.Tool", "PaperCatalog.Tool.csproj")}\" -c Release --artifacts-path \"{toolFolder.Directory}\" -nologo",
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        Assert.True(toolBuild.ExitCode == 0, toolBuild.Output);
        string tool = Directory.GetFiles(toolFolder.Directory, "PaperCatalog.Tool.dll", SearchOption.AllDirectories).First(p => p.Contains("bin", StringComparison.Ordinal));

        using TempProject consumer = _feed.CopySample("Consumer");
        string arguments = _feed.BuildArguments + $" -p:PaperCatalogBibliographyFormat=markdown \"-p:PaperCatalogToolCommand=dotnet {tool}\"";
        ProcessResult build = consumer.Dotnet(arguments);
        Assert.True(build.ExitCode == 0, build.Output);

        string file = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "Consumer.references.md");
        Assert.True(File.Exists(file), build.Output);
        string page = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("# References\n\nPapers cited in `Consumer`: 1 paper, 1 citation.\n\n## Language Models are Few-Shot Learners\n", page);
        Assert.EndsWith("Cited by:\n\n- `Program` (type): few-shot prompting\n", page);

        // Nothing changed: the target is skipped and the file is left as it was.
        DateTime written = File.GetLastWriteTimeUtc(file);
        ProcessResult again = consumer.Dotnet(arguments);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        // An id no catalog holds fails the build (PAPER101 is a warning; the tool's check is the error).
        consumer.Write("Typo.cs", "#pragma warning disable PAPER101\n[PaperCatalog.Cites(\"gpt-4\")]\ninternal sealed class Typo { }\n");
        ProcessResult broken = consumer.Dotnet(arguments + " -p:TreatWarningsAsErrors=false");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("Typo cites 'gpt-4', which no referenced catalog holds", broken.Output);
    }

    [Fact]
    public void Generator_package_ships_the_entry_schema_and_names_its_path_in_a_property()
    {
        Assert.Contains("schema/paper-entry.schema.json", _feed.Entries("PaperCatalog.Generator"));

        using TempProject curator = _feed.CopySample("Curator");
        ProcessResult restore = curator.Dotnet(_feed.BuildArguments.Replace("build -nologo", "restore", StringComparison.Ordinal));
        Assert.True(restore.ExitCode == 0, restore.Output);
        ProcessResult property = curator.Dotnet($"msbuild -nologo -getProperty:PaperCatalogEntrySchema -p:PaperCatalogVersion={_feed.Version} -p:RestorePackagesPath=\"{_feed.PackagesFolder}\"");
        Assert.True(property.ExitCode == 0, property.Output);

        string path = property.Output.Trim();
        Assert.StartsWith(_feed.PackagesFolder, path, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema", "paper-entry.schema.json")), File.ReadAllText(path));
    }

    [Fact]
    public void Citing_the_shipped_catalog_and_curating_entries_builds_without_a_warning_and_uses_both()
    {
        using TempProject project = _feed.CopySample("CiteAndCurate");

        ProcessResult run = BuildWithoutWarningsAndRun(project);
        Assert.Contains("shipped: gpt-3 (2020); own: attention (2017)", run.Output);
        Assert.Contains("57 shipped papers, 1 of our own", run.Output);
        Assert.Contains("ids: gpt-3, attention", run.Output);
    }

    [Fact]
    public void Curating_entries_in_the_shipped_catalogs_namespace_is_PAPER042_at_the_first_entry()
    {
        using TempProject project = _feed.CopySample("CiteAndCurate");
        string csproj = Path.Combine(project.Directory, "CiteAndCurate.csproj");
        File.WriteAllText(csproj, Regex.Replace(File.ReadAllText(csproj), "\\s*<PaperCatalogNamespace>[^<]*</PaperCatalogNamespace>", string.Empty));
        project.Write("Program.cs", "System.Console.WriteLine(PaperCatalog.Papers.All.Count);\n");

        ProcessResult build = project.Dotnet(_feed.BuildArguments);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(
            "papers/attention.yaml(1,1): error PAPER042: PaperCatalogNamespace 'PaperCatalog' is already used by the referenced assembly 'PaperCatalog', which defines 'PaperCatalog.Papers'",
            build.Output.Replace('\\', '/'));
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
    }

    // A sample built from the feed with no warning at all, then run: the output of the run.
    private ProcessResult BuildWithoutWarningsAndRun(TempProject project)
    {
        ProcessResult build = project.Dotnet(_feed.BuildArguments);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        ProcessResult run = project.Dotnet("run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        return run;
    }
}
