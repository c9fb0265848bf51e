using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Suggests an entry id from a title: the first words in kebab-case, accents folded to ASCII
/// ("Language Models are Few-Shot Learners" gives <c>language-models-are-few-shot-learners</c>).
/// </summary>
internal static class IdSuggester
{
    /// <summary>How many words of the title the id keeps.</summary>
    public const int MaxWords = 5;

    /// <summary>Ids longer than this are cut at a hyphen: an id is typed, and becomes a C# name.</summary>
    public const int MaxLength = 48;

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        foreach (string word in title.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries))
        {
            string slug = Slug(word);
            if (slug.Length > 0)
            {
                words.Add(slug);
            }

            if (words.Count == MaxWords)
            {
                break;
            }
        }

        string id = string.Join("-", words);
        if (id.Length > MaxLength)
        {
            int cut = id.LastIndexOf('-', MaxLength);
            id = cut > 0 ? id.Substring(0, cut) : id.Substring(0, MaxLength).TrimEnd('-');
        }

        // Ids start with a letter ("3D Scenes" would give "3d-scenes").
        if (id.Length == 0 || !(id[0] >= 'a' && id[0] <= 'z'))
        {
            id = id.Length == 0 ? "paper" : "paper-" + id;
        }

        return id;
    }

    /// <summary>The suffix that makes an id the generated code reserves usable: <c>all</c> gives <c>all-paper</c>.</summary>
    public const string ReservedSuffix = "-paper";

    private static readonly GeneratedNames DefaultNames = new(Catalog.CatalogOptions.Current);

    /// <summary>
    /// Gives <paramref name="id"/>, or <c>id-2</c>, <c>id-3</c>… when it is already taken; an id whose C# name the
    /// generated code already uses (<c>all</c>, <c>keywords</c>, <c>equals</c>: PAPER030) first gets
    /// <see cref="ReservedSuffix"/>.
    /// </summary>
    public static string Unique(string id, ISet<string> taken)
    {
        string stem = IsReserved(id) ? id + ReservedSuffix : id;
        string candidate = stem;
        for (int n = 2; taken.Contains(candidate) || IsReserved(candidate); n++)
        {
            candidate = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        return candidate;
    }

    /// <summary>Whether the generated code, with its default class names, has a member of the id's C# name.</summary>
    public static bool IsReserved(string id)
    {
        string member = MemberNames.FromId(id);
        foreach (GeneratedClass owner in DefaultNames.IdClasses)
        {
            if (GeneratedNames.Conflict(owner, member) != null)
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case ASCII letters and digits; anything else separates, as one hyphen.
    private static string Slug(string word)
    {
        var builder = new StringBuilder(word.Length);
        bool pendingHyphen = false;
        foreach (char c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
