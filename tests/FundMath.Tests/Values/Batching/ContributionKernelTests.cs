using System;
using System.Numerics;
using FundMath.Tests.Support;

namespace FundMath.Tests.Values.Batching;

using Op = FundMath.ContributionKernel.Operation;

/// <summary>
/// <see cref="ContributionKernel"/> driven directly on every path this CPU runs (scalar, AVX2, AVX-512 lanes, and the
/// exact path beyond the headroom), against a per-element oracle in <see cref="BigInteger"/>: clamp to [floor, cap]
/// (counting the persons bound at each end), then each contribution = round(base × n / d) by the mode's definition
/// (<see cref="RoundingReference"/>), sums in arbitrary precision. Lengths 0..40 cross the 4- and 8-lane bodies and
/// the one-lane tails; outputs outside the range run stay at a sentinel.
/// </summary>
public class ContributionKernelTests
{
    private const long Sentinel = -7;
    private const long Floor = 3_000;
    private const long Cap = 60_000;

    private static readonly BatchPath[] Paths = BatchPaths.Supported();

    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero,
        MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity,
    ];

    // 16.5%, 0.5% and 12.5%: bases that are multiples of 100 (or of 4) put the products exactly on a half fen.
    private static readonly Rate Employer = Rate.FromRatio(33, 200);
    private static readonly Rate Maternity = Rate.FromRatio(1, 200);
    private static readonly Rate Individual = Rate.FromRatio(1, 8);

    internal sealed record Outcome(long[] Bases, long[] Employer, long[] Individual, long SumBases, long SumEmployer, long SumMaternity, long SumIndividual, long AtFloor, long AtCap, BatchFault Fault, int FaultIndex);

    private static long[] Filled(int n)
    {
        var a = new long[n];
        Array.Fill(a, Sentinel);
        return a;
    }

    private static long[] Inputs(int n, int seed, long max = 80_000)
    {
        var r = new Random(seed);
        var a = new long[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = (i % 3) switch
            {
                0 => r.NextInt64(0, (max / 100) + 1) * 100, // on the half fen for 0.5% and 16.5%
                1 => r.NextInt64(0, (max / 4) + 1) * 4, // on the half fen for 12.5%
                _ => r.NextInt64(0, max + 1),
            };
        }

        return a;
    }

    internal static Outcome Run(long[] input, Op op, bool writeBases, long floor, long cap, Rate er, Rate mr, Rate ir, MidpointRounding mode, BatchPath path, int start, int count)
    {
        int n = input.Length;
        long[] bases = writeBases ? Filled(n) : [];
        long[] employer = op == Op.Clamp ? [] : Filled(n);
        long[] individual = op == Op.Clamp ? [] : Filled(n);
        var batch = new ContributionBatch
        {
            Input = input,
            Bases = bases,
            Employer = employer,
            Individual = individual,
            Floor = floor,
            Cap = cap,
            Mode = mode,
        };
        batch.SetRates(er, mr, ir);
        ContributionSums s = ContributionKernel.Run(batch, op, start, count, path);
        return new Outcome(bases, employer, individual, s.Bases, s.Employer, s.Maternity, s.Individual, s.AtFloor, s.AtCap, s.Fault, s.FaultIndex);
    }

    private static long Round(long value, Rate rate, MidpointRounding mode)
    {
        Fraction f = rate.Value;
        return (long)RoundingReference.Round((BigInteger)value * f.Numerator, f.Denominator, mode);
    }

    /// <summary>The oracle for inputs without a negative: per element, clamp (unless Contributions), then each product.</summary>
    internal static Outcome Expect(long[] input, Op op, bool writeBases, long floor, long cap, Rate er, Rate mr, Rate ir, MidpointRounding mode, int start, int count)
    {
        int n = input.Length;
        long[] bases = writeBases ? Filled(n) : [];
        long[] employer = op == Op.Clamp ? [] : Filled(n);
        long[] individual = op == Op.Clamp ? [] : Filled(n);
        BigInteger sb = 0, se = 0, sm = 0, sp = 0;
        long atFloor = 0, atCap = 0;
        for (int i = start; i < start + count; i++)
        {
            long b = input[i];
            if (op != Op.Contributions)
            {
                if (b < floor)
                {
                    b = floor;
                    atFloor++;
                }
                else if (b > cap)
                {
                    b = cap;
                    atCap++;
                }

                if (writeBases)
                {
                    bases[i] = b;
                }
            }

            sb += b;
            if (op != Op.Clamp)
            {
                employer[i] = Round(b, er, mode);
                individual[i] = Round(b, ir, mode);
                se += employer[i];
                sm += Round(b, mr, mode);
                sp += individual[i];
            }
        }

        return new Outcome(bases, employer, individual, (long)sb, (long)se, (long)sm, (long)sp, atFloor, atCap, BatchFault.None, 0);
    }

    private static void AssertSame(Outcome expected, Outcome actual, string context)
    {
        Assert.True(expected.Bases.AsSpan().SequenceEqual(actual.Bases), context + " bases");
        Assert.True(expected.Employer.AsSpan().SequenceEqual(actual.Employer), context + " employer");
        Assert.True(expected.Individual.AsSpan().SequenceEqual(actual.Individual), context + " individual");
        Assert.Equal((expected.SumBases, expected.SumEmployer, expected.SumMaternity, expected.SumIndividual), (actual.SumBases, actual.SumEmployer, actual.SumMaternity, actual.SumIndividual));
        Assert.Equal((expected.AtFloor, expected.AtCap, expected.Fault, expected.FaultIndex), (actual.AtFloor, actual.AtCap, actual.Fault, actual.FaultIndex));
    }

    private static void Check(long[] input, Op op, bool writeBases, long floor, long cap, Rate er, Rate mr, Rate ir, MidpointRounding mode, BatchPath path, int start, int count)
    {
        Outcome expected = Expect(input, op, writeBases, floor, cap, er, mr, ir, mode, start, count);
        Outcome actual = Run(input, op, writeBases, floor, cap, er, mr, ir, mode, path, start, count);
        AssertSame(expected, actual, $"{op} {path} {mode} n={input.Length} start={start} count={count}");
    }

    [Fact]
    public void Payroll_clamps_writes_and_rounds_every_person_in_every_mode_on_every_path()
    {
        foreach (BatchPath path in Paths)
        {
            foreach (MidpointRounding mode in Modes)
            {
                for (int n = 0; n <= 40; n++)
                {
                    long[] input = Inputs(n, n);
                    Check(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Payroll, true, Floor, Cap, Employer, Rate.Zero, Individual, mode, path, 0, n);
                }
            }
        }
    }

    [Fact]
    public void Contributions_round_given_bases_without_a_clamp_in_every_mode_on_every_path()
    {
        foreach (BatchPath path in Paths)
        {
            foreach (MidpointRounding mode in Modes)
            {
                for (int n = 0; n <= 40; n++)
                {
                    long[] input = Inputs(n, 100 + n);
                    Check(input, Op.Contributions, false, Floor, Cap, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Contributions, false, Floor, Cap, Employer, Rate.Zero, Individual, mode, path, 0, n);
                }
            }
        }
    }

    [Fact]
    public void Clamp_counts_the_bound_persons_and_writes_the_bases_only_when_asked()
    {
        foreach (BatchPath path in Paths)
        {
            for (int n = 0; n <= 40; n++)
            {
                long[] input = Inputs(n, 200 + n);
                Check(input, Op.Clamp, true, Floor, Cap, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, n);
                Check(input, Op.Clamp, false, Floor, Cap, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, n);
            }
        }
    }

    [Fact]
    public void A_person_below_the_floor_or_above_the_cap_is_counted_at_every_position()
    {
        foreach (BatchPath path in Paths)
        {
            for (int n = 1; n <= 20; n++)
            {
                for (int pos = 0; pos < n; pos++)
                {
                    foreach (long odd in new[] { 0, Floor - 1, Floor, Cap, Cap + 1, long.MaxValue })
                    {
                        long[] input = new long[n];
                        Array.Fill(input, 10_000);
                        input[pos] = odd;
                        Check(input, Op.Clamp, true, Floor, Cap, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, n);
                        Check(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, path, 0, n);
                    }
                }
            }
        }
    }

    [Fact]
    public void On_the_exact_path_a_person_on_or_beyond_each_bound_is_counted_at_every_position()
    {
        // Payroll with a cap of 2³² fen and Clamp with a cap of 2⁵¹ fen take the exact path: a wage equal to a bound
        // is not counted as bound, one fen beyond is.
        foreach (BatchPath path in Paths)
        {
            foreach ((Op op, long cap) in new[] { (Op.Payroll, RateReciprocal.BaseLimit), (Op.Clamp, 1L << 51) })
            {
                for (int n = 1; n <= 10; n++)
                {
                    for (int pos = 0; pos < n; pos++)
                    {
                        foreach (long odd in new[] { 0, Floor - 1, Floor, Floor + 1, cap - 1, cap, cap + 1, long.MaxValue })
                        {
                            long[] input = new long[n];
                            Array.Fill(input, 10_000);
                            input[pos] = odd;
                            Check(input, op, true, Floor, cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
                            Check(input, op, false, Floor, cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_range_inside_the_batch_writes_only_its_own_persons()
    {
        long[] input = Inputs(40, 7);
        foreach (BatchPath path in Paths)
        {
            foreach (Op op in new[] { Op.Clamp, Op.Payroll, Op.Contributions })
            {
                for (int start = 0; start <= 20; start += 3)
                {
                    for (int count = 0; count <= 20; count += 1)
                    {
                        Check(input, op, op != Op.Contributions, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, start, count);
                    }
                }
            }
        }
    }

    [Fact]
    public void An_unsupported_path_value_runs_the_scalar_lanes()
    {
        long[] input = Inputs(13, 3);
        Check(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, (BatchPath)9, 0, 13);
    }

    [Fact]
    public void Beyond_the_headroom_the_exact_path_computes_the_same_contributions()
    {
        // Cap ≥ 2³² fen: Payroll leaves the lanes; Cap ≥ 2⁵¹: Clamp does too. The bases reach 2⁴⁰ fen and more.
        long bigCap = 1L << 52;
        foreach (BatchPath path in Paths)
        {
            foreach (MidpointRounding mode in Modes)
            {
                for (int n = 0; n <= 20; n++)
                {
                    long[] input = Inputs(n, 300 + n, 1L << 53);
                    Check(input, Op.Payroll, true, 1L << 20, bigCap, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Payroll, true, Floor, RateReciprocal.BaseLimit, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Payroll, true, Floor, RateReciprocal.BaseLimit - 1, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Clamp, true, 1L << 20, bigCap, Rate.Zero, Rate.Zero, Rate.Zero, mode, path, 0, n);
                    Check(input, Op.Clamp, false, 1L << 20, (1L << 51) - 1, Rate.Zero, Rate.Zero, Rate.Zero, mode, path, 0, n);
                    Check(input, Op.Clamp, true, 1L << 20, 1L << 51, Rate.Zero, Rate.Zero, Rate.Zero, mode, path, 0, n);
                    Check(input, Op.Contributions, false, 0, 0, Employer, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Contributions, false, 0, 0, Employer, Rate.Zero, Individual, mode, path, 0, n);
                }
            }
        }
    }

    [Fact]
    public void A_block_holding_a_base_of_2_to_the_32_fen_takes_the_exact_path_at_every_position()
    {
        foreach (BatchPath path in Paths)
        {
            for (int n = 1; n <= 20; n++)
            {
                for (int pos = 0; pos < n; pos++)
                {
                    foreach (long big in new[] { RateReciprocal.BaseLimit - 1, RateReciprocal.BaseLimit, 3L << 40 })
                    {
                        long[] input = Inputs(n, 400 + n);
                        input[pos] = big;
                        Check(input, Op.Contributions, false, 0, 0, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, path, 0, n);
                        Check(input, Op.Contributions, false, 0, 0, Employer, Maternity, Individual, MidpointRounding.ToPositiveInfinity, path, 0, n);
                    }
                }
            }
        }
    }

    [Fact]
    public void Rates_without_a_reciprocal_take_the_exact_path()
    {
        // A denominator of 2³² + 1 has no reciprocal; 150% is above 100%. Every operation but Clamp needs them.
        Rate fine = Rate.FromRatio(1_000_000_007, (1L << 32) + 1);
        Rate above = Rate.FromRatio(3, 2);
        foreach (BatchPath path in Paths)
        {
            foreach (MidpointRounding mode in Modes)
            {
                for (int n = 0; n <= 20; n++)
                {
                    long[] input = Inputs(n, 500 + n);
                    Check(input, Op.Payroll, true, Floor, Cap, fine, Maternity, Individual, mode, path, 0, n);
                    Check(input, Op.Payroll, true, Floor, Cap, Employer, above, Individual, mode, path, 0, n);
                    Check(input, Op.Contributions, false, Floor, Cap, Employer, Maternity, fine, mode, path, 0, n);
                    Check(input, Op.Contributions, false, Floor, Cap, above, Rate.Zero, Individual, mode, path, 0, n);
                }
            }
        }
    }

    [Fact]
    public void A_negative_input_stops_the_lanes_before_its_block_is_written_with_the_first_index()
    {
        foreach (BatchPath path in Paths)
        {
            foreach (Op op in new[] { Op.Clamp, Op.Payroll, Op.Contributions })
            {
                for (int n = 1; n <= 24; n++)
                {
                    for (int pos = 0; pos < n; pos++)
                    {
                        long[] input = Inputs(n, 600 + n);
                        input[pos] = pos % 2 == 0 ? -1 : long.MinValue;
                        if (pos + 2 < n)
                        {
                            input[pos + 2] = -5;
                        }

                        Outcome o = Run(input, op, op != Op.Contributions, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
                        string context = $"{op} {path} n={n} pos={pos}";
                        Assert.True(BatchFault.Negative == o.Fault, context);
                        Assert.True(pos == o.FaultIndex, context);
                        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L), (o.SumBases, o.SumEmployer, o.SumMaternity, o.SumIndividual, o.AtFloor, o.AtCap));
                        Assert.All(o.Bases, v => Assert.Equal(Sentinel, v));
                        Assert.All(o.Employer, v => Assert.Equal(Sentinel, v));
                        Assert.All(o.Individual, v => Assert.Equal(Sentinel, v));
                    }
                }
            }
        }
    }

    [Fact]
    public void On_the_exact_path_a_negative_input_stops_there_with_the_persons_before_it_summed_and_written()
    {
        // Payroll with a cap of 2³² fen and Clamp with a cap of 2⁵¹ run the exact path from the start; Contributions
        // takes it for a block whose largest base is 2³² fen (the pre-scan still reports the negative first).
        foreach (BatchPath path in Paths)
        {
            for (int n = 1; n <= 16; n++)
            {
                for (int pos = 0; pos < n; pos++)
                {
                    long[] input = Inputs(n, 700 + n);
                    input[pos] = -3;
                    foreach ((Op op, long cap) in new[] { (Op.Payroll, RateReciprocal.BaseLimit), (Op.Clamp, 1L << 51) })
                    {
                        Outcome o = Run(input, op, true, Floor, cap, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, path, 0, n);
                        Outcome e = Expect(input, op, true, Floor, cap, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, 0, pos);
                        AssertSame(e with { Fault = BatchFault.Negative, FaultIndex = pos }, o, $"{op} {path} n={n} pos={pos}");
                    }

                    input[(pos + 1) % n] = RateReciprocal.BaseLimit;
                    if (n == 1)
                    {
                        continue;
                    }

                    Outcome c = Run(input, Op.Contributions, false, 0, 0, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, path, 0, n);
                    Assert.Equal((BatchFault.Negative, pos, 0L), (c.Fault, c.FaultIndex, c.SumBases));
                    Assert.All(c.Employer, v => Assert.Equal(Sentinel, v));
                }
            }
        }
    }

    [Fact]
    public void Exact_reports_the_first_negative_of_its_range_by_batch_index()
    {
        long[] input = [5, 6, -1, 7, -2, 8];
        var batch = new ContributionBatch { Input = input, Employer = new long[6], Individual = new long[6], Mode = MidpointRounding.ToEven };
        batch.SetRates(Employer, Maternity, Individual);
        ContributionSums s = ContributionKernel.Exact(batch, Op.Contributions, 3, 3);
        Assert.Equal((BatchFault.Negative, 4, 7L), (s.Fault, s.FaultIndex, s.Bases));
        s = ContributionKernel.Exact(batch, Op.Contributions, 5, 1);
        Assert.Equal((BatchFault.None, 0, 8L), (s.Fault, s.FaultIndex, s.Bases));
    }

    [Fact]
    public void A_product_beyond_64_bits_on_the_exact_path_throws_instead_of_wrapping()
    {
        // 150% of (2⁶³ − 1) / 2 = 4,611,686,018,427,387,903 fen is 6,917,529,027,641,081,854.5 fen: it fits; 300% does not:
        // 3 × 4,611,686,018,427,387,903 = 13,835,058,055,282,163,709.
        long[] input = [1, long.MaxValue / 2];
        foreach (BatchPath path in Paths)
        {
            var e = Assert.Throws<OverflowException>(() => Run(input, Op.Contributions, false, 0, 0, Rate.FromRatio(3, 1), Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2));
            Assert.Equal("contribution 13835058055282163709 does not fit in 64 bits.", e.Message);
            Outcome ok = Run(input, Op.Contributions, false, 0, 0, Rate.FromRatio(3, 2), Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2);
            Assert.Equal([1L, 6_917_529_027_641_081_854L], ok.Employer);
        }
    }

    [Fact]
    public void Sums_beyond_64_bits_on_the_exact_path_throw_instead_of_wrapping()
    {
        long half = (long.MaxValue / 2) + 1; // 2⁶²: two of them make 2⁶³, one more than long.MaxValue
        foreach (BatchPath path in Paths)
        {
            Assert.Throws<OverflowException>(() => Run([half, half], Op.Contributions, false, 0, 0, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2));
            // 3·2⁶⁰ twice: the bases' sum fits (6.9 × 10¹⁸), but 150% of each is 4.5·2⁶⁰ and two of those do not.
            long b = 3L << 60;
            Rate r = Rate.FromRatio(3, 2);
            Assert.Throws<OverflowException>(() => Run([b, b], Op.Contributions, false, 0, 0, r, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2));
            Assert.Throws<OverflowException>(() => Run([b, b], Op.Contributions, false, 0, 0, Rate.Zero, r, Rate.Zero, MidpointRounding.ToZero, path, 0, 2));
            Assert.Throws<OverflowException>(() => Run([b, b], Op.Contributions, false, 0, 0, Rate.Zero, Rate.Zero, r, MidpointRounding.ToZero, path, 0, 2));
            Assert.Equal(6L << 60, Run([b, b], Op.Contributions, false, 0, 0, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2).SumBases);
            Assert.Throws<OverflowException>(() => Run([half, half], Op.Clamp, false, 0, long.MaxValue, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2));
            Outcome one = Run([half - 1, half], Op.Clamp, false, 0, long.MaxValue, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, 2);
            Assert.Equal(long.MaxValue, one.SumBases);
        }
    }

    [Fact]
    public void A_batch_longer_than_a_block_is_computed_block_by_block_on_every_path()
    {
        // 2,048 + 13 persons: one whole pre-scan block, then a second block of 13 (a vector body and a tail);
        // the range run starts inside the first block and ends inside the second.
        int n = BlockScan.Length + 13;
        long[] input = Inputs(n, 2061);
        long[] wide = (long[])input.Clone();
        wide[BlockScan.Length + 3] = 1L << 32; // only the second block takes the exact path
        foreach (BatchPath path in Paths)
        {
            Check(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
            Check(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, path, 5, n - 9);
            Check(input, Op.Clamp, true, Floor, Cap, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, path, 0, n);
            Check(input, Op.Contributions, false, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
            Check(wide, Op.Contributions, false, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
        }
    }

    [Fact]
    public void A_negative_input_in_the_second_block_leaves_the_first_block_written_and_the_second_untouched()
    {
        int n = BlockScan.Length + 13;
        int bad = BlockScan.Length + 7;
        foreach (BatchPath path in Paths)
        {
            long[] input = Inputs(n, 2062);
            input[bad] = -1;
            Outcome o = Run(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, path, 0, n);
            Outcome first = Expect(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.ToEven, 0, BlockScan.Length);
            string context = $"{path}";
            Assert.True(BatchFault.Negative == o.Fault, context);
            Assert.True(bad == o.FaultIndex, context);
            Assert.True(first.Bases.AsSpan().SequenceEqual(o.Bases), context + " bases");
            Assert.True(first.Employer.AsSpan().SequenceEqual(o.Employer), context + " employer");
            Assert.True(first.Individual.AsSpan().SequenceEqual(o.Individual), context + " individual");
        }
    }
}
