namespace FundMath.Reconciliation;

/// <summary>
/// How a printed figure was rounded from the true value — 修约方式. Each mode turns the printed value x with
/// precision p into an interval that must contain the true value.
/// Formula: Nearest [x − p/2, x + p/2]; Floor [x, x + p]; Ceiling [x − p, x]; Approximate ("约") [x − p, x + p].
/// </summary>
public enum PrintRounding
{
    /// <summary>Rounded to the nearest unit of precision (四舍五入), the default for printed reports.</summary>
    Nearest,

    /// <summary>Rounded down / truncated (舍去, 取整): the true value is at least the printed one.</summary>
    Floor,

    /// <summary>Rounded up (进一): the true value is at most the printed one.</summary>
    Ceiling,

    /// <summary>"约" — an approximate figure whose rounding is not stated; any of the three modes may apply.</summary>
    Approximate,
}
