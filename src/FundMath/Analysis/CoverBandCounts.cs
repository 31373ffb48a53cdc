using System;

namespace FundMath.Analysis;

/// <summary>
/// The number of regions in each months-of-cover band — 可支付月数分布 — and, through
/// <see cref="ChangeFrom"/>, the change from the previous period ("比上年减少3个单位").
/// </summary>
/// <param name="Warning">Regions below the warning threshold (&lt; 3 months by default).</param>
/// <param name="Middle">Regions between the thresholds (3–9 months by default).</param>
/// <param name="High">Regions above the upper threshold (&gt; 9 months by default).</param>
/// <param name="NoExpenditure">Regions without expenditure (no band).</param>
/// <param name="Reasonable">Regions within the reasonable range (counted across bands).</param>
public readonly record struct CoverBandCounts(int Warning, int Middle, int High, int NoExpenditure, int Reasonable)
{
    /// <summary>Every region counted (Warning + Middle + High + NoExpenditure).</summary>
    public int Regions => Warning + Middle + High + NoExpenditure;

    /// <summary>Counts the bands of <paramref name="rows"/> (allocation-free).</summary>
    public static CoverBandCounts Count(ReadOnlySpan<MonthsOfCover> rows)
    {
        int w = 0, m = 0, h = 0, n = 0, r = 0;
        foreach (ref readonly MonthsOfCover row in rows)
        {
            switch (row.Band)
            {
                case CoverBand.Warning: w++; break;
                case CoverBand.Middle: m++; break;
                case CoverBand.High: h++; break;
                default: n++; break;
            }

            if (row.IsReasonable)
            {
                r++;
            }
        }

        return new CoverBandCounts(w, m, h, n, r);
    }

    /// <summary>The signed change of every count from <paramref name="previous"/> (this − previous).</summary>
    public CoverBandCounts ChangeFrom(CoverBandCounts previous) => new(
        Warning - previous.Warning,
        Middle - previous.Middle,
        High - previous.High,
        NoExpenditure - previous.NoExpenditure,
        Reasonable - previous.Reasonable);

    /// <summary>The count of one band.</summary>
    public int this[CoverBand band] => band switch
    {
        CoverBand.Warning => Warning,
        CoverBand.Middle => Middle,
        CoverBand.High => High,
        _ => NoExpenditure,
    };
}
