using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>A region row: book balance, actual balance net of payables, and months (computed from monthly expenditure when given, else as printed).</summary>
internal sealed record RegionInput(string Fund, string Region, Money Balance, Money ActualBalance, Money? MonthlyExpenditure, long? PrintedMonths);
