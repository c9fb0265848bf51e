using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// The first access to the 57-paper catalog in a fresh process, against loading the same 57 YAML files with
/// YamlDotNet at run time in a fresh process. Every measurement is one invocation in a new process
/// (<see cref="ColdStartConfig"/>), so assembly loading, static initialisation and JIT are all included.
/// </summary>
/// <remarks>
/// Nothing here may touch <see cref="Papers"/> or YamlDotNet before the measured call: no fields, no setup.
/// </remarks>
[Config(typeof(ColdStartConfig))]
public class FirstAccessBenchmarks
{
    /// <summary>The paper every contender ends by looking up.</summary>
    private const string Wanted = "gpt-3";

    /// <summary>First <c>Papers.FindById</c>: the generated catalog's static initialisation, its index, and the lookup.</summary>
    [Benchmark(Baseline = true)]
    public string? GeneratedCatalog_FirstFindById() => Papers.FindById(Wanted)?.Title;

    /// <summary>Read the 57 files, load each with <see cref="YamlStream"/>, copy the values into DTOs, index by id.</summary>
    [Benchmark]
    public string? YamlStream_LoadAndIndex()
    {
        var byId = new Dictionary<string, PaperDto>(StringComparer.Ordinal);
        foreach (string file in YamlFiles.All())
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            PaperDto paper = PaperDto.FromMapping(root);
            byId.Add(paper.Id, paper);
        }

        return byId.TryGetValue(Wanted, out PaperDto? found) ? found.Title : null;
    }

    /// <summary>Read the 57 files, deserialize each into a DTO with YamlDotNet's <see cref="IDeserializer"/>, index by id.</summary>
    [Benchmark]
    public string? Deserializer_LoadAndIndex()
    {
        IDeserializer deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var byId = new Dictionary<string, PaperDto>(StringComparer.Ordinal);
        foreach (string file in YamlFiles.All())
        {
            PaperDto paper = deserializer.Deserialize<PaperDto>(File.ReadAllText(file));
            byId.Add(paper.Id, paper);
        }

        return byId.TryGetValue(Wanted, out PaperDto? found) ? found.Title : null;
    }
}
