using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Data;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Data;

/// <summary>
/// Lays out one paper as the fields of a record in the order of <see cref="PaperRecordLayout"/>, the format the
/// runtime's <c>PaperTable</c> decodes. An absent value is an empty field.
/// </summary>
internal static class PaperRecordWriter
{
    public static List<string> Fields(PaperEntry e)
    {
        // Each fixed field is placed by its layout constant, the ones the runtime reads it by: the order exists once.
        var fixedFields = new string[PaperRecordLayout.FixedFieldCount];
        fixedFields[PaperRecordLayout.Id] = e.Id;
        fixedFields[PaperRecordLayout.Title] = e.Title;
        fixedFields[PaperRecordLayout.Year] = e.Year.ToString(CultureInfo.InvariantCulture);
        fixedFields[PaperRecordLayout.DatePublished] = e.DatePublished ?? string.Empty;
        fixedFields[PaperRecordLayout.Abstract] = e.Abstract ?? string.Empty;
        fixedFields[PaperRecordLayout.ArxivId] = e.ArxivId ?? string.Empty;
        fixedFields[PaperRecordLayout.PrimaryClass] = e.PrimaryClass ?? string.Empty;
        fixedFields[PaperRecordLayout.Doi] = e.Doi ?? string.Empty;
        fixedFields[PaperRecordLayout.Url] = e.Url ?? string.Empty;
        fixedFields[PaperRecordLayout.RepositoryCode] = e.RepositoryCode ?? string.Empty;
        fixedFields[PaperRecordLayout.Venue] = e.Venue ?? string.Empty;
        fixedFields[PaperRecordLayout.Supersedes] = e.Supersedes ?? string.Empty;
        fixedFields[PaperRecordLayout.Status] = StatusWords.IsInactive(e.Status) ? e.Status! : string.Empty;
        fixedFields[PaperRecordLayout.VenueType] = e.VenueType ?? string.Empty;
        fixedFields[PaperRecordLayout.VenueYear] = e.VenueYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        fixedFields[PaperRecordLayout.DateReleased] = e.DateReleased ?? string.Empty;

        var fields = new List<string>(PaperRecordLayout.FixedFieldCount + 8 + (e.Authors.Count * PaperRecordLayout.AuthorFieldCount));
        fields.AddRange(fixedFields);
        AddList(fields, e.Keywords);
        AddList(fields, e.Related);
        fields.Add(e.Authors.Count.ToString(CultureInfo.InvariantCulture));
        foreach (AuthorEntry a in e.Authors)
        {
            var authorFields = new string[PaperRecordLayout.AuthorFieldCount];
            authorFields[PaperRecordLayout.AuthorFamilyNames] = a.FamilyNames ?? string.Empty;
            authorFields[PaperRecordLayout.AuthorGivenNames] = a.GivenNames ?? string.Empty;
            authorFields[PaperRecordLayout.AuthorNameParticle] = a.NameParticle ?? string.Empty;
            authorFields[PaperRecordLayout.AuthorNameSuffix] = a.NameSuffix ?? string.Empty;
            authorFields[PaperRecordLayout.AuthorName] = a.Name ?? string.Empty;
            authorFields[PaperRecordLayout.AuthorOrcid] = a.Orcid ?? string.Empty;
            fields.AddRange(authorFields);
        }

        return fields;
    }

    private static void AddList(List<string> fields, EquatableArray<string> items)
    {
        fields.Add(items.Count.ToString(CultureInfo.InvariantCulture));
        foreach (string item in items)
        {
            fields.Add(item);
        }
    }
}
