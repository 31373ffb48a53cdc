using System;
using System.Diagnostics.CodeAnalysis;
using FundMath.Explain;

namespace FundMath.Funds;

/// <summary>An amount booked on an expenditure line (a line item to build a statement from).</summary>
public readonly record struct ExpenditureItem(ExpenditureLine Line, Money Amount);
