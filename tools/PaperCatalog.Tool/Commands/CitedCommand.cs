using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Cited;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>cited &lt;assembly.dll&gt;</c>: the bibliography of a compiled assembly, from the <c>[Cites]</c> in its
/// metadata, resolved against the catalogs it references. An id no catalog holds is an error (exit 1), and no file
/// is written then, so that an incomplete bibliography is never taken for the whole.
/// </summary>
internal static class CitedCommand
{
    private static readonly string[] Formats = ["text", "markdown", "bibtex", "csl-json", "cff", "ris", "apa"];

    public static Command Create(ToolContext context)
    {
        var assembly = new Argument<string>("assembly") { Description = "The compiled assembly (.dll) whose [Cites] to list." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: text (one line per citation, the default), markdown (a References page), bibtex, csl-json, cff, ris or apa.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "File to write (replaced whole); stdout when not given." };
        var into = new Option<string?>("--into")
        {
            Description = "With --format cff: the CITATION.cff whose references: to write or update, keeping the rest of the file.",
        };
        var command = new Command("cited", "List the papers a compiled assembly cites with [Cites], in any export format or as a References page.")
        {
            assembly,
            format,
            output,
            into,
        };
        command.SetAction(parse => Run(context, parse.GetValue(assembly)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(into)));
        return command;
    }

    private static int Run(ToolContext context, string assemblyPath, string format, string? output, string? into)
    {
        if (into != null && format != "cff")
        {
            throw new UsageException("--into updates a CITATION.cff; use it with --format cff.");
        }

        if (into != null && output != null)
        {
            throw new UsageException("give --out or --into, not both.");
        }

        Bibliography bibliography = Load(assemblyPath);
        string text = Render(bibliography, format);
        ResolvedCitation[] unresolved = bibliography.Unresolved.ToArray();
        foreach (ResolvedCitation citation in unresolved)
        {
            context.Err.WriteLine("error: " + assemblyPath + ": " + CitationListing.OneLine(citation.Member.SymbolName) + " cites '"
                + CitationListing.OneLine(Excerpt(citation.Member.PaperId)) + "', which no referenced catalog holds"
                + (bibliography.Catalogs.Count == 0 ? " (no catalog found beside the assembly or through its deps.json)" : " (catalogs: " + string.Join(", ", bibliography.Catalogs) + ")") + ".");
        }

        if (unresolved.Length > 0 && (output != null || into != null))
        {
            context.Err.WriteLine("Nothing was written: " + unresolved.Length + (unresolved.Length == 1 ? " citation has" : " citations have") + " an unknown paper id.");
            return ExitCodes.ValidationFailed;
        }

        if (into != null)
        {
            string existing = File.Exists(into) ? File.ReadAllText(into) : NewCitationFile(bibliography);
            string updated;
            try
            {
                updated = CffReferencesUpdater.Update(existing, text);
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(into + ": " + ex.Message + ". Nothing was written.");
            }

            AtomicFile.Write(into, updated, overwrite: true);
            context.Err.WriteLine("Wrote " + Count(bibliography.Papers.Count) + " to the references of " + into + ".");
        }
        else if (output != null)
        {
            AtomicFile.Write(output, text, overwrite: true);
            context.Err.WriteLine("Wrote " + Count(bibliography.Papers.Count) + " to " + output + ".");
        }
        else
        {
            context.Out.Write(text);
        }

        return unresolved.Length > 0 ? ExitCodes.ValidationFailed : ExitCodes.Ok;
    }

    private static Bibliography Load(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new UsageException("no assembly at " + assemblyPath + ".");
        }

        try
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new UsageException(assemblyPath + " is not a .NET assembly.");
            }

            MetadataReader reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                throw new UsageException(assemblyPath + " is a module, not an assembly.");
            }

            IReadOnlyList<CitedMember> members = CitesMetadataReader.Read(reader);
            IReadOnlyList<ReferencedCatalog> catalogs = ReferencedCatalogs.Find(assemblyPath, reader);
            return Bibliography.Resolve(reader.GetString(reader.GetAssemblyDefinition().Name), members, catalogs);
        }
        catch (BadImageFormatException ex)
        {
            throw new UsageException(assemblyPath + " is not a readable .NET assembly: " + ex.Message);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new UsageException("the deps.json beside " + assemblyPath + " is not valid JSON: " + ex.Message);
        }
    }

    private static string Render(Bibliography bibliography, string format)
    {
        IReadOnlyList<Paper> papers = bibliography.Papers;
        return format switch
        {
            "markdown" => ReferencesPage.Write(bibliography),
            "bibtex" => BibTexExporter.Export(papers),
            "csl-json" => CslJsonExporter.Export(papers),
            "cff" => CffExporter.Export(papers),
            "ris" => RisExporter.Export(papers),
            "apa" => string.Concat(papers.Select(p => ApaFormatter.Format(p) + "\n")),
            _ => CitationListing.Write(bibliography),
        };
    }

    // A CITATION.cff needs these keys; a new one says where to fill in the rest.
    private static string NewCitationFile(Bibliography bibliography)
        => "# Citation metadata of " + bibliography.AssemblyName + "; complete the authors and title.\n"
            + "cff-version: 1.2.0\n"
            + "message: \"If you use this software, please cite it as below.\"\n"
            + "title: \"" + bibliography.AssemblyName.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"\n"
            + "authors:\n"
            + "  - name: \"The " + bibliography.AssemblyName.Replace("\"", string.Empty, StringComparison.Ordinal) + " authors\"\n";

    private static string Count(int papers) => papers == 1 ? "1 paper" : papers + " papers";

    private static string Excerpt(string id) => id.Length <= 80 ? id : id.Substring(0, 80) + "... (" + id.Length + " characters)";
}
