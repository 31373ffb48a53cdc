using System;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// Resident premium income with assistance-funded enrolment. 城乡居民医保个人缴费收入（含医疗救助资助参保）.
/// Income = cohorts × standard; personally paid = income − subsidised amounts.
/// </summary>
public static class ResidentPremium
{
    /// <summary>Computes the income of cohorts at one individual contribution (0 bytes allocated).</summary>
    /// <param name="cohorts">The cohorts.</param>
    /// <param name="individualContribution">Individual contribution per person for the coverage year.</param>
    /// <param name="rules">One rule per assistance category used by the cohorts.</param>
    /// <param name="mode">Rounding of a ratio-based assistance amount per person.</param>
    /// <exception cref="ArgumentException">A cohort's category (other than None) has no rule.</exception>
    public static ResidentPremiumIncome Compute(ReadOnlySpan<ResidentCohort> cohorts, Money individualContribution, ReadOnlySpan<AssistanceEnrolmentRule> rules, MidpointRounding mode)
    {
        ContributionRates.CheckBase(individualContribution, nameof(individualContribution));
        Preconditions.CheckMode(mode);
        Headcount persons = Headcount.Zero;
        Money gross = Money.Zero;
        Money assisted = Money.Zero;
        for (int i = 0; i < cohorts.Length; i++)
        {
            ResidentCohort c = cohorts[i];
            persons += c.Persons;
            gross += individualContribution * c.Persons;
            if (c.Category == AssistanceCategory.None)
            {
                continue;
            }

            int r = Find(rules, c.Category);
            if (r < 0)
            {
                Preconditions.ThrowArgument(nameof(rules), $"cohorts[{i}] has category {c.Category} but rules has no rule for it.");
            }

            assisted += rules[r].Split(individualContribution, mode).AssistancePays * c.Persons;
        }

        return new ResidentPremiumIncome(persons, gross, assisted, gross - assisted);
    }

    /// <summary>Explains the income: gross, assistance per category and the personally paid remainder.</summary>
    public static Explanation Explain(ReadOnlySpan<ResidentCohort> cohorts, Money individualContribution, ReadOnlySpan<AssistanceEnrolmentRule> rules, MidpointRounding mode)
    {
        ResidentPremiumIncome r = Compute(cohorts, individualContribution, rules, mode);
        var inputs = new System.Collections.Generic.List<Explanation>
        {
            Explanation.Input("个人缴费标准 (individual contribution)", individualContribution.ToString("F2元", null)),
        };
        foreach (ResidentCohort c in cohorts)
        {
            if (c.Category == AssistanceCategory.None)
            {
                inputs.Add(Explanation.Input("参保人数 (ordinary payers)", c.Persons.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            AssistanceEnrolmentRule rule = rules[Find(rules, c.Category)];
            AssistanceSplit s = rule.Split(individualContribution, mode);
            inputs.Add(new Explanation($"资助参保 {c.Category}", (s.AssistancePays * c.Persons).ToString("F2元", null))
            {
                Formula = $"{c.Persons.Persons} × {s.AssistancePays:F2元}",
                Rounding = rule.Kind == AssistanceKind.Ratio ? $"per person to the fen, {mode}" : null,
                Inputs = [Explanation.Parameter("资助标准 (assistance rule)", rule.ToString(), rule.Citation, null)],
            });
        }

        return new Explanation("居民个人缴费收入 (resident premium income)", r.Gross.ToString("F2元", null))
        {
            Formula = "Σ cohorts × individual contribution",
            Sentence = $"Medical assistance paid {r.AssistancePaid:F2元}; persons paid {r.PersonallyPaid:F2元}.",
            Inputs = inputs,
        };
    }

    private static int Find(ReadOnlySpan<AssistanceEnrolmentRule> rules, AssistanceCategory category)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].Category == category)
            {
                return i;
            }
        }

        return -1;
    }
}
