using System.IO;

namespace PaperCatalog.Tool;

/// <summary>
/// Where a command writes, and whether a person is watching stderr. Passed in rather than read from
/// <see cref="System.Console"/> so that tests run commands in-process with their own writers.
/// </summary>
internal sealed class ToolContext
{
    public ToolContext(TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        Out = output;
        Err = error;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>The command's result: diagnostics of lint, exports, tables, what was written.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors, refusals, skipped entries and progress.</summary>
    public TextWriter Err { get; }

    /// <summary>True when stderr is a terminal, the only case in which progress is shown.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Reads an environment variable; tests give their own, as the process environment is shared.</summary>
    public System.Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
