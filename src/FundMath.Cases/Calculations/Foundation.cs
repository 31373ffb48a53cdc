using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for the foundation: money arithmetic, apportionment, time progress and parameter lookup —
/// 基础计算. Names: money.per_capita_total, money.multiply, money.divide, money.multiply_rate, money.sum,
/// money.ratio, apportionment.split, period.time_progress, parameters.lookup.
/// </summary>
public static class Foundation
{
    /// <summary>money.per_capita_total: total = per_capita × headcount (exact).</summary>
    public static ICaseCalculation PerCapitaTotal { get; } = CaseCalculation.Create(
        "money.per_capita_total",
        "Total of a per-person amount over a headcount: total = per_capita × headcount (exact, no rounding).",
        [
            new("per_capita", CaseValueKind.Money, "amount per person, 元 (e.g. 280)"),
            new("headcount", CaseValueKind.Headcount, "persons (e.g. 3019813)"),
        ],
        static (i, _) =>
        {
            Money perCapita = i.Money("per_capita");
            Headcount headcount = i.Headcount("headcount");
            Money total = perCapita * headcount;
            var explanation = new Explanation("total", Format(total)) { Formula = "per_capita × headcount", Inputs = [Explanation.Input("per_capita", Format(perCapita)), Explanation.Input("headcount", headcount.Persons.ToString(CultureInfo.InvariantCulture))] };
            return new CaseResult().Add("total", total, explanation);
        });

    /// <summary>money.multiply: product = amount × factor (an integer; exact).</summary>
    public static ICaseCalculation Multiply { get; } = CaseCalculation.Create(
        "money.multiply",
        "An amount times a whole number: product = amount × factor (exact).",
        [new("amount", CaseValueKind.Money, "元"), new("factor", CaseValueKind.Integer, "a whole number")],
        static (i, _) => new CaseResult().Add("product", i.Money("amount") * i.Integer("factor")));

    /// <summary>money.divide: quotient = amount ÷ divisor, rounded to the fen.</summary>
    public static ICaseCalculation Divide { get; } = CaseCalculation.Create(
        "money.divide",
        "An amount per unit: quotient = amount ÷ divisor, rounded to the fen with 'rounding' (default AwayFromZero, 四舍五入).",
        [
            new("amount", CaseValueKind.Money, "元 (e.g. \"38189万元\")"),
            new("divisor", CaseValueKind.Integer, "a positive whole number (persons, visits, months)"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            Money amount = i.Money("amount");
            long divisor = i.Integer("divisor");
            if (divisor <= 0)
            {
                throw i.Get("divisor").Error($"divisor must be positive; it is {divisor}");
            }

            MidpointRounding mode = i.Rounding("rounding");
            Money quotient = amount.Divide(divisor, mode);
            var explanation = new Explanation("quotient", Format(quotient))
            {
                Formula = "amount ÷ divisor",
                Rounding = $"to the fen, {mode}",
                Inputs = [Explanation.Input("amount", Format(amount)), Explanation.Input("divisor", divisor.ToString(CultureInfo.InvariantCulture))],
            };
            return new CaseResult().Add("quotient", quotient, explanation);
        });

    /// <summary>money.multiply_rate: product = amount × rate, rounded to the fen.</summary>
    public static ICaseCalculation MultiplyRate { get; } = CaseCalculation.Create(
        "money.multiply_rate",
        "An amount times a rate: product = amount × rate, rounded to the fen with 'rounding' (default AwayFromZero).",
        [
            new("amount", CaseValueKind.Money, "元"),
            new("rate", CaseValueKind.Rate, "e.g. \"8.7%\""),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            MidpointRounding mode = i.Rounding("rounding");
            Money amount = i.Money("amount");
            Rate rate = i.Rate("rate");
            Money product = amount.Multiply(rate, mode);
            var explanation = new Explanation("product", Format(product))
            {
                Formula = "amount × rate",
                Rounding = $"to the fen, {mode}",
                Inputs = [Explanation.Input("amount", Format(amount)), Explanation.Input("rate", CaseValue.Of(rate).Text)],
            };
            return new CaseResult().Add("product", product, explanation);
        });

    /// <summary>money.sum: total = Σ items.</summary>
    public static ICaseCalculation Sum { get; } = CaseCalculation.Create(
        "money.sum",
        "The sum of amounts: total = Σ items (exact).",
        [new("items", CaseValueKind.Money, "a list of amounts")],
        static (i, _) => new CaseResult().Add("total", Money.Sum(i.MoneyList("items"))));

    /// <summary>money.ratio: ratio = part ÷ whole as an exact rate.</summary>
    public static ICaseCalculation Ratio { get; } = CaseCalculation.Create(
        "money.ratio",
        "One amount as a share of another: ratio = part ÷ whole (exact; compare with a tolerance for printed percentages).",
        [new("part", CaseValueKind.Money, "元"), new("whole", CaseValueKind.Money, "元, not zero")],
        static (i, _) =>
        {
            Money whole = i.Money("whole");
            if (whole.IsZero)
            {
                throw i.Get("whole").Error("whole is zero: the ratio is not meaningful");
            }

            return new CaseResult().Add("ratio", Rate.Of(i.Money("part"), whole));
        });

    /// <summary>apportionment.split: parts of total by weights (largest remainder, earlier index wins ties).</summary>
    public static ICaseCalculation Split { get; } = CaseCalculation.Create(
        "apportionment.split",
        "Splits a total by whole-number weights with the largest-remainder method (earlier index wins ties); outputs parts[0..n-1] summing exactly to total.",
        [new("total", CaseValueKind.Money, "元"), new("weights", CaseValueKind.Integer, "a list of non-negative whole numbers")],
        static (i, _) =>
        {
            long[] weights = i.IntegerList("weights");
            var parts = new Money[weights.Length];
            Apportionment.Split(i.Money("total"), weights, parts);
            var result = new CaseResult();
            for (int k = 0; k < parts.Length; k++)
            {
                result.Add($"parts[{k}]", parts[k]);
            }

            return result;
        });

    /// <summary>period.time_progress: progress = months elapsed ÷ 12 at the end of the period.</summary>
    public static ICaseCalculation TimeProgress { get; } = CaseCalculation.Create(
        "period.time_progress",
        "Time progress (时间进度) at the end of a period: progress = last month of the period ÷ 12 (Q1 25%, H1 50%, Q3 75%, year 100%).",
        [new("period", CaseValueKind.Period, "e.g. 2021Q3; defaults to the case's period", Required: false)],
        static (i, _) =>
        {
            ReportingPeriod period = i.Period("period");
            return new CaseResult().Add("progress", period.TimeProgress,
                new Explanation("progress", CaseValue.Of(period.TimeProgress).Text) { Formula = "months from January to the end of the period ÷ 12", Inputs = [Explanation.Input("period", period.ToString())] });
        });

    /// <summary>parameters.lookup: the value of a named parameter on a date, with its citation and effective date.</summary>
    public static ICaseCalculation ParameterLookup { get; } = CaseCalculation.Create(
        "parameters.lookup",
        "The value of a named parameter on a date (pins policy values in a test suite); outputs value, citation (document) and effective_from.",
        [
            new("name", CaseValueKind.Text, "parameter name, e.g. resident.individual_contribution"),
            new("date", CaseValueKind.Date, "defaults to the case's date", Required: false),
            new("bracket", CaseValueKind.Text, "for a scale: the bracket key, e.g. tier1", Required: false),
        ],
        static (i, parameters) =>
        {
            string name = i.Text("name");
            LocalDate date = i.Date("date");
            ParameterEntry entry = parameters.At(name, date);
            string? bracket = i.Has("bracket") ? i.Text("bracket") : null;
            ParameterValue value = bracket is null
                ? parameters.ValueAt(name, date)
                : entry.Bracket(bracket);
            Explanation explanation = bracket is null ? entry.Explain(name) : entry.Explain(name, bracket);
            return new CaseResult()
                .Add("value", CaseValue.Of(value), explanation)
                .Add("citation", CaseValue.Of(entry.Citation.Document))
                .Add("effective_from", CaseValue.Of(entry.EffectiveFrom));
        });

    /// <summary>Every foundation calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } =
        [PerCapitaTotal, Multiply, Divide, MultiplyRate, Sum, Ratio, Split, TimeProgress, ParameterLookup];

    private static string Format(Money m) => m.ToString("N2元", CultureInfo.InvariantCulture);
}
