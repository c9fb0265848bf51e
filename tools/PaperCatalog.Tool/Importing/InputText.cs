using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// Reads an import's input file as text: at most <see cref="ReaderLimits.MaxInputBytes"/> bytes, strictly UTF-8
/// (or UTF-16 with its byte-order mark). A byte sequence that is not UTF-8 is reported at its line and column of
/// the input, rather than turned into U+FFFD, which would reach the written entry and be reported there.
/// </summary>
internal static class InputText
{
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, without its byte-order mark.</summary>
    /// <exception cref="UsageException">The file is missing, is a folder, or cannot be read.</exception>
    /// <exception cref="InputFormatException">The file is too large or not valid UTF-8 (or UTF-16).</exception>
    public static string Read(string path) => Decode(path, ReadBytes(path));

    /// <summary>The text of <paramref name="bytes"/>, read from <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The bytes are too many or not valid UTF-8 (or UTF-16).</exception>
    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length > ReaderLimits.MaxInputBytes)
        {
            throw new InputFormatException(path, 1, 1, "the file has more than " + ReaderLimits.MaxInputBytes + " bytes, the most an input may have (ReaderLimits.MaxInputBytes).");
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            try
            {
                return (bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                throw new InputFormatException(path, 1, 1, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16.");
            }
        }

        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int bad = FirstInvalidUtf8(bytes, start);
        if (bad >= 0)
        {
            (int line, int column) = Position(bytes, start, bad);
            throw new InputFormatException(path, line, column, "the byte 0x" + bytes[bad].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + " is not valid UTF-8; save the file as UTF-8.");
        }

        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private static byte[] ReadBytes(string path)
    {
        // On Linux, reading a folder fails with "access denied", which would send the user after permissions.
        if (Directory.Exists(path))
        {
            throw new UsageException("cannot read '" + path + "': it is a folder, not a file.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);

            // Read one byte past the limit, so that an oversized file (or an endless device) is never read whole.
            var buffer = new MemoryStream();
            byte[] chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while (buffer.Length <= ReaderLimits.MaxInputBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.ToArray();
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

    private static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        ReadOnlySpan<byte> span = bytes.AsSpan(start);
        int valid = System.Text.Unicode.Utf8.IsValid(span) ? span.Length : ValidPrefix(span);
        return valid == span.Length ? -1 : start + valid;
    }

    private static int ValidPrefix(ReadOnlySpan<byte> span)
    {
        int i = 0;
        while (i < span.Length && System.Text.Rune.DecodeFromUtf8(span.Slice(i), out _, out int consumed) == OperationStatus.Done)
        {
            i += consumed;
        }

        return i;
    }

    // 1-based line and column (in characters) of a byte offset; the bytes before it are valid UTF-8.
    private static (int Line, int Column) Position(byte[] bytes, int start, int offset)
    {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }
}
