using System;
using System.Collections.Generic;
using FundMath.Citations;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// Splits resident fiscal subsidies between central and local governments, then between local levels (province /
/// city / county) by caller-supplied shares, conserving every fen by largest remainder (<see cref="Apportionment"/>).
/// 城乡居民医保财政补助中央与地方、省市县分担.
/// Central = share × total (largest remainder over [share, 1 − share]); local parts = Apportionment(Local, localShares).
/// </summary>
public static class SubsidySplit
{
    /// <summary>Splits per-capita subsidy × persons (0 bytes allocated).</summary>
    /// <param name="perCapita">Per-capita subsidy (e.g. 610 元).</param>
    /// <param name="persons">Insured persons subsidised.</param>
    /// <param name="centralShare">Central share (from <see cref="CentralSubsidyShares"/>; 488/610 = 80% in Guangxi).</param>
    /// <param name="localShares">Shares of the local part by level, summing to exactly 100% (e.g. 自治区 75% / 县 25%).</param>
    /// <param name="localParts">Receives each level's part; same length as <paramref name="localShares"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative per-capita amount or a share outside 0–100%.</exception>
    /// <exception cref="ArgumentException">Local shares do not sum to 100%, or lengths differ.</exception>
    public static SubsidySplitResult Split(Money perCapita, Headcount persons, Rate centralShare, ReadOnlySpan<Rate> localShares, Span<Money> localParts)
    {
        ContributionRates.CheckBase(perCapita, nameof(perCapita));
        ContributionRates.CheckRate(centralShare, nameof(centralShare));
        if (localParts.Length != localShares.Length)
        {
            Preconditions.ThrowArgument(nameof(localParts), $"localParts has length {localParts.Length} but localShares has length {localShares.Length}; they must match.");
        }

        // Σ shares as an exact Int128 fraction (no Fraction arithmetic on the hot path).
        Int128 sumNum = 0, sumDen = 1;
        for (int i = 0; i < localShares.Length; i++)
        {
            ContributionRates.CheckRate(localShares[i], nameof(localShares), i);
            Fraction f = localShares[i].Value;
            sumNum = (sumNum * f.Denominator) + (f.Numerator * sumDen);
            sumDen *= f.Denominator;
            UInt128 g = IntegerRounding.Gcd((UInt128)Int128.Abs(sumNum), (UInt128)sumDen);
            if (g > 1)
            {
                sumNum /= (Int128)g;
                sumDen /= (Int128)g;
            }
        }

        Money total = perCapita * persons;
        Money central = SplitTwo(total, centralShare);
        Money local = total - central;
        if (localShares.Length > 0)
        {
            if (sumNum != sumDen)
            {
                ThrowSharesDoNotSum(localShares);
            }

            Apportionment.Split(local, localShares, localParts);
        }

        return new SubsidySplitResult(total, central, local);
    }

    /// <summary>Explains a split with the tier share and each level's part.</summary>
    public static Explanation Explain(Money perCapita, Headcount persons, Rate centralShare, ReadOnlySpan<Rate> localShares, IReadOnlyList<string> levelNames, Citation? citation = null)
    {
        Preconditions.CheckNotNull(levelNames, nameof(levelNames));
        Span<Money> parts = localShares.Length <= 16 ? stackalloc Money[localShares.Length] : new Money[localShares.Length];
        SubsidySplitResult r = Split(perCapita, persons, centralShare, localShares, parts);
        var locals = new List<Explanation>();
        for (int i = 0; i < parts.Length; i++)
        {
            string name = i < levelNames.Count ? levelNames[i] : $"level {i + 1}";
            locals.Add(new Explanation(name, parts[i].ToString("F2元", null)) { Formula = $"local × {localShares[i]:P2}", Rounding = "largest remainder to the fen (earlier level wins ties)" });
        }

        return new Explanation("财政补助 (fiscal subsidy)", r.Total.ToString("F2元", null))
        {
            Formula = $"{perCapita:F2元} × {persons}",
            Inputs =
            [
                new Explanation("中央财政补助 (central)", r.Central.ToString("F2元", null))
                {
                    Formula = $"total × {centralShare:P2}",
                    Rounding = "largest remainder to the fen",
                    Inputs = [Explanation.Parameter("中央分档比例 (central share)", centralShare.ToString("P2", null), citation, null)],
                },
                new Explanation("地方财政补助 (local)", r.Local.ToString("F2元", null)) { Formula = "total − central", Inputs = locals },
            ],
        };
    }

    // Largest remainder over the two weights [share, 1 − share] gives the extra fen to the central part exactly when its
    // remainder is at least one half (earlier index wins the tie), i.e. round half away from zero on a non-negative total.
    private static Money SplitTwo(Money total, Rate centralShare) =>
        Money.FromFen(ContributionRates.Times(total.Fen, centralShare, MidpointRounding.AwayFromZero));

    private static void ThrowSharesDoNotSum(ReadOnlySpan<Rate> localShares)
    {
        Rate sum = Rate.Zero;
        foreach (Rate r in localShares)
        {
            sum += r;
        }

        Preconditions.ThrowArgument(nameof(localShares), $"localShares sum to {sum:P4}, not 100%: the local part must be split completely.");
    }
}
