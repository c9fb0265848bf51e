using System;
using System.IO;
using System.Text;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Writes a file whole or not at all: the text goes to a temporary file beside the target, which is then moved
/// into place, so that a crash, a full disk or a concurrent build never sees half an entry.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    /// <param name="text">The whole content.</param>
    /// <param name="overwrite">False to fail, rather than replace, when the file appeared meanwhile.</param>
    /// <param name="cancellation">Checked before the move: an interrupted write removes its temporary file.</param>
    /// <exception cref="UsageException">The path is a folder or its folder does not exist.</exception>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or writing failed.</exception>
    /// <exception cref="OperationCanceledException">Interrupted; nothing was written.</exception>
    public static void Write(string path, string text, bool overwrite, System.Threading.CancellationToken cancellation = default)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException("cannot write '" + path + "': it is a folder.");
        }

        string folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException("cannot write '" + path + "': folder '" + folder + "' does not exist.");
        }

        // Same folder, so the move is a rename on one file system; ".tmp" so no build or lint takes it for an entry.
        string temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                byte[] bytes = Utf8.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            cancellation.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure is what the user needs to see; a stray ".tmp" file is harmless.
        }
    }
}
