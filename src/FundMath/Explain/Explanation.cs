using System;
using System.Collections.Generic;
using System.Text;
using FundMath.Citations;
using NodaTime;

namespace FundMath.Explain;

/// <summary>
/// The explanation of a computed figure — 计算说明: its formula, each input, each parameter value with its
/// citation and effective date, and each rounding, as a tree. Available as a structured object (for tools) and
/// as text (<see cref="ToText"/>, for people). Explanations are built on request, off the allocation-free hot
/// path: calculations return plain result structs and offer a separate <c>Explain</c> method.
/// </summary>
public sealed class Explanation
{
    /// <summary>Creates a node naming a figure and its formatted value.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public Explanation(string name, string value, ExplanationKind kind = ExplanationKind.Result)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("name must say what the figure is; it is empty.", nameof(name));
        }

        Name = name;
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Kind = kind;
    }

    /// <summary>What the figure is, e.g. "实际结余可支付月数 months of cover".</summary>
    public string Name { get; }

    /// <summary>The figure as printed, e.g. "15.68".</summary>
    public string Value { get; }

    /// <summary>Result, input or parameter.</summary>
    public ExplanationKind Kind { get; }

    /// <summary>The formula in words or symbols, e.g. "actual balance / average monthly expenditure".</summary>
    public string? Formula { get; init; }

    /// <summary>The rounding applied to reach <see cref="Value"/>, e.g. "to 0.01% (AwayFromZero, 四舍五入)".</summary>
    public string? Rounding { get; init; }

    /// <summary>For a parameter: the source of its value.</summary>
    public Citation? Citation { get; init; }

    /// <summary>For a parameter: the date from which the value used is effective.</summary>
    public LocalDate? EffectiveFrom { get; init; }

    /// <summary>A sentence a person can read, e.g. "15.7 months = (23.89 − 3.66)亿 / 1.29亿 per month".</summary>
    public string? Sentence { get; init; }

    /// <summary>Anything else worth knowing (a flag, an assumption).</summary>
    public string? Note { get; init; }

    /// <summary>The figures this one was computed from.</summary>
    public IReadOnlyList<Explanation> Inputs { get; init => field = value ?? throw new ArgumentNullException(nameof(Inputs)); } = [];

    /// <summary>An input node.</summary>
    public static Explanation Input(string name, string value) => new(name, value, ExplanationKind.Input);

    /// <summary>A parameter node with its citation and effective date.</summary>
    public static Explanation Parameter(string name, string value, Citation? citation, LocalDate? effectiveFrom) =>
        new(name, value, ExplanationKind.Parameter) { Citation = citation, EffectiveFrom = effectiveFrom };

    /// <summary>The explanation as indented text, one node a line.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        Write(sb, 0);
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText();

    private void Write(StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2);
        sb.Append(depth == 0 ? string.Empty : "- ").Append(Name).Append(" = ").Append(Value);
        if (Kind == ExplanationKind.Input)
        {
            sb.Append("  [input]");
        }

        if (Kind == ExplanationKind.Parameter)
        {
            sb.Append("  [parameter");
            if (EffectiveFrom is { } from)
            {
                sb.Append(", effective ").Append(from.ToString("uuuu-MM-dd", null));
            }

            if (Citation is not null)
            {
                sb.Append(", ").Append(Citation);
            }

            sb.Append(']');
        }

        sb.AppendLine();
        string pad = new(' ', (depth * 2) + 4);
        if (Sentence is not null)
        {
            sb.Append(pad).Append(Sentence).AppendLine();
        }

        if (Formula is not null)
        {
            sb.Append(pad).Append("formula: ").Append(Formula).AppendLine();
        }

        if (Rounding is not null)
        {
            sb.Append(pad).Append("rounding: ").Append(Rounding).AppendLine();
        }

        if (Note is not null)
        {
            sb.Append(pad).Append("note: ").Append(Note).AppendLine();
        }

        foreach (Explanation input in Inputs)
        {
            input.Write(sb, depth + 1);
        }
    }
}
