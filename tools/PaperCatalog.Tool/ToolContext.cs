using System.IO;

namespace PaperCatalog.Tool;

/// <summary>
/// Where a command writes, and whether a person is watching stderr. Passed in rather than read from
/// <see cref="System.Console"/> so that tests run commands in-process with their own writers.
/// </summary>
internal sealed class ToolContext
{
    public ToolContext(TextWriter output, TextWriter error, bool errorIsTerminal = false, Interruption? interruption = null)
    {
        Out = output;
        Err = error;
        ErrorIsTerminal = errorIsTerminal;
        Interruption = interruption ?? new Interruption();
    }

    /// <summary>The command's result: diagnostics of lint, exports, tables, what was written.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors, refusals, skipped entries and progress.</summary>
    public TextWriter Err { get; }

    /// <summary>True when stderr is a terminal, the only case in which progress is shown.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>SIGINT and SIGTERM, as the writing commands see them.</summary>
    public Interruption Interruption { get; }

    /// <summary>Reads an environment variable; tests give their own, as the process environment is shared.</summary>
    public System.Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
