using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>A fund's balance, deductions and monthly expenditure (累计结余可支付月数), net of payables.</summary>
internal sealed record CoverInput(string Fund, string Region, Money Balance, Money Prepayments, Money Payables, Money MonthlyExpenditure);
