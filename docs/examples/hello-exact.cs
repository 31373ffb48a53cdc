#:project ../../src/FundMath/FundMath.csproj
// Exact figures in a script: the execution rate of the 2021 resident fund income (zhuzhou-2021 annual report).
using FundMath;

Money budget = Money.Parse("26.36亿元");
Money executed = Money.Parse("29.02亿元");
Rate rate = Rate.Of(executed, budget);
Console.WriteLine($"居民医保 income execution: {rate:P2}");
