namespace FundMath.Tests.Serialization;

using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Contributions;
using FundMath.Serialization;
using Xunit;

/// <summary>
/// A <see cref="PayrollContributions"/> document is one batch seen twice (its premium bases and its contributions),
/// so reading refuses halves that describe different batches instead of accepting a total nobody computed.
/// </summary>
public class PayrollContributionsJsonTests
{
    // 10 persons at an 8,000元 base: employer 8% = 6,400元 (maternity 0.7% = 560元 of it), individual 2% = 1,600元.
    private static readonly PayrollContributions Batch = new(
        new PremiumBaseSummary(10, Money.FromYuan(80_000m), 2, 1),
        new ContributionTotals(10, Money.FromYuan(80_000m), Money.FromYuan(6_400m), Money.FromYuan(560m), Money.FromYuan(1_600m)));

    private static JsonObject Written() => JsonNode.Parse(JsonSerializer.Serialize(Batch, FundMathJson.TypeInfo<PayrollContributions>()))!.AsObject();

    private static PayrollContributions Read(JsonObject json) => JsonSerializer.Deserialize(json.ToJsonString(), FundMathJson.TypeInfo<PayrollContributions>());

    [Fact]
    public void A_consistent_batch_reads_back_with_its_total()
    {
        PayrollContributions back = Read(Written());

        Assert.Equal(Batch, back);
        Assert.Equal(Money.FromYuan(8_000m), back.Total);
    }

    [Fact]
    public void Halves_with_different_persons_are_refused()
    {
        JsonObject json = Written();
        json["contributions"]!["persons"] = 9;

        var e = Assert.Throws<JsonException>(() => Read(json));

        Assert.Equal("PayrollContributions: bases.persons 10 differs from contributions.persons 9; both halves describe the same batch of persons.", e.Message);
    }

    [Fact]
    public void Halves_with_different_base_totals_are_refused()
    {
        JsonObject json = Written();
        json["contributions"]!["baseTotal"] = "79999.99";

        var e = Assert.Throws<JsonException>(() => Read(json));

        Assert.Equal("PayrollContributions: bases.wageTotal 80,000.00元 differs from contributions.baseTotal 79,999.99元; both are the sum of the same clamped bases.", e.Message);
    }
}
