using System;
using System.Collections.Generic;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// An entry the tool is about to write, from flags or an import. Plain values, not yet checked: the text written
/// from it goes through the generator's parser before it reaches the disk.
/// </summary>
internal sealed record EntryDraft
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<AuthorDraft> Authors { get; init; }

    public int? Year { get; init; }

    public string? DatePublished { get; init; }

    public string? Abstract { get; init; }

    public string? Arxiv { get; init; }

    public string? PrimaryClass { get; init; }

    public string? Doi { get; init; }

    public string? Url { get; init; }

    public string? RepositoryCode { get; init; }

    public string? Venue { get; init; }

    /// <summary>The venue's type word (<c>conference</c>, <c>journal</c>, <c>workshop</c>); with it the venue is written as a mapping.</summary>
    public string? VenueType { get; init; }

    /// <summary>The published version's year; with it the venue is written as a mapping.</summary>
    public int? VenueYear { get; init; }

    /// <summary>The first public version's date, YYYY-MM-DD (<c>date-released</c>).</summary>
    public string? DateReleased { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = Array.Empty<string>();
}

/// <summary>One author of a draft: a person (family, given, particle, suffix) or a group (<see cref="Name"/>).</summary>
internal sealed record AuthorDraft(string? FamilyNames, string? GivenNames, string? NameParticle = null, string? NameSuffix = null, string? Name = null, string? Orcid = null)
{
    public static AuthorDraft Group(string name) => new(null, null, Name: name);
}
