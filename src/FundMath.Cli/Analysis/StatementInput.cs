namespace FundMath.Cli.Analysis;

/// <summary>A fund's income, expenditure and accumulated balance for the period (基金收支余), from a table shown in a unit.</summary>
internal sealed record StatementInput(string Table, MoneyUnit Unit, string Fund, Money Income, Money Expenditure, Money? Accumulated);
