namespace FundMath.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Runs_without_arguments() => Assert.Equal(0, FundMath.Cli.Program.Main([]));
}
