using System;

namespace PaperCatalog.Identifiers;

/// <summary>
/// arXiv's identifier rules, shared by the build-time validator and the run-time lookups so the two always agree.
/// New style (from April 2007): <c>YYMM.NNNN</c> up to 1412, <c>YYMM.NNNNN</c> from 1501. Old style (1991 to
/// March 2007): <c>archive[.SC]/YYMMNNN</c>. Either may end in a version <c>vN</c>.
/// </summary>
/// <remarks>Written for netstandard2.0 as well, since the generator compiles this file too.</remarks>
internal static class ArxivIdGrammar
{
    /// <summary>
    /// Checks a bare identifier (no <c>arXiv:</c> prefix). Returns null when it is valid, otherwise why not.
    /// </summary>
    public static string? Validate(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }

        string id = StripVersion(value, out string? versionError);
        if (versionError != null)
        {
            return versionError;
        }

        int slash = id.IndexOf('/');
        return slash >= 0 ? ValidateOldStyle(id, slash) : ValidateNewStyle(id);
    }

    /// <summary>
    /// Reads an identifier as people write it: surrounding spaces, an <c>arXiv:</c> prefix, an
    /// <c>https://arxiv.org/abs/</c> link and a version are all accepted. On success, <paramref name="canonical"/>
    /// is the identifier without prefix or version, which is how the catalog keys its papers.
    /// </summary>
    public static bool TryNormalize(string? input, out string canonical)
    {
        canonical = string.Empty;
        if (input == null)
        {
            return false;
        }

        string value = input.Trim();
        value = StripPrefix(value, "https://arxiv.org/abs/");
        value = StripPrefix(value, "http://arxiv.org/abs/");
        value = StripPrefix(value, "arxiv.org/abs/");
        value = StripPrefix(value, "arXiv:");
        if (Validate(value) != null)
        {
            return false;
        }

        canonical = StripVersion(value, out _);
        return true;
    }

    /// <summary>
    /// The identity arXiv gives a paper, for comparing and looking up: <see cref="TryNormalize"/>'s form, and for an
    /// old-style identifier without its subject class. arXiv's identifier rules say the subject class (the
    /// <c>.GT</c> of <c>math.GT/0309136</c>) is not part of the identifier, so <c>math.GT/0309136</c>,
    /// <c>math/0309136</c> and <c>arXiv:math/0309136v2</c> are one paper, keyed <c>math/0309136</c>.
    /// </summary>
    public static bool TryGetIdentity(string? input, out string identity)
    {
        if (!TryNormalize(input, out identity))
        {
            return false;
        }

        int slash = identity.IndexOf('/');
        int dot = slash > 0 ? identity.LastIndexOf('.', slash - 1) : -1;
        if (dot > 0)
        {
            identity = identity.Substring(0, dot) + identity.Substring(slash);
        }

        return true;
    }

    /// <summary>True for an old-style identifier such as <c>hep-th/9901001</c>.</summary>
    public static bool IsOldStyle(string canonical) => canonical.IndexOf('/') >= 0;

    private static string StripPrefix(string value, string prefix)
        => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value.Substring(prefix.Length) : value;

    private static string StripVersion(string value, out string? error)
    {
        error = null;
        int v = value.LastIndexOf('v');
        // A version follows the number's last digit; any other 'v' (as in "arXiv:") is not one.
        if (v <= 0 || v < value.LastIndexOf('/') || value[v - 1] < '0' || value[v - 1] > '9')
        {
            return value;
        }

        string digits = value.Substring(v + 1);
        if (digits.Length == 0 || !AllDigits(digits, 0, digits.Length) || digits[0] == '0')
        {
            error = "a version must be 'v' followed by a number from 1";
            return value;
        }

        return value.Substring(0, v);
    }

    private static string? ValidateNewStyle(string id)
    {
        int dot = id.IndexOf('.');
        if (dot != 4 || !AllDigits(id, 0, 4))
        {
            return "expected YYMM.NNNNN (new style) or archive/YYMMNNN (old style)";
        }

        int yy = Number(id, 0, 2);
        int mm = Number(id, 2, 2);
        if (mm < 1 || mm > 12)
        {
            return "month " + id.Substring(2, 2) + " is not 01 to 12";
        }

        int yymm = (yy * 100) + mm;
        if (yymm < 704)
        {
            return "new-style identifiers start in April 2007 (0704); earlier papers use archive/YYMMNNN";
        }

        int digits = id.Length - dot - 1;
        int expected = yymm <= 1412 ? 4 : 5;
        if (digits != expected || !AllDigits(id, dot + 1, digits))
        {
            return "a " + id.Substring(0, 4) + " identifier has " + expected + " digits after the dot";
        }

        return null;
    }

    private static string? ValidateOldStyle(string id, int slash)
    {
        string archive = id.Substring(0, slash);
        if (!IsArchive(archive))
        {
            // Only the start of a long archive is quoted: the whole value is quoted (shortened) beside this reason.
            return "'" + (archive.Length > 20 ? archive.Substring(0, 20) + "\u2026" : archive) + "' is not an archive name such as 'hep-th' or 'math.GT'";
        }

        string number = id.Substring(slash + 1);
        if (number.Length != 7 || !AllDigits(number, 0, 7))
        {
            return "an old-style identifier is archive/YYMMNNN with seven digits";
        }

        int yy = Number(number, 0, 2);
        int mm = Number(number, 2, 2);
        if (mm < 1 || mm > 12)
        {
            return "month " + number.Substring(2, 2) + " is not 01 to 12";
        }

        int year = yy >= 91 ? 1900 + yy : 2000 + yy;
        int yearMonth = (year * 100) + mm;
        if (yearMonth < 199108 || yearMonth > 200703)
        {
            return "old-style identifiers run from 9108 to 0703";
        }

        return null;
    }

    // archive: lower-case words joined by hyphens, optionally '.' and a two-letter upper-case (A-Z) subject class.
    private static bool IsArchive(string archive)
    {
        int dot = archive.IndexOf('.');
        string name = dot >= 0 ? archive.Substring(0, dot) : archive;
        if (dot >= 0)
        {
            string subject = archive.Substring(dot + 1);
            // ASCII only: char.IsUpper would also take letters such as 'Ä', which no arXiv subject class has.
            if (subject.Length != 2 || !IsAsciiUpper(subject[0]) || !IsAsciiUpper(subject[1]))
            {
                return false;
            }
        }

        if (name.Length == 0 || name[0] == '-' || name[name.Length - 1] == '-')
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!((c >= 'a' && c <= 'z') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool AllDigits(string value, int start, int length)
    {
        if (length <= 0)
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string value, int start, int length)
    {
        int result = 0;
        for (int i = start; i < start + length; i++)
        {
            result = (result * 10) + (value[i] - '0');
        }

        return result;
    }
}
