using PaperCatalog;
using Lab.Catalog;

[assembly: Cites(PaperIds.TaskHinting, Note = "length generalization throughout")]

namespace CitingLibrary
{
    /// <summary>A model that follows two papers.</summary>
    [Cites(PaperIds.LearnFromExplanations, Note = "explanations as training data")]
    [Cites(LabPaperIds.LabTokenizer)]
    public class Trainer<[Cites(LabPaperIds.LabTokenizer, Note = "the token type")] TToken>
    {
        [Cites(PaperIds.TaskHinting)]
        public const int HintLength = 8;

        [Cites(LabPaperIds.LabTokenizer)]
        public int Vocabulary { get; set; }

        [return: Cites(PaperIds.LearnFromExplanations, Note = "the explanation format")]
        public string Explain([Cites(PaperIds.TaskHinting, Note = "the hint")] string hint, int steps) => hint;

        [Cites(PaperIds.TaskHinting)]
        public event System.Action? Hinted { add { } remove { } }

        public class Nested
        {
            [Cites(LabPaperIds.LabTokenizer)]
            public Nested() { }
        }
    }
}
