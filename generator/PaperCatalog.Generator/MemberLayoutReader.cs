using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator;

/// <summary>
/// Reads <c>PaperCatalogMembersPerType</c>, which moves the point past which typed members go to base types
/// (tests set it low to exercise the layout of very large catalogs at a small size).
/// </summary>
internal static class MemberLayoutReader
{
    public static MemberLayout Read(AnalyzerConfigOptions options)
        => options.TryGetValue("build_property.PaperCatalogMembersPerType", out string? value)
           && int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int members)
           && members is > 0 and <= MemberLayout.DefaultMembersPerType * 2
            ? new MemberLayout(members)
            : MemberLayout.Default;
}
