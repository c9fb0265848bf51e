using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline model and fails on any Roslyn object inside it: symbols, syntax, locations, diagnostics or
/// compilations would keep compilations alive and defeat caching.
/// </summary>
internal static class ModelInspector
{
    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic), typeof(Compilation), typeof(AdditionalText)];

    public static void AssertNoRoslynObjects(object root) => Walk(root, "model", new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value == null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        foreach (Type forbidden in Forbidden)
        {
            if (forbidden.IsInstanceOfType(value))
            {
                throw new XunitException($"{path} holds a {value.GetType().Name}");
            }
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", seen);
            }

            return;
        }

        // Fields, not properties: computed properties may build new objects forever.
        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
