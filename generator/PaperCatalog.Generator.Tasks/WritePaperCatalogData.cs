using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;

using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PaperCatalog.Core.Data;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Generator.Tasks;

/// <summary>
/// Writes the data of a catalog's valid entries, in the layout the runtime reads, to the file the targets embed
/// as the assembly's catalog resource. It parses and validates with the generator's own core, so it keeps exactly
/// the papers the generated code declares; it reports no diagnostics itself (the generator reports each at its
/// place), and the digest both write makes any disagreement a clear error when the catalog loads.
/// </summary>
public sealed class WritePaperCatalogData : Microsoft.Build.Utilities.Task
{
    /// <summary>The entry files, as the <c>PaperCatalogEntry</c> items list them.</summary>
    [Required]
    public ITaskItem[] Entries { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The data file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>The generated namespace (<c>PaperCatalogNamespace</c>), which validation checks names against.</summary>
    public string? Namespace { get; set; }

    /// <summary>The papers class (<c>PaperCatalogPapersClass</c>).</summary>
    public string? PapersClass { get; set; }

    /// <summary>The ids class (<c>PaperCatalogIdsClass</c>).</summary>
    public string? IdsClass { get; set; }

    /// <summary>The keywords class (<c>PaperCatalogKeywordsClass</c>).</summary>
    public string? KeywordsClass { get; set; }

    /// <summary>The project's folder (<c>ProjectDir</c>): entry files resolving outside it are refused.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary><c>PaperCatalogAllowEntriesOutside</c>: "true" allows entry files outside the project folder.</summary>
    public string? AllowEntriesOutside { get; set; }

    /// <summary><c>PaperCatalogMaxCatalogCharacters</c>: the catalog's character budget.</summary>
    public string? MaxCatalogCharacters { get; set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            string[] paths = Entries.Select(e => Path.GetFullPath(e.GetMetadata("FullPath") is { Length: > 0 } full ? full : e.ItemSpec)).ToArray();
            var parsed = new ParsedFile[paths.Length];

            // Files are independent: parse them on every core, as the compiler's generator driver does not.
            System.Threading.Tasks.Parallel.For(0, paths.Length, i => parsed[i] = EntryParser.Parse(paths[i], EntryText.Read(paths[i])));
            long parsing = watch.ElapsedMilliseconds;

            GeneratorOptions options = GeneratorOptions.FromProperties(name => name switch
            {
                GeneratorOptions.NamespaceProperty => Namespace,
                GeneratorOptions.PapersClassProperty => PapersClass,
                GeneratorOptions.IdsClassProperty => IdsClass,
                GeneratorOptions.KeywordsClassProperty => KeywordsClass,
                GeneratorOptions.ProjectDirectoryProperty => ProjectDirectory,
                GeneratorOptions.AllowEntriesOutsideProperty => AllowEntriesOutside,
                GeneratorOptions.MaxCatalogCharactersProperty => MaxCatalogCharacters,
                _ => null,
            });
            CatalogModel model = CatalogValidator.Validate(ImmutableArray.Create(parsed), options);
            List<PaperEntry> papers = model.Papers.Select(p => p.Entry).ToList();
            long validating = watch.ElapsedMilliseconds - parsing;
            int written = papers.Count;
            string? folder = Path.GetDirectoryName(Path.GetFullPath(OutputFile));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            // Written whole, then moved: a reader never sees half a file, and a failed write leaves the old one.
            string temporary = OutputFile + ".tmp";
            using (FileStream stream = File.Create(temporary))
            {
                CatalogDataWriter.Write(papers, stream);
            }

            if (File.Exists(OutputFile))
            {
                File.Delete(OutputFile);
            }

            File.Move(temporary, OutputFile);

            Log.LogMessage(
                MessageImportance.Normal,
                "PaperCatalog: wrote {0} of {1} entries to {2} in {3} ms (parse {4} ms, validate {5} ms, write {6} ms).",
                written,
                paths.Length,
                OutputFile,
                watch.ElapsedMilliseconds,
                parsing,
                validating,
                watch.ElapsedMilliseconds - parsing - validating);

            // The task runs inside an MSBuild node that lives on while the compiler runs: give back the memory of
            // 100,000 parsed entries now (nothing here refers to them any more) rather than beside the compiler's peak.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One line whatever the path or the system's message hold, as for every diagnostic.
            Log.LogError("PaperCatalog could not write its data file {0}: {1}", Core.Diagnostics.OneLine.Cut(OutputFile, 300), Core.Diagnostics.OneLine.Cut(ex.Message, 300));
            return false;
        }
    }
}
