using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperCatalog.Catalog.Tests.Seed;

/// <summary>One record of the seed's papers-arxiv-facts.yaml; an absent field is unknown.</summary>
internal sealed class SeedArxivFact
{
    public int N { get; set; }

    public string? Arxiv { get; set; }

    public string? PrimaryClass { get; set; }

    public string? DateV1 { get; set; }
}

internal static class SeedArxivFacts
{
    public static IReadOnlyList<SeedArxivFact> Read()
    {
        IDeserializer deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Seed, "papers-arxiv-facts.yaml"));
        return deserializer.Deserialize<List<SeedArxivFact>>(reader);
    }
}
