using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Breaks real entry files the ways files get broken: flipped bits and bytes, truncation, splices of two files,
/// deleted, duplicated and swapped lines, changed indentation and stray YAML tokens. Works on bytes, so that
/// invalid UTF-8 comes out too; the same seed always gives the same mutations.
/// </summary>
internal sealed class EntryMutator
{
    private static readonly byte[] InterestingBytes =
        [0x00, 0xFF, 0xFE, 0xC3, 0xE2, 0x80, 0x85, (byte)'\t', (byte)'\r', (byte)'\n', (byte)'"', (byte)'\'', (byte)':', (byte)'-',
         (byte)'[', (byte)']', (byte)'{', (byte)'}', (byte)'&', (byte)'*', (byte)'!', (byte)'|', (byte)'>', (byte)'#', (byte)'%',
         (byte)'@', (byte)'`', (byte)'\\', (byte)' ', (byte)'?', (byte)','];

    private static readonly string[] Tokens =
        ["&a ", "*a", "!!str ", "!t ", "- ", ": ", "---\n", "...\n", "[", "]", "{", "}", "\"", "'", "|\n", ">-\n", "? ", "\t",
         "\uFEFF", "\\u", "\\uD800", "\\x", "%YAML 1.2\n", "<<: *a\n", "#", "\u2028", "\u0085", "\0", "\r", "  ", "\n  - ",
         "id: ", "year: 99999999999999999999\n", "date-published: 2021-02-30\n", "keywords: [a, a]\n", "related: [", "supersedes: "];

    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly Random _random;

    public EntryMutator(IReadOnlyList<byte[]> seeds, int seed)
    {
        _seeds = seeds;
        _random = new Random(seed);
    }

    /// <summary>A mutation of seed file <paramref name="seedIndex"/>: one to three operations in a row.</summary>
    public byte[] Mutate(int seedIndex)
    {
        List<byte> bytes = [.. _seeds[seedIndex]];
        int operations = _random.Next(1, 4);
        for (int i = 0; i < operations; i++)
        {
            bytes = _random.Next(11) switch
            {
                0 => FlipBits(bytes),
                1 => SetBytes(bytes),
                2 => Truncate(bytes),
                3 => Splice(bytes),
                4 => EditLines(bytes, DeleteLines),
                5 => EditLines(bytes, DuplicateLines),
                6 => EditLines(bytes, SwapLines),
                7 => EditLines(bytes, Reindent),
                _ => InsertToken(bytes),
            };
        }

        return bytes.ToArray();
    }

    private List<byte> FlipBits(List<byte> bytes)
    {
        for (int n = _random.Next(1, 9); n > 0 && bytes.Count > 0; n--)
        {
            int at = _random.Next(bytes.Count);
            bytes[at] ^= (byte)(1 << _random.Next(8));
        }

        return bytes;
    }

    private List<byte> SetBytes(List<byte> bytes)
    {
        for (int n = _random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
        {
            bytes[_random.Next(bytes.Count)] = InterestingBytes[_random.Next(InterestingBytes.Length)];
        }

        return bytes;
    }

    private List<byte> Truncate(List<byte> bytes) => bytes.GetRange(0, _random.Next(bytes.Count + 1));

    private List<byte> Splice(List<byte> bytes)
    {
        byte[] other = _seeds[_random.Next(_seeds.Count)];
        int cut = _random.Next(bytes.Count + 1);
        int otherCut = _random.Next(other.Length + 1);
        return [.. bytes.Take(cut), .. other.Skip(otherCut)];
    }

    private List<byte> InsertToken(List<byte> bytes)
    {
        byte[] token = Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]);
        bytes.InsertRange(_random.Next(bytes.Count + 1), token);
        return bytes;
    }

    private List<byte> EditLines(List<byte> bytes, Action<List<List<byte>>> edit)
    {
        var lines = new List<List<byte>> { new() };
        foreach (byte b in bytes)
        {
            lines[^1].Add(b);
            if (b == (byte)'\n')
            {
                lines.Add([]);
            }
        }

        edit(lines);
        return lines.SelectMany(line => line).ToList();
    }

    private void DeleteLines(List<List<byte>> lines)
    {
        int at = _random.Next(lines.Count);
        lines.RemoveRange(at, Math.Min(_random.Next(1, 4), lines.Count - at));
    }

    private void DuplicateLines(List<List<byte>> lines)
    {
        int at = _random.Next(lines.Count);
        List<List<byte>> copy = lines.GetRange(at, Math.Min(_random.Next(1, 4), lines.Count - at)).Select(l => l.ToList()).ToList();
        lines.InsertRange(_random.Next(lines.Count + 1), copy);
    }

    private void SwapLines(List<List<byte>> lines)
    {
        int a = _random.Next(lines.Count);
        int b = _random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
    }

    private void Reindent(List<List<byte>> lines)
    {
        List<byte> line = lines[_random.Next(lines.Count)];
        if (_random.Next(2) == 0 || line.Count == 0 || line[0] != (byte)' ')
        {
            line.InsertRange(0, Enumerable.Repeat((byte)' ', _random.Next(1, 4)));
        }
        else
        {
            line.RemoveAt(0);
        }
    }
}
