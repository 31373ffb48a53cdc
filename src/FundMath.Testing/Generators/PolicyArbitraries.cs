using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for policy parameters — 政策参数随机生成器: values of every <see cref="ParameterUnit"/>
/// inside the unit's default domain, dated entries with strictly ascending dates and a citation, parameters
/// (single values and keyed scales) and whole parameter sets with unique names. Shrinkers drop entries,
/// brackets and parameters, so a failing property reports a minimal set.
/// </summary>
public static class PolicyArbitraries
{
    private static readonly string[] Documents =
        ["医保发〔2021〕32号", "医保发〔2022〕20号", "国办发〔2018〕6号", "国办发〔2019〕13号", "国发〔1998〕44号", "人社部发〔2009〕67号"];

    private static readonly string[] Words =
        ["resident", "employee", "pooling", "analysis", "subsidy", "rate", "base", "cap", "floor", "months", "share", "tier"];

    private static readonly LocalDate Origin = new(1998, 1, 1);

    /// <summary>Every unit, shrinking towards <see cref="ParameterUnit.Yuan"/>.</summary>
    public static Arbitrary<ParameterUnit> Unit() => Arb.From(Gen.Elements(Enum.GetValues<ParameterUnit>()));

    /// <summary>Values of <paramref name="unit"/> within its default domain (money ≥ 0 to the fen, rates 0–100%, …).</summary>
    public static Arbitrary<ParameterValue> Value(ParameterUnit unit) => Arb.From(ValueGen(unit), v => ShrinkValue(v));

    /// <summary>Dated entries of <paramref name="unit"/>: 1–6 strictly ascending dates in 1998–2040, each cited.</summary>
    public static Arbitrary<ParameterEntry[]> Entries(ParameterUnit unit) =>
        Arb.From(EntriesGen(unit, scale: false), ShrinkEntries);

    /// <summary>Parameters of any unit; one in five is a keyed scale (tiers). Names are dotted lower-case words.</summary>
    public static Arbitrary<Parameter> Parameter() => Arb.From(ParameterGen(NameGen()), ShrinkParameter);

    /// <summary>Parameter sets of 0–8 parameters with unique names.</summary>
    public static Arbitrary<ParameterSet> ParameterSet() => Arb.From(SetGen("generated"), ShrinkSet);

    /// <summary>Pairs (base, over) where every name in <c>over</c> exists in <c>base</c> with the same unit, as layering requires for overrides.</summary>
    public static Arbitrary<(ParameterSet Base, ParameterSet Over)> LayerPair()
    {
        Gen<(ParameterSet, ParameterSet)> gen =
            from baseSet in SetGen("base")
            from picks in Gen.ListOf(Gen.Choose(0, Math.Max(0, baseSet.Count - 1)))
            from seed in Gen.Choose(0, int.MaxValue)
            select (baseSet, OverridesOf(baseSet, picks.Distinct().Where(i => i < baseSet.Count), seed));
        return Arb.From(gen);
    }

    /// <summary>Dates between 1998 and 2040, shrinking towards 1998-01-01.</summary>
    public static Arbitrary<LocalDate> Date() => Arb.From(Gen.Choose(0, 43 * 366).Select(d => Origin.PlusDays(d)));

    private static ParameterSet OverridesOf(ParameterSet baseSet, IEnumerable<int> indexes, int seed)
    {
        var rng = new Random(seed);
        var list = new List<Parameter>();
        foreach (int i in indexes)
        {
            Parameter p = baseSet.Parameters.ElementAt(i);
            LocalDate from = Origin.PlusDays(rng.Next(0, 43 * 366));
            ParameterEntry entry = p.IsScale
                ? new ParameterEntry(from, p.Entries[0].Brackets, new Citation("override"))
                : new ParameterEntry(from, p.Entries[^1].Value, new Citation("override"));
            list.Add(new Parameter(p.Name, p.Unit, [entry], p.Description, p.Minimum, p.Maximum));
        }

        return FundMath.Policies.ParameterSet.Create("over", list);
    }

    private static Gen<string> NameGen() =>
        from count in Gen.Choose(1, 3)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        from suffix in Gen.Choose(0, 99)
        select string.Join('.', words) + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<ParameterSet> SetGen(string name) =>
        from count in Gen.Choose(0, 8)
        from parameters in Gen.ArrayOf(ParameterGen(NameGen()), count)
        select FundMath.Policies.ParameterSet.Create(name, parameters.DistinctBy(p => p.Name, StringComparer.Ordinal));

    private static Gen<Parameter> ParameterGen(Gen<string> names) =>
        from name in names
        from unit in Gen.Elements(Enum.GetValues<ParameterUnit>())
        from scale in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from entries in EntriesGen(unit, scale)
        select new Parameter(name, unit, entries, "generated " + unit.FileName());

    private static Gen<ParameterEntry[]> EntriesGen(ParameterUnit unit, bool scale) =>
        from count in Gen.Choose(1, 6)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 3 * 366), count)
        from start in Gen.Choose(0, 20 * 366)
        from items in Gen.ArrayOf(EntryBody(unit, scale), count)
        select Build(start, gaps, items);

    private static Gen<(ParameterValue Value, ScaleBracket[]? Brackets, string Document, string? Note)> EntryBody(ParameterUnit unit, bool scale) =>
        from value in ValueGen(unit)
        from brackets in scale ? BracketsGen(unit).Select(b => (ScaleBracket[]?)b) : Gen.Constant<ScaleBracket[]?>(null)
        from document in Gen.Elements(Documents)
        from note in Gen.Elements<string?>(null, "derived [?]", "seed")
        select (value, brackets, document, note);

    private static Gen<ScaleBracket[]> BracketsGen(ParameterUnit unit) =>
        from count in Gen.Choose(1, 5)
        from values in Gen.ArrayOf(ValueGen(unit), count)
        select values.Select((v, i) => new ScaleBracket("tier" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToArray();

    private static ParameterEntry[] Build(int start, int[] gaps, (ParameterValue Value, ScaleBracket[]? Brackets, string Document, string? Note)[] items)
    {
        var result = new ParameterEntry[items.Length];
        LocalDate date = Origin.PlusDays(start);
        for (int i = 0; i < items.Length; i++)
        {
            var (value, brackets, document, note) = items[i];
            result[i] = brackets is null
                ? new ParameterEntry(date, value, new Citation(document), note)
                : new ParameterEntry(date, brackets, new Citation(document), note);
            date = date.PlusDays(gaps[i]);
        }

        return result;
    }

    private static Gen<ParameterValue> ValueGen(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan or ParameterUnit.YuanPerPersonYear or ParameterUnit.YuanPerPersonMonth =>
            Gen.OneOf(Gen.Choose(0, 2_000), Gen.Choose(0, int.MaxValue))
                .Select(fen => ParameterValue.FromMoney(Money.FromFen(fen), unit)),
        ParameterUnit.Rate =>
            Gen.Choose(0, 1_000_000).Select(n => ParameterValue.FromRate(FundMath.Rate.FromRatio(n, 1_000_000), ParameterUnit.Rate)),
        ParameterUnit.Ratio =>
            Gen.Choose(0, 5_000_000).Select(n => ParameterValue.FromRate(FundMath.Rate.FromRatio(n, 1_000_000), ParameterUnit.Ratio)),
        ParameterUnit.PercentagePoints =>
            Gen.Choose(-2_000, 2_000).Select(n => ParameterValue.FromPoints(FundMath.PercentagePoints.FromPoints(n / 100m))),
        ParameterUnit.Months =>
            from n in Gen.Choose(0, 240)
            from d in Gen.Elements(1, 2, 3, 4, 12)
            select ParameterValue.FromMonths(Fraction.Create(n, d)),
        ParameterUnit.Persons => Gen.Choose(0, int.MaxValue).Select(n => ParameterValue.FromHeadcount(Headcount.FromPersons(n))),
        _ => Gen.Choose(0, 1_000_000).Select(n => ParameterValue.FromCount(n)),
    };

    private static IEnumerable<ParameterValue> ShrinkValue(ParameterValue v)
    {
        Fraction zero = Fraction.Zero;
        if (!v.Exact.Equals(zero))
        {
            yield return ParameterValue.FromExact(v.Unit, zero);
        }
    }

    private static IEnumerable<ParameterEntry[]> ShrinkEntries(ParameterEntry[] entries)
    {
        for (int i = 0; entries.Length > 1 && i < entries.Length; i++)
        {
            yield return [.. entries.Take(i), .. entries.Skip(i + 1)];
        }
    }

    private static IEnumerable<Parameter> ShrinkParameter(Parameter p)
    {
        foreach (ParameterEntry[] fewer in ShrinkEntries([.. p.Entries]))
        {
            yield return new Parameter(p.Name, p.Unit, fewer, p.Description, p.Minimum, p.Maximum);
        }
    }

    private static IEnumerable<ParameterSet> ShrinkSet(ParameterSet set)
    {
        Parameter[] all = [.. set.Parameters];
        for (int i = 0; i < all.Length; i++)
        {
            yield return FundMath.Policies.ParameterSet.Create(set.Name, [.. all.Take(i), .. all.Skip(i + 1)]);
        }

        for (int i = 0; i < all.Length; i++)
        {
            foreach (Parameter smaller in ShrinkParameter(all[i]))
            {
                yield return FundMath.Policies.ParameterSet.Create(set.Name, [.. all.Take(i), smaller, .. all.Skip(i + 1)]);
            }
        }
    }
}
