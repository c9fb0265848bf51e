using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Generator;

/// <summary>
/// Holds back the generated sources when the catalog says no code may be emitted (an invalid configured name): its
/// diagnostics are reported, but code under such a name would not compile. Values pass through unchanged, so the
/// outputs behind the gate stay cached as before.
/// </summary>
internal static class EmitGate
{
    /// <summary>The value, or nothing when <paramref name="emits"/> is false.</summary>
    public static IncrementalValuesProvider<T> WhenEmitting<T>(this IncrementalValueProvider<T> source, IncrementalValueProvider<bool> emits)
        => source
            .Combine(emits)
            .SelectMany(static (pair, _) => pair.Right ? ImmutableArray.Create(pair.Left) : ImmutableArray<T>.Empty);

    /// <summary>The values, or none when <paramref name="emits"/> is false.</summary>
    public static IncrementalValuesProvider<T> WhenEmitting<T>(this IncrementalValuesProvider<T> source, IncrementalValueProvider<bool> emits)
        => source
            .Combine(emits)
            .Where(static pair => pair.Right)
            .Select(static (pair, _) => pair.Left);
}
