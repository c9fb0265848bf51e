using System;
using System.IO;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>What one run of the tool gave: exit code, stdout and stderr (line endings normalised to "\n").</summary>
internal sealed record ToolRun(int ExitCode, string Out, string Err)
{
    /// <summary>Runs the tool in-process with string writers.</summary>
    public static ToolRun InProcess(params string[] args) => InProcess(false, args);

    /// <summary>Runs the tool in-process, telling it whether stderr is a terminal.</summary>
    public static ToolRun InProcess(bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = ToolApp.Run(args, new ToolContext(output, error, errorIsTerminal));
        return new ToolRun(exitCode, Normalize(output.ToString()), Normalize(error.ToString()));
    }

    /// <summary>stdout split into lines, without the empty one after the final line feed.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Out + "\n--- stderr\n" + Err;

    internal static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
