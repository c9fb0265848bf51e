using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PaperCatalog.Benchmarks;

/// <summary>What a program that loads the YAML at run time would keep of one entry.</summary>
public sealed class PaperDto
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public List<AuthorDto> Authors { get; set; } = new();

    public int Year { get; set; }

    public string? DatePublished { get; set; }

    public string? Abstract { get; set; }

    public string? Arxiv { get; set; }

    public string? PrimaryClass { get; set; }

    public string? Doi { get; set; }

    public string? Url { get; set; }

    public string? RepositoryCode { get; set; }

    public string? Venue { get; set; }

    public List<string> Keywords { get; set; } = new();

    public List<string> Related { get; set; } = new();

    public string? Supersedes { get; set; }

    public string? Status { get; set; }

    /// <summary>The same DTO, filled from a loaded <see cref="YamlMappingNode"/>.</summary>
    public static PaperDto FromMapping(YamlMappingNode map)
    {
        var paper = new PaperDto();
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            string key = ((YamlScalarNode)pair.Key).Value ?? string.Empty;
            switch (key)
            {
                case "id": paper.Id = Scalar(pair.Value) ?? string.Empty; break;
                case "title": paper.Title = Scalar(pair.Value) ?? string.Empty; break;
                case "year": paper.Year = int.Parse(Scalar(pair.Value) ?? "0", CultureInfo.InvariantCulture); break;
                case "date-published": paper.DatePublished = Scalar(pair.Value); break;
                case "abstract": paper.Abstract = Scalar(pair.Value); break;
                case "arxiv": paper.Arxiv = Scalar(pair.Value); break;
                case "primary-class": paper.PrimaryClass = Scalar(pair.Value); break;
                case "doi": paper.Doi = Scalar(pair.Value); break;
                case "url": paper.Url = Scalar(pair.Value); break;
                case "repository-code": paper.RepositoryCode = Scalar(pair.Value); break;
                case "venue": paper.Venue = Scalar(pair.Value); break;
                case "supersedes": paper.Supersedes = Scalar(pair.Value); break;
                case "status": paper.Status = Scalar(pair.Value); break;
                case "keywords": paper.Keywords = Strings(pair.Value); break;
                case "related": paper.Related = Strings(pair.Value); break;
                case "authors":
                    foreach (YamlNode item in (YamlSequenceNode)pair.Value)
                    {
                        paper.Authors.Add(AuthorDto.FromMapping((YamlMappingNode)item));
                    }

                    break;
            }
        }

        return paper;
    }

    internal static string? Scalar(YamlNode node) => ((YamlScalarNode)node).Value;

    private static List<string> Strings(YamlNode node)
    {
        var list = new List<string>();
        foreach (YamlNode item in (YamlSequenceNode)node)
        {
            list.Add(Scalar(item) ?? string.Empty);
        }

        return list;
    }
}

/// <summary>One author of a <see cref="PaperDto"/>.</summary>
public sealed class AuthorDto
{
    public string? FamilyNames { get; set; }

    public string? GivenNames { get; set; }

    public string? NameParticle { get; set; }

    public string? NameSuffix { get; set; }

    public string? Name { get; set; }

    public string? Orcid { get; set; }

    public string? Affiliation { get; set; }

    internal static AuthorDto FromMapping(YamlMappingNode map)
    {
        var author = new AuthorDto();
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            string? value = PaperDto.Scalar(pair.Value);
            switch (((YamlScalarNode)pair.Key).Value)
            {
                case "family-names": author.FamilyNames = value; break;
                case "given-names": author.GivenNames = value; break;
                case "name-particle": author.NameParticle = value; break;
                case "name-suffix": author.NameSuffix = value; break;
                case "name": author.Name = value; break;
                case "orcid": author.Orcid = value; break;
                case "affiliation": author.Affiliation = value; break;
            }
        }

        return author;
    }
}
