using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Cohorts;
using FundMath.Funds;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 generators for fund statements, cohort counts and utilisation (基金收支、参保人群、就医情况), built on
/// FsCheck's own <c>long[]</c> shrinker so that a failing case shrinks to small amounts and few non-zero lines.
/// Amounts stay within ±10¹³ fen (±1,000亿元) per line, so sums of up to 100,000 statements cannot overflow.
/// </summary>
public static class FundArbitraries
{
    /// <summary>The largest absolute amount of a generated line, in fen (10¹³ fen = 1,000亿元).</summary>
    public const long MaxLineFen = 10_000_000_000_000;

    /// <summary>The largest generated headcount per category (10⁸ persons).</summary>
    public const long MaxPersons = 100_000_000;

    private const int StatementSlots = 1 + IncomeLine.Count + ExpenditureLine.Count + 3;

    private static readonly FundKind[] Kinds =
        [FundKind.EmployeeBasic, FundKind.ResidentBasic, FundKind.SeriousIllness, FundKind.CivilServantSubsidy];

    private static readonly string[] Regions = ["市本级", "茶陵", "攸县", "株洲县", "醴陵市", "炎陵"];

    /// <summary>
    /// Statements of <paramref name="period"/> with a random predefined kind and one of six regions; every line
    /// (and the opening balance) is random in ±<see cref="MaxLineFen"/>; some carry personal-account balances and
    /// some a reported closing balance that breaks the identity (kept in <see cref="IdentityMode.Report"/>).
    /// </summary>
    public static Arbitrary<FundStatement> Statements(ReportingPeriod period)
    {
        Arbitrary<long[]> raw = ArbMap.Default.ArbFor<long[]>();
        Gen<FundStatement> gen =
            from kind in Gen.Choose(0, Kinds.Length - 1)
            from region in Gen.Choose(0, Regions.Length - 1)
            from values in Gen.ArrayOf(ArbMap.Default.ArbFor<long>().Generator, StatementSlots)
            select ToStatement(period, kind, region, values);
        return Arb.From(gen, s => raw.Shrinker(FromStatement(s)).Select(v => ToStatement(period, KindIndex(s.Kind), RegionIndex(s.Region), v)));
    }

    /// <summary>Non-empty arrays of statements of one period (up to about 50), shrinking by dropping statements.</summary>
    public static Arbitrary<FundStatement[]> StatementSets(ReportingPeriod period)
    {
        Arbitrary<FundStatement> one = Statements(period);
        Gen<FundStatement[]> gen = Gen.NonEmptyListOf(one.Generator).Select(l => l.ToArray());
        return Arb.From(gen, ShrinkArray(one));
    }

    /// <summary>
    /// Items together with a random partition of them: <c>Groups[i]</c> is the group (0 ≤ g &lt; number of groups)
    /// of <c>Items[i]</c>. Used to state "partition, merge each part, merge the parts = merge the whole".
    /// </summary>
    public static Arbitrary<Partitioned<T>> Partitioned<T>(Arbitrary<T[]> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Gen<Partitioned<T>> gen =
            from xs in items.Generator
            from k in Gen.Choose(1, Math.Max(1, xs.Length))
            from groups in Gen.ArrayOf(Gen.Choose(0, k - 1), xs.Length)
            select new Partitioned<T>(xs, groups, k);
        return Arb.From(gen, p => items.Shrinker(p.Items).Select(xs => new Partitioned<T>(xs, p.Groups.Take(xs.Length).ToArray(), p.GroupCount)));
    }

    /// <summary>Cohort counts with every well-known category in [0, <see cref="MaxPersons"/>] and, sometimes, a user-defined category ("flexible", 灵活就业人员).</summary>
    public static Arbitrary<CohortCounts> CohortCounts()
    {
        Arbitrary<long[]> raw = ArbMap.Default.ArbFor<long[]>();
        Gen<CohortCounts> gen = Gen.ArrayOf(ArbMap.Default.ArbFor<long>().Generator, CohortCategory.WellKnownCount + 1).Select(ToCounts);
        return Arb.From(gen, c => raw.Shrinker(FromCounts(c)).Select(ToCounts));
    }

    /// <summary>Non-empty arrays of cohort counts.</summary>
    public static Arbitrary<CohortCounts[]> CohortCountSets()
    {
        Arbitrary<CohortCounts> one = CohortCounts();
        return Arb.From(Gen.NonEmptyListOf(one.Generator).Select(l => l.ToArray()), ShrinkArray(one));
    }

    /// <summary>
    /// Counts of a partition: a parent and parts that add up to it exactly (e.g. 参保人数 = 成年人 + 学生儿童 + 大学生),
    /// the parent at least 1, with 1 to 8 parts.
    /// </summary>
    public static Arbitrary<Headcount[]> PartitionParts()
    {
        Gen<Headcount[]> gen = Gen.Choose(1, 8).SelectMany(n =>
            Gen.ArrayOf(Gen.Choose(0, 5_000_000), n)
               .Where(a => a.Any(x => x > 0))
               .Select(a => a.Select(x => Headcount.FromPersons(x)).ToArray()));
        return Arb.From(gen);
    }

    /// <summary>Utilisation with cases in [0, 10⁸] and costs in [0, <see cref="MaxLineFen"/>] for every service category.</summary>
    public static Arbitrary<Utilisation> Utilisations()
    {
        Arbitrary<long[]> raw = ArbMap.Default.ArbFor<long[]>();
        Gen<Utilisation> gen = Gen.ArrayOf(ArbMap.Default.ArbFor<long>().Generator, 2 * ServiceCategory.Count).Select(ToUtilisation);
        return Arb.From(gen, u => raw.Shrinker(FromUtilisation(u)).Select(ToUtilisation));
    }

    /// <summary>Non-empty arrays of utilisation.</summary>
    public static Arbitrary<Utilisation[]> UtilisationSets()
    {
        Arbitrary<Utilisation> one = Utilisations();
        return Arb.From(Gen.NonEmptyListOf(one.Generator).Select(l => l.ToArray()), ShrinkArray(one));
    }

    private static Func<T[], IEnumerable<T[]>> ShrinkArray<T>(Arbitrary<T> one) => xs =>
        Enumerable.Range(0, xs.Length).Where(_ => xs.Length > 1).Select(i => xs.Where((_, j) => j != i).ToArray())
            .Concat(Enumerable.Range(0, xs.Length).SelectMany(i => one.Shrinker(xs[i]).Take(3).Select(s =>
            {
                var copy = (T[])xs.Clone();
                copy[i] = s;
                return copy;
            })));

    private static long Bounded(long v, long bound) => v % (bound + 1);

    private static long At(long[] v, int i) => i < v.Length ? v[i] : 0;

    private static FundStatement ToStatement(ReportingPeriod period, int kind, int region, long[] v)
    {
        Span<Money> inc = stackalloc Money[IncomeLine.Count];
        Span<Money> exp = stackalloc Money[ExpenditureLine.Count];
        for (int i = 0; i < inc.Length; i++)
        {
            inc[i] = Money.FromFen(Bounded(At(v, 1 + i), MaxLineFen));
        }

        for (int i = 0; i < exp.Length; i++)
        {
            exp[i] = Money.FromFen(Bounded(At(v, 1 + IncomeLine.Count + i), MaxLineFen));
        }

        Money opening = Money.FromFen(Bounded(At(v, 0), MaxLineFen));
        int k = 1 + IncomeLine.Count + ExpenditureLine.Count;
        Money personalOpening = Money.FromFen(Math.Abs(Bounded(At(v, k), MaxLineFen)));
        Money personalClosing = Money.FromFen(Math.Abs(Bounded(At(v, k + 1), MaxLineFen)));
        Money difference = Money.FromFen(Bounded(At(v, k + 2), MaxLineFen));
        var income = IncomeLines.FromSpan(inc);
        var expenditure = ExpenditureLines.FromSpan(exp);
        Money reported = opening + income.Total - expenditure.Total + difference;
        return FundStatement.FromReported(Kinds[kind], Regions[region], period, opening, income, expenditure, reported, IdentityMode.Report)
            .WithPersonalAccounts(personalOpening, personalClosing);
    }

    private static long[] FromStatement(FundStatement s)
    {
        var v = new long[StatementSlots];
        v[0] = s.Opening.Fen;
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            v[1 + i] = s.Income[IncomeLine.FromIndex(i)].Fen;
        }

        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            v[1 + IncomeLine.Count + i] = s.Expenditure[ExpenditureLine.FromIndex(i)].Fen;
        }

        int k = 1 + IncomeLine.Count + ExpenditureLine.Count;
        v[k] = s.PersonalAccountOpening.Fen;
        v[k + 1] = s.PersonalAccountClosing.Fen;
        v[k + 2] = s.RollForward.Difference.Fen;
        return v;
    }

    private static int KindIndex(FundKind kind) => Math.Max(0, Array.IndexOf(Kinds, kind));

    private static int RegionIndex(string region) => Math.Max(0, Array.IndexOf(Regions, region));

    private static readonly CohortCategory Flexible = CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed");

    private static CohortCounts ToCounts(long[] v)
    {
        CohortCounts c = FundMath.Cohorts.CohortCounts.Empty;
        for (int i = 0; i < CohortCategory.WellKnownCount; i++)
        {
            c = c.With(CohortCategory.WellKnown[i], Math.Abs(Bounded(At(v, i), MaxPersons)));
        }

        long extra = Math.Abs(Bounded(At(v, CohortCategory.WellKnownCount), MaxPersons));
        return extra % 3 == 0 ? c : c.With(Flexible, extra);
    }

    private static long[] FromCounts(CohortCounts c)
    {
        var v = new long[CohortCategory.WellKnownCount + 1];
        for (int i = 0; i < CohortCategory.WellKnownCount; i++)
        {
            v[i] = c[CohortCategory.WellKnown[i]].Persons;
        }

        v[^1] = c[Flexible].Persons;
        return v;
    }

    private static Utilisation ToUtilisation(long[] v)
    {
        Utilisation u = Utilisation.Empty;
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            u = u.With(ServiceCategory.FromIndex(i), Math.Abs(Bounded(At(v, 2 * i), MaxPersons)), Money.FromFen(Math.Abs(Bounded(At(v, (2 * i) + 1), MaxLineFen))));
        }

        return u;
    }

    private static long[] FromUtilisation(Utilisation u)
    {
        var v = new long[2 * ServiceCategory.Count];
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            ServiceCategory c = ServiceCategory.FromIndex(i);
            v[2 * i] = u.Cases(c);
            v[(2 * i) + 1] = u.Cost(c).Fen;
        }

        return v;
    }
}
