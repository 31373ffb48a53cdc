using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Benefits;

/// <summary>Builds the explanation tree of one claim's settlement from its recorded figures and the plan's cited parameters.</summary>
internal static class SettlementExplainer
{
    internal static Explanation Explain(BenefitPlan plan, in BenefitClaim claim, in BenefitAccumulator before, in ClaimSettlement s)
    {
        string rounding = $"to the fen, {plan.Rounding}";
        string kk = BenefitKeys.Key(claim.Kind), lk = BenefitKeys.Key(claim.Level), gk = BenefitKeys.Key(claim.Group);
        var steps = new List<Explanation>
        {
            Explanation.Input("医疗费用总额 (claim total)", Y(s.Total)),
            Explanation.Input("政策范围外费用 (out of scope, paid by the patient)", Y(s.OutOfScope)),
        };

        // 乙类先行自付 and the in-scope amount.
        steps.Add(new Explanation("乙类先行自付 (class-B self-pay)", Y(s.ClassBSelfPay))
        {
            Formula = $"round(乙类 {Y(claim.ClassB)} × {plan.ClassBSelfPay:P2})",
            Rounding = rounding,
            Inputs = [Explanation.Input("乙类 amount", Y(claim.ClassB)), plan.Parameter(BenefitKeys.ClassBSelfPay)],
        });
        steps.Add(new Explanation("政策范围内费用 (in scope)", Y(s.InScope)) { Formula = $"{Y(s.Total)} − {Y(s.OutOfScope)} − {Y(s.ClassBSelfPay)}" });

        // 基本医保.
        var deductibleInputs = new List<Explanation>();
        string deductibleFormula;
        if (s.DeductibleBasis == DeductibleBasis.PerAdmission)
        {
            int ordinal = System.Math.Min(s.Visit, BenefitKeys.Ordinals);
            deductibleInputs.Add(plan.Parameter($"{kk}.{BenefitKeys.DeductiblePerAdmission}", lk));
            deductibleInputs.Add(plan.Parameter($"{kk}.{BenefitKeys.RepeatFactor}", BenefitKeys.OrdinalKeys[ordinal - 1]));
            deductibleFormula = $"min(in scope {Y(s.InScope)}, {Y(plan.Deductible(claim.Kind, claim.Level))} × {plan.RepeatFactor(claim.Kind, s.Visit):P2} = {Y(s.DeductibleDue)}) — {BenefitKeys.Chinese(claim.Kind)} visit {s.Visit} of the year";
        }
        else
        {
            deductibleInputs.Add(plan.Parameter($"{kk}.{BenefitKeys.DeductiblePerYear}", lk));
            deductibleInputs.Add(Explanation.Input("起付线 used earlier this year", Y(before.DeductibleUsed(claim.Kind))));
            deductibleFormula = $"min(in scope {Y(s.InScope)}, max(0, {Y(plan.Deductible(claim.Kind, claim.Level))} − {Y(before.DeductibleUsed(claim.Kind))} used) = {Y(s.DeductibleDue)})";
        }

        var ratioInputs = new List<Explanation> { plan.Parameter($"{kk}.{BenefitKeys.Ratio}", $"{lk}.{BenefitKeys.Key(claim.Status)}") };
        if (claim.Kind == ClaimKind.Inpatient)
        {
            ratioInputs.Add(plan.Parameter($"{kk}.{BenefitKeys.GroupIncrease}", gk));
        }

        var capInputs = new List<Explanation>();
        var capWords = new List<string>();
        if (BenefitPlan.CountsTowardAnnualCap(claim.Kind))
        {
            capInputs.Add(plan.Parameter(BenefitKeys.AnnualCap));
            capInputs.Add(Explanation.Input("最高支付限额 used earlier this year (住院 + 门诊慢特病)", Y(before.AnnualCapUsed)));
            capWords.Add($"{Y(plan.AnnualCap)} − {Y(before.AnnualCapUsed)}");
        }

        if (plan.KindCap(claim.Kind) is { } kindCap)
        {
            capInputs.Add(plan.Parameter($"{kk}.{BenefitKeys.KindCap}"));
            capInputs.Add(Explanation.Input($"{BenefitKeys.Chinese(claim.Kind)} payments earlier this year", Y(before.BasicPaidFor(claim.Kind))));
            capWords.Add($"{Y(kindCap)} − {Y(before.BasicPaidFor(claim.Kind))}");
        }

        steps.Add(new Explanation($"基本医保统筹基金支付 (basic layer, {BenefitKeys.Chinese(claim.Kind)}, {BenefitKeys.Chinese(claim.Level)}, {BenefitKeys.Chinese(claim.Status)})", Y(s.Basic))
        {
            Formula = "min(round((in scope − 起付线) × 支付比例), cap room)",
            Note = CapNote(s.BasicCap),
            Inputs =
            [
                new Explanation("起付线 (deductible paid by this claim)", Y(s.Deductible)) { Formula = deductibleFormula, Inputs = deductibleInputs },
                new Explanation("支付比例 (ratio)", s.BasicRatio.ToString("P2", CultureInfo.InvariantCulture))
                {
                    Formula = claim.Kind == ClaimKind.Inpatient ? $"ratio[{lk}.{BenefitKeys.Key(claim.Status)}] + group_increase[{gk}]" : $"ratio[{lk}.{BenefitKeys.Key(claim.Status)}]",
                    Inputs = ratioInputs,
                },
                new Explanation("before cap", Y(s.BasicBeforeCap)) { Formula = $"round(({Y(s.InScope)} − {Y(s.Deductible)}) × {s.BasicRatio:P2})", Rounding = rounding },
                new Explanation("cap room (最高支付限额 / 年度限额)", Room(s.BasicCapRoom.Fen)) { Formula = capWords.Count == 0 ? "no cap" : "min(" + string.Join(", ", capWords) + ")", Inputs = capInputs },
            ],
        });

        // 大病保险.
        long b0 = before.SeriousBaseSum, b1 = b0 + s.SeriousIllnessBase.Fen;
        long h0 = BenefitSettlement.SeriousH(plan, claim.Group, b0), h1 = BenefitSettlement.SeriousH(plan, claim.Group, b1);
        var seriousInputs = new List<Explanation>
        {
            new("counted base (in-scope patient share after the basic layer × counted share)", Y(s.SeriousIllnessBase))
            {
                Formula = $"round(({Y(s.InScope)} − {Y(s.Basic)}) × {plan.CountedShare(claim.Kind):P2})",
                Inputs = [plan.Parameter(BenefitKeys.SeriousCountedShare, kk)],
            },
            new("year base before → after", $"{Y(b0)} → {Y(b1)}"),
            new("大病保险起付线 (deductible for the group)", Y(plan.SeriousIllnessDeductible(claim.Group)))
            {
                Formula = $"{Y(plan.SeriousIllnessBaseDeductible)} × deductible_factor[{gk}]",
                Rounding = rounding,
                Inputs = SeriousDeductibleInputs(plan, gk),
            },
        };
        for (int band = 0; band < plan.SeriousIllnessBandCount; band++)
        {
            seriousInputs.Add(new Explanation($"band {plan.BandKeys[band]} from {Y(plan.SeriousIllnessBandFrom(band))} above the deductible", plan.SeriousIllnessBandRatio(band, claim.Group).ToString("P2", CultureInfo.InvariantCulture))
            {
                Formula = $"band_ratio[{plan.BandKeys[band]}] + ratio_increase[{gk}]",
                Inputs = [plan.Parameter(BenefitKeys.SeriousBandFrom, plan.BandKeys[band]), plan.Parameter(BenefitKeys.SeriousBandRatio, plan.BandKeys[band]), plan.Parameter(BenefitKeys.SeriousRatioIncrease, gk)],
            });
        }

        seriousInputs.Add(new Explanation("H(after) − H(before)", Y(s.SeriousIllnessBeforeCap)) { Formula = $"{Y(h1)} − {Y(h0)}", Rounding = "H rounds the year's banded amount once, " + rounding });
        seriousInputs.Add(new Explanation("cap room (大病保险最高支付限额)", Room(s.SeriousIllnessCap == CapState.Uncapped ? long.MaxValue : plan.SeriousIllnessCap(claim.Group)!.Value.Fen - before.SeriousPaidSum))
        {
            Inputs = [plan.Parameter(BenefitKeys.SeriousCap), plan.Parameter(BenefitKeys.SeriousCapApplies, gk), Explanation.Input("大病保险 paid earlier this year", Y(before.SeriousPaidSum))],
        });
        steps.Add(new Explanation($"大病保险支付 (serious-illness insurance, {BenefitKeys.Chinese(claim.Group)})", Y(s.SeriousIllness))
        {
            Formula = "min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)",
            Note = CapNote(s.SeriousIllnessCap),
            Inputs = seriousInputs,
        });

        // 医疗救助.
        steps.Add(new Explanation($"医疗救助支付 (medical assistance, {BenefitKeys.Chinese(claim.Group)})", Y(s.Assistance))
        {
            Formula = "min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A",
            Rounding = rounding,
            Note = plan.AssistanceRatio(claim.Group).IsZero ? $"{BenefitKeys.Chinese(claim.Group)} receive no 医疗救助 under this plan (ratio 0%)." : CapNote(s.AssistanceCap),
            Inputs =
            [
                new Explanation("assistance base (what remained after 大病保险)", Y(s.AssistanceBase)) { Formula = plan.AssistanceRatio(claim.Group).IsZero ? "0 (not an assistance recipient: the base is not accumulated)" : $"{Y(s.InScope)} − {Y(s.Basic)} − {Y(s.SeriousIllness)}" },
                new Explanation("year base before → after", $"{Y(before.AssistBaseSum)} → {Y(before.AssistBaseSum + s.AssistanceBase.Fen)}"),
                plan.Parameter(BenefitKeys.AssistanceDeductible, gk),
                plan.Parameter(BenefitKeys.AssistanceRatio, gk),
                plan.Parameter(BenefitKeys.AssistanceCap, gk),
                Explanation.Input("医疗救助 paid earlier this year", Y(before.AssistPaidSum)),
            ],
        });

        steps.Add(new Explanation("个人负担 (patient pays)", Y(s.Patient))
        {
            Formula = $"{Y(s.Total)} − {Y(s.Basic)} − {Y(s.SeriousIllness)} − {Y(s.Assistance)} = out of scope {Y(s.OutOfScope)} + 乙类先行自付 {Y(s.ClassBSelfPay)} + in scope {Y(s.InScopePatient)}",
        });

        if (plan.TryGetTarget(claim.Group, out Rate min, out Rate max))
        {
            steps.Add(new Explanation("三重保障后政策范围内报销比例 (three-layer in-scope ratio)", s.ThreeLayerRatio.ToString("P2", CultureInfo.InvariantCulture))
            {
                Formula = $"({Y(s.Basic)} + {Y(s.SeriousIllness)} + {Y(s.Assistance)}) / {Y(s.InScope)} against {min:P2}–{max:P2}",
                Note = $"target {s.Target}",
                Inputs = [plan.Parameter(BenefitKeys.TargetMin, gk), plan.Parameter(BenefitKeys.TargetMax, gk)],
            });
        }

        return new Explanation($"结算 claim {claim.Id} (person {claim.PersonId}, {claim.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, {plan})", Y(s.Total))
        {
            Sentence = $"{Y(s.Total)} = 基本医保 {Y(s.Basic)} + 大病保险 {Y(s.SeriousIllness)} + 医疗救助 {Y(s.Assistance)} + 个人负担 {Y(s.Patient)}",
            Inputs = steps,
        };
    }

    private static List<Explanation> SeriousDeductibleInputs(BenefitPlan plan, string gk)
    {
        var inputs = new List<Explanation>();
        if (plan.Read(BenefitKeys.SeriousDeductible))
        {
            inputs.Add(plan.Parameter(BenefitKeys.SeriousDeductible));
        }
        else
        {
            inputs.Add(plan.Parameter(BenefitKeys.SeriousReferenceIncome));
            inputs.Add(plan.Parameter(BenefitKeys.SeriousIncomeShare));
        }

        inputs.Add(plan.Parameter(BenefitKeys.SeriousDeductibleFactor, gk));
        return inputs;
    }

    private static string CapNote(CapState state) => state switch
    {
        CapState.ReachedOnThisClaim => "this claim reached the cap: only the remaining room was paid",
        CapState.ExhaustedBefore => "the cap was used up by earlier claims this year",
        CapState.Uncapped => "no cap applies",
        _ => "below the cap",
    };

    private static string Room(long fen) => fen == long.MaxValue ? "no cap" : Y(fen);

    private static string Y(Money m) => m.ToString("N2元", CultureInfo.InvariantCulture);

    private static string Y(long fen) => Y(Money.FromFen(fen));
}
