using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using FundMath.Benefits;
using NodaTime;

namespace FundMath.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/FundMath.Benchmarks -- --benefit-throughput [claims]</c>: settles the
/// benefit workload (see <see cref="BenefitBenchmarks"/>) repeatedly and prints, per path, the median wall time and the
/// median CPU time of the process, and claims per CPU-second. On a shared machine the wall time measures the queue for
/// a core; the CPU time is what one core spends, so "claims per second per core" is read from it. The naive decimal
/// peer runs in the same process on the same claims, and every path's totals are checked equal first.
/// </summary>
public static class BenefitThroughput
{
    public static int Run(string[] args)
    {
        int claimsCount = args.Length > 0 && int.TryParse(args[0], out int n) ? n : 1_000_000;
        BenefitPlan plan = BenefitPlan.FromParameters(BenefitWorkload.AnkangResident2021(), BenefitScheme.Resident, new LocalDate(2021, 6, 1));
        BenefitClaim[] claims = BenefitWorkload.Claims(claimsCount, 5, 20211231);
        BenefitClaimTable table = BenefitClaimTable.FromClaims(claims);
        var accumulators = new BenefitAccumulator[table.Persons];
        var payments = new BenefitPaymentTable(table.Count);
        var naive = new NaiveDecimalSettlement(plan, table.Persons);
        void Reset()
        {
            for (int p = 0; p < accumulators.Length; p++)
            {
                accumulators[p] = BenefitAccumulator.ForYear(table.PersonIds[p], 2021);
            }
        }

        Reset();
        BenefitBatchTotals batch = BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns);
        if (naive.Run(table) != batch.FundPaid.Yuan)
        {
            Console.WriteLine("benefit throughput: the naive decimal peer disagrees with FundMath");
            return 1;
        }

        Console.WriteLine($"benefit settlement, {table.Count:N0} claims of {table.Persons:N0} persons (mix of BenefitWorkload), {Environment.ProcessorCount} logical cores");
        (double wallBatch, double cpuBatch) = Measure(() => { Reset(); BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns); }, 15);
        (double wallParallel, double cpuParallel) = Measure(() => { Reset(); BenefitSettlement.SettleParallel(plan, table, accumulators, payments, Environment.ProcessorCount); }, 15);
        (double wallNaive, double cpuNaive) = Measure(() => naive.Run(table), 5);
        Report("FundMath batch (1 thread)", wallBatch, cpuBatch, table.Count);
        Report($"FundMath parallel ({Environment.ProcessorCount} partitions)", wallParallel, cpuParallel, table.Count);
        Report("naive decimal (1 thread)", wallNaive, cpuNaive, table.Count);
        Console.WriteLine($"CPU-time ratio naive / batch: {cpuNaive / cpuBatch:F1}×; wall ratio: {wallNaive / wallBatch:F1}×");
        double national = 5.14e9 * cpuBatch / 1000.0 / table.Count;
        Console.WriteLine($"5.14 billion claims (2023: 25.3亿 employee + 26.1亿 resident 人次) at this CPU cost: {national:F0} core-seconds ({national / 60:F1} core-minutes)");
        return 0;
    }

    private static (double WallMs, double CpuMs) Measure(Action action, int runs)
    {
        action();
        action();
        var walls = new List<double>();
        var cpus = new List<double>();
        using Process process = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            TimeSpan cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            walls.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }

        return (walls.Order().ElementAt(runs / 2), cpus.Order().ElementAt(runs / 2));
    }

    private static void Report(string name, double wallMs, double cpuMs, int claims) =>
        Console.WriteLine($"{name,-32} wall {wallMs,8:F1} ms ({wallMs * 1e6 / claims,6:F1} ns/claim)   CPU {cpuMs,8:F1} ms ({cpuMs * 1e6 / claims,6:F1} ns/claim, {claims / cpuMs / 1000:F1} M claims per CPU-second)");
}
