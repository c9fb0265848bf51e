using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperCatalog.Catalog.Tests.Seed;

/// <summary>One record of the seed's papers-metadata.yaml; an absent field is unknown.</summary>
internal sealed class SeedPaper
{
    public int N { get; set; }

    public string Title { get; set; } = "";

    public string? Arxiv { get; set; }

    public string? ArxivTitle { get; set; }

    public List<string> Authors { get; set; } = [];

    public int Year { get; set; }

    public string? Venue { get; set; }

    public string? Doi { get; set; }

    public string? Code { get; set; }
}

internal static class SeedMetadata
{
    public static IReadOnlyList<SeedPaper> Read()
    {
        IDeserializer deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Seed, "papers-metadata.yaml"));
        return deserializer.Deserialize<List<SeedPaper>>(reader);
    }
}
