using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Sources;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>add &lt;id&gt;...</c>: looks each arXiv id or DOI up (arXiv, Crossref, DataCite) and writes one entry per paper
/// through the same writer and validation as <c>new</c>. A failed id is reported with its own exit code; the others
/// are still written.
/// </summary>
internal static class AddCommand
{
    public static Command Create(ToolContext context)
    {
        var ids = new Argument<string[]>("id")
        {
            Description = "arXiv ids (2005.14165, arXiv:hep-th/9901001v2, abs or pdf links, 10.48550/arXiv.2005.14165) or DOIs (10.18653/v1/2022.acl-long.244, doi:..., https://doi.org/...).",
            Arity = ArgumentArity.OneOrMore,
        };
        var entryId = new Option<string?>("--id") { Description = "Entry id for the paper (only with one paper); suggested from the title otherwise." };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write <id>.yaml into (created if missing).", DefaultValueFactory = _ => "." };
        var print = new Option<bool>("--print") { Description = "Print the entries instead of writing them." };
        var keywords = new Option<string[]>("--keyword", "-k") { Description = "A keyword to give every added paper; repeat for each." };
        Option<bool> force = CommonArguments.Force();
        Option<int> lockTimeout = CommonArguments.LockTimeout();
        var sources = new SourceOptions();
        var command = new Command("add", "Look papers up by arXiv id or DOI and write an entry for each.") { ids, entryId, output, print, keywords, force, lockTimeout };
        sources.AddTo(command);
        command.SetAction(parse =>
        {
            string[] inputs = parse.GetValue(ids)!;
            if (parse.GetValue(entryId) != null && inputs.Length > 1)
            {
                throw new UsageException("--id names one entry; it cannot be given with " + inputs.Length + " papers.");
            }

            return Run(context, inputs, parse.GetValue(entryId), parse.GetValue(output)!, parse.GetValue(print), parse.GetValue(force), parse.GetValue(keywords) ?? Array.Empty<string>(), sources.Settings(parse, context), TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(lockTimeout))));
        });
        return command;
    }

    private static int Run(ToolContext context, string[] inputs, string? entryId, string folder, bool print, bool force, IReadOnlyList<string> keywords, Sources.Http.SourceSettings settings, TimeSpan lockTimeout)
    {
        int firstFailure = ExitCodes.Ok;
        var identifiers = new List<PaperIdentifier>();
        foreach (string input in inputs)
        {
            if (PaperIdentifier.TryParse(input, out string reason) is { } identifier)
            {
                identifiers.Add(identifier);
            }
            else
            {
                context.Err.WriteLine("error: " + reason + ".");
                firstFailure = firstFailure == ExitCodes.Ok ? ExitCodes.BadIdentifier : firstFailure;
            }
        }

        IReadOnlyList<Result<FetchedPaper>> results;
        using (var lookup = new PaperLookup(settings))
        using (var progress = new LookupProgress(context, identifiers.Count))
        {
            results = lookup.LookupAsync(identifiers, progress.Report, CancellationToken.None).GetAwaiter().GetResult();
        }

        var existing = ExistingEntries(folder);
        var taken = new HashSet<string>(existing.Select(e => e.Id), StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            // A file that does not validate still holds its name.
            taken.UnionWith(EntryFiles.Find(folder).Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }

        var drafts = new List<EntryDraft>();
        for (int i = 0; i < identifiers.Count; i++)
        {
            if (results[i].Value is not { } paper)
            {
                firstFailure = firstFailure == ExitCodes.Ok ? FetchException.ExitCode(results[i].Failure!.Kind) : firstFailure;
                continue;
            }

            // The same paper already in the folder keeps its id: add is then "unchanged", or a refusal without --force.
            string id = entryId
                ?? existing.FirstOrDefault(e => SamePaper(e, paper))?.Id
                ?? IdSuggester.Unique(IdSuggester.FromTitle(paper.Title), taken);
            drafts.Add(FetchedPaperDraft.From(paper, id, keywords));
        }

        if (print)
        {
            foreach (EntryDraft draft in drafts)
            {
                context.Out.WriteLine("# " + draft.Id + ".yaml");
                context.Out.Write(EntryYamlWriter.Write(draft));
            }

            return firstFailure;
        }

        IReadOnlyList<EntryOutcome> outcomes = EntryWriter.WriteAll(drafts, folder, force, context, lockTimeout);
        OutcomeReport.Write(context, outcomes);
        context.Out.WriteLine("Added to " + folder + ": " + inputs.Length + (inputs.Length == 1 ? " id, " : " ids, ") + OutcomeReport.Summary(outcomes.ToList(), inputs.Length - drafts.Count) + ".");
        if (firstFailure != ExitCodes.Ok)
        {
            return firstFailure;
        }

        return outcomes.Any(o => o.Kind == OutcomeKind.Invalid) ? ExitCodes.ValidationFailed
            : outcomes.Any(o => o.Kind == OutcomeKind.Exists) ? ExitCodes.UsageError
            : ExitCodes.Ok;
    }

    private static bool SamePaper(Core.Model.PaperEntry entry, FetchedPaper paper)
        => (paper.Arxiv != null && entry.ArxivId == paper.Arxiv)
           || (paper.Doi != null && string.Equals(entry.Doi, paper.Doi, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<Core.Model.PaperEntry> ExistingEntries(string folder)
        => Directory.Exists(folder)
            ? EntryFiles.Find(folder).Select(p => EntryParser.Parse(p, EntryFileReader.ReadText(p)).Entry).OfType<Core.Model.PaperEntry>().ToList()
            : Array.Empty<Core.Model.PaperEntry>();
}
