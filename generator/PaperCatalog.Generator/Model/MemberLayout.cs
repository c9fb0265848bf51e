using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// How the papers' typed members are spread over types. The runtime loads no type with more than 65,535
/// methods, and every typed member is a property getter; past <see cref="MembersPerType"/> papers, members are
/// declared on a chain of base types of the papers class, where C# still finds them as <c>Papers.Name</c>.
/// </summary>
/// <param name="MembersPerType">Most typed members declared on one type.</param>
internal sealed record MemberLayout(int MembersPerType)
{
    /// <summary>The default: well below the runtime's limit, leaving room for the lookups and helpers.</summary>
    public const int DefaultMembersPerType = 30000;

    /// <summary>The layout used when no property sets it.</summary>
    public static readonly MemberLayout Default = new(DefaultMembersPerType);

    /// <summary>Whether a catalog of <paramref name="paperCount"/> papers needs base types.</summary>
    public bool IsSplit(int paperCount) => paperCount > MembersPerType;

    /// <summary>How many base types hold the members of <paramref name="paperCount"/> papers.</summary>
    public int HolderCount(int paperCount) => (paperCount + MembersPerType - 1) / MembersPerType;

    /// <summary>The number of the base type that declares the member of paper <paramref name="position"/>.</summary>
    public int HolderOf(int position) => position / MembersPerType;

    /// <summary>
    /// The name of base type <paramref name="holder"/>. An underscore: member and type names made from ids never
    /// have one, so no paper can collide with it.
    /// </summary>
    public static string HolderName(GeneratorOptions options, int holder)
        => options.PapersClass + "_Members" + holder.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
