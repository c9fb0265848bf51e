using System;

namespace PaperCatalog.Core.Parsing;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
internal static class KeySuggester
{
    /// <summary>
    /// The candidate within a small edit distance of <paramref name="value"/> (at most a third of its length,
    /// and at most 3), or null when none is that close or two are equally close.
    /// </summary>
    public static string? Closest(string value, string[] candidates)
    {
        int limit = Math.Min(3, Math.Max(1, value.Length / 3));
        string lower = value.ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string candidate in candidates)
        {
            // The distance is at least the difference in length: such a candidate can be neither the answer nor a
            // tie with it, and skipping it keeps thousands of hostile references from costing seconds.
            if (Math.Abs(lower.Length - candidate.Length) > limit)
            {
                continue;
            }

            int distance = Distance(lower, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return bestDistance <= limit && !tie ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
        {
            return Math.Abs(a.Length - b.Length);
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
