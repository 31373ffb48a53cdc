namespace FundMath.Tests.Architecture;

using System;
using System.IO;

/// <summary>The root of this clone (the folder holding FundMath.sln), found upwards from the test assembly.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "FundMath.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException($"No FundMath.sln above {AppContext.BaseDirectory}: run the tests from a clone.");
    }
}
