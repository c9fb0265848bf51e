using System.IO;

namespace PaperCatalog.Build.Tests.Infrastructure;

/// <summary>A curator's project file that uses the generator and runtime from this repository, for the curator and refresh builds.</summary>
internal static class CuratorProject
{
    /// <summary>Curator builds run one at a time: in parallel on a small machine they outlast the build timeout.</summary>
    public const string Collection = "Curator builds";

    public static void Write(TempProject project)
    {
        string build = Path.Combine(RepositoryPaths.Generator, "build");
        project.Write("Curator.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "PaperCatalog.Generator.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{RepositoryPaths.RuntimeProject}" />
                <ProjectReference Include="{RepositoryPaths.GeneratorProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{Path.Combine(RepositoryPaths.Root, "generator", "PaperCatalog.Generator.Tasks", "UseFromRepository.props")}" />
              <Import Project="{Path.Combine(build, "PaperCatalog.Generator.targets")}" />
            </Project>
            """);
    }
}
