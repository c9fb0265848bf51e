using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// One catalog size, as a curator lives it: a fresh project, an untimed restore, then timed builds, each a fresh
/// <c>dotnet build</c> process: clean (several times for small sizes, see <c>--repeat</c>), again with nothing changed, again after one
/// entry's title changed; the program run; and clean builds that also write the documentation file. A failed
/// restore or clean build ends the size, recorded; it never ends the benchmark.
/// </summary>
internal sealed class SizeBenchmark
{
    public const string RestoreArguments = "restore -nologo";
    public const string BuildArguments = "build --no-restore -c Release -nodeReuse:false -p:UseSharedCompilation=false -nologo";
    public const string DocsProperty = "-p:GenerateDocumentationFile=true";

    private readonly Workspace _workspace;
    private readonly Options _options;
    private readonly string _version;
    private readonly PathScrubber _scrubber;

    public SizeBenchmark(Workspace workspace, Options options, string version, PathScrubber scrubber)
    {
        _workspace = workspace;
        _options = options;
        _version = version;
        _scrubber = scrubber;
    }

    /// <summary>Restores and builds a one-entry project once, untimed: disk caches and the packages folder are warm for size 1 as for the others.</summary>
    public RunRecord Warmup()
    {
        CuratorProject project = CuratorProject.Create(_workspace.ProjectFolder("warmup"), 1, _options.Seed, _version);
        (RunRecord restore, _) = MeasuredProcess.Run("warm-up restore", RestoreArguments, project.Folder, _options.Timeout, _scrubber);
        if (!restore.Succeeded)
        {
            return restore;
        }

        (RunRecord build, _) = MeasuredProcess.Run("warm-up build", BuildArguments, project.Folder, _options.Timeout, _scrubber);
        return build;
    }

    public SizeResult Run(int entries)
    {
        var result = new SizeResult { Entries = entries, LoadAverageBefore = MachineInfoReader.LoadAverage() };
        Console.WriteLine($"== {entries:N0} {(entries == 1 ? "entry" : "entries")} (load average {result.LoadAverageBefore})");

        var clock = Stopwatch.StartNew();
        CuratorProject project = CuratorProject.Create(_workspace.ProjectFolder(entries.ToString(CultureInfo.InvariantCulture)), entries, _options.Seed, _version);
        result.SynthesizeSeconds = clock.Elapsed.TotalSeconds;
        result.CatalogBytes = project.Facts.Bytes;
        result.LastId = project.Facts.LastId;
        result.LastArxivId = project.Facts.LastArxivId;
        result.LastMember = CuratorProgram.MemberName(project.Facts.LastId);
        Console.WriteLine($"  wrote {entries:N0} entries ({project.Facts.Bytes / 1048576.0:F1} MiB) in {result.SynthesizeSeconds:F1} s; last id {result.LastId}");

        result.Restore = Step(project, "restore", RestoreArguments);
        if (!result.Restore.Succeeded)
        {
            result.Failure = "restore failed";
            return result;
        }

        for (int i = 0; i < _options.RepeatFor(entries); i++)
        {
            if (i > 0)
            {
                project.RemoveBuildOutput();
            }

            RunRecord build = Step(project, "clean build", BuildArguments);
            result.CleanBuilds.Add(build);
            if (!build.Succeeded)
            {
                result.Failure = "clean build failed";
                return result;
            }
        }

        result.NoOpRebuild = Step(project, "no-op rebuild", BuildArguments);

        // The middle entry: neither the first nor the last file, so no ordering effect favours it.
        result.EditedEntry = project.Facts.MiddleFile;
        CatalogWriter.EditTitle(Path.Combine(project.PapersFolder, project.Facts.MiddleFile), " Revisited");
        result.EditRebuild = Step(project, "one-entry edit rebuild", BuildArguments);

        if (File.Exists(Path.Combine(project.Folder, CuratorProject.ProgramPath)))
        {
            result.Program = ProgramRunner.Run(project, _options.Timeout, _scrubber);
            Console.WriteLine(result.Program.Works
                ? $"  program: works; first lookup {result.Program.FirstLookupMs:F1} ms, all abstracts read after {result.Program.ProgramMs:F1} ms, process {result.Program.Run.Seconds:F2} s"
                : $"  program: FAILED (exit {result.Program.Run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}) {result.Program.Exception}");
        }

        for (int i = 0; i < _options.RepeatFor(entries); i++)
        {
            project.RemoveBuildOutput();
            RunRecord docs = Step(project, "clean build with docs", BuildArguments + " " + DocsProperty);
            result.DocsBuilds.Add(docs);
            if (!docs.Succeeded)
            {
                break;
            }
        }

        return result;
    }

    private RunRecord Step(CuratorProject project, string step, string arguments)
    {
        (RunRecord record, _) = MeasuredProcess.Run(step, arguments, project.Folder, _options.Timeout, _scrubber);
        string peak = record.PeakRssMiB is double mib ? $", peak {mib:F0} MiB over {record.PeakProcesses} processes" : string.Empty;
        Console.WriteLine(record.Succeeded
            ? $"  {step}: {record.Seconds:F2} s{peak}"
            : $"  {step}: FAILED after {record.Seconds:F2} s (exit {record.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}{(record.TimedOut ? ", timed out" : string.Empty)}){peak}");
        if (!record.Succeeded && record.OutputTail != null)
        {
            foreach (string line in record.OutputTail[Math.Max(0, record.OutputTail.Count - 5)..])
            {
                Console.WriteLine("    | " + line);
            }
        }

        return record;
    }
}
