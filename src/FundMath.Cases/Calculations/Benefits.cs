using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Benefits;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for benefit settlement — 待遇结算案例计算: benefits.settle settles a list of claim rows (and
/// reversals) in order with the plans the case's parameter set defines (give the plan parameters under the case's
/// <c>parameters:</c>, e.g. the content of samples/parameters/ankang.yaml).
/// </summary>
public static class Benefits
{
    /// <summary>
    /// benefits.settle: each claim row → basic[k], serious_illness[k], assistance[k], patient[k] (k counts claim rows, reversals
    /// excluded), with in_scope, deductible, class_b_self_pay, ratio, basic_cap and target per claim; the year totals of the
    /// claims still active; inpatient in-scope fund ratios by level and the plan's inpatient target outcome.
    /// </summary>
    public static ICaseCalculation Settle { get; } = CaseCalculation.Create(
        "benefits.settle",
        "Three-layer settlement (基本医保 → 大病保险 → 医疗救助) of claim rows in order against each person's year-to-date accumulator; a row { reverses: N } reverses claim N (冲正).",
        [
            new("claims", CaseValueKind.Text, "a list of rows { id, person, date, kind, level, status?, group?, total, out_of_scope?, class_b? } or { reverses: id }"),
            new("scheme", CaseValueKind.Text, "employee or resident: the default scheme of the rows", Required: false),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name (default AwayFromZero, 四舍五入)", Required: false),
        ],
        static (i, parameters) =>
        {
            BenefitScheme? scheme = i.Has("scheme") ? BenefitClaimReader.Scheme(i.Get("scheme")) : null;
            IReadOnlyList<BenefitClaimEntry> rows = BenefitClaimReader.Read(i.Get("claims"), scheme);
            BenefitClaim[] claims = [.. rows.Where(r => !r.IsReversal).Select(r => r.Claim)];
            if (claims.Length == 0)
            {
                throw i.Get("claims").Error("give at least one claim row");
            }

            var span = new PolicyWindow(new LocalDate(claims.Min(c => c.Date.Year), 1, 1), new LocalDate(claims.Max(c => c.Date.Year), 12, 31));
            var ledger = new BenefitLedger(BenefitPlans.FromParameters(parameters, span, i.Rounding("rounding")));
            var result = new CaseResult();
            var settled = new Dictionary<long, (BenefitClaim Claim, ClaimSettlement Settlement)>();
            int k = 0;
            foreach (BenefitClaimEntry row in rows)
            {
                if (row.Reverses is { } id)
                {
                    ledger.Reverse(id);
                    settled.Remove(id);
                    continue;
                }

                BenefitClaim c = row.Claim;
                Explanation explanation = ledger.Explain(c);
                ClaimSettlement s = ledger.Settle(c);
                settled[c.Id] = (c, s);
                string n = k.ToString(CultureInfo.InvariantCulture);
                result.Add($"basic[{n}]", s.Basic, explanation)
                    .Add($"serious_illness[{n}]", s.SeriousIllness)
                    .Add($"assistance[{n}]", s.Assistance)
                    .Add($"patient[{n}]", s.Patient)
                    .Add($"in_scope[{n}]", s.InScope)
                    .Add($"deductible[{n}]", s.Deductible)
                    .Add($"class_b_self_pay[{n}]", s.ClassBSelfPay)
                    .Add($"ratio[{n}]", s.BasicRatio)
                    .Add($"three_layer_ratio[{n}]", s.ThreeLayerRatio)
                    .Add($"basic_cap[{n}]", CaseValue.Of(s.BasicCap.ToString()))
                    .Add($"target[{n}]", CaseValue.Of(s.Target.ToString()));
                k++;
            }

            Money basic = Money.Zero, serious = Money.Zero, assist = Money.Zero, claimed = Money.Zero;
            long admissions = 0;
            foreach (KeyValuePair<(long Person, BenefitScheme Scheme, int Year), BenefitAccumulator> a in ledger.Accumulators)
            {
                basic += a.Value.BasicPaid;
                serious += a.Value.SeriousIllnessPaid;
                assist += a.Value.AssistancePaid;
                claimed += a.Value.Claimed;
                admissions += a.Value.Admissions;
            }

            result.Add("year_basic", basic).Add("year_serious_illness", serious).Add("year_assistance", assist)
                .Add("year_patient", claimed - basic - serious - assist).Add("admissions", CaseValue.Of(admissions))
                .Add("active_claims", CaseValue.Of((long)ledger.ActiveClaims));

            // 住院政策范围内基金支付比例 of the active inpatient claims, by level and overall (plausibility checks).
            long[] inScope = new long[3], paid = new long[3];
            foreach ((BenefitClaim c, ClaimSettlement s) in settled.Values.Where(v => v.Claim.Kind == ClaimKind.Inpatient))
            {
                inScope[(int)c.Level] += s.InScope.Fen;
                paid[(int)c.Level] += s.Basic.Fen;
            }

            for (int l = 0; l < 3; l++)
            {
                if (inScope[l] > 0)
                {
                    result.Add($"inpatient_ratio_level{l + 1}", Rate.FromRatio(paid[l], inScope[l]));
                }
            }

            if (inScope.Sum() > 0)
            {
                Rate overall = Rate.FromRatio(paid.Sum(), inScope.Sum());
                result.Add("inpatient_ratio", overall);
                BenefitClaim last = claims.MaxBy(c => c.Date);
                result.Add("inpatient_target", CaseValue.Of(
                    ledger.PlanFor(last).InpatientInScopeRatioTarget is not { } target ? nameof(TargetOutcome.NoTarget)
                    : overall < target ? nameof(TargetOutcome.Below) : nameof(TargetOutcome.Within)));
            }

            return result;
        });

    /// <summary>Every benefit adapter.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } = [Settle];
}
