using System.IO;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// A curator's project as a user makes one: a net10.0 console app referencing the PaperCatalog.Generator package,
/// its entries in papers/, and a Program.cs that asks the catalog a few questions.
/// </summary>
internal sealed class CuratorProject
{
    public const string Name = "Curator";

    private CuratorProject(string folder, CatalogFacts facts)
    {
        Folder = folder;
        Facts = facts;
    }

    public string Folder { get; }

    public CatalogFacts Facts { get; }

    public string PapersFolder => Path.Combine(Folder, "papers");

    /// <summary>The program, relative to <see cref="Folder"/>, as <c>dotnet build -c Release</c> leaves it.</summary>
    public static string ProgramPath => Path.Combine("bin", "Release", "net10.0", Name + ".dll");

    /// <summary>Makes the project afresh in <paramref name="folder"/> (anything there before is deleted).</summary>
    public static CuratorProject Create(string folder, int entries, int seed, string packageVersion)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        CatalogFacts facts = CatalogWriter.Write(Path.Combine(folder, "papers"), entries, seed);

        // Warnings stay warnings: the benchmark measures the build, not the curator's code style.
        File.WriteAllText(Path.Combine(folder, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <!-- 100,000 synthetic entries hold about 240 million characters, past the default catalog budget. -->
                <PaperCatalogMaxCatalogCharacters>1000000000</PaperCatalogMaxCatalogCharacters>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="PaperCatalog.Generator" Version="{packageVersion}" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), CuratorProgram.Source(facts));
        return new CuratorProject(folder, facts);
    }

    /// <summary>Removes the build's output but not the restore's (obj/ keeps project.assets.json), for another clean build.</summary>
    public void RemoveBuildOutput()
    {
        foreach (string folder in new[] { Path.Combine(Folder, "bin"), Path.Combine(Folder, "obj", "Release") })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
