using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Hardening;

/// <summary>
/// new and import write nothing that would put any entry of the folder in error, serialise through the folder's
/// lock, clean up when interrupted, and never suggest an id the generated code reserves.
/// </summary>
public class CatalogWriteTests
{
    private const string Existing = "id: existing\ntitle: \"Existing\"\nauthors:\n  - name: \"OpenAI\"\nyear: 2020\nkeywords:\n  - gpt-3\n";

    [Fact]
    public void The_tool_finds_the_same_files_as_the_build_on_the_shared_tree()
    {
        using var temp = new TempFolder();
        string papers = DiscoveryTree.Write(temp);

        Assert.Equal(DiscoveryTree.Expected, EntryFiles.Find(papers).Select(f => Path.GetRelativePath(papers, f).Replace('\\', '/')));
    }

    [Fact]
    public void New_refuses_a_keyword_whose_generated_name_clashes_with_another_entrys()
    {
        using var temp = new TempFolder();
        temp.Write("existing.yaml", Existing);

        ToolRun run = ToolRun.InProcess("new", "--id", "clash", "--title", "Clash", "-a", "Jane Doe", "--year", "2021", "-k", "gpt3", "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PAPER019", run.Err);
        Assert.Contains("clash.yaml was not written", run.Err);
        Assert.Equal(new[] { "existing.yaml" }, EntryFolder.WithoutLock(temp.Files()));
        Assert.Single(EntryFolder.Papers(temp.Path));
    }

    [Fact]
    public void Import_writes_the_papers_that_break_nothing_and_refuses_the_one_that_would()
    {
        using var temp = new TempFolder();
        temp.Write("out/existing.yaml", Existing + "arxiv: \"2005.14165\"\n");
        string bib = temp.Write("in.bib", "@misc{a, title = {Fine Paper}, author = {Doe, Jane}, year = 2021}\n"
            + "@misc{b, title = {Same Preprint}, author = {Roe, Ann}, year = 2020, eprint = {2005.14165}, archivePrefix = {arXiv}}\n");

        ToolRun run = ToolRun.InProcess("import", "bibtex", bib, "--out", temp["out"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PAPER017", run.Err);
        Assert.Contains("1 written, 0 unchanged, 1 skipped", run.Out);
        Assert.Equal(new[] { "existing.yaml", "fine-paper.yaml" }, EntryFolder.WithoutLock(temp.Files("out")));
        Assert.Equal(2, EntryFolder.Papers(temp["out"]).Count);
    }

    [Fact]
    public async Task Parallel_new_runs_with_one_arxiv_id_leave_exactly_one_entry()
    {
        using var temp = new TempFolder();
        string folder = temp["papers"];
        Directory.CreateDirectory(folder);

        ToolRun[] runs = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(i => Task.Run(() => ToolProcess.Run(temp.Path, "new", "2005.14165", "--id", "copy-" + i, "--title", "Copy " + i, "-a", "Jane Doe", "--out", folder))));

        Assert.Single(runs, r => r.ExitCode == 0);
        Assert.All(runs.Where(r => r.ExitCode != 0), r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("error PAPER017", r.Err);
        });
        Assert.Single(EntryFolder.WithoutLock(Directory.GetFiles(folder)));
    }

    [Fact]
    public void A_folder_locked_by_another_writer_is_a_clear_error_with_exit_20()
    {
        using var temp = new TempFolder();
        using (Hold(temp.Path))
        {
            ToolRun run = ToolRun.InProcess("new", "--id", "waits", "--title", "Waits", "-a", "Jane Doe", "--year", "2021", "--out", temp.Path, "--lock-timeout", "0");

            Assert.Equal(20, run.ExitCode);
            Assert.Contains("error: another paper-catalog is writing into " + temp.Path, run.Err);
            Assert.False(File.Exists(temp["waits.yaml"]));
        }
    }

    [Fact]
    public async Task A_signal_while_waiting_to_write_exits_130_with_a_summary_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        string bib = temp.Write("in.bib", "@misc{a, title = {First}, author = {Doe, Jane}, year = 2021}\n@misc{b, title = {Second}, author = {Doe, Jane}, year = 2021}\n");
        string output = temp["out"];
        Directory.CreateDirectory(output);
        using (Hold(output))
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string arg in new[] { ToolProcess.ToolDll, "import", "bibtex", bib, "--out", output })
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            string? line = process.StandardError.ReadLine();
            Assert.StartsWith("waiting for another paper-catalog writing into " + output, line);

            Interrupt(process.Id);
            Assert.True(process.WaitForExit(60_000));
            string err = process.StandardError.ReadToEnd();

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("Imported " + bib + " into " + output + ": 2 papers, 0 written, 0 unchanged, 2 skipped.", await stdout);
            Assert.Contains("skipped " + Path.Combine(output, "first.yaml") + ": interrupted before it was written.", err);
            Assert.Contains("interrupted:", err);
        }

        Assert.Equal(new[] { FolderLock.FileName }, temp.Files("out"));
    }

    [Fact]
    public void Import_never_suggests_a_reserved_id_and_rename_chooses_another()
    {
        using var temp = new TempFolder();
        string bib = temp.Write("in.bib", "@misc{a, title = {All}, author = {Doe, Jane}, year = 2021}\n@misc{b, title = {Equals}, author = {Doe, Jane}, year = 2021}\n");

        ToolRun run = ToolRun.InProcess("import", "bibtex", bib, "--out", temp["out"], "--rename", "equals-paper=equality");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the id 'all' names a member of the generated code (PAPER030), so it is imported as 'all-paper'; pass --rename all-paper=<id> to choose another.", run.Err);
        Assert.Equal(new[] { "all-paper.yaml", "equality.yaml" }, EntryFolder.WithoutLock(temp.Files("out")));
        Assert.Equal(new[] { "all-paper", "equality" }, EntryFolder.Papers(temp["out"]).Select(p => p.Id));
    }

    [Theory]
    [InlineData("all", true)]
    [InlineData("keywords", true)]
    [InlineData("equals", true)]
    [InlineData("to-string", true)]
    [InlineData("papers", true)]
    [InlineData("all-paper", false)]
    [InlineData("attention", false)]
    public void Reserved_ids_are_those_the_generator_refuses(string id, bool reserved)
        => Assert.Equal(reserved, IdSuggester.IsReserved(id));

    // Holds a folder's lock as another writer would.
    private static FileStream Hold(string folder)
        => new(Path.Combine(folder, FolderLock.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    // SIGINT through libc, as a terminal's Ctrl-C sends it; no kill executable needed.
    private static void Interrupt(int pid) => Assert.Equal(0, Kill(pid, 2));

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
