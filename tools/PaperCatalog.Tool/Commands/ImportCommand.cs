using System;
using System.Collections.Generic;
using System.CommandLine;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Importing;
using PaperCatalog.Tool.Importing.Atom;
using PaperCatalog.Tool.Importing.BibTex;
using PaperCatalog.Tool.Importing.Listing;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>import listing|bibtex|arxiv-atom &lt;file&gt;</c>: one entry file per paper. Every input is read whole before
/// anything is written, so malformed input (exit code 2) leaves the output folder untouched.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Reads an input file's text into candidates; the parse result gives a format its own options.</summary>
    private delegate IReadOnlyList<ImportCandidate> Reader(ParseResult parse, string path, string text);

    public static Command Create(ToolContext context)
    {
        var metadata = new Option<string?>("--metadata", "-m")
        {
            Description = "YAML file giving authors, year, arXiv id, venue, DOI and code per paper, matched by title (the format of papers-metadata.yaml). Without it every paper is skipped: a listing has no authors or year.",
        };

        var command = new Command("import", "Create entry files from a paper listing, a BibTeX file or a saved arXiv API (Atom) response.");
        command.Subcommands.Add(Create(
            context,
            "listing",
            "Import a trending-papers listing: five header lines, then a title line and an abstract line per paper.",
            "The listing text file.",
            metadata,
            (parse, path, text) => Listing(context, path, text, parse.GetValue(metadata))));
        command.Subcommands.Add(Create(
            context,
            "bibtex",
            "Import the entries of a BibTeX file.",
            "The .bib file.",
            null,
            (_, path, text) => BibTexImporter.ToCandidates(path, BibTexReader.Read(path, text))));
        command.Subcommands.Add(Create(
            context,
            "arxiv-atom",
            "Import the papers of an arXiv API response saved to a file (Atom XML).",
            "The saved Atom XML file.",
            null,
            (_, path, text) => ArxivAtomReader.Read(path, text)));
        return command;
    }

    private static IReadOnlyList<ImportCandidate> Listing(ToolContext context, string path, string text, string? metadataPath)
    {
        IReadOnlyList<ListingItem> items = ListingReader.Read(path, text);
        IReadOnlyList<MetadataRecord> records = metadataPath == null
            ? Array.Empty<MetadataRecord>()
            : MetadataReader.Read(metadataPath, InputText.Read(metadataPath));
        return ListingImporter.Combine(path, items, metadataPath, records, context.Err);
    }

    private static Dictionary<string, string> Renames(string[]? pairs)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in pairs ?? Array.Empty<string>())
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new UsageException("--rename takes OLD=NEW, such as --rename all-paper=all-of-it; got '" + pair + "'.");
            }

            if (!renames.TryAdd(pair.Substring(0, equals), pair.Substring(equals + 1)))
            {
                throw new UsageException("--rename gives '" + pair.Substring(0, equals) + "' twice.");
            }
        }

        return renames;
    }

    private static Command Create(ToolContext context, string name, string description, string fileDescription, Option<string?>? extra, Reader read)
    {
        var file = new Argument<string>("file") { Description = fileDescription };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write one <id>.yaml per paper into (created if missing).", Required = true };
        Option<bool> force = CommonArguments.Force();
        var keywords = new Option<string[]>("--keyword", "-k") { Description = "A keyword to give every imported paper; repeat for each." };
        var renames = new Option<string[]>("--rename")
        {
            Description = "OLD=NEW: write the paper the import would give the id OLD (as the output shows it) under the id NEW; repeat for each.",
        };
        Option<int> lockTimeout = CommonArguments.LockTimeout();
        var command = new Command(name, description) { file, output, force, keywords, renames, lockTimeout };
        if (extra != null)
        {
            command.Options.Add(extra);
        }

        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            IReadOnlyList<ImportCandidate> candidates = read(parse, path, InputText.Read(path));
            var settings = new ImportSettings(
                parse.GetValue(output)!,
                parse.GetValue(force),
                parse.GetValue(keywords) ?? Array.Empty<string>(),
                Renames(parse.GetValue(renames)),
                TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(lockTimeout))));
            return ImportRunner.Run(context, path, candidates, settings);
        });
        return command;
    }
}
