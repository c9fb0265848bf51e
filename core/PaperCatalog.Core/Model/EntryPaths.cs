namespace PaperCatalog.Core.Model;

/// <summary>How an entry file's path is shown in a message about another file: relative to the project when inside it.</summary>
internal static class EntryPaths
{
    /// <summary>
    /// The path relative to <paramref name="projectDirectory"/>, with forward slashes, when the file is inside it;
    /// otherwise the path as given.
    /// </summary>
    public static string Display(string path, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return path;
        }

        string folder = projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
        string file = path.Replace('\\', '/');
        // Windows paths differ in case only by accident; elsewhere case is part of the name.
        System.StringComparison comparison = System.IO.Path.DirectorySeparatorChar == '\\'
            ? System.StringComparison.OrdinalIgnoreCase
            : System.StringComparison.Ordinal;
        return file.Length > folder.Length && file.StartsWith(folder, comparison) ? file.Substring(folder.Length) : path;
    }
}
