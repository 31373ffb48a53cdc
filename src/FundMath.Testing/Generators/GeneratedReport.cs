using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using FundMath.Reconciliation;

namespace FundMath.Testing;

/// <summary>
/// A report generated from exact data and printed at random precisions — 生成报表: a statement with a pooled /
/// personal split and a total row, a budget table with the rate printed twice, a region table, a months-of-cover
/// calculation, a cohort partition, a year-on-year group, a product and repeated mentions.
/// </summary>
public sealed class GeneratedReport
{
    private readonly int? regionsOverride;
    private ReportDocument? report;
    private int figureCount = -1;

    /// <summary>Creates the report derived deterministically from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">The seed is empty.</exception>
    public GeneratedReport(int[] seed, int? regions = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.Length == 0)
        {
            throw new ArgumentException("seed must have at least one element.", nameof(seed));
        }

        Seed = seed;
        regionsOverride = regions;
    }

    /// <summary>The seed the report is derived from.</summary>
    public int[] Seed { get; }

    /// <summary>The report as printed (consistent).</summary>
    public ReportDocument Report => report ??= Build(null);

    /// <summary>How many printed figures the report has (each can be changed with <see cref="WithFigureChanged"/>).</summary>
    public int FigureCount
    {
        get
        {
            if (figureCount < 0)
            {
                int n = 0;
                Build((i, f) =>
                {
                    n++;
                    return f;
                });
                figureCount = n;
            }

            return figureCount;
        }
    }

    /// <summary>
    /// The report with figure number <paramref name="index"/> (modulo <see cref="FigureCount"/>) moved up by more than
    /// rounding can explain anywhere it is used: by its own size plus 1000 times the coarsest printed precision among
    /// the report's figures of the same kind (money, headcount, or the figure's own unit otherwise).
    /// Returns the changed report and the changed figure.
    /// </summary>
    public (ReportDocument Report, PrintedFigure Changed) WithFigureChanged(int index)
    {
        int target = ((index % FigureCount) + FigureCount) % FigureCount;
        var coarsest = new Dictionary<string, Fraction>();
        Build((i, f) =>
        {
            string kind = Kind(f.Unit);
            coarsest[kind] = coarsest.TryGetValue(kind, out Fraction c) ? Fraction.Max(c, f.BasePrecision) : f.BasePrecision;
            return f;
        });
        PrintedFigure? changed = null;
        ReportDocument doc = Build((i, f) =>
        {
            if (i != target)
            {
                return f;
            }

            Fraction shiftBase = (f.Value.Sign < 0 ? -f.Value : f.Value) + (Fraction.FromInteger(1000) * coarsest[Kind(f.Unit)]);
            decimal shift = (shiftBase / FigureUnits.Scale(f.Unit)).ToDecimal(f.Precision.Scale, MidpointRounding.ToPositiveInfinity);
            changed = new PrintedFigure(f.Printed + shift, f.Unit, f.Location, f.Precision, f.Rounding);
            return changed;
        });
        return (doc, changed!);
    }

    private static string Kind(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan or FigureUnit.Wan or FigureUnit.Yi => "money",
        FigureUnit.Persons or FigureUnit.WanPersons => "persons",
        _ => unit.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => $"GeneratedReport(seed=[{string.Join(",", Seed)}], figures={FigureCount})";

    private int Pick(int i, int lo, int hi)
    {
        unchecked
        {
            uint mixed = ((uint)Seed[i % Seed.Length] * 2654435761u) ^ ((uint)i * 40503u) ^ ((uint)(i / Seed.Length) * 97u);
            mixed ^= mixed >> 15;
            return lo + (int)(mixed % (uint)(hi - lo + 1));
        }
    }

    private ReportDocument Build(Func<int, PrintedFigure, PrintedFigure>? map)
    {
        int draw = 0;
        int printed = 0;
        int Next(int lo, int hi) => Pick(draw++, lo, hi);

        // Money in fen: between 10亿元 (10^11 fen) and ~1000亿元.
        Fraction Money() => Fraction.FromInteger((long)Next(1_000, 100_000) * 100_000_000 + Next(0, 99_999_999));
        Fraction Persons() => Fraction.FromInteger((long)Next(100_000, 5_000_000));
        static Fraction Whole(Fraction value) => Fraction.FromInteger(value.RoundToInteger(MidpointRounding.AwayFromZero));
        Fraction fen = Fraction.Create(1, 100);

        PrintedFigure Emit(Fraction baseValue, FigureUnit unit, int decimals, FigureLocation location, PrintRounding rounding = PrintRounding.Nearest)
        {
            Fraction inUnit = baseValue / FigureUnits.Scale(unit);
            MidpointRounding mode = rounding == PrintRounding.Floor ? MidpointRounding.ToNegativeInfinity : MidpointRounding.AwayFromZero;
            decimal value = inUnit.ToDecimal(decimals, mode);
            var figure = new PrintedFigure(value, unit, location, PrintedFigure.PrecisionOf(value), rounding);
            return map is null ? figure : map(printed++, figure);
        }

        PrintedFigure EmitMoney(Fraction amountFen, FigureLocation location)
        {
            bool yi = Next(0, 1) == 0;
            return Emit(amountFen * fen, yi ? FigureUnit.Yi : FigureUnit.Wan, yi ? 2 : Next(0, 2), location);
        }

        PrintedFigure EmitRate(Fraction proportion, FigureLocation location) => Emit(proportion, FigureUnit.Percent, Next(1, 2), location);

        PrintedFigure EmitPersons(Fraction persons, FigureLocation location) =>
            Next(0, 1) == 0 ? Emit(persons, FigureUnit.Persons, 0, location) : Emit(persons, FigureUnit.WanPersons, 2, location);

        // Statement: two funds, one split into pooled / personal.
        Fraction[] income = [Money(), Money()];
        Fraction[] expenditure = [Money(), Money()];
        Fraction pooledBalance = Money(), personalBalance = Money(), residentBalance = Money();
        Fraction pooledSurplus = Money(), personalSurplus = Whole(-Money() / Fraction.FromInteger(Next(2, 9)));
        income[0] = expenditure[0] + pooledSurplus + personalSurplus;
        if (income[0].Sign <= 0)
        {
            income[0] = -income[0] + Money();
            pooledSurplus = income[0] - expenditure[0] - personalSurplus;
        }

        const string S = "生成报表";
        FigureLocation At(string table, string row, string column) => new(S, table, row, column);
        const string T1 = "收支余情况表";
        var employeeIncome = EmitMoney(income[0], At(T1, "职工医保", "收入"));
        var employee = new FundStatementFigures("职工医保")
        {
            Income = employeeIncome,
            Expenditure = EmitMoney(expenditure[0], At(T1, "职工医保", "支出")),
            CurrentSurplus = EmitMoney(income[0] - expenditure[0], At(T1, "职工医保", "当期结余")),
            AccumulatedBalance = EmitMoney(pooledBalance + personalBalance, At(T1, "职工医保", "累计结余")),
            Components =
            [
                new FundComponentFigures("统筹基金")
                {
                    CurrentSurplus = EmitMoney(pooledSurplus, At(T1, "统筹基金", "当期结余")),
                    AccumulatedBalance = EmitMoney(pooledBalance, At(T1, "统筹基金", "累计结余")),
                    ShareOfBalance = EmitRate(pooledBalance / (pooledBalance + personalBalance), At(T1, "统筹基金", "占比")),
                },
                new FundComponentFigures("个人账户")
                {
                    CurrentSurplus = EmitMoney(personalSurplus, At(T1, "个人账户", "当期结余")),
                    AccumulatedBalance = EmitMoney(personalBalance, At(T1, "个人账户", "累计结余")),
                    ShareOfBalance = EmitRate(personalBalance / (pooledBalance + personalBalance), At(T1, "个人账户", "占比")),
                },
            ],
        };
        var residentIncome = EmitMoney(income[1], At(T1, "居民医保", "收入"));
        var resident = new FundStatementFigures("居民医保")
        {
            Income = residentIncome,
            Expenditure = EmitMoney(expenditure[1], At(T1, "居民医保", "支出")),
            CurrentSurplus = EmitMoney(income[1] - expenditure[1], At(T1, "居民医保", "当期结余")),
            AccumulatedBalance = EmitMoney(residentBalance, At(T1, "居民医保", "累计结余")),
        };
        var total = new FundStatementFigures("合计")
        {
            Income = EmitMoney(income[0] + income[1], At(T1, "合计", "收入")),
            Expenditure = EmitMoney(expenditure[0] + expenditure[1], At(T1, "合计", "支出")),
            CurrentSurplus = EmitMoney(income[0] + income[1] - expenditure[0] - expenditure[1], At(T1, "合计", "当期结余")),
            AccumulatedBalance = EmitMoney(pooledBalance + personalBalance + residentBalance, At(T1, "合计", "累计结余")),
        };

        // Budget table: the rate printed in the table and again (maybe at another precision) in the text.
        const string T2 = "预算执行情况表";
        var budgetRows = new List<BudgetExecutionFigures>();
        for (int f = 0; f < 2; f++)
        {
            string fund = f == 0 ? "职工医保" : "居民医保";
            Fraction budget = Whole((income[f] * Fraction.Create(Next(800, 1200), 1000)) + (Money() / Fraction.FromInteger(1000)));
            Fraction rate = income[f] / budget;
            budgetRows.Add(new BudgetExecutionFigures(fund, "本年收入",
                EmitMoney(budget, At(T2, fund, "预算数")), EmitMoney(income[f], At(T2, fund, "执行数")), EmitRate(rate, At(T2, fund, "执行率")))
            {
                TextRate = EmitRate(rate, new FigureLocation($"{S} 正文", null, fund, "执行率")),
            });
        }

        // Region table: n rows and a total, two summable columns and a months column.
        const string T3 = "累计结余分布情况表";
        int n = regionsOverride ?? Next(1, 12);
        Fraction[] balances = new Fraction[n], actuals = new Fraction[n];
        var rows = new List<RegionRow>();
        for (int r = 0; r < n; r++)
        {
            balances[r] = Money();
            actuals[r] = Whole(balances[r] * Fraction.Create(Next(500, 1000), 1000));
            string region = $"地区{r + 1}";
            rows.Add(new RegionRow(region, [EmitMoney(balances[r], At(T3, region, "期末累计结余")), EmitMoney(actuals[r], At(T3, region, "实际结余")), null]));
        }

        Fraction balanceSum = Fraction.Zero, actualSum = Fraction.Zero;
        for (int r = 0; r < n; r++)
        {
            balanceSum += balances[r];
            actualSum += actuals[r];
        }

        var regionTable = new RegionTable(T3, [new RegionColumn("期末累计结余", true), new RegionColumn("实际结余", true), new RegionColumn("实际可支付月数", false)], rows)
        {
            Total = new RegionRow("合计", [EmitMoney(balanceSum, At(T3, "合计", "期末累计结余")), EmitMoney(actualSum, At(T3, "合计", "实际结余")), null]),
        };

        // Months of cover, printed "约" with one rounding used consistently (nearest or floor).
        const string T4 = "基金支撑能力";
        PrintRounding monthsRounding = Next(0, 1) == 0 ? PrintRounding.Nearest : PrintRounding.Floor;
        Fraction annual = Money();
        Fraction monthly = annual / Fraction.FromInteger(12);
        Fraction balance = Whole(monthly * Fraction.Create(Next(6, 600), 20));
        Fraction d1 = Whole(balance * Fraction.Create(Next(0, 100), 1000)), d2 = Whole(balance * Fraction.Create(Next(0, 200), 1000));
        Fraction actual = balance - d1 - d2;
        PrintedFigure Months(Fraction months, string column)
        {
            PrintedFigure exact = Emit(months, FigureUnit.Months, 0, At(T4, "统筹基金", column), monthsRounding);
            PrintedFigure approximate = new(exact.Printed, exact.Unit, exact.Location, exact.Precision, PrintRounding.Approximate);
            return approximate;
        }

        var months = new MonthsOfCoverFigures("统筹基金", EmitMoney(balance, At(T4, "统筹基金", "期末累计结余")), EmitMoney(monthly, At(T4, "统筹基金", "月平均支出")))
        {
            AnnualExpenditure = EmitMoney(annual, At(T4, "统筹基金", "年度支出")),
            BookMonths = Months(balance / monthly, "账面可支付月数"),
            Deductions = [EmitMoney(d1, At(T4, "统筹基金", "一次性预缴")), EmitMoney(d2, At(T4, "统筹基金", "应付未付"))],
            DeductionsTotal = EmitMoney(d1 + d2, At(T4, "统筹基金", "扣除项合计")),
            ActualBalance = EmitMoney(actual, At(T4, "统筹基金", "实际结余")),
            ActualMonths = Months(actual / monthly, "实际可支付月数"),
        };

        // Cohorts: a partition with shares.
        const string T5 = "参保人员结构";
        int k = Next(2, 4);
        Fraction[] counts = Enumerable.Range(0, k).Select(_ => Persons()).ToArray();
        Fraction all = counts.Aggregate(Fraction.Zero, (a, b) => a + b);
        var cohort = new CohortTable(T5, EmitPersons(all, At(T5, "合计", "人数")),
            counts.Select((c, i) => new CohortRow($"人群{i + 1}", EmitPersons(c, At(T5, $"人群{i + 1}", "人数"))) { Share = EmitRate(c / all, At(T5, $"人群{i + 1}", "占比")) }).ToArray(),
            true);

        // Year on year: the two funds' income with their growth, and the total's growth.
        const string T6 = "总收入同比";
        Fraction[] previous = [Money(), Money()];
        YearOnYearFigure Yoy(string label, Fraction current, Fraction prior, bool printPrevious) => new(label, label == "合计" ? total.Income! : label == "职工医保" ? employeeIncome : residentIncome)
        {
            Growth = EmitRate((current / prior) - Fraction.One, At(T6, label, "同比增长率")),
            Previous = printPrevious ? EmitMoney(prior, At(T6, label, "上期")) : null,
            Change = printPrevious ? EmitMoney(current - prior, At(T6, label, "增减额")) : null,
        };
        var yoy = new YearOnYearGroup(T6, Yoy("合计", income[0] + income[1], previous[0] + previous[1], false),
            [Yoy("职工医保", income[0], previous[0], true), Yoy("居民医保", income[1], previous[1], true)]);

        // A product: headcount × per-person standard.
        const string T7 = "个人缴费";
        Fraction insured = Persons();
        Fraction standard = Fraction.FromInteger(Next(100, 500));
        var product = new ProductFigure("个人缴费金额", EmitPersons(insured, At(T7, "缴费人数", "人数")), Emit(standard, FigureUnit.YuanPerPerson, 0, At(T7, "缴费标准", "元/人")),
            EmitMoney(insured * standard * Fraction.FromInteger(100), At(T7, "个人缴费金额", "金额")));

        return new ReportDocument("生成报表")
        {
            Statements = [new StatementTable(T1, [employee, resident]) { Total = total }],
            Budgets = [new BudgetTable(T2, budgetRows)],
            Regions = [regionTable],
            MonthsOfCover = [months],
            Cohorts = [cohort],
            YearOnYear = [yoy],
            Products = [product],
            Repeated =
            [
                new RepeatedFigure("职工医保 收入", [employeeIncome, budgetRows[0].Executed]),
                new RepeatedFigure("居民医保 收入", [residentIncome, budgetRows[1].Executed]),
            ],
        };
    }
}
