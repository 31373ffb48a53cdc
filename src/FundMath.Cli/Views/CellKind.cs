namespace FundMath.Cli.Views;

/// <summary>The kind of a cell: decides its JSON type and its alignment.</summary>
internal enum CellKind
{
    Text,
    Integer,
    Money,
    Rate,
    Points,
    Months,
    Outcome,
    Band,
    Severity,
    Decimal,
}
