using System;
using System.Linq;

namespace FundMath.Tests.Values.Batching;

using Op = FundMath.ContributionKernel.Operation;

/// <summary>
/// <see cref="ContributionJob"/> over memory, run directly and partitioned by <see cref="PartitionedBatch"/> at
/// degrees 1, 2, 3 and 7 (alignment 4, so short batches really split): the same outputs and sums as the oracle of
/// <see cref="ContributionKernelTests"/>, and the first negative of the batch by its batch-wide index.
/// </summary>
public class ContributionJobTests
{
    private static readonly Rate Employer = Rate.FromRatio(33, 200);
    private static readonly Rate Maternity = Rate.FromRatio(1, 200);
    private static readonly Rate Individual = Rate.FromRatio(1, 8);
    private const long Floor = 3_000;
    private const long Cap = 60_000;

    private static long[] Inputs(int n, int seed)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, n).Select(i => i % 2 == 0 ? r.NextInt64(0, 801) * 100 : r.NextInt64(0, 80_001)).ToArray();
    }

    private static long[] Fen(Money[] m) => m.Select(x => x.Fen).ToArray();

    private static Money[] Money(long[] fen) => fen.Select(FundMath.Money.FromFen).ToArray();

    private static (ContributionJob Job, Money[] Bases, Money[] Employer, Money[] Individual) Job(Op op, long[] input, MidpointRounding mode, BatchPath path)
    {
        int n = input.Length;
        var bases = op == Op.Contributions ? [] : Enumerable.Repeat(FundMath.Money.FromFen(-7), n).ToArray();
        var employer = op == Op.Clamp ? [] : Enumerable.Repeat(FundMath.Money.FromFen(-7), n).ToArray();
        var individual = op == Op.Clamp ? [] : Enumerable.Repeat(FundMath.Money.FromFen(-7), n).ToArray();
        var job = new ContributionJob(op, Money(input), bases, employer, individual, Floor, Cap, Employer, Maternity, Individual, mode, path);
        return (job, bases, employer, individual);
    }

    [Fact]
    public void Every_degree_gives_the_oracles_outputs_and_sums_on_every_path()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Op op in new[] { Op.Clamp, Op.Payroll, Op.Contributions })
            {
                foreach (MidpointRounding mode in new[] { MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity })
                {
                    foreach (int degree in new[] { 1, 2, 3, 7 })
                    {
                        foreach (int n in new[] { 0, 1, 5, 8, 13, 17, 31, 40 })
                        {
                            long[] input = Inputs(n, n * 7 + degree);
                            var (job, bases, employer, individual) = Job(op, input, mode, path);
                            ContributionSums s = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, n, degree, 4);
                            ContributionKernelTests.Outcome e = ContributionKernelTests.Expect(input, op, op != Op.Contributions, Floor, Cap, Employer, Maternity, Individual, mode, 0, n);
                            string context = $"{op} {path} {mode} degree={degree} n={n}";
                            Assert.True(e.Bases.AsSpan().SequenceEqual(Fen(bases)), context);
                            Assert.True(e.Employer.AsSpan().SequenceEqual(Fen(employer)), context);
                            Assert.True(e.Individual.AsSpan().SequenceEqual(Fen(individual)), context);
                            Assert.Equal((e.SumBases, e.SumEmployer, e.SumMaternity, e.SumIndividual, e.AtFloor, e.AtCap), (s.Bases, s.Employer, s.Maternity, s.Individual, s.AtFloor, s.AtCap));
                            Assert.Equal((BatchFault.None, 0), (s.Fault, s.FaultIndex));
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Run_covers_only_its_range_with_batch_wide_indices()
    {
        long[] input = Inputs(30, 1);
        foreach (BatchPath path in BatchPaths.Supported())
        {
            var (job, bases, employer, individual) = Job(Op.Payroll, input, MidpointRounding.AwayFromZero, path);
            ContributionSums s = job.Run(9, 14);
            ContributionKernelTests.Outcome e = ContributionKernelTests.Expect(input, Op.Payroll, true, Floor, Cap, Employer, Maternity, Individual, MidpointRounding.AwayFromZero, 9, 14);
            Assert.True(e.Bases.AsSpan().SequenceEqual(Fen(bases)));
            Assert.True(e.Employer.AsSpan().SequenceEqual(Fen(employer)));
            Assert.True(e.Individual.AsSpan().SequenceEqual(Fen(individual)));
            Assert.Equal((e.SumBases, e.SumEmployer, e.SumMaternity, e.SumIndividual, e.AtFloor, e.AtCap), (s.Bases, s.Employer, s.Maternity, s.Individual, s.AtFloor, s.AtCap));
        }
    }

    [Fact]
    public void The_first_negative_of_the_batch_is_reported_whatever_the_partitioning()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (int degree in new[] { 1, 2, 3, 7 })
            {
                for (int pos = 0; pos < 40; pos += 3)
                {
                    long[] input = Inputs(40, pos);
                    input[pos] = -1;
                    input[Math.Min(39, pos + 9)] = -2;
                    var (job, _, _, _) = Job(Op.Payroll, input, MidpointRounding.ToEven, path);
                    ContributionSums s = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, 40, degree, 4);
                    Assert.True((BatchFault.Negative, pos) == (s.Fault, s.FaultIndex), $"{path} degree={degree} pos={pos}");
                }
            }
        }
    }

    [Fact]
    public void Merge_is_the_sums_merge()
    {
        var (job, _, _, _) = Job(Op.Clamp, [], MidpointRounding.ToZero, BatchPath.Scalar);
        var a = new ContributionSums { Bases = 1, Employer = 2, Maternity = 3, Individual = 4, AtFloor = 5, AtCap = 6 };
        var b = new ContributionSums { Bases = 10, Employer = 20, Maternity = 30, Individual = 40, AtFloor = 50, AtCap = 60 };
        b.SetFault(BatchFault.Negative, 8);
        ContributionSums m = job.Merge(a, b);
        Assert.Equal((11L, 22L, 33L, 44L, 55L, 66L, BatchFault.Negative, 8), (m.Bases, m.Employer, m.Maternity, m.Individual, m.AtFloor, m.AtCap, m.Fault, m.FaultIndex));
        a.SetFault(BatchFault.Negative, 2);
        m = job.Merge(a, b);
        Assert.Equal((1L, BatchFault.Negative, 2), (m.Bases, m.Fault, m.FaultIndex));
    }
}
