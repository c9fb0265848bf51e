using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using PaperCatalog.Tool.Commands;
using PaperCatalog.Tool.Importing;

namespace PaperCatalog.Tool;

/// <summary>
/// The whole command line: builds the commands, parses, runs, and maps every failure to an exit code
/// (<see cref="ExitCodes"/>). In-process tests call <see cref="Run(string[], TextWriter, TextWriter)"/>.
/// </summary>
internal static class ToolApp
{
    /// <summary>The command's name as installed, used in help and messages whatever the executable is called.</summary>
    public const string CommandName = "paper-catalog";

    /// <summary>Runs the tool with the given writers, showing no progress.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
        => Run(args, new ToolContext(output, error));

    /// <summary>Runs the tool and returns its exit code; never throws for bad input.</summary>
    public static int Run(string[] args, ToolContext context)
    {
        Command root = CreateRoot(context);
        ParseResult parse = root.Parse(args);

        // System.CommandLine answers parse errors with exit code 1, which this tool keeps for invalid entries.
        if (parse.Errors.Count > 0)
        {
            foreach (ParseError parseError in parse.Errors)
            {
                context.Err.WriteLine("error: " + parseError.Message);
            }

            context.Err.WriteLine("Run '" + CommandPath(parse.CommandResult) + " --help' for usage.");
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Err,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };

        try
        {
            return parse.Invoke(invocation);
        }
        catch (UsageException ex)
        {
            context.Err.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageError;
        }
        catch (Entries.FolderBusyException ex)
        {
            context.Err.WriteLine("error: " + ex.Message);
            return ExitCodes.FolderBusy;
        }
        catch (InputFormatException ex)
        {
            context.Err.WriteLine("error: " + ex.Message);
            context.Err.WriteLine("Nothing was written.");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Err.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageError;
        }
    }

    private static Command CreateRoot(ToolContext context)
    {
        // A plain Command rather than RootCommand: RootCommand takes its name from the executable, which is
        // PaperCatalog.Tool under `dotnet tool` and `dotnet PaperCatalog.Tool.dll`.
        var root = new Command(CommandName, "Lint, create, add, refresh, import, list, show and export PaperCatalog YAML paper entries.")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction(context) },
        };
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(AddCommand.Create(context));
        root.Subcommands.Add(RefreshCommand.Create(context));
        root.Subcommands.Add(CitedCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        return root;
    }

    private static string CommandPath(CommandResult result)
    {
        string path = result.Command.Name;
        for (SymbolResult? parent = result.Parent; parent is CommandResult command; parent = command.Parent)
        {
            path = command.Command.Name + " " + path;
        }

        return path;
    }
}
