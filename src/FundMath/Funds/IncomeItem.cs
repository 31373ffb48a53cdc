using System;
using System.Diagnostics.CodeAnalysis;
using FundMath.Explain;

namespace FundMath.Funds;

/// <summary>An amount booked on an income line (a line item to build a statement from).</summary>
public readonly record struct IncomeItem(IncomeLine Line, Money Amount);
