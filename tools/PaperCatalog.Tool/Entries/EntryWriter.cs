using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Writes drafts as <c>&lt;id&gt;.yaml</c> files into a folder, for new and import. Each text is checked first,
/// alone by the generator's parser and together with the folder's other entries by its cross-entry rules (a second
/// entry for an arXiv id already in the folder is refused); only texts without errors are written, each atomically.
/// </summary>
internal static class EntryWriter
{
    public static IReadOnlyList<EntryOutcome> WriteAll(IReadOnlyList<EntryDraft> drafts, string folder, bool force)
    {
        if (File.Exists(folder))
        {
            throw new UsageException("'" + folder + "' is a file; --out takes a folder.");
        }

        var outcomes = new EntryOutcome?[drafts.Count];
        var pending = new List<(int Index, string Path, string Text)>();
        for (int i = 0; i < drafts.Count; i++)
        {
            string path = Path.Join(folder, drafts[i].Id + ".yaml");
            string text = EntryYamlWriter.Write(drafts[i]);
            if (Directory.Exists(path))
            {
                outcomes[i] = new EntryOutcome(drafts[i], path, OutcomeKind.Exists, "a folder of that name exists");
            }
            else if (File.Exists(path) && EntryFileReader.ReadText(path) == text)
            {
                outcomes[i] = new EntryOutcome(drafts[i], path, OutcomeKind.Unchanged);
            }
            else if (File.Exists(path) && !force)
            {
                outcomes[i] = new EntryOutcome(drafts[i], path, OutcomeKind.Exists, "the file exists; pass --force to replace it");
            }
            else
            {
                pending.Add((i, path, text));
            }
        }

        Dictionary<string, List<DiagnosticInfo>> problems = Validate(folder, pending.Select(p => (p.Path, p.Text)).ToList());
        foreach ((int index, string path, string text) in pending)
        {
            if (problems.TryGetValue(path, out List<DiagnosticInfo>? diagnostics))
            {
                outcomes[index] = new EntryOutcome(drafts[index], path, OutcomeKind.Invalid, "the entry would not validate", diagnostics);
                continue;
            }

            try
            {
                // Created only now, so that a run that writes nothing leaves no empty folder behind.
                Directory.CreateDirectory(folder);
                AtomicFile.Write(path, text, overwrite: force);
            }
            catch (IOException) when (!force && File.Exists(path))
            {
                // Another process created the file after the check above; it is kept, as any existing file is.
                outcomes[index] = new EntryOutcome(drafts[index], path, OutcomeKind.Exists, "the file appeared meanwhile; pass --force to replace it");
                continue;
            }

            outcomes[index] = new EntryOutcome(drafts[index], path, OutcomeKind.Written);
        }

        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>Error diagnostics of the new texts, by path, after the parser and the rules across the whole folder.</summary>
    private static Dictionary<string, List<DiagnosticInfo>> Validate(string folder, IReadOnlyList<(string Path, string Text)> texts)
    {
        var result = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
        if (texts.Count == 0)
        {
            return result;
        }

        // Files about to be replaced (--force) are left out: their old content must not clash with their new one.
        var replaced = new HashSet<string>(texts.Select(t => Path.GetFullPath(t.Path)), StringComparer.Ordinal);
        IReadOnlyList<string> existing = Directory.Exists(folder) ? EntryFiles.Find(folder) : Array.Empty<string>();
        var files = existing
            .Where(path => !replaced.Contains(Path.GetFullPath(path)))
            .Select(path => EntryParser.Parse(path, EntryFileReader.ReadText(path)))
            .Concat(texts.Select(t => EntryParser.Parse(t.Path, t.Text)))
            .ToImmutableArray();

        var newPaths = new HashSet<string>(texts.Select(t => t.Path), StringComparer.Ordinal);
        foreach (DiagnosticInfo diagnostic in CatalogValidator.Validate(files, GeneratorOptions.Default).Diagnostics)
        {
            if (newPaths.Contains(diagnostic.Path) && DiagnosticRules.Get(diagnostic.Id).Severity == RuleSeverity.Error)
            {
                if (!result.TryGetValue(diagnostic.Path, out List<DiagnosticInfo>? list))
                {
                    result.Add(diagnostic.Path, list = new List<DiagnosticInfo>());
                }

                list.Add(diagnostic);
            }
        }

        return result;
    }
}
