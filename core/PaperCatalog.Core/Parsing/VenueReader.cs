using System;
using System.Globalization;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Data;

namespace PaperCatalog.Core.Parsing;

/// <summary>A venue as an entry gives it: its name, and from the structured form its type and published year.</summary>
internal readonly record struct VenueValue(string Name, string? Type, int? Year);

/// <summary>
/// Reads <c>venue</c>: either plain text (the name alone), or a mapping after CFF's <c>conference</c>/<c>journal</c>
/// with <c>name</c> (required), <c>type</c> and <c>year</c>, the year of the published version.
/// </summary>
internal static class VenueReader
{
    private const string Expected = "text, or a mapping with 'name' and optionally 'type' and 'year'";

    /// <summary>The venue, or null when absent or invalid (each problem reported at its place).</summary>
    /// <param name="firstYear">The entry's year (of the first public version), when valid: the venue's may not be before it.</param>
    public static VenueValue? Read(string path, MappingReader fields, int? firstYear, System.Collections.Generic.List<DiagnosticInfo> diagnostics)
    {
        YamlTreeNode? node = fields.Node(EntryKeys.Venue, required: false);
        if (node == null)
        {
            return null;
        }

        if (node is YamlTreeScalar)
        {
            return fields.TextOf(EntryKeys.Venue, node) is { } text ? new VenueValue(text.Value, null, null) : null;
        }

        if (node is not YamlTreeMapping mapping)
        {
            fields.Report(DiagnosticRules.WrongType, node.Span, EntryKeys.Venue, Expected, node.Describe());
            return null;
        }

        var venue = new MappingReader(path, mapping, EntryKeys.VenueKeyNames, diagnostics);
        string? name = venue.Text(EntryKeys.VenueName, required: true)?.Value;
        bool valid = name != null;

        string? type = null;
        if (venue.Text(EntryKeys.VenueType, required: false) is { } typeValue)
        {
            if (Array.IndexOf(VenueTypeWords.All, typeValue.Value) >= 0)
            {
                type = typeValue.Value;
            }
            else
            {
                venue.Report(DiagnosticRules.InvalidValue, typeValue.Span, typeValue.Value, EntryKeys.Venue + "." + EntryKeys.VenueType, "one of " + string.Join(", ", VenueTypeWords.All));
                valid = false;
            }
        }

        int? year = null;
        if (venue.Node(EntryKeys.VenueYear, required: false) is { } yearNode)
        {
            year = ReadYear(venue, yearNode, firstYear);
            valid &= year != null;
        }

        return valid ? new VenueValue(name!, type, year) : null;
    }

    private static int? ReadYear(MappingReader venue, YamlTreeNode node, int? firstYear)
    {
        const string key = EntryKeys.Venue + "." + EntryKeys.VenueYear;
        if (node is YamlTreeScalar { IsNull: true })
        {
            venue.Report(DiagnosticRules.EmptyValue, node.Span, key);
            return null;
        }

        if (node is not YamlTreeScalar { IsPlain: true } scalar
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            venue.Report(DiagnosticRules.WrongType, node.Span, key, "a whole number such as 2024", node.Describe());
            return null;
        }

        if (year < ValueRules.MinYear || year > ValueRules.MaxYear)
        {
            venue.Report(DiagnosticRules.YearOutOfRange, scalar.Span, scalar.Value, ValueRules.MinYear.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (firstYear is int first && year < first)
        {
            venue.Report(DiagnosticRules.VenueYearBeforeYear, scalar.Span, scalar.Value, first.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return year;
    }
}
