using System;
using System.IO;

namespace PaperCatalog.Tool.Catalog;

/// <summary>Reads a file's text, turning every way it can fail into one clear message (exit code 2).</summary>
internal static class EntryFileReader
{
    /// <summary>The file's text; UTF-8 unless it starts with a byte-order mark of another encoding.</summary>
    /// <exception cref="UsageException">The file is missing, is a folder, or cannot be read.</exception>
    public static string ReadText(string path)
    {
        // On Linux, reading a folder fails with "access denied", which would send the user after permissions.
        if (Directory.Exists(path))
        {
            throw new UsageException("cannot read '" + path + "': it is a folder, not a file.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException("cannot read '" + path + "': the file does not exist.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read '" + path + "': " + ex.Message, ex);
        }
    }
}
