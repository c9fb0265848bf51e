namespace PaperCatalog.ScaleHarness;

/// <summary>The vocabularies the synthesizer draws from. Letters only, so any word can also be part of an id.</summary>
internal static class WordLists
{
    public static readonly string[] Words =
    [
        "adaptive", "adversarial", "agent", "alignment", "analysis", "approach", "architecture", "attention", "augmentation",
        "autoregressive", "balanced", "baseline", "bayesian", "benchmark", "bias", "bidirectional", "calibration", "causal",
        "channel", "classification", "clustering", "coherent", "compact", "compositional", "compression", "computation",
        "conditional", "consistency", "constrained", "contrastive", "convergence", "convolutional", "corpus", "coupled",
        "curriculum", "data", "decoder", "deep", "dense", "dependency", "detection", "diffusion", "discrete", "distillation",
        "distributed", "domain", "dynamic", "efficient", "embedding", "empirical", "encoder", "energy", "ensemble",
        "estimation", "evaluation", "evidence", "explicit", "exploration", "factorized", "feature", "federated", "few",
        "fine", "flow", "framework", "frozen", "gated", "gaussian", "generalization", "generative", "geometric", "gradient",
        "graph", "grounded", "hierarchical", "hybrid", "implicit", "inductive", "inference", "information", "instruction",
        "interpretable", "invariant", "iterative", "joint", "kernel", "knowledge", "label", "language", "latent", "layer",
        "learning", "linear", "local", "logical", "manifold", "masked", "matching", "memory", "meta", "method", "mixture",
        "modality", "model", "modular", "momentum", "multilingual", "multimodal", "mutual", "network", "neural", "noise",
        "nonlinear", "objective", "online", "optimal", "optimization", "parameter", "pattern", "perception", "planning",
        "policy", "pretrained", "prior", "probabilistic", "prompt", "pruning", "quantization", "query", "random", "ranking",
        "reasoning", "recurrent", "regression", "regularization", "reinforcement", "representation", "residual", "retrieval",
        "reward", "robust", "sampling", "scalable", "segmentation", "selection", "semantic", "sequence", "shared", "signal",
        "sparse", "spectral", "stable", "statistical", "stochastic", "structured", "supervised", "surrogate", "symbolic",
        "synthetic", "task", "temporal", "tensor", "text", "token", "training", "transfer", "transformer", "tuning",
        "uncertainty", "unified", "universal", "unsupervised", "variational", "vector", "video", "vision", "weight",
        "zero", "benchmarks", "datasets", "experiments", "results", "baselines", "objectives", "representations",
        "models", "tasks", "agents", "features", "signals", "images", "documents", "queries", "graphs", "tokens",
    ];

    public static readonly string[] Verbs =
    [
        "propose", "introduce", "study", "analyse", "show", "demonstrate", "evaluate", "investigate", "present", "develop",
        "extend", "revisit", "formalize", "measure", "compare", "characterize", "improve", "combine", "derive", "establish",
    ];

    public static readonly string[] Connectives =
    [
        "for", "with", "via", "under", "across", "beyond", "through", "towards", "without", "from", "in", "of", "and", "on",
    ];

    public static readonly string[] GivenNames =
    [
        "Ada", "Alan", "Alice", "Amir", "Ana", "Andrea", "Anton", "Aya", "Ben", "Carla", "Chen", "Chiara", "Daniel", "Dmitri",
        "Elena", "Emeka", "Eva", "Fatima", "Felix", "Hana", "Hiroshi", "Ines", "Ivan", "Jana", "Javier", "Jia", "Jonas",
        "Julia", "Kai", "Kavya", "Lars", "Lea", "Lei", "Leila", "Lucas", "Maria", "Marta", "Mei", "Mohamed", "Nadia", "Nikos",
        "Noah", "Olga", "Omar", "Pablo", "Priya", "Rafael", "Rahul", "Rosa", "Sara", "Sofia", "Tariq", "Tom B.", "Wei",
        "Xin", "Yara", "Yuki", "Zhen", "Frederic Z.", "Paul", "Cristian", "Ehsan", "Sjoerd", "Mirella",
    ];

    public static readonly string[] FamilyNames =
    [
        "Abbasnejad", "Albert", "Alvarez", "Anand", "Bauer", "Becker", "Bianchi", "Brown", "Castro", "Chen", "Costa",
        "Dubois", "Eriksson", "Fischer", "Garcia", "Gupta", "Hansen", "Hoffmann", "Huang", "Ivanov", "Jensen", "Kim",
        "Kowalski", "Kumar", "Larsen", "Lee", "Li", "Lindqvist", "Liu", "Lopez", "Mann", "Martin", "Meyer", "Moreau",
        "Muller", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Park", "Patel", "Petrov", "Popescu", "Rossi", "Ryder",
        "Sato", "Schmidt", "Silva", "Singh", "Smith", "Sousa", "Suzuki", "Tanaka", "Tran", "Wagner", "Wang", "Weber",
        "Wu", "Xu", "Yamamoto", "Yang", "Zhang", "Zhao", "Rodriguez-Opazo", "Steenkiste", "Hengel", "Costa-jussà",
    ];

    public static readonly string[] Particles = ["van", "van den", "de", "von", "da", "di"];

    /// <summary>The keyword vocabulary: 50 keywords in id form.</summary>
    public static readonly string[] Keywords =
    [
        "large-language-models", "generalization", "multi-task-learning", "information-retrieval", "representation-learning",
        "computer-vision", "prompt-learning", "multimodal-learning", "instruction-tuning", "in-context-learning",
        "few-shot-learning", "self-supervised-learning", "fine-tuning", "benchmark", "agents", "reinforcement-learning",
        "recommender-systems", "meta-learning", "interpretability", "graph-learning", "continual-learning",
        "natural-language-processing", "speech-recognition", "machine-translation", "question-answering",
        "summarization", "code-generation", "robotics", "optimization", "federated-learning", "privacy", "fairness",
        "robustness", "adversarial-examples", "generative-models", "diffusion-models", "contrastive-learning",
        "knowledge-graphs", "causal-inference", "bayesian-methods", "uncertainty-estimation", "model-compression",
        "quantization", "pruning", "knowledge-distillation", "neural-architecture-search", "time-series",
        "anomaly-detection", "object-detection", "semantic-segmentation",
    ];

    public static readonly string[] Venues =
    [
        "NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "NAACL", "CVPR", "ICCV", "ECCV", "AAAI", "IJCAI", "KDD", "WWW", "SIGIR",
        "TMLR", "JMLR", "TACL", "COLING", "UAI", "AISTATS",
    ];

    public static readonly string[] PrimaryClasses = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "cs.IR", "stat.ML", "cs.NE", "cs.RO"];

    /// <summary>Old-style arXiv archives (lower-case words joined by hyphens, optionally a two-letter subject class).</summary>
    public static readonly string[] OldArchives =
    [
        "hep-th", "hep-ph", "astro-ph", "cond-mat", "gr-qc", "quant-ph", "math.GT", "math.AG", "cs.LG", "physics",
    ];

    public static readonly string[] DoiPrefixes = ["10.18653", "10.1109", "10.1145", "10.1609", "10.1007", "10.1016", "10.1038", "10.5555", "10.1162", "10.48550"];
}
