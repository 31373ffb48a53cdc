namespace FundMath.Tests.Support;

public sealed class AllocationsTests
{
    [Fact]
    public void An_allocating_action_fails_in_every_window_with_all_three_measurements()
    {
        object? sink = null;
        var e = Assert.Throws<Xunit.Sdk.XunitException>(() => Allocations.AssertZero(() => sink = new byte[8], "new byte[8]", 100));

        // A byte[8] is 32 bytes on 64-bit .NET (16-byte header + 8-byte length + 8 bytes of data): 3,200 per window.
        Assert.Equal("new byte[8] allocated 3200, 3200 and 3200 bytes in three windows of 100 iterations; expected 0.", e.Message);
        Assert.NotNull(sink);
    }

    [Fact]
    public void A_non_allocating_action_passes()
    {
        long total = 0;
        Allocations.AssertZero(() => total += 1, "increment", 100);

        // Two warm-up calls and one window of 100.
        Assert.Equal(102, total);
    }
}
