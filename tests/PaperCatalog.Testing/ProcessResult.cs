namespace PaperCatalog.Testing;

/// <summary>What one command gave: its exit code and what it wrote to stdout and stderr.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">Everything written to stdout, as written.</param>
/// <param name="StandardError">Everything written to stderr, as written.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>stdout, then stderr: everything the command printed, for searching and failure messages.</summary>
    public string Output => StandardOutput + StandardError;
}
