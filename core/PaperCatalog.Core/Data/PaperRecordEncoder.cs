using System.Collections.Generic;
using System.IO;
using System.Text;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Data;

/// <summary>Encodes one paper as a record of <see cref="PaperCatalog.Data.CatalogDataFormat"/>.</summary>
internal static class PaperRecordEncoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Appends the record of <paramref name="entry"/> to <paramref name="output"/>.</summary>
    public static void Write(PaperEntry entry, Stream output)
    {
        List<string> fields = PaperRecordWriter.Fields(entry);
        byte[] buffer = new byte[256];
        foreach (string field in fields)
        {
            int length = Utf8.GetByteCount(field);
            WriteLength(output, (uint)length);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            Utf8.GetBytes(field, 0, field.Length, buffer, 0);
            output.Write(buffer, 0, length);
        }
    }

    /// <summary>The record of <paramref name="entry"/> as bytes.</summary>
    public static byte[] Encode(PaperEntry entry)
    {
        using var stream = new MemoryStream();
        Write(entry, stream);
        return stream.ToArray();
    }

    private static void WriteLength(Stream output, uint value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
