using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperCatalog.Exports;
using PaperCatalog.Tool.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Tool.Tests.Exports;

/// <summary>
/// The whole catalog's BibTeX export through real BibTeX (TeX Live's <c>bibtex</c>, which CI installs) with the classic
/// styles, which print neither <c>eprint</c> nor, in <c>plain</c> and <c>unsrt</c>, <c>doi</c> and <c>url</c>.
/// </summary>
public sealed class ClassicBibTexTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("unsrt")]
    [InlineData("plainnat")]
    public void Every_entry_renders_with_its_identifier_and_no_warning(string style)
    {
        IReadOnlyList<Paper> papers = EntryFolder.Papers(RepositoryPaths.CatalogEntries);
        using var temp = new TempFolder("bibtex");
        temp.Write("refs.bib", BibTexExporter.Export(papers));
        temp.Write("job.aux", "\\relax\n\\citation{*}\n\\bibstyle{" + style + "}\n\\bibdata{refs}\n");

        ProcessResult run;
        try
        {
            run = ProcessRunner.Run("bibtex", new[] { "job" }, temp.Path, TimeSpan.FromMinutes(2));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("'bibtex' is not on PATH: install TeX Live's bibtex (Debian: texlive-binaries texlive-base texlive-latex-base).", e);
        }

        string log = File.ReadAllText(temp["job.blg"]);
        Assert.True(run.ExitCode == 0 && !log.Contains("Warning--", StringComparison.Ordinal), run.Output + log);

        IReadOnlyDictionary<string, string> items = BibItems(File.ReadAllText(temp["job.bbl"]));
        Assert.Equal(papers.Count, items.Count);
        var keys = CitationKeys.For(papers);
        string[] missing = papers
            .Where(p => !items[keys[p.Id]].Contains(p.ArxivId != null ? "arXiv:" + p.ArxivId : "doi:" + p.Doi, StringComparison.Ordinal))
            .Select(p => keys[p.Id] + ": " + items[keys[p.Id]])
            .ToArray();
        Assert.True(missing.Length == 0, "rendered without their identifier:\n" + string.Join("\n", missing));
    }

    // Each \bibitem's key and its text, with BibTeX's line breaks joined.
    private static IReadOnlyDictionary<string, string> BibItems(string bbl)
        => Regex.Split(bbl, @"\\bibitem").Skip(1)
            .Select(item => Regex.Replace(item, @"\s+", " "))
            .ToDictionary(item => Regex.Match(item, @"^(\[[^\]]*\])?\{([^}]*)\}").Groups[2].Value, item => item, StringComparer.Ordinal);
}
