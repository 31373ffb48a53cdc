using System;
using System.Globalization;

namespace FundMath.Pooling;

/// <summary>
/// An amount a county owed and how it paid it — 县级资金来源: first from its usable accumulated balance (累计结余,
/// excluding pre-pooling personal-account balances), the rest as a special appropriation of the county treasury
/// (当地财政安排专项资金补足 / 财政专项补助). <c>Due = FromBalance + SpecialAppropriation</c> always.
/// </summary>
/// <remarks><c>default(CountyFunding)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct CountyFunding : IEquatable<CountyFunding>
{
    private CountyFunding(Money due, Money fromBalance)
    {
        Due = due;
        FromBalance = fromBalance;
    }

    /// <summary>Nothing due.</summary>
    public static CountyFunding None => default;

    /// <summary>The amount owed.</summary>
    public Money Due { get; }

    /// <summary>The part paid from the county's usable accumulated balance.</summary>
    public Money FromBalance { get; }

    /// <summary>The part paid by a special appropriation of the county treasury: Due − FromBalance.</summary>
    public Money SpecialAppropriation => Due - FromBalance;

    /// <summary>NothingDue, Balance, BalanceAndAppropriation or Appropriation.</summary>
    public FundingSource Source => Due.IsZero
        ? FundingSource.NothingDue
        : SpecialAppropriation.IsZero ? FundingSource.Balance
        : FromBalance.IsZero ? FundingSource.Appropriation : FundingSource.BalanceAndAppropriation;

    /// <summary>"1,000.00元 = 600.00元 balance + 400.00元 special appropriation".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Due:N2}元 = {FromBalance:N2}元 from balance + {SpecialAppropriation:N2}元 special appropriation");

    /// <inheritdoc />
    public bool Equals(CountyFunding other) => Due == other.Due && FromBalance == other.FromBalance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountyFunding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Due, FromBalance);

    /// <summary>Equality.</summary>
    public static bool operator ==(CountyFunding left, CountyFunding right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountyFunding left, CountyFunding right) => !left.Equals(right);

    /// <summary>Pays <paramref name="due"/> (≥ 0) from <paramref name="usable"/> (≥ 0) first and lowers it by what was used.</summary>
    internal static CountyFunding Draw(Money due, ref Money usable)
    {
        Money fromBalance = Money.Min(due, usable);
        usable -= fromBalance;
        return new CountyFunding(due, fromBalance);
    }
}
