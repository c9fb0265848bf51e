using System.Collections.Generic;
using PaperCatalog.Tool.Entries;
using Xunit;

namespace PaperCatalog.Tool.Tests.Entries;

public class IdSuggesterTests
{
    [Theory]
    [InlineData("Language Models are Few-Shot Learners", "language-models-are-few-shot-learners")]
    [InlineData("Only-IF:Revealing the Decisive Effect of Instruction Diversity", "only-if-revealing-the-decisive-effect-of")]
    [InlineData("Über formal unentscheidbare Sätze", "uber-formal-unentscheidbare-satze")]
    [InlineData("3D Gaussian Splatting", "paper-3d-gaussian-splatting")]
    [InlineData("数学", "paper")]
    [InlineData("Supercalifragilisticexpialidocious Hippopotomonstrosesquippedaliophobia Antidisestablishmentarianism", "supercalifragilisticexpialidocious")]
    public void Suggests_kebab_case_of_the_first_words(string title, string id)
        => Assert.Equal(id, IdSuggester.FromTitle(title));

    [Fact]
    public void Makes_taken_ids_unique_with_a_number()
    {
        var taken = new HashSet<string>();

        Assert.Equal("gpt", IdSuggester.Unique("gpt", taken));
        Assert.Equal("gpt-2", IdSuggester.Unique("gpt", taken));
        Assert.Equal("gpt-3", IdSuggester.Unique("gpt", taken));
    }
}
