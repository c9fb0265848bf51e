using System.Collections.Generic;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// One generated class as a name could clash with it: its configured name, the members it declares besides those
/// made from ids or keywords, and the other generated classes its code names without qualification.
/// </summary>
/// <param name="Property">The MSBuild property that names the class.</param>
/// <param name="Name">The class's name.</param>
/// <param name="Members">Members the generator declares in the class whatever the catalog holds.</param>
/// <param name="ReferencedClasses">
/// Generated classes that the class's code names unqualified (in doc comments): a member of that name would be
/// found first.
/// </param>
internal sealed record GeneratedClass(string Property, string Name, IReadOnlyList<string> Members, IReadOnlyList<string> ReferencedClasses);
