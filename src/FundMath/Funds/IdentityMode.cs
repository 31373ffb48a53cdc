using System;

namespace FundMath.Funds;

/// <summary>How a statement whose reported closing balance is supplied treats a broken roll-forward identity.</summary>
public enum IdentityMode
{
    /// <summary>Throw an <see cref="ArgumentException"/> naming opening, income, expenditure, expected and reported closing.</summary>
    Strict,

    /// <summary>Keep the reported closing balance and report the break in <see cref="FundStatement.RollForward"/>.</summary>
    Report,
}
