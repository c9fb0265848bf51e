using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Writes drafts as <c>&lt;id&gt;.yaml</c> files into a folder, for new and import, under the folder's
/// <see cref="FolderLock"/>. Only drafts that leave the whole catalog as valid as it was are written (see
/// <see cref="CatalogCheck"/>), each atomically. A signal during the run stops it between files: what was written is
/// complete, the rest is <see cref="OutcomeKind.Interrupted"/>.
/// </summary>
internal static class EntryWriter
{
    public static IReadOnlyList<EntryOutcome> WriteAll(IReadOnlyList<EntryDraft> drafts, string folder, bool force, ToolContext context, TimeSpan lockTimeout)
    {
        if (File.Exists(folder))
        {
            throw new UsageException("'" + folder + "' is a file; --out takes a folder.");
        }

        bool created = !Directory.Exists(folder);
        var outcomes = new EntryOutcome?[drafts.Count];
        CancellationToken cancellation = context.Interruption.Token;
        using (context.Interruption.Guard())
        {
            try
            {
                // The folder must exist to hold the lock; one this run created is removed again if nothing is written.
                Directory.CreateDirectory(folder);
                using (FolderLock.Take(folder, lockTimeout, context.Err, cancellation))
                {
                    WriteLocked(drafts, folder, force, outcomes, cancellation);
                }
            }
            catch (OperationCanceledException)
            {
                // Interrupted while waiting for the lock or checking: nothing of this run was written.
            }
            finally
            {
                if (created && !outcomes.Any(o => o?.Kind == OutcomeKind.Written))
                {
                    RemoveCreated(folder);
                }
            }
        }

        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] ??= new EntryOutcome(drafts[i], Path.Join(folder, drafts[i].Id + ".yaml"), OutcomeKind.Interrupted, "interrupted before it was written");
        }

        return outcomes.Select(o => o!).ToList();
    }

    private static void WriteLocked(IReadOnlyList<EntryDraft> drafts, string folder, bool force, EntryOutcome?[] outcomes, CancellationToken cancellation)
    {
        var pending = new List<PendingEntry>();
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
                pending.Add(new PendingEntry(i, path, text));
            }
        }

        cancellation.ThrowIfCancellationRequested();
        foreach ((PendingEntry entry, IReadOnlyList<DiagnosticInfo>? problems, string? reason) in CatalogCheck.Decide(folder, pending, cancellation))
        {
            if (reason != null)
            {
                outcomes[entry.Index] = new EntryOutcome(drafts[entry.Index], entry.Path, OutcomeKind.Invalid, reason, problems);
                continue;
            }

            if (cancellation.IsCancellationRequested)
            {
                continue; // Left unset: reported as interrupted.
            }

            try
            {
                AtomicFile.Write(entry.Path, entry.Text, overwrite: force, cancellation);
                outcomes[entry.Index] = new EntryOutcome(drafts[entry.Index], entry.Path, OutcomeKind.Written);
            }
            catch (OperationCanceledException)
            {
                // AtomicFile removed its temporary file; the entry is reported as interrupted.
            }
            catch (IOException) when (!force && File.Exists(entry.Path))
            {
                // A file created by hand (writers of this tool wait for the lock) after the check: it is kept.
                outcomes[entry.Index] = new EntryOutcome(drafts[entry.Index], entry.Path, OutcomeKind.Exists, "the file appeared meanwhile; pass --force to replace it");
            }
        }
    }

    private static void RemoveCreated(string folder)
    {
        try
        {
            File.Delete(Path.Combine(folder, FolderLock.FileName));
            Directory.Delete(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another writer is using the folder now; it stays.
        }
    }
}

/// <summary>A draft's text to be written at a path, and the draft's place in the run.</summary>
internal sealed record PendingEntry(int Index, string Path, string Text);
