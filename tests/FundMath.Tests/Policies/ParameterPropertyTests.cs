using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Policies;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Policies;

public class ParameterPropertyTests
{
    [FundMathProperty]
    public Property At_returns_the_latest_entry_on_or_before_the_date()
    {
        return Prop.ForAll(PolicyArbitraries.Parameter(), PolicyArbitraries.Date(), (p, date) =>
        {
            ParameterEntry? expected = p.Entries.LastOrDefault(e => e.EffectiveFrom <= date);
            return ReferenceEquals(expected, p.TryAt(date));
        });
    }

    [FundMathProperty]
    public Property Segments_tile_the_period_and_match_At_on_each_start()
    {
        return Prop.ForAll(PolicyArbitraries.Parameter(), ValueArbitraries.ReportingPeriod(), (p, period) =>
        {
            if (p.TryAt(period.Start) is null)
            {
                return true; // before the first value: Over throws (tested by example)
            }

            var segments = p.Over(period);
            bool tiles = segments[0].Window.Start == period.Start && segments[^1].Window.End == period.End
                && segments.Zip(segments.Skip(1)).All(s => s.First.Window.End.PlusDays(1) == s.Second.Window.Start);
            bool entries = segments.All(s => ReferenceEquals(p.At(s.Window.Start), s.Entry) && ReferenceEquals(p.At(s.Window.End), s.Entry));
            int months = segments.Sum(s => s.Months(period));
            return tiles && entries && months == period.MonthCount;
        });
    }

    [FundMathProperty]
    public Property Layering_takes_overrides_from_the_upper_set_and_the_rest_from_the_base()
    {
        return Prop.ForAll(PolicyArbitraries.LayerPair(), pair =>
        {
            (ParameterSet lower, ParameterSet upper) = pair;
            ParameterSet layered = lower.Layer(upper);
            return layered.Count == lower.Count
                && layered.Parameters.All(p => ReferenceEquals(p, upper.Find(p.Name) ?? lower.Find(p.Name)))
                && layered.Layers.SequenceEqual(["base", "over"]);
        });
    }

    [FundMathProperty(MaxTest = 200)]
    public Property Generated_values_respect_their_unit_domain()
    {
        return Prop.ForAll(PolicyArbitraries.Unit(), unit =>
            Prop.ForAll(PolicyArbitraries.Value(unit), v =>
                v.Unit == unit && (unit != ParameterUnit.Rate || (v.AsRate().Value.CompareTo(Fraction.Zero) >= 0 && v.AsRate().Value.CompareTo(Fraction.One) <= 0))));
    }

    [FundMathProperty(MaxTest = 300)]
    public Property Describe_mentions_every_parameter_and_citation()
    {
        return Prop.ForAll(PolicyArbitraries.ParameterSet(), set =>
        {
            string text = set.Describe();
            return set.Parameters.All(p => text.Contains(p.Name + " (" + p.Unit.FileName() + ")", System.StringComparison.Ordinal)
                && p.Entries.All(e => text.Contains(e.Citation.Document, System.StringComparison.Ordinal)));
        });
    }
}
