using System;
using System.Text;

namespace PaperCatalog.Tool;

/// <summary>The process entry point: binds the tool to the real console and returns its exit code.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Titles and names are Unicode; without this a Windows console shows '?' for them.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // Progress goes to stderr only when a person watches it; redirected stderr (CI logs) gets none.
        return ToolApp.Run(args, new ToolContext(Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected));
    }
}
