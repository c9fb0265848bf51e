using System.CommandLine;
using System.IO;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>schema</c>: writes the entry JSON Schema shipped in the tool, for editors without network access; prints it, or
/// writes <c>paper-entry.schema.json</c> into a folder. Also names the versioned URL the tool writes into entries.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(ToolContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write " + EntrySchema.FileName + " into (created if missing); prints the schema when not given." };
        var url = new Option<bool>("--url") { Description = "Print the versioned URL that new and import write into entries, instead of the schema." };
        var command = new Command("schema", "Print or write the JSON Schema of an entry file, for editor completion offline.") { output, url };
        command.SetAction(parse => Run(context, parse.GetValue(output), parse.GetValue(url)));
        return command;
    }

    private static int Run(ToolContext context, string? folder, bool url)
    {
        if (url)
        {
            context.Out.WriteLine(EntrySchema.Url);
            return ExitCodes.Ok;
        }

        string text = EntrySchema.Text();
        if (folder == null)
        {
            context.Out.Write(text);
            return ExitCodes.Ok;
        }

        if (File.Exists(folder))
        {
            throw new UsageException("'" + folder + "' is a file; --out takes a folder.");
        }

        Directory.CreateDirectory(folder);
        string path = Path.Join(folder, EntrySchema.FileName);
        AtomicFile.Write(path, text, overwrite: true);
        context.Out.WriteLine("wrote " + path);
        context.Out.WriteLine("Point entries at it with a first line such as: " + EntrySchema.ModelineFor("./" + EntrySchema.FileName));
        return ExitCodes.Ok;
    }
}
