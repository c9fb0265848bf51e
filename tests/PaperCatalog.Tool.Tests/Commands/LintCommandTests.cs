using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Commands;

public class LintCommandTests
{
    private static string Broken => Path.Combine(RepositoryPaths.Fixtures, "broken");

    [Fact]
    public void The_shipped_catalog_has_nothing_to_report()
    {
        ToolRun run = ToolRun.InProcess("lint", RepositoryPaths.CatalogEntries);

        int files = Directory.GetFiles(RepositoryPaths.CatalogEntries, "*.y*ml", SearchOption.AllDirectories).Length;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { files + " entries, 0 errors, 0 warnings" }, run.OutLines);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void A_broken_folder_gets_exactly_the_diagnostics_the_generator_reports()
    {
        string[] entries = Directory.GetFiles(Broken, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Broken, "*.yml", SearchOption.AllDirectories))
            .ToArray();

        string[] fromGenerator = GeneratorRunner.Diagnostics(entries).ToArray();
        ToolRun run = ToolRun.InProcess("lint", Broken);

        Assert.Equal(1, run.ExitCode);
        string[] fromTool = run.OutLines[..^1];
        Assert.Equal(fromGenerator, fromTool);

        // The fixture reaches rules of every stage: syntax, schema, format, and rules across files.
        string[] ids = fromTool.Select(line => Regex.Match(line, @"error (PAPER\d{3}):").Groups[1].Value).Distinct().Order().ToArray();
        Assert.Equal(new[] { "PAPER001", "PAPER002", "PAPER004", "PAPER006", "PAPER009", "PAPER010", "PAPER012", "PAPER016", "PAPER017", "PAPER020" }, ids);
        Assert.Equal("8 entries, " + fromTool.Length + " errors, 0 warnings", run.OutLines[^1]);
    }

    [Fact]
    public void Lines_are_in_the_compiler_format_with_1_based_positions_and_the_folder_as_given()
    {
        using var temp = new TempFolder();
        temp.Write("papers/entry.yaml", "id: entry\ntitle: \"T\"\nauthors:\n  - family-names: \"Doe\"\nyear: 2020\ndoi: \"nope\"\n");

        ToolRun run = ToolRun.InProcess("lint", temp["papers"]);

        string expected = Path.Combine(temp["papers"], "entry.yaml") + "(6,6): error PAPER010: 'nope' is not a valid DOI: expected '10.NNNN/suffix' without a resolver prefix";
        Assert.Equal(new[] { expected, "1 entry, 1 error, 0 warnings" }, run.OutLines);
    }

    [Fact]
    public void Relative_folders_stay_relative_in_messages()
    {
        ToolRun run = ToolProcess.Run(RepositoryPaths.Fixtures, "lint", "broken");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken/missing-keys.yaml(1,1): error PAPER004: Required key 'title' is missing", run.OutLines);
        Assert.Contains("broken/nested/same-arxiv.yml(5,8): error PAPER017: arXiv id '2101.00001v2' is also used by broken/valid.yaml", run.OutLines);
    }

    [Fact]
    public void An_entry_linked_from_outside_the_folder_is_reported_and_not_read()
    {
        using var secrets = new TempFolder("secrets");
        using var temp = new TempFolder();
        string secret = secrets.Write(".env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n");
        Directory.CreateDirectory(temp["papers"]);
        File.CreateSymbolicLink(temp["papers/env.yaml"], secret);

        ToolRun run = ToolRun.InProcess("lint", temp["papers"]);

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.OutLines, l => l.Contains("PAPER033", System.StringComparison.Ordinal));
        Assert.StartsWith(temp["papers/env.yaml"] + "(1,1): error PAPER033: The entry file resolves to ../", line, System.StringComparison.Ordinal);
        Assert.EndsWith("/.env, outside the project folder; it was not read (set PaperCatalogAllowEntriesOutside to true to allow it)", line, System.StringComparison.Ordinal);
        Assert.DoesNotContain("wJalr", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_every_diagnostic_with_its_range()
    {
        ToolRun run = ToolRun.InProcess("lint", Broken, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(8, root.GetProperty("entries").GetInt32());
        JsonElement[] diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(root.GetProperty("errors").GetInt32(), diagnostics.Length);
        JsonElement doi = diagnostics.Single(d => d.GetProperty("id").GetString() == "PAPER010");
        Assert.Equal(8, doi.GetProperty("line").GetInt32());
        Assert.Equal(6, doi.GetProperty("column").GetInt32());
        Assert.Equal(8, doi.GetProperty("endLine").GetInt32());
        Assert.Equal(35, doi.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", doi.GetProperty("severity").GetString());
        Assert.EndsWith("/docs/diagnostics/PAPER010.md", doi.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_with_rules_and_regions()
    {
        ToolRun run = ToolRun.InProcess("lint", Broken, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        JsonElement sarifRun = json.RootElement.GetProperty("runs")[0];
        JsonElement driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("paper-catalog", driver.GetProperty("name").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal("PAPER001", rules[0].GetProperty("id").GetString());
        Assert.All(rules, r => Assert.StartsWith("https://", r.GetProperty("helpUri").GetString()));

        JsonElement[] results = sarifRun.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        foreach (JsonElement result in results)
        {
            // ruleIndex points at the rule of the result's ruleId.
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
        }

        JsonElement doi = results.Single(r => r.GetProperty("ruleId").GetString() == "PAPER010");
        JsonElement location = doi.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.StartsWith("file:///", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.EndsWith("/broken/bad-values.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        JsonElement region = location.GetProperty("region");
        Assert.Equal((8, 6, 8, 35), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_uris_of_relative_paths_are_relative_references()
        => Assert.Equal("catalog/papers/my%20paper.yaml", Reporting.SarifLintReport.ArtifactUri("catalog/papers/my paper.yaml"));

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess("lint", Path.Combine(RepositoryPaths.Fixtures, "no-such-folder"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder' does not exist", run.Err);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_file_given_as_the_folder_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess("lint", Path.Combine(Broken, "valid.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file; expected a folder", run.Err);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        ToolRun run = ToolRun.InProcess("lint", Broken, "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Err);
        Assert.Contains("paper-catalog lint --help", run.Err);
    }

    [Fact]
    public void Progress_is_shown_for_many_files_only_when_stderr_is_a_terminal()
    {
        using var temp = new TempFolder();
        for (int i = 0; i < Reporting.ProgressCounter.Threshold + 1; i++)
        {
            temp.Write("many/p" + i + ".yaml", "id: p" + i + "\ntitle: \"P\"\nauthors:\n  - name: \"Team\"\nyear: 2020\n");
        }

        ToolRun terminal = ToolRun.InProcess(errorIsTerminal: true, "lint", temp["many"]);
        ToolRun redirected = ToolRun.InProcess(errorIsTerminal: false, "lint", temp["many"]);

        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains("\rReading entries 301/301", terminal.Err);
        Assert.Equal(string.Empty, redirected.Err);
        Assert.Equal(terminal.Out, redirected.Out);
    }
}
