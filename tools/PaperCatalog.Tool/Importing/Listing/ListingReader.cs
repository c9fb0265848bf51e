using System.Collections.Generic;

namespace PaperCatalog.Tool.Importing.Listing;

/// <summary>One paper of a listing: its title and abstract lines, exactly as written.</summary>
internal sealed record ListingItem(string Title, string Abstract, int Line);

/// <summary>
/// Reads a trending-papers listing (the format of <c>hf-papers-listing.txt</c>): five header lines, then for each
/// paper a title line and an abstract line; blank lines between are ignored. Lines are kept exactly, since the
/// catalog's titles and abstracts must equal the listing's character for character.
/// </summary>
internal static class ListingReader
{
    /// <summary>The listing's header: "new", the newsletter line, "Subscribe", the byline and the date.</summary>
    public const int HeaderLines = 5;

    /// <summary>A "title" longer than this is an abstract out of step: a line is missing above it.</summary>
    public const int MaxTitleLength = 400;

    /// <exception cref="InputFormatException">The text is not a listing.</exception>
    public static IReadOnlyList<ListingItem> Read(string path, string text)
    {
        if (text.Length > ReaderLimits.MaxInputBytes)
        {
            throw new InputFormatException(path, 1, 1, "the file has " + text.Length + " characters; an input may have at most " + ReaderLimits.MaxInputBytes + " (ReaderLimits.MaxInputBytes).");
        }

        if (text.IndexOf('\0') >= 0)
        {
            throw new InputFormatException(path, 1, 1, "this is a binary file, not a paper listing.");
        }

        var lines = new List<(string Text, int Line)>();
        string[] all = text.Split('\n');
        for (int i = 0; i < all.Length; i++)
        {
            string line = all[i].TrimEnd('\r');
            if (line.Trim().Length > 0)
            {
                lines.Add((line, i + 1));
            }
        }

        if (lines.Count < HeaderLines)
        {
            throw new InputFormatException(path, all.Length, 1, "expected " + HeaderLines + " header lines before the first title, found " + lines.Count + " lines in all.");
        }

        var items = new List<ListingItem>();
        for (int i = HeaderLines; i < lines.Count; i += 2)
        {
            (string title, int line) = lines[i];
            if (title.Length > MaxTitleLength)
            {
                throw new InputFormatException(path, line, 1, "expected a title line but found " + title.Length + " characters; is a title or an abstract line missing above it?");
            }

            if (i + 1 >= lines.Count)
            {
                throw new InputFormatException(path, line, 1, "the title '" + title + "' has no abstract line after it.");
            }

            if (lines[i + 1].Text.Length > ReaderLimits.MaxLineLength)
            {
                throw new InputFormatException(path, lines[i + 1].Line, 1, "the abstract line has " + lines[i + 1].Text.Length + " characters; a line may have at most " + ReaderLimits.MaxLineLength + " (ReaderLimits.MaxLineLength).");
            }

            if (items.Count == ReaderLimits.MaxPapers)
            {
                throw new InputFormatException(path, line, 1, "the listing has more than " + ReaderLimits.MaxPapers + " papers (ReaderLimits.MaxPapers); split it.");
            }

            items.Add(new ListingItem(title, lines[i + 1].Text, line));
        }

        return items;
    }
}
