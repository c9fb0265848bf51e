using System.Text;

namespace PaperCatalog.Core.Validation;

/// <summary>Maps kebab-case ids and keywords to C# member names: <c>pareto-gnn</c> becomes <c>ParetoGnn</c>.</summary>
internal static class MemberNames
{
    public static string FromId(string id)
    {
        var builder = new StringBuilder(id.Length);
        bool upper = true;
        foreach (char c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        // Ids start with a letter, so the name is a valid identifier; '_' guards keywords' digits-first words anyway.
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
