using System;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Fails a test that runs far past any reasonable time instead of letting it hang the run. Only a guard against
/// hangs: the limit is minutes, and no test asserts how fast anything is.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    public static T Run<T>(Func<T> work, string what)
    {
        Task<T> task = Task.Run(work);
        if (Task.WaitAny(new Task[] { task }, Generous) < 0)
        {
            throw new XunitException($"{what} did not finish within {Generous.TotalMinutes} minutes: the generator hangs.");
        }

        return task.GetAwaiter().GetResult();
    }
}
