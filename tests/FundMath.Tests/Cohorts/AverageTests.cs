namespace FundMath.Tests.Cohorts;

using System;
using FundMath;
using FundMath.Cohorts;
using FundMath.Ratios;

public class AverageTests
{
    [Fact]
    public void Of_divides_and_rounds_once()
    {
        // 38,189万元 over 1,614,507 visits = 236.5366… → 236.54元 (四舍五入), the report's 普通门急诊人均支出.
        Average a = Average.Of(Money.FromYuan(381_890_000m), 1_614_507, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.FromYuan(236.54m), a.Value);
        Assert.Equal(RatioOutcome.Meaningful, a.Outcome);
        Assert.Equal(1_614_507, a.Units);
        Assert.Equal(Money.FromYuan(236.53m), Average.Of(Money.FromYuan(381_890_000m), 1_614_507, MidpointRounding.ToZero).Value);
    }

    [Fact]
    public void No_units_is_not_meaningful_and_negative_units_are_refused()
    {
        Average none = Average.Of(Money.FromYuan(5), 0, MidpointRounding.AwayFromZero);
        Assert.False(none.IsMeaningful);
        Assert.Equal(Money.Zero, none.Value);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Average.Of(Money.FromYuan(5), -1, MidpointRounding.AwayFromZero));
        Assert.Equal("units", e.ParamName);
    }
}
