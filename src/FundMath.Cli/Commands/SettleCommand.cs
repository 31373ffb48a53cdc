using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FundMath.Benefits;
using FundMath.Cli.Benefits;
using FundMath.Cli.Input;
using FundMath.Cli.Views;
using NodaTime;

namespace FundMath.Cli.Commands;

/// <summary>
/// <c>fundmath settle FILE [--params FILE] [--scheme employee|resident]</c>: settles claim rows in order across the three
/// layers (基本医保 → 大病保险 → 医疗救助) against each person's year-to-date accumulator, applies reversals (冲正), and prints
/// each claim's split, each person-year and the totals (docs/benefits.md, docs/cli.md).
/// </summary>
internal static class SettleCommand
{
    /// <summary>The command, wired to the app's error handling.</summary>
    public static Command Create(Func<ParseResult, Func<CommandResult>, int> execute)
    {
        var file = new Argument<string>("FILE") { Description = "Claims (.yaml, .yml, .json or .csv): rows { id, person, date, kind, level, status?, group?, total, out_of_scope?, class_b? } or { reverses: id }." };
        var parameters = new Option<string?>("--params") { Description = "The parameter file with the benefit plans (e.g. samples/parameters/ankang.yaml); default: the claims file's 'parameters:'.", HelpName = "FILE" };
        var scheme = new Option<string?>("--scheme") { Description = "The scheme of rows that name none: employee or resident.", HelpName = "SCHEME" };
        scheme.AcceptOnlyFromAmong("employee", "resident");
        var command = new Command("settle", "Settle claims across 基本医保, 大病保险 and 医疗救助 with year-to-date accumulators and reversals; per-claim splits, person-years and totals.") { file, parameters, scheme };
        command.SetAction(parse => execute(parse, () => Run(parse.GetValue(file)!, parse.GetValue(parameters), parse.GetValue(scheme), parse.GetValue<bool>("--explain"))));
        return command;
    }

    public static CommandResult Run(string file, string? paramsFile, string? scheme, bool explain = true)
    {
        ClaimsInput input = ClaimsInputReader.Load(file, paramsFile, scheme);
        BenefitClaim[] claims = [.. input.Rows.Where(r => !r.IsReversal).Select(r => r.Claim)];
        if (claims.Length == 0)
        {
            throw new InputException("the file has no claim rows.", file);
        }

        var span = new PolicyWindow(new LocalDate(claims.Min(c => c.Date.Year), 1, 1), new LocalDate(claims.Max(c => c.Date.Year), 12, 31));
        BenefitPlans plans;
        try
        {
            plans = BenefitPlans.FromParameters(input.Parameters, span);
        }
        catch (ArgumentException e)
        {
            throw new InputException("the benefit plan is invalid: " + e.Message, input.ParametersSource, inner: e);
        }

        var ledger = new BenefitLedger(plans);
        var view = new ReportView("settle", "fundmath settle — " + Path.GetFileName(file), $"{file} (plans: {input.ParametersSource})");
        view.Chinese[view.Source] = $"{file}（待遇方案：{input.ParametersSource}）";
        foreach ((string state, string chinese) in SettleChinese.CapNames())
        {
            view.Chinese[state] = chinese;
        }

        Section section = view.AddSection("claims", "Claims in settlement order (元): 基本医保 + 大病保险 + 医疗救助 + 个人负担 = total");
        view.Chinese[section.Title] = "按结算顺序的结算单（元）：基本医保 + 大病保险 + 医疗救助 + 个人负担 = 医疗费用总额";
        ViewTable table = section.AddTable(
            "claims",
            "Each claim and what was in the policy scope",
            new Column("claim", "Claim", CellKind.Text),
            new Column("person", "Person", CellKind.Text),
            new Column("date", "Date", CellKind.Text),
            new Column("kind", "Kind", CellKind.Text),
            new Column("level", "Level", CellKind.Text),
            new Column("group", "Group", CellKind.Text),
            new Column("total", "Total", CellKind.Money, "元"),
            new Column("outOfScope", "Out of scope", CellKind.Money, "元"),
            new Column("classBSelfPay", "Class B self-pay", CellKind.Money, "元"),
            new Column("inScope", "In scope", CellKind.Money, "元"));
        ViewTable split = section.AddTable(
            "splits",
            "Each claim's split: basic + serious illness + assistance + patient = total",
            new Column("claim", "Claim", CellKind.Text),
            new Column("deductible", "Deductible", CellKind.Money, "元"),
            new Column("basic", "Basic", CellKind.Money, "元"),
            new Column("seriousIllness", "Serious illness", CellKind.Money, "元"),
            new Column("assistance", "Assistance", CellKind.Money, "元"),
            new Column("patient", "Patient", CellKind.Money, "元"),
            new Column("basicCap", "Basic cap", CellKind.Outcome),
            new Column("target", "Target", CellKind.Outcome));
        var active = new Dictionary<long, (BenefitClaim Claim, ClaimSettlement Settlement)>();
        var lastClaim = new Dictionary<(long, BenefitScheme, int), BenefitClaim>();
        foreach (BenefitClaimEntry row in input.Rows)
        {
            try
            {
                if (row.Reverses is { } id)
                {
                    ClaimSettlement undone = ledger.Reverse(id);
                    BenefitClaim original = active[id].Claim;
                    active.Remove(id);
                    AddRow(table, split, original, undone, reversal: true);
                    continue;
                }

                BenefitClaim claim = row.Claim;
                if (explain)
                {
                    FundMath.Explain.Explanation explanation = ledger.Explain(claim); // built only when asked for: a large file has many claims
                    view.Explanations.Add(explanation);
                    SettleChinese.Register(view, explanation);
                }

                ClaimSettlement s = ledger.Settle(claim);
                active[claim.Id] = (claim, s);
                lastClaim[(claim.PersonId, claim.Scheme, claim.Date.Year)] = claim;
                AddRow(table, split, claim, s, reversal: false);
            }
            catch (BenefitClaimException e)
            {
                throw new InputException(e.Message, row.Location.Source, row.Location.Line, row.Location.Column, e);
            }
        }

        AddPersons(view, ledger, lastClaim);
        AddTotals(view, ledger, active.Values);
        return new CommandResult(view, ExitCodes.Ok);
    }

    private static void AddRow(ViewTable table, ViewTable split, in BenefitClaim c, in ClaimSettlement s, bool reversal)
    {
        Money Sign(Money m) => reversal ? -m : m;
        string id = c.Id.ToString(CultureInfo.InvariantCulture);
        table.AddRow(
            Cell.Of(id),
            Cell.Of(c.PersonId.ToString(CultureInfo.InvariantCulture)),
            Cell.Of(c.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
            Cell.Of(reversal ? "冲正 reversal" : Kind(c.Kind)),
            Cell.Of(Level(c.Level)),
            Cell.Of(Group(c.Group)),
            Cell.Of(Sign(s.Total), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.OutOfScope), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.ClassBSelfPay), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.InScope), MoneyUnit.Yuan, 2));
        split.AddRow(
            Cell.Of(id),
            Cell.Of(Sign(s.Deductible), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.Basic), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.SeriousIllness), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.Assistance), MoneyUnit.Yuan, 2),
            Cell.Of(Sign(s.Patient), MoneyUnit.Yuan, 2),
            Cell.Outcome(s.BasicCap.ToString(), s.BasicCap is CapState.ReachedOnThisClaim or CapState.ExhaustedBefore ? Tone.Warning : Tone.None),
            Cell.Outcome(s.Target.ToString(), s.Target switch { TargetOutcome.Below => Tone.Bad, TargetOutcome.Above => Tone.Warning, TargetOutcome.Within => Tone.Good, _ => Tone.None }));
    }

    private static void AddPersons(ReportView view, BenefitLedger ledger, Dictionary<(long, BenefitScheme, int), BenefitClaim> lastClaim)
    {
        Section section = view.AddSection("persons", "Year-to-date per person (claims still active)");
        ViewTable table = section.AddTable(
            "persons",
            "Each person-year's accumulators",
            new Column("person", "Person", CellKind.Text),
            new Column("year", "Year", CellKind.Text),
            new Column("claims", "Claims", CellKind.Integer),
            new Column("admissions", "Admissions", CellKind.Integer),
            new Column("inScope", "In scope", CellKind.Money, "元"),
            new Column("basic", "Basic", CellKind.Money, "元"),
            new Column("seriousIllness", "Serious illness", CellKind.Money, "元"),
            new Column("assistance", "Assistance", CellKind.Money, "元"),
            new Column("threeLayerRatio", "Three-layer ratio", CellKind.Rate),
            new Column("target", "Target", CellKind.Outcome));
        foreach (var (key, a) in ledger.Accumulators.OrderBy(kv => kv.Key.Person).ThenBy(kv => kv.Key.Year).Select(kv => (kv.Key, kv.Value)))
        {
            table.AddRow(
                Cell.Of(Person(view, key.Person, key.Scheme)),
                Cell.Of(key.Year.ToString(CultureInfo.InvariantCulture)),
                Cell.Of(a.Claims),
                Cell.Of(a.Admissions),
                Cell.Of(a.InScope, MoneyUnit.Yuan, 2),
                Cell.Of(a.BasicPaid, MoneyUnit.Yuan, 2),
                Cell.Of(a.SeriousIllnessPaid, MoneyUnit.Yuan, 2),
                Cell.Of(a.AssistancePaid, MoneyUnit.Yuan, 2),
                a.InScope.IsZero ? Cell.Empty : Cell.Of(Rate.FromRatio(a.FundPaid.Fen, a.InScope.Fen)),
                Target(ledger, lastClaim, key, a));
        }
    }

    /// <summary>The person-year's three-layer ratio against the band of the group and plan of the person's last claim of the year.</summary>
    private static Cell Target(BenefitLedger ledger, Dictionary<(long, BenefitScheme, int), BenefitClaim> lastClaim, (long Person, BenefitScheme Scheme, int Year) key, in BenefitAccumulator a)
    {
        if (!lastClaim.TryGetValue((key.Person, key.Scheme, key.Year), out BenefitClaim last))
        {
            return Cell.Empty;
        }

        TargetOutcome outcome = a.TargetFor(ledger.PlanFor(last), last.Group);
        return Cell.Outcome(outcome.ToString(), outcome switch { TargetOutcome.Below => Tone.Bad, TargetOutcome.Above => Tone.Warning, TargetOutcome.Within => Tone.Good, _ => Tone.None });
    }

    private static void AddTotals(ReportView view, BenefitLedger ledger, IEnumerable<(BenefitClaim Claim, ClaimSettlement Settlement)> active)
    {
        Section section = view.AddSection("totals", "Totals of the claims still active");
        var list = active.ToList();
        Money total = Sum(list, s => s.Total);
        ViewTable table = section.AddTable(
            "totals",
            "Who paid what",
            new Column("part", "Part", CellKind.Text),
            new Column("amount", "Amount", CellKind.Money, "元"),
            new Column("share", "Share of total", CellKind.Rate));
        void Row(string name, Money amount, string? chinese = null)
        {
            if (chinese is not null)
            {
                view.Chinese[name] = chinese;
            }

            table.AddRow(Cell.Of(name), Cell.Of(amount, MoneyUnit.Yuan, 2), total.IsZero ? Cell.Empty : Cell.Of(Rate.Of(amount, total)));
        }

        Row("医疗费用总额 total", total);
        Row("基本医保 basic", Sum(list, s => s.Basic));
        Row("大病保险 serious illness", Sum(list, s => s.SeriousIllness));
        Row("医疗救助 assistance", Sum(list, s => s.Assistance));
        Row("个人负担 patient", Sum(list, s => s.Patient));
        Row("  of which 政策范围外 out of scope", Sum(list, s => s.OutOfScope), "  其中 政策范围外");
        Row("  of which 乙类先行自付", Sum(list, s => s.ClassBSelfPay), "  其中 乙类先行自付");
        string count = $"{list.Count} active claims, {ledger.Accumulators.Count()} person-years; parts add up to the total exactly.";
        section.Notes.Add(count);
        view.Chinese[count] = $"仍有效结算单 {list.Count} 笔，参保人年度 {ledger.Accumulators.Count()} 个；各部分之和与合计精确相等。";
        foreach (HospitalLevel level in new[] { HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3 })
        {
            var inpatient = list.Where(v => v.Claim.Kind == ClaimKind.Inpatient && v.Claim.Level == level).ToList();
            Money inScope = Sum(inpatient, s => s.InScope);
            if (!inScope.IsZero)
            {
                Rate ratio = Rate.Of(Sum(inpatient, s => s.Basic), inScope);
                string note = $"住院政策范围内基金支付比例 {Level(level)}: {ratio.ToString("P2", CultureInfo.InvariantCulture)} ({inpatient.Count} admissions).";
                section.Notes.Add(note);
                view.Chinese[note] = $"住院政策范围内基金支付比例 {Level(level)}：{ratio.ToString("P2", CultureInfo.InvariantCulture)}（住院 {inpatient.Count} 人次）。";
            }
        }
    }

    private static Money Sum(IEnumerable<(BenefitClaim Claim, ClaimSettlement Settlement)> list, Func<ClaimSettlement, Money> pick)
    {
        Money sum = Money.Zero;
        foreach (var v in list)
        {
            sum += pick(v.Settlement);
        }

        return sum;
    }

    /// <summary>A person-year's person and scheme ("1 resident"), with its Chinese ("1 居民医保") in the view's lookup.</summary>
    private static string Person(ReportView view, long person, BenefitScheme scheme)
    {
        string id = person.ToString(CultureInfo.InvariantCulture);
        string text = id + (scheme == BenefitScheme.Employee ? " employee" : " resident");
        view.Chinese[text] = id + (scheme == BenefitScheme.Employee ? " 职工医保" : " 居民医保");
        return text;
    }

    private static string Kind(ClaimKind kind) => kind switch
    {
        ClaimKind.Inpatient => "住院 inpatient",
        ClaimKind.Outpatient => "门诊统筹 outpatient",
        _ => "门诊慢特病 chronic",
    };

    private static string Level(HospitalLevel level) => level switch
    {
        HospitalLevel.Level1 => "一级及以下",
        HospitalLevel.Level2 => "二级",
        _ => "三级",
    };

    private static string Group(AssistanceGroup group) => group switch
    {
        AssistanceGroup.Destitute => "特困",
        AssistanceGroup.Dibao => "低保",
        AssistanceGroup.PovertyRelapse => "返贫致贫",
        _ => "普通",
    };
}
