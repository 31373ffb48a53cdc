using System;
using System.Globalization;

namespace FundMath.Forecasting;

/// <summary>
/// Bad input to a forecast — 预测输入错误: a series, an assumption or a horizon that breaks a rule. The message
/// names the subject (the series or assumption), the value and the rule, e.g. "series premiumIncome: value NaN at
/// 2019 is not a finite number". <see cref="Subject"/>, <see cref="Value"/> and <see cref="Rule"/> carry the
/// same three parts for tools.
/// </summary>
public sealed class ForecastInputException : ArgumentException
{
    /// <summary>Creates the exception from its three parts.</summary>
    public ForecastInputException(string subject, string value, string rule)
        : base($"{subject}: {value} {rule}", subject)
    {
        Subject = subject;
        Value = value;
        Rule = rule;
    }

    /// <summary>What was wrong: "series residentIncome", "assumption costGrowth", "horizon".</summary>
    public string Subject { get; }

    /// <summary>The offending value as text.</summary>
    public string Value { get; }

    /// <summary>The rule it broke.</summary>
    public string Rule { get; }

    /// <inheritdoc />
    public override string Message => $"{Subject}: {Value} {Rule}";

    internal static string Text(double value) => double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
