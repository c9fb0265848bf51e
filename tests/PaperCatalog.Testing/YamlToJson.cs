using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperCatalog.Testing;

/// <summary>
/// Turns a YAML document into JSON the way a YAML 1.2 reader types it, so a schema check sees what a CFF tool sees:
/// quoted scalars are strings, and plain scalars are null, booleans (YAML 1.1's as well), integers or floats when
/// they look like one.
/// </summary>
public static class YamlToJson
{
    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The single document of <paramref name="yaml"/> as a JSON node.</summary>
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1)
        {
            throw new InvalidOperationException("Expected one YAML document, found " + stream.Documents.Count + ".");
        }

        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Node).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException("Unexpected YAML node " + node.NodeType + "."),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            // JsonObject.Add throws on a duplicate key, which a YAML reader would also reject.
            result.Add(((YamlScalarNode)key).Value!, Node(value));
        }

        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            // yes/no/on/off are booleans to YAML 1.1 readers such as PyYAML, so they count as booleans here too.
            "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" => JsonValue.Create(true),
            "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" => JsonValue.Create(false),
            _ when Integer.IsMatch(value) => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
            _ when Float.IsMatch(value) => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(value),
        };
    }
}
