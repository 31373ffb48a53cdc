using System;
using FsCheck;
using FundMath.Testing;

namespace FundMath.Tests.Support;

/// <summary>
/// One default arbitrary per FundMath value type, registered for every <see cref="FundMathPropertyAttribute"/>
/// property: a parameter of type <see cref="Money"/> is drawn from <see cref="ValueArbitraries.Money()"/>, and
/// so on. Properties that need a narrower range take it explicitly with <c>Prop.ForAll</c>.
/// </summary>
public static class FundMathArbitraries
{
    public static Arbitrary<Money> Money() => ValueArbitraries.Money();

    public static Arbitrary<Rate> Rate() => ValueArbitraries.Rate();

    public static Arbitrary<PercentagePoints> PercentagePoints() => ValueArbitraries.PercentagePoints();

    public static Arbitrary<Fraction> Fraction() => ValueArbitraries.Fraction();

    public static Arbitrary<Headcount> Headcount() => ValueArbitraries.Headcount();

    public static Arbitrary<ReportingPeriod> ReportingPeriod() => ValueArbitraries.ReportingPeriod();

    public static Arbitrary<PolicyWindow> PolicyWindow() => ValueArbitraries.PolicyWindow();

    public static Arbitrary<MidpointRounding> MidpointRounding() => ValueArbitraries.MidpointRounding();
}
