using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// The benefit plans of a region over a span of dates — 待遇方案表: for each scheme whose parameters the set defines,
/// one <see cref="BenefitPlan"/> per window in which none of its parameters changes. A date no plan covers (before the
/// first value of a parameter the plan needs) is a gap, with the reason kept for the error message.
/// </summary>
public sealed class BenefitPlans
{
    private readonly List<BenefitPlan> plans;
    private readonly List<(BenefitScheme Scheme, PolicyWindow Window, string Reason)> gaps;

    private BenefitPlans(string name, PolicyWindow span, List<BenefitPlan> plans, List<(BenefitScheme, PolicyWindow, string)> gaps)
    {
        ParameterSetName = name;
        Span = span;
        this.plans = plans;
        this.gaps = gaps;
    }

    /// <summary>The parameter set (region) the plans were read from.</summary>
    public string ParameterSetName { get; }

    /// <summary>The dates the plans were built for.</summary>
    public PolicyWindow Span { get; }

    /// <summary>The plans, by scheme then date.</summary>
    public IReadOnlyList<BenefitPlan> Plans => plans;

    /// <summary>
    /// Builds the plans of every scheme that <paramref name="parameters"/> defines (a scheme is defined when its
    /// <c>benefits.&lt;scheme&gt;.class_b_self_pay</c> exists) for the dates of <paramref name="span"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A plan's values break a rule (see <see cref="BenefitPlan.FromParameters"/>).</exception>
    public static BenefitPlans FromParameters(ParameterSet parameters, PolicyWindow span, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        Preconditions.CheckMode(rounding, nameof(rounding));
        var plans = new List<BenefitPlan>();
        var gaps = new List<(BenefitScheme, PolicyWindow, string)>();
        foreach (BenefitScheme scheme in Enum.GetValues<BenefitScheme>())
        {
            string prefix = BenefitKeys.Prefix(scheme) + ".";
            if (!parameters.Contains(prefix + BenefitKeys.ClassBSelfPay))
            {
                continue;
            }

            LocalDate[] changes = [.. parameters.Parameters.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal))
                .SelectMany(p => p.Entries.Select(e => e.EffectiveFrom)).Where(d => d > span.Start && d <= span.End).Distinct().Order()];
            LocalDate date = span.Start;
            while (date <= span.End)
            {
                try
                {
                    BenefitPlan plan = BenefitPlan.FromParameters(parameters, scheme, date, rounding);
                    plans.Add(plan);
                    if (plan.Window.End >= span.End)
                    {
                        break;
                    }

                    date = plan.Window.End.PlusDays(1);
                }
                catch (ParameterNotFoundException e)
                {
                    LocalDate next = changes.FirstOrDefault(d => d > date, span.End.PlusDays(1));
                    gaps.Add((scheme, new PolicyWindow(date, next.PlusDays(-1)), e.Message));
                    date = next;
                }
            }
        }

        return new BenefitPlans(parameters.Name, span, plans, gaps);
    }

    /// <summary>The dates no plan covers, by scheme then date, with the reason (for writing the plans as JSON).</summary>
    internal IReadOnlyList<(BenefitScheme Scheme, PolicyWindow Window, string Reason)> Gaps => gaps;

    /// <summary>
    /// Plans and gaps as they were written, for reading them back from JSON; checks what <see cref="FromParameters"/>
    /// leaves: every plan of the named set, one rounding, plans and gaps by scheme, and for each scheme with either a
    /// sequence in date order that starts on <paramref name="span"/>'s first day (a plan may start before it), where each
    /// starts the day after the previous ends, that reaches the span's last day, with every gap inside the span and a
    /// reason for each.
    /// </summary>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the plan or gap.</exception>
    internal static BenefitPlans Restore(string name, PolicyWindow span, IReadOnlyList<BenefitPlan> plans, IReadOnlyList<(BenefitScheme Scheme, PolicyWindow Window, string Reason)> gaps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i].ParameterSetName != name)
            {
                Preconditions.ThrowArgument(nameof(plans), $"plans[{i}] was read from parameter set {plans[i].ParameterSetName}, not {name}: the plans of a region come from its one set.");
            }

            if (plans[i].Rounding != plans[0].Rounding)
            {
                Preconditions.ThrowArgument(nameof(plans), $"plans[{i}] rounds {plans[i].Rounding} but plans[0] rounds {plans[0].Rounding}: the plans of a region are read with one rounding.");
            }

            if (i > 0 && plans[i].Scheme < plans[i - 1].Scheme)
            {
                Preconditions.ThrowArgument(nameof(plans), $"plans[{i}] ({plans[i].Scheme}) follows a {plans[i - 1].Scheme} plan: plans are by scheme, then date.");
            }
        }

        for (int i = 0; i < gaps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(gaps[i].Reason))
            {
                Preconditions.ThrowArgument(nameof(gaps), $"gaps[{i}] has no reason: a gap keeps why no plan covers it.");
            }

            if (i > 0 && gaps[i].Scheme < gaps[i - 1].Scheme)
            {
                Preconditions.ThrowArgument(nameof(gaps), $"gaps[{i}] ({gaps[i].Scheme}) follows a {gaps[i - 1].Scheme} gap: gaps are by scheme, then date.");
            }

            if (gaps[i].Window.Start < span.Start || gaps[i].Window.End > span.End)
            {
                Preconditions.ThrowArgument(nameof(gaps), $"gaps[{i}] {gaps[i].Window} is not inside the span {span}.");
            }
        }

        foreach (BenefitScheme scheme in Enum.GetValues<BenefitScheme>())
        {
            var items = plans.Where(p => p.Scheme == scheme).Select(p => (p.Window, What: $"the {scheme} plan {p.Window}"))
                .Concat(gaps.Where(g => g.Scheme == scheme).Select(g => (g.Window, What: $"the {scheme} gap {g.Window}")))
                .OrderBy(x => x.Window.Start).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            if (!items[0].Window.Contains(span.Start))
            {
                Preconditions.ThrowArgument(nameof(plans), $"{items[0].What} does not cover the span's first day {span.Start:uuuu-MM-dd}.");
            }

            for (int i = 1; i < items.Count; i++)
            {
                if (items[i - 1].Window.End >= span.End || items[i].Window.Start != items[i - 1].Window.End.PlusDays(1))
                {
                    Preconditions.ThrowArgument(nameof(plans), $"{items[i].What} does not start the day after {items[i - 1].What} ends: a scheme's plans and gaps follow each other over the span {span}.");
                }
            }

            if (items[^1].Window.End < span.End)
            {
                Preconditions.ThrowArgument(nameof(plans), $"{items[^1].What} ends before the span's last day {span.End:uuuu-MM-dd}.");
            }
        }

        return new BenefitPlans(name, span, [.. plans], [.. gaps]);
    }

    /// <summary>The plan of <paramref name="scheme"/> in force on <paramref name="date"/>, or null when none covers it.</summary>
    public BenefitPlan? Find(BenefitScheme scheme, LocalDate date)
    {
        foreach (BenefitPlan plan in plans)
        {
            if (plan.Scheme == scheme && plan.Window.Contains(date))
            {
                return plan;
            }
        }

        return null;
    }

    /// <summary>Why no plan of <paramref name="scheme"/> covers <paramref name="date"/> (for error messages).</summary>
    public string WhyNoPlan(BenefitScheme scheme, LocalDate date)
    {
        foreach ((BenefitScheme s, PolicyWindow w, string reason) in gaps)
        {
            if (s == scheme && w.Contains(date))
            {
                return reason;
            }
        }

        string covered = string.Join(", ", plans.Where(p => p.Scheme == scheme).Select(p => p.Window.ToString()));
        return covered.Length == 0
            ? $"parameter set {ParameterSetName} defines no {scheme} benefit plan ({BenefitKeys.Prefix(scheme)}.*)"
            : $"the {scheme} plans of {ParameterSetName} cover {covered}";
    }
}
