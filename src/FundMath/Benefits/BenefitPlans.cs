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
