using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// Turns the text of one entry file into a <see cref="ParsedFile"/>: the entry when the file is valid on its
/// own, and a located diagnostic for each problem. Never throws for any input.
/// </summary>
internal static class EntryParser
{
    public static ParsedFile Parse(string path, string? text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        PaperEntry? entry = null;
        EntryLocations? locations = null;
        string? declaredId = null;
        try
        {
            if (text == null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml, path, SourceSpan.FileStart, "the file could not be read"));
            }
            else if (text.Length > EntryLimits.MaxFileLength)
            {
                // Refused before parsing, so that an oversized file costs no more than its length.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.LimitExceeded, path, RawCharacters.PointAt(text, EntryLimits.MaxFileLength), EntryLimits.FileLengthLimit));
            }
            else if (RawCharacters.Check(path, text) is { } rawCharacter)
            {
                diagnostics.Add(rawCharacter);
            }
            else
            {
                YamlTreeNode? root = YamlTreeReader.Read(path, text, diagnostics);
                if (root is YamlTreeMapping mapping)
                {
                    declaredId = DeclaredId(mapping);
                    (entry, locations) = ReadEntry(path, mapping, diagnostics);
                }
                else if (diagnostics.Count == 0)
                {
                    SourceSpan span = root?.Span ?? SourceSpan.FileStart;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotAMapping, path, span, DescribeRoot(root)));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InternalError, path, SourceSpan.FileStart, ex.GetType().Name + ": " + ex.Message));
        }

        diagnostics = EntryLimits.CapDiagnostics(diagnostics);
        bool valid = diagnostics.TrueForAll(d => !DiagnosticRules.Get(d.Id).LeavesEntryOut);
        return new ParsedFile(path, declaredId, valid ? entry : null, valid ? locations : null, diagnostics.ToEquatableArray())
        {
            Characters = text?.Length ?? 0,
        };
    }

    private static string? DeclaredId(YamlTreeMapping mapping)
    {
        foreach (KeyValuePair<YamlTreeScalar, YamlTreeNode> pair in mapping.Entries)
        {
            if (pair.Key.Value == EntryKeys.Id && pair.Value is YamlTreeScalar { IsNull: false } id)
            {
                return id.Value;
            }
        }

        return null;
    }

    private static (PaperEntry? Entry, EntryLocations? Locations) ReadEntry(string path, YamlTreeMapping mapping, List<DiagnosticInfo> diagnostics)
    {
        var fields = new MappingReader(path, mapping, EntryKeys.EntryKeyNames, diagnostics);

        (string Value, SourceSpan Span)? id = fields.Text(EntryKeys.Id, required: true);
        if (id is { } idValue && !ValueRules.IsValidId(idValue.Value))
        {
            fields.Report(DiagnosticRules.InvalidId, idValue.Span, idValue.Value);
        }

        string? title = fields.Text(EntryKeys.Title, required: true)?.Value;
        EquatableArray<AuthorEntry> authors = ReadAuthors(path, fields, diagnostics);
        (int? year, string? date) = ReadYearAndDate(fields);
        string? abstractText = fields.Text(EntryKeys.Abstract, required: false)?.Value;

        (string Value, SourceSpan Span)? arxiv = fields.Text(EntryKeys.Arxiv, required: false);
        if (arxiv is { } arxivValue && ArxivIdGrammar.Validate(arxivValue.Value) is { } arxivError)
        {
            fields.Report(DiagnosticRules.InvalidArxivId, arxivValue.Span, arxivValue.Value, arxivError);
        }

        string? primaryClass = Checked(fields, EntryKeys.PrimaryClass, ValueRules.IsValidPrimaryClass, DiagnosticRules.InvalidValue, "an arXiv category such as 'cs.CL' or 'hep-th'");
        (string Value, SourceSpan Span)? doi = fields.Text(EntryKeys.Doi, required: false);
        if (doi is { } doiValue && !ValueRules.IsValidDoi(doiValue.Value))
        {
            fields.Report(DiagnosticRules.InvalidDoi, doiValue.Span, doiValue.Value);
        }

        string? url = Checked(fields, EntryKeys.Url, ValueRules.IsValidHttpUrl, DiagnosticRules.InvalidUrl, null);
        string? repository = Checked(fields, EntryKeys.RepositoryCode, ValueRules.IsValidHttpUrl, DiagnosticRules.InvalidUrl, null);
        VenueValue? venue = VenueReader.Read(path, fields, year, diagnostics);
        string? dateReleased = ReadDateReleased(fields, year);
        List<SpannedValue> keywords = ReadIdList(fields, EntryKeys.Keywords);
        List<SpannedValue> related = ReadIdList(fields, EntryKeys.Related);

        SpannedValue? supersedes = null;
        if (fields.Text(EntryKeys.Supersedes, required: false) is { } super)
        {
            if (ValueRules.IsValidId(super.Value))
            {
                supersedes = new SpannedValue(super.Value, super.Span);
            }
            else
            {
                fields.Report(DiagnosticRules.InvalidId, super.Span, super.Value);
            }
        }

        string? status = Checked(fields, EntryKeys.Status, v => Array.IndexOf(EntryKeys.StatusValues, v) >= 0, DiagnosticRules.InvalidValue, "one of " + string.Join(", ", EntryKeys.StatusValues));

        if (id == null || title == null || year == null || authors.IsEmpty)
        {
            return (null, null);
        }

        var entry = new PaperEntry(
            id.Value.Value,
            title,
            authors,
            year.Value,
            date,
            abstractText,
            arxiv?.Value,
            primaryClass,
            doi?.Value,
            url,
            repository,
            venue?.Name,
            keywords.ConvertAll(k => k.Value).ToEquatableArray(),
            related.ConvertAll(r => r.Value).ToEquatableArray(),
            supersedes?.Value,
            status,
            venue?.Type,
            venue?.Year,
            dateReleased);

        var locations = new EntryLocations(
            new SpannedValue(id.Value.Value, id.Value.Span),
            arxiv is { } a ? new SpannedValue(a.Value, a.Span) : null,
            doi is { } d ? new SpannedValue(d.Value, d.Span) : null,
            keywords.ToEquatableArray(),
            related.ToEquatableArray(),
            supersedes);
        return (entry, locations);
    }

    private static (int? Year, string? Date) ReadYearAndDate(MappingReader fields)
    {
        int? year = null;
        YamlTreeNode? yearNode = fields.Node(EntryKeys.Year, required: false);
        if (yearNode != null)
        {
            if (yearNode is YamlTreeScalar { IsPlain: true, IsNull: false } scalar
                && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                if (parsed < ValueRules.MinYear || parsed > ValueRules.MaxYear)
                {
                    fields.Report(DiagnosticRules.YearOutOfRange, scalar.Span, scalar.Value, ValueRules.MinYear.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    year = parsed;
                }
            }
            else if (yearNode is YamlTreeScalar { IsNull: true })
            {
                fields.Report(DiagnosticRules.EmptyValue, yearNode.Span, EntryKeys.Year);
            }
            else
            {
                fields.Report(DiagnosticRules.WrongType, yearNode.Span, EntryKeys.Year, "a whole number such as 2023", yearNode.Describe());
            }
        }

        string? date = null;
        if (fields.Text(EntryKeys.DatePublished, required: false) is { } dateValue)
        {
            int? dateYear = ValueRules.ParseDateYear(dateValue.Value);
            if (dateYear == null)
            {
                fields.Report(DiagnosticRules.InvalidDate, dateValue.Span, dateValue.Value);
            }
            else if (year != null && dateYear != year)
            {
                fields.Report(DiagnosticRules.DateDisagreesWithYear, dateValue.Span, dateValue.Value, dateYear.Value.ToString(CultureInfo.InvariantCulture), year.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (dateYear < ValueRules.MinYear || dateYear > ValueRules.MaxYear)
            {
                // The year a date gives is held to the same range as a written year.
                fields.Report(DiagnosticRules.YearOutOfRange, dateValue.Span, dateYear.Value.ToString(CultureInfo.InvariantCulture), ValueRules.MinYear.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                date = dateValue.Value;
                year ??= dateYear;
            }
        }

        if (yearNode == null && !fields.Has(EntryKeys.DatePublished))
        {
            fields.ReportMissing(EntryKeys.Year);
        }

        return (year, date);
    }

    // The first public version's date: a real date, in the entry's year (which is that version's year).
    private static string? ReadDateReleased(MappingReader fields, int? year)
    {
        if (fields.Text(EntryKeys.DateReleased, required: false) is not { } value)
        {
            return null;
        }

        int? dateYear = ValueRules.ParseDateYear(value.Value);
        if (dateYear == null)
        {
            fields.Report(DiagnosticRules.InvalidDate, value.Span, value.Value);
            return null;
        }

        if (year != null && dateYear != year)
        {
            fields.Report(DiagnosticRules.ReleaseDateDisagreesWithYear, value.Span, value.Value, dateYear.Value.ToString(CultureInfo.InvariantCulture), year.Value.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return value.Value;
    }

    private static EquatableArray<AuthorEntry> ReadAuthors(string path, MappingReader fields, List<DiagnosticInfo> diagnostics)
    {
        YamlTreeSequence? list = fields.List(EntryKeys.Authors, required: true);
        if (list == null)
        {
            return EquatableArray<AuthorEntry>.Empty;
        }

        var authors = new List<AuthorEntry>();
        foreach (YamlTreeNode item in list.Items)
        {
            if (item is not YamlTreeMapping mapping)
            {
                fields.Report(DiagnosticRules.WrongType, item.Span, EntryKeys.Authors, "a list of mappings with 'family-names' and 'given-names', or 'name'", "a list holding " + item.Describe());
                continue;
            }

            var author = new MappingReader(path, mapping, EntryKeys.AuthorKeyNames, diagnostics);
            string? family = author.Text(EntryKeys.FamilyNames, required: false)?.Value;
            string? given = author.Text(EntryKeys.GivenNames, required: false)?.Value;
            string? particle = author.Text(EntryKeys.NameParticle, required: false)?.Value;
            string? suffix = author.Text(EntryKeys.NameSuffix, required: false)?.Value;
            string? name = author.Text(EntryKeys.Name, required: false)?.Value;
            _ = author.Text(EntryKeys.Affiliation, required: false);
            string? orcid = null;
            if (author.Text(EntryKeys.Orcid, required: false) is { } orcidValue)
            {
                if (ValueRules.IsValidOrcid(orcidValue.Value))
                {
                    orcid = orcidValue.Value;
                }
                else
                {
                    author.Report(DiagnosticRules.InvalidValue, orcidValue.Span, orcidValue.Value, EntryKeys.Orcid, "an ORCID URL such as 'https://orcid.org/0000-0002-1825-0097'");
                }
            }

            bool isPerson = author.Has(EntryKeys.FamilyNames) || author.Has(EntryKeys.GivenNames);
            if (author.Has(EntryKeys.Name) && isPerson)
            {
                author.Report(DiagnosticRules.InvalidValue, mapping.Span.StartPoint, "name", "authors", "either 'name' for a group, or 'family-names'/'given-names' for a person, not both");
            }
            else if (!author.Has(EntryKeys.Name) && !isPerson)
            {
                author.ReportMissing(EntryKeys.FamilyNames);
            }
            else if (name != null || family != null || given != null)
            {
                authors.Add(new AuthorEntry(family, given, particle, suffix, name, orcid));
            }
        }

        return authors.ToEquatableArray();
    }

    private static List<SpannedValue> ReadIdList(MappingReader fields, string key)
    {
        var values = new List<SpannedValue>();
        YamlTreeSequence? list = fields.List(key, required: false);
        if (list == null)
        {
            return values;
        }

        foreach (YamlTreeNode item in list.Items)
        {
            if (fields.TextOf(key, item) is not { } text)
            {
                continue;
            }

            if (!ValueRules.IsValidId(text.Value))
            {
                fields.Report(DiagnosticRules.InvalidValue, text.Span, text.Value, key, "lower-case words joined by hyphens, such as 'instruction-tuning'");
                continue;
            }

            values.Add(new SpannedValue(text.Value, text.Span));
        }

        return values;
    }

    private static string? Checked(MappingReader fields, string key, Func<string, bool> isValid, DiagnosticRule rule, string? expected)
    {
        if (fields.Text(key, required: false) is not { } value)
        {
            return null;
        }

        if (isValid(value.Value))
        {
            return value.Value;
        }

        if (expected == null)
        {
            fields.Report(rule, value.Span, value.Value);
        }
        else
        {
            fields.Report(rule, value.Span, value.Value, key, expected);
        }

        return null;
    }

    // The document's text is not quoted: a file that is no entry at all (a symlinked .env, a key file) is not
    // repeated into the build log; its place and size are enough to find it.
    private static string DescribeRoot(YamlTreeNode? root)
        => root is YamlTreeScalar { IsNull: false } scalar
            ? "a single text of " + scalar.Value.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters, not shown"
            : root?.Describe() ?? "empty";
}
