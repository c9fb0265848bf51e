using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperCatalog.Build.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Build.Tests;

/// <summary>The README's code is the samples' code, which the end-to-end tests build and run.</summary>
public class ReadmeTests
{
    [Fact]
    public void Readme_code_examples_are_the_samples_that_these_tests_compile()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string samples = string.Join("\n", Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        MatchCollection blocks = Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.NotEmpty(blocks);
        foreach (Match block in blocks)
        {
            foreach (string line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Assert.True(samples.Contains(line, StringComparison.Ordinal), $"README line not in any compiled sample: {line}");
            }
        }
    }
}
