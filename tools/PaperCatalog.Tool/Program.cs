using System;
using System.Runtime.InteropServices;
using System.Text;

namespace PaperCatalog.Tool;

/// <summary>The process entry point: binds the tool to the real console and returns its exit code.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Titles and names are Unicode; without this a Windows console shows '?' for them.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // A signal while new or import writes cancels the write cleanly (exit code 130) instead of ending the process.
        using var interruption = new Interruption();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => signal.Cancel = interruption.TryInterrupt());
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => signal.Cancel = interruption.TryInterrupt());

        // Progress goes to stderr only when a person watches it; redirected stderr (CI logs) gets none.
        return ToolApp.Run(args, new ToolContext(Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, interruption));
    }
}
