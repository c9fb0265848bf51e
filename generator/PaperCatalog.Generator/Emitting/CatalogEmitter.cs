using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Validation;

namespace PaperCatalog.Generator.Emitting;

/// <summary>One generated file: its hint name and its text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Writes the catalog as C#: the id constants, the typed papers with their lookups, and the keyword constants.
/// Data only; the behaviour lives in the hand-written runtime types the code constructs and calls.
/// </summary>
internal static class CatalogEmitter
{
    private const string PaperType = "global::PaperCatalog.Paper";
    private const string AuthorType = "global::PaperCatalog.Author";
    private const string IndexType = "global::PaperCatalog.Lookups.PaperIndex";
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";
    private const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]";
    private const int MaxAuthorsInDocs = 8;

    public static IReadOnlyList<GeneratedSource> Emit(CatalogModel catalog, GeneratorOptions options)
        => new[]
        {
            new GeneratedSource(options.IdsClass + ".g.cs", EmitIds(catalog, options)),
            new GeneratedSource(options.PapersClass + ".g.cs", EmitPapers(catalog, options)),
            new GeneratedSource(options.KeywordsClass + ".g.cs", EmitKeywords(catalog, options)),
        };

    private static string EmitIds(CatalogModel catalog, GeneratorOptions options)
    {
        IndentedWriter w = Header(options, "[assembly: global::PaperCatalog.PaperIdCatalog(typeof(global::" + options.Namespace + "." + options.IdsClass + "))]");
        w.Line("/// <summary>The catalog id of every paper, as constants usable in attributes and switch cases.</summary>");
        w.Line(GeneratedCodeAttribute);
        w.Open("public static partial class " + options.IdsClass);
        bool first = true;
        foreach (CatalogPaper paper in catalog.Papers)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            PaperEntry e = paper.Entry;
            w.Line("/// <summary>The id of <i>" + XmlDocText.Escape(e.Title) + "</i> (" + XmlDocText.Escape(ShortCitation(e)) + ").</summary>");
            WriteObsolete(w, paper);
            w.Line("public const string " + paper.MemberName + " = " + CSharpLiteral.String(e.Id) + ";");
        }

        w.Close();
        return Footer(w);
    }

    private static string EmitPapers(CatalogModel catalog, GeneratorOptions options)
    {
        IndentedWriter w = Header(options);
        w.Line("/// <summary>");
        w.Line("/// The papers of the catalog as typed objects, with lookups by id, arXiv id, DOI, keyword, author and year.");
        w.Line("/// </summary>");
        w.Line(GeneratedCodeAttribute);
        w.Open("public static partial class " + options.PapersClass);

        foreach (CatalogPaper paper in catalog.Papers)
        {
            WritePaperProperty(w, paper);
            w.Line();
        }

        foreach (CatalogPaper paper in catalog.Papers)
        {
            WritePaperField(w, paper);
            w.Line();
        }

        // Declared after the paper fields: static fields initialise in text order.
        w.Line("private static readonly " + IndexType + " s_index = new " + IndexType + "(new " + PaperType + "[]");
        w.Line("{");
        w.Indent();
        foreach (CatalogPaper paper in catalog.Papers)
        {
            w.Line(FieldName(paper) + ",");
        }

        w.Outdent();
        w.Line("});");
        w.Line();
        WriteLookups(w);
        w.Close();
        return Footer(w);
    }

    private static string EmitKeywords(CatalogModel catalog, GeneratorOptions options)
    {
        IndentedWriter w = Header(options);
        w.Line("/// <summary>Every keyword the catalog uses, as constants, so that a misspelt keyword does not compile.</summary>");
        w.Line(GeneratedCodeAttribute);
        w.Open("public static partial class " + options.KeywordsClass);
        // Counted in one pass: an entry may list thousands of keywords, and a count per keyword would be quadratic.
        var paperCounts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (CatalogPaper paper in catalog.Papers)
        {
            foreach (string keyword in paper.Entry.Keywords.Distinct(System.StringComparer.Ordinal))
            {
                paperCounts.TryGetValue(keyword, out int papers);
                paperCounts[keyword] = papers + 1;
            }
        }

        var keywords = paperCounts.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        bool first = true;
        foreach (string keyword in keywords)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            int count = paperCounts[keyword];
            w.Line("/// <summary>The keyword <c>" + XmlDocText.Escape(keyword) + "</c>, used by " + count + (count == 1 ? " paper" : " papers") + ".</summary>");
            w.Line("public const string " + MemberNames.FromId(keyword) + " = " + CSharpLiteral.String(keyword) + ";");
        }

        w.Close();
        return Footer(w);
    }

    private static void WritePaperProperty(IndentedWriter w, CatalogPaper paper)
    {
        PaperEntry e = paper.Entry;
        w.Line("/// <summary>" + XmlDocText.Escape(e.Title) + "</summary>");
        w.Line("/// <remarks>");
        w.Line("/// " + XmlDocText.Escape(AuthorList(e)) + " (" + e.Year + ")." + (e.Venue == null ? string.Empty : " " + XmlDocText.Escape(e.Venue) + "."));
        if (e.ArxivId != null)
        {
            w.Line("/// <see href=\"" + XmlDocText.Escape("https://arxiv.org/abs/" + e.ArxivId) + "\">arXiv:" + XmlDocText.Escape(e.ArxivId) + "</see>");
        }

        if (e.Doi != null)
        {
            w.Line("/// <see href=\"" + XmlDocText.Escape("https://doi.org/" + e.Doi) + "\">doi:" + XmlDocText.Escape(e.Doi) + "</see>");
        }

        if (e.Abstract != null)
        {
            w.Line("/// <para>" + XmlDocText.Escape(XmlDocText.Shorten(e.Abstract, 300)) + "</para>");
        }

        w.Line("/// </remarks>");
        WriteObsolete(w, paper);
        w.Line("public static " + PaperType + " " + paper.MemberName + " => " + FieldName(paper) + ";");
    }

    private static void WritePaperField(IndentedWriter w, CatalogPaper paper)
    {
        PaperEntry e = paper.Entry;
        w.Line("private static readonly " + PaperType + " " + FieldName(paper) + " = new " + PaperType);
        w.Line("{");
        w.Indent();
        w.Line("Id = " + CSharpLiteral.String(e.Id) + ",");
        w.Line("Title = " + CSharpLiteral.String(e.Title) + ",");
        w.Line("Authors = new " + AuthorType + "[]");
        w.Line("{");
        w.Indent();
        foreach (AuthorEntry author in e.Authors)
        {
            w.Line(AuthorExpression(author) + ",");
        }

        w.Outdent();
        w.Line("},");
        w.Line("Year = " + CSharpLiteral.Int(e.Year) + ",");
        if (e.DatePublished != null)
        {
            string[] parts = e.DatePublished.Split('-');
            w.Line("DatePublished = new global::System.DateOnly(" + int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + ", " + int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + ", " + int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) + "),");
        }

        OptionalString(w, "Abstract", e.Abstract);
        OptionalString(w, "ArxivId", e.ArxivId);
        OptionalString(w, "PrimaryClass", e.PrimaryClass);
        OptionalString(w, "Doi", e.Doi);
        OptionalString(w, "Url", e.Url);
        OptionalString(w, "RepositoryCode", e.RepositoryCode);
        OptionalString(w, "Venue", e.Venue);
        StringList(w, "Keywords", e.Keywords);
        StringList(w, "Related", e.Related);
        OptionalString(w, "Supersedes", e.Supersedes);
        if (e.Status is "retracted" or "withdrawn")
        {
            w.Line("Status = global::PaperCatalog.PaperStatus." + (e.Status == "retracted" ? "Retracted" : "Withdrawn") + ",");
        }

        w.Outdent();
        w.Line("};");
    }

    private static void WriteLookups(IndentedWriter w)
    {
        w.Line("/// <summary>Every paper of the catalog, ordered by id.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> All => s_index.All;");
        w.Line();
        w.Line("/// <summary>The catalog's lookup tables, for code that takes a <see cref=\"" + IndexType + "\"/>.</summary>");
        w.Line("public static " + IndexType + " Index => s_index;");
        w.Line();
        w.Line("/// <summary>Finds a paper by its catalog id, such as a <c>PaperIds</c> constant; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindById(string? id) => s_index.FindById(id);");
        w.Line();
        w.Line("/// <summary>Finds a paper by its catalog id; false when there is none.</summary>");
        w.Line("public static bool TryGetById(string? id, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetById(id, out paper);");
        w.Line();
        w.Line("/// <summary>Finds a paper by arXiv id, with or without an <c>arXiv:</c> prefix or a <c>vN</c> version; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindByArxivId(string? arxivId) => s_index.FindByArxivId(arxivId);");
        w.Line();
        w.Line("/// <summary>Finds a paper by arXiv id; false when there is none.</summary>");
        w.Line("public static bool TryGetByArxivId(string? arxivId, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetByArxivId(arxivId, out paper);");
        w.Line();
        w.Line("/// <summary>Finds a paper by DOI, case-insensitively, with or without a <c>https://doi.org/</c> prefix; null when there is none.</summary>");
        w.Line("public static " + PaperType + "? FindByDoi(string? doi) => s_index.FindByDoi(doi);");
        w.Line();
        w.Line("/// <summary>Finds a paper by DOI; false when there is none.</summary>");
        w.Line("public static bool TryGetByDoi(string? doi, " + NotNullWhen + " out " + PaperType + "? paper) => s_index.TryGetByDoi(doi, out paper);");
        w.Line();
        w.Line("/// <summary>The papers tagged with a keyword, such as a <c>Keywords</c> constant; empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> WithKeyword(string? keyword) => s_index.WithKeyword(keyword);");
        w.Line();
        w.Line("/// <summary>The papers by an author, matched by normalised name (\"Tom B. Brown\" or \"Brown, Tom B.\"); empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> ByAuthor(string? name) => s_index.ByAuthor(name);");
        w.Line();
        w.Line("/// <summary>The papers of a year; empty when none.</summary>");
        w.Line("public static " + ListType + "<" + PaperType + "> InYear(int year) => s_index.InYear(year);");
    }

    private static IndentedWriter Header(GeneratorOptions options, string? assemblyAttribute = null)
    {
        var w = new IndentedWriter();
        w.Line("// <auto-generated/>");
        w.Line("// Generated by PaperCatalog.Generator from the catalog's YAML entries. Edit the entries, not this file.");
        w.Line("#nullable enable");
        w.Line();
        if (assemblyAttribute != null)
        {
            // Lets analyzers find the ids of every referenced catalog without scanning all types.
            w.Line(assemblyAttribute);
            w.Line();
        }

        w.Open("namespace " + options.Namespace);
        return w;
    }

    private static string Footer(IndentedWriter w)
    {
        w.Close();
        return w.ToString();
    }

    private const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"PaperCatalog.Generator\", \"1.0\")]";

    private static void WriteObsolete(IndentedWriter w, CatalogPaper paper)
    {
        if (paper.ObsoleteMessage != null)
        {
            w.Line("[global::System.Obsolete(" + CSharpLiteral.String(paper.ObsoleteMessage) + ")]");
        }
    }

    private static void OptionalString(IndentedWriter w, string property, string? value)
    {
        if (value != null)
        {
            w.Line(property + " = " + CSharpLiteral.String(value) + ",");
        }
    }

    private static void StringList(IndentedWriter w, string property, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.Line(property + " = new string[] { " + string.Join(", ", values.Select(CSharpLiteral.String)) + " },");
    }

    private static string AuthorExpression(AuthorEntry author)
    {
        if (author.Name != null)
        {
            return AuthorType + ".Group(" + CSharpLiteral.String(author.Name) + ")";
        }

        var args = new List<string> { CSharpLiteral.String(author.FamilyNames), CSharpLiteral.String(author.GivenNames) };
        if (author.NameParticle != null)
        {
            args.Add("nameParticle: " + CSharpLiteral.String(author.NameParticle));
        }

        if (author.NameSuffix != null)
        {
            args.Add("nameSuffix: " + CSharpLiteral.String(author.NameSuffix));
        }

        if (author.Orcid != null)
        {
            args.Add("orcid: " + CSharpLiteral.String(author.Orcid));
        }

        return AuthorType + ".Person(" + string.Join(", ", args) + ")";
    }

    private static string FieldName(CatalogPaper paper)
        => "s_" + char.ToLowerInvariant(paper.MemberName[0]) + paper.MemberName.Substring(1);

    private static string DisplayName(AuthorEntry author)
    {
        if (author.Name != null)
        {
            return author.Name;
        }

        var builder = new StringBuilder();
        foreach (string? part in new[] { author.GivenNames, author.NameParticle, author.FamilyNames, author.NameSuffix })
        {
            if (!string.IsNullOrEmpty(part))
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(part);
            }
        }

        return builder.ToString();
    }

    private static string AuthorList(PaperEntry e)
    {
        IEnumerable<string> names = e.Authors.Take(MaxAuthorsInDocs).Select(DisplayName);
        string list = string.Join(", ", names);
        int more = e.Authors.Count - MaxAuthorsInDocs;
        return more > 0 ? list + " and " + more + " more" : list;
    }

    private static string ShortCitation(PaperEntry e)
    {
        AuthorEntry first = e.Authors[0];
        string name = first.Name ?? (first.NameParticle != null ? first.NameParticle + " " : string.Empty) + (first.FamilyNames ?? first.GivenNames);
        string etAl = e.Authors.Count > 2 ? " et al." : e.Authors.Count == 2 ? " and " + (e.Authors[1].Name ?? e.Authors[1].FamilyNames ?? e.Authors[1].GivenNames) : string.Empty;
        return name + etAl + ", " + e.Year;
    }
}
