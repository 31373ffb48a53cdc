namespace FundMath.Funds;

/// <summary>An amount booked on an expenditure line (a line item to build a statement from).</summary>
/// <remarks><c>default(ExpenditureItem)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct ExpenditureItem(ExpenditureLine Line, Money Amount);
