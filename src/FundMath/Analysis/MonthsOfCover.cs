using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Analysis;

/// <summary>
/// How many months of average expenditure a fund's balance would pay for. 累计结余可支付月数 / 实际结余可支付月数.
/// <c>actual balance = book balance − 一次性预缴款(补贴) − 应付未付款</c>;
/// <c>months = actual balance / average monthly expenditure</c>, exact.
/// </summary>
/// <remarks>
/// The quotient is an exact <see cref="Fraction"/>; bands are decided on it exactly. Printed figures need a
/// rounding, and reports mix them (20.23 / 1.29 = 15.68 printed "约15", floor; 17.74 / 2.25 = 7.88 printed
/// "约8", nearest), so both are exposed: <see cref="RoundedMonths"/> with any mode, <see cref="MonthsFloor"/>
/// and <see cref="MonthsNearest"/>. Region totals are computed from summed components
/// (<see cref="Total"/>), never from averaged months.
/// </remarks>
public readonly struct MonthsOfCover : IEquatable<MonthsOfCover>
{
    private readonly ReportingPeriod period;
    private readonly Money bookBalance;
    private readonly BalanceDeductions deductions;
    private readonly MonthlyExpenditure monthlyExpenditure;
    private readonly CoverBandPolicy policy;
    private readonly CoverOutcome outcome;
    private readonly CoverBand band;
    private readonly bool reasonable;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private MonthsOfCover(ReportingPeriod period, Money bookBalance, in BalanceDeductions deductions, MonthlyExpenditure expenditure, in CoverBandPolicy policy, CoverOutcome outcome, CoverBand band, bool reasonable)
    {
        this.period = period;
        this.bookBalance = bookBalance;
        this.deductions = deductions;
        monthlyExpenditure = expenditure;
        this.policy = policy;
        this.outcome = outcome;
        this.band = band;
        this.reasonable = reasonable;
    }

    /// <summary>
    /// Writes a row into a caller's result slot field by field, as the constructor would build it: building the
    /// 152-byte struct in a temporary and copying it costs a store-forwarding stall per row (the temporary is read
    /// back with wide loads over narrower stores), which dominated the batch. Only the batch kernels call this, on
    /// slots of the span they fill.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Write(ref MonthsOfCover slot, ReportingPeriod period, Money bookBalance, in BalanceDeductions deductions, MonthlyExpenditure expenditure, in CoverBandPolicy policy, CoverOutcome outcome, CoverBand band, bool reasonable)
    {
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.period) = period;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.bookBalance) = bookBalance;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.deductions) = deductions;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.monthlyExpenditure) = expenditure;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.policy) = policy;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.outcome) = outcome;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.band) = band;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.reasonable) = reasonable;
    }

    /// <summary>The period at whose end the balance stands.</summary>
    public ReportingPeriod Period => period;

    /// <summary>期末累计结余: the accumulated (book) balance.</summary>
    public Money BookBalance => bookBalance;

    /// <summary>Each deduction, on its own line.</summary>
    public BalanceDeductions Deductions => deductions;

    /// <summary>实际结余: book balance − every deduction.</summary>
    public Money ActualBalance => BookBalance - Deductions.Total;

    /// <summary>月平均基金支出: the average monthly expenditure used.</summary>
    public MonthlyExpenditure MonthlyExpenditure => monthlyExpenditure;

    /// <summary>The band policy applied.</summary>
    public CoverBandPolicy Policy => policy;

    /// <summary>Covered, NegativeBalance or NoExpenditure.</summary>
    public CoverOutcome Outcome => monthlyExpenditure.Months != 0 ? outcome : throw NotComputed();

    /// <summary>True unless the outcome is <see cref="CoverOutcome.NoExpenditure"/>.</summary>
    public bool HasMonths => Outcome != CoverOutcome.NoExpenditure;

    /// <summary>True when the deductions exceed the book balance (allowed; the cover is negative).</summary>
    public bool DeductionsExceedBalance => Deductions.Total > BookBalance && !Deductions.Total.IsZero;

    /// <summary>
    /// 实际结余可支付月数: actual balance / monthly expenditure, exact (2023/129 for 20.23亿 / 1.29亿). Reduced to lowest
    /// terms when read (the band was decided without it, by cross-multiplication).
    /// </summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    /// <exception cref="OverflowException">The reduced quotient does not fit in 64-bit numerator and denominator.</exception>
    public Fraction Months
    {
        get
        {
            EnsureMonths();
            return Quotient(ActualBalance, "months of cover");
        }
    }

    /// <summary>累计结余可支付月数 on the book balance (before deductions), exact (2389/129 for 23.89亿 / 1.29亿).</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    /// <exception cref="OverflowException">The reduced quotient does not fit in 64-bit numerator and denominator.</exception>
    public Fraction BookMonths
    {
        get
        {
            EnsureMonths();
            return Quotient(BookBalance, "book months of cover");
        }
    }

    /// <summary>The band of <see cref="Months"/> under <see cref="Policy"/>, decided exactly; NotApplicable without expenditure.</summary>
    public CoverBand Band => monthlyExpenditure.Months != 0 ? band : throw NotComputed();

    /// <summary>True when <see cref="Months"/> lies in the policy's reasonable range (false without expenditure).</summary>
    public bool IsReasonable => monthlyExpenditure.Months != 0 ? reasonable : throw NotComputed();

    /// <summary>Months rounded to an integer with <paramref name="mode"/> (report style "约15个月").</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    public long RoundedMonths(MidpointRounding mode) => Months.RoundToInteger(mode);

    /// <summary>Months rounded down (<see cref="MidpointRounding.ToNegativeInfinity"/>): 15.68 → 15.</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    public long MonthsFloor => RoundedMonths(MidpointRounding.ToNegativeInfinity);

    /// <summary>Months rounded to nearest, halves away from zero (四舍五入): 7.88 → 8.</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    public long MonthsNearest => RoundedMonths(MidpointRounding.AwayFromZero);

    /// <summary>Months to <paramref name="decimals"/> places (15.68 with 2, AwayFromZero).</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoExpenditure.</exception>
    public decimal MonthsToDecimal(int decimals, MidpointRounding mode) => Months.ToDecimal(decimals, mode);

    /// <summary>Months of cover of <paramref name="bookBalance"/> net of <paramref name="deductions"/>, banded by <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is unknown, a deduction is negative, or the expenditure window is empty.</exception>
    public static MonthsOfCover Compute(ReportingPeriod period, Money bookBalance, BalanceDeductions deductions, MonthlyExpenditure monthlyExpenditure, CoverBandPolicy policy)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        deductions.EnsureNonNegative(nameof(deductions));
        if (monthlyExpenditure.Months == 0)
        {
            Preconditions.ThrowArgument(nameof(monthlyExpenditure), "monthlyExpenditure is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.");
        }

        return Row(period, bookBalance, deductions, monthlyExpenditure, policy, Thresholds(policy));
    }

    /// <summary>
    /// Months of cover for a batch of regions: <c>results[i]</c> is the scalar
    /// <see cref="Compute(ReportingPeriod, Money, BalanceDeductions, MonthlyExpenditure, CoverBandPolicy)"/> of row i.
    /// Allocates nothing. The band thresholds are brought to a common denominator once per batch and each row is
    /// banded by 128-bit cross-multiplication — no quotient, division or GCD per row; the exact
    /// <see cref="Months"/> fraction is reduced only when read.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length, or a row is invalid as for the scalar form (the message names the row).</exception>
    public static void ComputeBatch(ReportingPeriod period, ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, CoverBandPolicy policy, Span<MonthsOfCover> results)
    {
        CheckBatch(period, bookBalances.Length, deductions.Length, monthlyExpenditure.Length, results.Length);
        ComputeRows(period, bookBalances, deductions, monthlyExpenditure, policy, Thresholds(policy), results, 0, bookBalances.Length);
    }

    /// <summary>
    /// The partitioned form of <see cref="ComputeBatch(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{BalanceDeductions}, ReadOnlySpan{MonthlyExpenditure}, CoverBandPolicy, Span{MonthsOfCover})"/>:
    /// contiguous ranges of regions run on the thread pool (the calling thread takes one); each row is independent,
    /// so the results are identical to the sequential form.
    /// </summary>
    /// <param name="period">The period at whose end the balances stand.</param>
    /// <param name="bookBalances">Each region's book balance.</param>
    /// <param name="deductions">Each region's deductions.</param>
    /// <param name="monthlyExpenditure">Each region's monthly expenditure.</param>
    /// <param name="policy">The band policy.</param>
    /// <param name="results">Receives each region's months of cover.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">As the sequential form; the first invalid row is named.</exception>
    public static void ComputeBatch(ReportingPeriod period, ReadOnlyMemory<Money> bookBalances, ReadOnlyMemory<BalanceDeductions> deductions, ReadOnlyMemory<MonthlyExpenditure> monthlyExpenditure, CoverBandPolicy policy, Memory<MonthsOfCover> results, int degreeOfParallelism)
    {
        CheckBatch(period, bookBalances.Length, deductions.Length, monthlyExpenditure.Length, results.Length);
        var job = new CoverJob(period, bookBalances, deductions, monthlyExpenditure, policy, results);
        PartitionedBatch.Run<CoverJob, CoverBandCounts>(job, bookBalances.Length, degreeOfParallelism, RegionPartitionAlignment);
    }

    /// <summary>Partition boundaries of region batches: a multiple of 64 rows.</summary>
    internal const int RegionPartitionAlignment = 64;

    internal static CoverThresholds Thresholds(CoverBandPolicy policy)
    {
        policy.EnsureConstructed(nameof(policy));
        return new(policy.WarningBelow, policy.HighAbove, policy.ReasonableFrom, policy.ReasonableTo);
    }

    internal static void CheckBatch(ReportingPeriod period, int n, int deductions, int monthlyExpenditure, int results)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        if (deductions != n)
        {
            Preconditions.ThrowArgument(nameof(deductions), $"deductions has {deductions} rows but bookBalances has {n}; they must match.");
        }

        if (monthlyExpenditure != n)
        {
            Preconditions.ThrowArgument(nameof(monthlyExpenditure), $"monthlyExpenditure has {monthlyExpenditure} rows but bookBalances has {n}; they must match.");
        }

        if (results != n)
        {
            Preconditions.ThrowArgument(nameof(results), $"results has room for {results} rows but bookBalances has {n}; they must match.");
        }
    }

    /// <summary>
    /// Rows [start, start + count) into <paramref name="results"/>, with the batch's prepared thresholds. One pre-scan
    /// reads the largest input; when it proves every product fits in 64 bits (every realistic region table), the
    /// rows are banded with plain 64-bit multiplies, otherwise with exact 128-bit ones.
    /// </summary>
    internal static void ComputeRows(ReportingPeriod period, ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, in CoverBandPolicy policy, in CoverThresholds thresholds, Span<MonthsOfCover> results, int start, int count)
    {
        (long bound, bool invalid) = Scan(bookBalances, deductions, monthlyExpenditure, start, count);
        if (!invalid && thresholds.Fits64(bound))
        {
            Rows<Yes>(period, bookBalances, deductions, monthlyExpenditure, policy, thresholds, results, start, count);
        }
        else
        {
            Rows<No>(period, bookBalances, deductions, monthlyExpenditure, policy, thresholds, results, start, count);
        }
    }

    private static void Rows<TNarrow>(ReportingPeriod period, ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, in CoverBandPolicy policy, in CoverThresholds thresholds, Span<MonthsOfCover> results, int start, int count)
        where TNarrow : struct, IFlag
    {
        for (int i = start; i < start + count; i++)
        {
            ref readonly BalanceDeductions d = ref deductions[i];
            MonthlyExpenditure e = monthlyExpenditure[i];
            if (!TNarrow.Value)
            {
                CheckRow(d, e, i);
            }

            Money book = bookBalances[i];
            long spent = e.Expenditure.Fen;
            if (spent <= 0)
            {
                Write(ref results[i], period, book, d, e, policy, CoverOutcome.NoExpenditure, CoverBand.NotApplicable, false);
                continue;
            }

            long actual = TNarrow.Value ? NarrowActual(book, d) : checked(book.Fen - d.Total.Fen);
            (int code, bool reasonable) = TNarrow.Value ? thresholds.Classify64(actual, e.Months, spent) : thresholds.Classify(actual, e.Months, spent);
            Write(ref results[i], period, book, d, e, policy, actual < 0 ? CoverOutcome.NegativeBalance : CoverOutcome.Covered, (CoverBand)code, reasonable);
        }
    }

    /// <summary>
    /// The batch's pre-scan over rows [start, start + count): a bound on the magnitude of every input (an OR of
    /// magnitudes) and whether any row is invalid (a negative deduction, an empty window) — so the narrow loop needs
    /// neither overflow checks nor per-row validation; a batch with an invalid row takes the checked loop, which names it.
    /// </summary>
    internal static (long Bound, bool Invalid) Scan(ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, int start, int count)
    {
        long bound = 0, signs = 0;
        int emptyWindows = 0;
        for (int i = start; i < start + count; i++)
        {
            ref readonly BalanceDeductions d = ref deductions[i];
            long a = d.OneTimePrepaymentsAndSubsidies.Fen, b = d.SettledUnpaid.Fen, c = d.NotYetSettled.Fen, r = d.ReservesWithheld.Fen, o = d.OtherPayables.Fen;
            signs |= a | b | c | r | o;
            bound |= Magnitude(bookBalances[i].Fen) | Magnitude(monthlyExpenditure[i].Expenditure.Fen) | a | b | c | r | o;
            emptyWindows |= monthlyExpenditure[i].Months == 0 ? 1 : 0;
        }

        return (bound, signs < 0 || emptyWindows != 0);

        // |x| for x ≥ 0, |x| − 1 for x < 0 (Fits64 adds one): no branch, no overflow at long.MinValue.
        static long Magnitude(long x) => x ^ (x >> 63);
    }

    /// <summary>book − every deduction, unchecked: only for a batch whose pre-scan bounded every input (no overflow).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long NarrowActual(Money book, in BalanceDeductions d) => unchecked(book.Fen - d.OneTimePrepaymentsAndSubsidies.Fen - d.SettledUnpaid.Fen
        - d.NotYetSettled.Fen - d.ReservesWithheld.Fen - d.OtherPayables.Fen);

    /// <summary>Throws for an invalid row, naming it (the check itself builds no string).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void CheckRow(in BalanceDeductions deductions, MonthlyExpenditure monthlyExpenditure, int row)
    {
        if (deductions.HasNegative || monthlyExpenditure.Months == 0)
        {
            ThrowRow(deductions, row);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowRow(in BalanceDeductions deductions, int row)
    {
        deductions.EnsureNonNegative($"deductions[{row}]");
        Preconditions.ThrowArgument("monthlyExpenditure", $"monthlyExpenditure[{row}] is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.");
    }

    /// <summary>One validated row: outcome, band and reasonableness decided exactly, without a quotient.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static MonthsOfCover Row(ReportingPeriod period, Money bookBalance, in BalanceDeductions deductions, MonthlyExpenditure monthlyExpenditure, in CoverBandPolicy policy, in CoverThresholds thresholds)
    {
        long spent = monthlyExpenditure.Expenditure.Fen;
        if (spent <= 0)
        {
            return new MonthsOfCover(period, bookBalance, deductions, monthlyExpenditure, policy, CoverOutcome.NoExpenditure, CoverBand.NotApplicable, false);
        }

        long actual = checked(bookBalance.Fen - deductions.Total.Fen);
        (int code, bool reasonable) = thresholds.Classify(actual, monthlyExpenditure.Months, spent);
        return new MonthsOfCover(period, bookBalance, deductions, monthlyExpenditure, policy, actual < 0 ? CoverOutcome.NegativeBalance : CoverOutcome.Covered, (CoverBand)code, reasonable);
    }

    // balance / (spent / months) = balance × months / spent
    private Fraction Quotient(Money balance, string what) =>
        Fraction.FromInt128((Int128)balance.Fen * MonthlyExpenditure.Months, MonthlyExpenditure.Expenditure.Fen, what);

    // Every computed row has a window of at least one month (Compute refuses the default MonthlyExpenditure), so a
    // window of 0 marks default(MonthsOfCover), whose band would otherwise read as Middle.
    private static InvalidOperationException NotComputed() =>
        new("default(MonthsOfCover) is not a computed result (no period, no expenditure); use MonthsOfCover.Compute or ComputeBatch.");

    /// <summary>
    /// The total row of a region table: book balances, each deduction and monthly expenditure summed component by
    /// component, then divided — never an average of the rows' months. All rows must share a period. The result does
    /// not depend on the order of the rows (balances are summed in 128 bits, the monthly averages as one exact
    /// fraction over the longest window), so any permutation gives the same row or the same error.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty, mixes periods, or mixes expenditure windows whose sum is not a whole number of fen over the longest window.</exception>
    public static MonthsOfCover Total(ReadOnlySpan<MonthsOfCover> rows, CoverBandPolicy policy)
    {
        if (rows.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(rows), "rows is empty; a total row needs at least one region.");
        }

        // Order-independent by construction (a total is a sum of a partition, so any row order must give the same
        // row or the same error): balances are summed in 128 bits and checked once, the monthly averages as one
        // exact fraction over the longest window, never pairwise.
        ReportingPeriod period = rows[0].Period;
        Int128 book = 0;
        BalanceDeductions deductions = BalanceDeductions.None;
        Fraction fenPerMonth = Fraction.Zero;
        int window = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            ref readonly MonthsOfCover row = ref rows[i];
            if (row.Period != period)
            {
                Preconditions.ThrowArgument(nameof(rows), $"rows[{i}] is for {row.Period} but rows[0] is for {period}; a total row sums one period.");
            }

            book += row.BookBalance.Fen;
            deductions += row.Deductions;
            int months = row.MonthlyExpenditure.Months;
            if (months != 0)
            {
                window = Math.Max(window, months);
                fenPerMonth += row.MonthlyExpenditure.FenPerMonth;
            }
        }

        if (book < long.MinValue || book > long.MaxValue)
        {
            Preconditions.ThrowArgument(nameof(rows), $"the book balances of {rows.Length} rows sum to {book} fen, beyond the range of Money ({Money.MinValue} to {Money.MaxValue}).");
        }

        MonthlyExpenditure spent = default;
        if (window != 0)
        {
            Fraction total = fenPerMonth * Fraction.FromInteger(window);
            // Windows of one length always sum to whole fen (Σ(spent / w) × w = Σ spent), so only mixed lengths get here.
            if (!total.IsInteger)
            {
                Preconditions.ThrowArgument(nameof(rows), $"Cannot sum monthly expenditure over windows of different lengths (up to {window} months) exactly; give every region the same window.");
            }

            spent = MonthlyExpenditure.OverMonths(Money.FromFen(total.Numerator), window);
        }

        return Compute(period, Money.FromFen((long)book), deductions, spent, policy);
    }

    /// <summary>
    /// 实际结余可支付月数 of an actual balance without a reporting period or bands — for a table that prints a region's
    /// actual balance and monthly expenditure but no period: <c>actualBalance / monthly expenditure</c>, exact (the
    /// <see cref="Months"/> of a computed row). False, with <paramref name="months"/> 0, when the expenditure is zero
    /// or negative (no months are defined, as <see cref="CoverOutcome.NoExpenditure"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="monthlyExpenditure"/> is the default value (a window of 0 months).</exception>
    public static bool TryMonthsOf(Money actualBalance, MonthlyExpenditure monthlyExpenditure, out Fraction months)
    {
        CheckWindow(monthlyExpenditure, nameof(monthlyExpenditure));
        if (!monthlyExpenditure.Expenditure.IsPositive)
        {
            months = Fraction.Zero;
            return false;
        }

        months = Fraction.FromInt128((Int128)actualBalance.Fen * monthlyExpenditure.Months, monthlyExpenditure.Expenditure.Fen, "months of cover");
        return true;
    }

    /// <summary>
    /// The total row of a region table without a period: the summed actual balances over the summed monthly
    /// expenditure (each row's exact average per month), never an average of the rows' months — as <see cref="Total"/>
    /// for computed rows. Independent of the row order. False, with <paramref name="months"/> 0, when the summed
    /// expenditure is zero or negative.
    /// </summary>
    /// <exception cref="ArgumentException">The spans are empty or differ in length, or an expenditure is the default value.</exception>
    /// <exception cref="OverflowException">The sums or the quotient leave 64-bit range.</exception>
    public static bool TryTotalMonthsOf(ReadOnlySpan<Money> actualBalances, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, out Fraction months)
    {
        if (actualBalances.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(actualBalances), "actualBalances is empty; a total row needs at least one region.");
        }

        if (monthlyExpenditure.Length != actualBalances.Length)
        {
            Preconditions.ThrowArgument(nameof(monthlyExpenditure), $"monthlyExpenditure has {monthlyExpenditure.Length} rows but actualBalances has {actualBalances.Length}; they must match.");
        }

        Int128 balance = 0;
        Fraction fenPerMonth = Fraction.Zero;
        for (int i = 0; i < actualBalances.Length; i++)
        {
            if (monthlyExpenditure[i].Months == 0)
            {
                CheckWindow(monthlyExpenditure[i], $"monthlyExpenditure[{i}]");
            }

            balance += actualBalances[i].Fen;
            fenPerMonth += monthlyExpenditure[i].FenPerMonth;
        }

        if (fenPerMonth <= Fraction.Zero)
        {
            months = Fraction.Zero;
            return false;
        }

        months = Fraction.FromInt128(balance * fenPerMonth.RawDenominator, fenPerMonth.RawNumerator, "total months of cover");
        return true;
    }

    // Both callers' argument is monthlyExpenditure (TryTotalMonthsOf's row i is named monthlyExpenditure[i] in the message).
    private static void CheckWindow(MonthlyExpenditure monthlyExpenditure, string name)
    {
        if (monthlyExpenditure.Months == 0)
        {
            Preconditions.ThrowArgument(nameof(monthlyExpenditure), $"{name} is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.");
        }
    }

    /// <summary>
    /// A sentence in the report's units (亿元 to two decimals): "15.68 months = (23.89 − 3.66)亿 / 1.29亿 per
    /// month"; the deductions are shown when there are any.
    /// </summary>
    public string ToSentence() => ToSentence(MoneyUnit.Yi);

    /// <summary>As <see cref="ToSentence()"/>, amounts in <paramref name="unit"/> to two decimals (四舍五入).</summary>
    public string ToSentence(MoneyUnit unit)
    {
        string u = unit.ShortSuffix();
        string F(Money m) => m.ToUnit(unit, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        string per = MonthlyExpenditure.Months == 1
            ? $"{F(MonthlyExpenditure.Expenditure)}{u} per month"
            : $"({F(MonthlyExpenditure.Expenditure)}{u} / {MonthlyExpenditure.Months}) per month";
        string balance = Deductions.Total.IsZero ? $"{F(BookBalance)}{u}" : $"({F(BookBalance)} − {F(Deductions.Total)}){u}";
        if (!HasMonths)
        {
            return $"months of cover not defined: {balance} / {per} (no expenditure)";
        }

        string flag = Outcome == CoverOutcome.NegativeBalance ? " (negative actual balance: deductions exceed the balance)" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Months:F2} months = {balance} / {per}{flag}");
    }

    // Fen per month shown in 万元/月 like the other amounts of the trace: fen / 10⁶, two decimals half away from zero (display only).
    private static string PerMonth(Fraction fenPerMonth) =>
        (fenPerMonth / Fraction.FromInteger(1_000_000)).ToDecimal(2, MidpointRounding.AwayFromZero).ToString("N2", CultureInfo.InvariantCulture) + "万元/月";

    /// <summary>The structured explanation: book balance, each deduction, expenditure, formula, rounding and band.</summary>
    public Explanation Explain()
    {
        string F(Money m) => m.ToString("N2万元", CultureInfo.InvariantCulture);
        var inputs = new List<Explanation>
        {
            Explanation.Input("期末累计结余 book balance", F(BookBalance)),
            Explanation.Input("一次性预缴款(补贴) one-time prepayments and subsidies", F(Deductions.OneTimePrepaymentsAndSubsidies)),
            Explanation.Input("业务已结算财务未支付 settled but unpaid", F(Deductions.SettledUnpaid)),
            Explanation.Input("业务未结算 not yet settled", F(Deductions.NotYetSettled)),
            Explanation.Input("暂扣医疗机构的预留金 reserves withheld", F(Deductions.ReservesWithheld)),
            Explanation.Input("其他未付款 other payables", F(Deductions.OtherPayables)),
            new Explanation("实际结余 actual balance", F(ActualBalance)) { Formula = "期末累计结余 − 一次性预缴款(补贴) − 应付未付款" },
            new Explanation("月平均基金支出 average monthly expenditure", HasMonths ? PerMonth(MonthlyExpenditure.FenPerMonth) : "0")
            {
                Formula = string.Create(CultureInfo.InvariantCulture, $"{F(MonthlyExpenditure.Expenditure)} / {MonthlyExpenditure.Months} months"),
            },
            Explanation.Parameter("分段 band policy", Policy.ToString(), null, null),
        };
        string value = HasMonths ? Months.ToString("F2", CultureInfo.InvariantCulture) : "not defined (no expenditure)";
        return new Explanation("实际结余可支付月数 months of cover", value)
        {
            Formula = "实际结余 / 月平均基金支出",
            Rounding = HasMonths
                ? string.Create(CultureInfo.InvariantCulture, $"exact {Months}; 0.01 AwayFromZero; report style: floor {MonthsFloor}, nearest {MonthsNearest}")
                : null,
            Sentence = ToSentence(),
            Note = HasMonths
                ? string.Create(CultureInfo.InvariantCulture, $"band {Band}; reasonable {IsReasonable}; book months {BookMonths:F2}; outcome {Outcome}")
                : "monthly expenditure is zero or negative (NoExpenditure)",
            Inputs = inputs,
        };
    }

    /// <inheritdoc />
    /// <remarks>The months, band and outcome follow from the inputs, so equal inputs make equal results.</remarks>
    public bool Equals(MonthsOfCover other) =>
        Period == other.Period && BookBalance == other.BookBalance && Deductions == other.Deductions &&
        MonthlyExpenditure == other.MonthlyExpenditure && Policy == other.Policy && Outcome == other.Outcome &&
        band == other.band && reasonable == other.reasonable;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MonthsOfCover other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, BookBalance, Deductions, MonthlyExpenditure, Outcome);

    /// <summary>Equality.</summary>
    public static bool operator ==(MonthsOfCover left, MonthsOfCover right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MonthsOfCover left, MonthsOfCover right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => ToSentence();

    private void EnsureMonths()
    {
        if (Outcome == CoverOutcome.NoExpenditure)
        {
            throw new InvalidOperationException($"No months of cover: monthly expenditure {MonthlyExpenditure} is zero or negative (outcome NoExpenditure). Check Outcome or HasMonths first.");
        }
    }
}
