using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Reconciliation;
using FundMath.Tests.Support;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// Laws of the region-row identities (应付未付款小计 = Σ 各类; 实际结余 = 期末累计结余 − 预缴 − 应付未付款;
/// 月平均支出 = 本期支出 / 3; 可支付月数 = 实际结余 / 月平均支出) on a quarterly table: a row printed from exact
/// data, each figure rounded to nearest at its printed precision, has no finding (soundness); moving the printed
/// subtotal by more than any rounding of it and its parts can explain (0.03万元 here) is an error on that cell (detection).
/// </summary>
public sealed class RegionIdentityPropertyTests
{
    private static readonly string[] Roles = ["balance", "prepayments", "payables", "settledUnpaid", "unsettled", "withheldReserve", "otherUnpaid", "actualBalance", "expenditure", "monthlyExpenditure", "months"];

    // Fen amounts of one region; the table prints 万元 to 0.01 (= 100 元 = 10,000 fen) and months to 0.1.
    private static Arbitrary<long[]> Rows() =>
        Gen.Choose(0, 2_000_000).ArrayOf(6).Select(a => a.Select(x => (long)x).ToArray()).ToArbitrary();

    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static (ReportDocument Report, string Subtotal) Table(long[] parts, decimal subtotalShift)
    {
        // Exact yuan amounts: four payable kinds, a prepayment, the quarter's expenditure; the balance covers them.
        decimal[] kinds = parts.Take(4).Select(p => p * 100m).ToArray();
        decimal prepayment = parts[4] * 10m;
        decimal expenditure = (parts[5] + 1) * 1_000m;
        decimal payables = kinds.Sum();
        decimal balance = payables + prepayment + (expenditure * 2);
        decimal actual = balance - prepayment - payables;
        decimal monthly = expenditure / 3m;

        // Printed: each figure rounded to nearest (half away from zero) at its own precision.
        decimal printedMonthly = Math.Round(monthly / 10_000m, 2, MidpointRounding.AwayFromZero);
        decimal months = Math.Round(actual / (printedMonthly * 10_000m), 1, MidpointRounding.AwayFromZero);
        string subtotal = (Math.Round(payables / 10_000m, 2, MidpointRounding.AwayFromZero) + subtotalShift).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        string[] values =
        [
            Wan(balance), Wan(prepayment), subtotal, .. kinds.Select(Wan), Wan(actual), Wan(expenditure),
            printedMonthly.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            months.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
        ];
        string yaml = "title: t\nperiod: 2024Q1\nregions:\n- title: 分布表\n  unit: 万元\n  fund: 职工医保统筹基金\n  columns:\n"
            + string.Concat(Roles.Select(r => $"  - {{ name: {r}, role: {r}{(r == "months" ? ", unit: 个月" : string.Empty)} }}\n"))
            + "  rows:\n  - region: 甲区\n    values: [" + string.Join(", ", values.Select(v => $"'{v}'")) + "]\n";
        return (FundMath.Yaml.PublishedReportFiles.ReadYaml(yaml, "generated.yaml"), subtotal);
    }

    [FundMathProperty]
    public Property A_row_printed_from_exact_data_satisfies_every_identity() =>
        Prop.ForAll(Rows(), parts =>
        {
            ReconciliationResult result = ReportChecker.Check(Table(parts, 0m).Report);
            // 4 checks: the subtotal, the actual balance, the monthly expenditure (÷ 3), the months.
            return (result.Findings.Count == 0 && result.ChecksRun == 4)
                .Label($"findings: {string.Join(" | ", result.Findings)}; checks {result.ChecksRun}");
        });

    [FundMathProperty]
    public Property A_subtotal_moved_beyond_the_rounding_of_its_parts_is_an_error_on_it() =>
        Prop.ForAll(Rows(), Gen.Choose(4, 500).ToArbitrary(), (parts, cents) =>
        {
            // The four kinds may each be off by 0.005 (0.02 together) and a subtotal rounded up or down by a whole
            // 0.01 would still be a note (directed rounding): 0.03 at most is explainable, so 0.04 or more is an error.
            decimal shift = cents / 100m;
            (ReportDocument report, string subtotal) = Table(parts, shift);
            ReconciliationResult result = ReportChecker.Check(report);
            return result.Findings.Any(f => f.Severity == FindingSeverity.Error && f.Check == ReconciliationCheck.Payables && f.Printed.Printed.ToString(System.Globalization.CultureInfo.InvariantCulture) == subtotal)
                .Label($"subtotal {subtotal}; findings: {string.Join(" | ", result.Findings)}");
        });
}
