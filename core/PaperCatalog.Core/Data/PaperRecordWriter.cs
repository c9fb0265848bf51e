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
        var fields = new List<string>(PaperRecordLayout.FixedFieldCount + 8 + (e.Authors.Count * PaperRecordLayout.AuthorFieldCount));
        fields.Add(e.Id);
        fields.Add(e.Title);
        fields.Add(e.Year.ToString(CultureInfo.InvariantCulture));
        fields.Add(e.DatePublished ?? string.Empty);
        fields.Add(e.Abstract ?? string.Empty);
        fields.Add(e.ArxivId ?? string.Empty);
        fields.Add(e.PrimaryClass ?? string.Empty);
        fields.Add(e.Doi ?? string.Empty);
        fields.Add(e.Url ?? string.Empty);
        fields.Add(e.RepositoryCode ?? string.Empty);
        fields.Add(e.Venue ?? string.Empty);
        fields.Add(e.Supersedes ?? string.Empty);
        fields.Add(StatusWords.IsInactive(e.Status) ? e.Status! : string.Empty);
        AddList(fields, e.Keywords);
        AddList(fields, e.Related);
        fields.Add(e.Authors.Count.ToString(CultureInfo.InvariantCulture));
        foreach (AuthorEntry a in e.Authors)
        {
            fields.Add(a.FamilyNames ?? string.Empty);
            fields.Add(a.GivenNames ?? string.Empty);
            fields.Add(a.NameParticle ?? string.Empty);
            fields.Add(a.NameSuffix ?? string.Empty);
            fields.Add(a.Name ?? string.Empty);
            fields.Add(a.Orcid ?? string.Empty);
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
