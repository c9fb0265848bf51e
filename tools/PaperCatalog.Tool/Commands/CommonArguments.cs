using System.CommandLine;
using System.Globalization;

namespace PaperCatalog.Tool.Commands;

/// <summary>Arguments and options several commands share, so that they read and are described alike.</summary>
internal static class CommonArguments
{
    /// <summary>The folder of entry files that lint, list, show and export read.</summary>
    public static Argument<string> Folder() => new("folder")
    {
        Description = "Folder of entry files; every *.yaml and *.yml below it is read, as the build does.",
    };

    /// <summary><c>--keyword</c> filter for list and export.</summary>
    public static Option<string?> KeywordFilter() => new("--keyword")
    {
        Description = "Only papers with this keyword.",
    };

    /// <summary><c>--author</c> filter for list and export.</summary>
    public static Option<string?> AuthorFilter() => new("--author")
    {
        Description = "Only papers by this author, written 'Given Family' or 'Family, Given' (case and accents ignored).",
    };

    /// <summary><c>--year</c> filter for list and export.</summary>
    public static Option<int?> YearFilter() => Year("Only papers of this year.");

    /// <summary>A <c>--year</c> option whose parse error names the option and an example, not a CLR type.</summary>
    public static Option<int?> Year(string description) => new("--year")
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                return year;
            }

            result.AddError("--year must be a whole number such as 2023, not '" + text + "'.");
            return null;
        },
    };

    /// <summary><c>--force</c> for commands that write entries.</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace an existing entry file instead of refusing to.",
    };

    /// <summary><c>--lock-timeout</c> for commands that write entries.</summary>
    public static Option<int> LockTimeout() => new("--lock-timeout")
    {
        Description = "Seconds to wait while another paper-catalog writes into the same folder (default "
            + Entries.FolderLock.DefaultTimeoutSeconds + "); then exit code 20.",
        DefaultValueFactory = _ => Entries.FolderLock.DefaultTimeoutSeconds,
    };
}
