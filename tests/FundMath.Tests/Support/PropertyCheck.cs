using System;
using System.Text;
using FsCheck;
using Xunit.Abstractions;

namespace FundMath.Tests.Support;

/// <summary>
/// Runs FsCheck properties from xunit facts (FsCheck.Xunit is not available): an <see cref="IRunner"/> that
/// writes to the test output and throws on failure with the shrunk counterexample.
/// </summary>
public static class PropertyCheck
{
    /// <summary>Number of cases per property: FUNDMATH_PROPERTY_CASES overrides (CI uses at least 1,000).</summary>
    public static int DefaultMaxTest =>
        int.TryParse(Environment.GetEnvironmentVariable("FUNDMATH_PROPERTY_CASES"), out int n) && n > 0 ? n : 1000;

    public static void Check(Property property, ITestOutputHelper? output = null, int? maxTest = null)
    {
        var runner = new XunitRunner(output);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest ?? DefaultMaxTest)
            .WithRunner(runner)
            .WithQuietOnSuccess(false);
        FsCheck.Check.One(config, property);
    }

    private sealed class XunitRunner(ITestOutputHelper? output) : IRunner
    {
        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<int, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult)
        {
            string message = Runner.onFinishedToString(name, testResult);
            output?.WriteLine(message);
            if (testResult is not TestResult.Passed)
            {
                throw new Xunit.Sdk.XunitException(message);
            }
        }
    }
}
