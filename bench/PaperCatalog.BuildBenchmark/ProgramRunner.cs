using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Runs the built curator program in a fresh process, as a user would, and reads its answer. It "works" only when it
/// loaded, answered every lookup correctly and exited with 0: a program that builds and then fails to load its
/// catalog (a TypeLoadException, say) is a failure of the size, with its output kept.
/// </summary>
internal static class ProgramRunner
{
    public static ProgramResult Run(CuratorProject project, TimeSpan timeout, PathScrubber scrubber)
    {
        (RunRecord record, List<string> output) = MeasuredProcess.Run("program", CuratorProject.ProgramPath, project.Folder, timeout, scrubber);
        var result = new ProgramResult { Run = record };
        List<string> lines;
        lock (output)
        {
            lines = output.ToList();
        }

        string? answer = lines.LastOrDefault(line => line.StartsWith('{'));
        if (answer != null)
        {
            result.Answer = answer;
            try
            {
                using JsonDocument json = JsonDocument.Parse(answer);
                JsonElement root = json.RootElement;
                result.FirstLookupMs = Number(root, "firstLookupMs");
                result.ProgramMs = Number(root, "totalMs");
                result.Works = record.Succeeded && root.TryGetProperty("ok", out JsonElement ok) && ok.ValueKind == JsonValueKind.True;
            }
            catch (JsonException)
            {
                result.Works = false;
            }
        }

        result.Exception = lines.FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal)) is string exception
            ? scrubber.Scrub(exception.Trim())
            : null;

        // A run that exited 0 with a wrong answer keeps its output too.
        if (!result.Works && record.OutputTail == null)
        {
            record.OutputTail = MeasuredProcess.Tail(output, scrubber);
        }

        return result;
    }

    private static double? Number(JsonElement root, string name)
        => root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
