using System;

namespace PaperCatalog;

/// <summary>
/// An author of a paper: a person, with family and given names as Citation File Format splits them, or a group
/// such as a consortium, known by one name.
/// </summary>
public sealed record Author
{
    private Author(string? familyNames, string? givenNames, string? nameParticle, string? nameSuffix, string? name, string? orcid)
    {
        FamilyNames = familyNames;
        GivenNames = givenNames;
        NameParticle = nameParticle;
        NameSuffix = nameSuffix;
        Name = name;
        Orcid = orcid;
    }

    /// <summary>The family names of a person (CFF <c>family-names</c>), for example <c>Brown</c>.</summary>
    public string? FamilyNames { get; }

    /// <summary>The given names of a person (CFF <c>given-names</c>), for example <c>Tom B.</c>.</summary>
    public string? GivenNames { get; }

    /// <summary>A particle written before the family names (CFF <c>name-particle</c>), for example <c>van</c>.</summary>
    public string? NameParticle { get; }

    /// <summary>A suffix such as <c>Jr.</c> (CFF <c>name-suffix</c>).</summary>
    public string? NameSuffix { get; }

    /// <summary>The name of a group author (CFF entity <c>name</c>); null for a person.</summary>
    public string? Name { get; }

    /// <summary>The person's ORCID as a URL, for example <c>https://orcid.org/0000-0002-1825-0097</c>.</summary>
    public string? Orcid { get; }

    /// <summary>True when this author is a group known by one name rather than a person.</summary>
    public bool IsGroup => Name != null;

    /// <summary>
    /// The family name as it is sorted and cited: particle and family names, for example <c>van Steenkiste</c>;
    /// the group's name for a group.
    /// </summary>
    public string LastName => Name ?? Join(NameParticle, FamilyNames) ?? GivenNames ?? string.Empty;

    /// <summary>The name as it is read: <c>Sjoerd van Steenkiste</c>, <c>Tom B. Brown</c>, or the group's name.</summary>
    public string DisplayName => Name ?? Join(Join(GivenNames, Join(NameParticle, FamilyNames)), NameSuffix) ?? string.Empty;

    /// <summary>Creates a person author.</summary>
    /// <param name="familyNames">Family names, for example <c>Brown</c>; null for a person known by given names only.</param>
    /// <param name="givenNames">Given names, for example <c>Tom B.</c>; null for a person known by one name.</param>
    /// <param name="nameParticle">A particle before the family names, such as <c>van</c> or <c>de</c>.</param>
    /// <param name="nameSuffix">A suffix such as <c>Jr.</c>.</param>
    /// <param name="orcid">The ORCID URL.</param>
    /// <exception cref="ArgumentException">Both <paramref name="familyNames"/> and <paramref name="givenNames"/> are null or empty.</exception>
    public static Author Person(string? familyNames, string? givenNames, string? nameParticle = null, string? nameSuffix = null, string? orcid = null)
    {
        if (string.IsNullOrWhiteSpace(familyNames) && string.IsNullOrWhiteSpace(givenNames))
        {
            throw new ArgumentException("A person needs family names or given names.", nameof(familyNames));
        }

        return new Author(familyNames, givenNames, nameParticle, nameSuffix, null, orcid);
    }

    /// <summary>Creates a group author, such as a consortium or a company.</summary>
    /// <param name="name">The group's name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public static Author Group(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A group author needs a name.", nameof(name));
        }

        return new Author(null, null, null, null, name, null);
    }

    /// <inheritdoc/>
    public override string ToString() => DisplayName;

    private static string? Join(string? first, string? second)
        => string.IsNullOrEmpty(first) ? second : string.IsNullOrEmpty(second) ? first : first + " " + second;
}
