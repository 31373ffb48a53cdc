using System;
using System.Collections.Generic;
using FundMath.Data;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// The inputs of one case with typed getters — 案例输入. A getter for an input the case does not give throws
/// <see cref="DataFormatException"/> "missing input 'x'": missing is never zero. Errors carry file, line and column.
/// </summary>
public sealed class CaseInputs
{
    private readonly DataNode inputs;

    /// <summary>Creates inputs from the case's <c>inputs:</c> mapping and its optional date and period.</summary>
    public CaseInputs(DataNode inputs, LocalDate? date = null, ReportingPeriod? period = null, string caseId = "")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        this.inputs = inputs.ExpectKind(DataNodeKind.Mapping);
        CaseDate = date;
        CasePeriod = period;
        CaseId = caseId ?? throw new ArgumentNullException(nameof(caseId));
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>The case's <c>date:</c>, if given.</summary>
    public LocalDate? CaseDate { get; }

    /// <summary>The case's <c>period:</c>, if given.</summary>
    public ReportingPeriod? CasePeriod { get; }

    /// <summary>The input names in file order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (DataMember m in inputs.Members)
            {
                yield return m.Key;
            }
        }
    }

    /// <summary>The raw node of the inputs mapping (for calculations with structured inputs).</summary>
    public DataNode Node => inputs;

    /// <summary>True when the case gives the input.</summary>
    public bool Has(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return inputs.Has(name);
    }

    /// <summary>The raw node of an input.</summary>
    /// <exception cref="DataFormatException">missing input.</exception>
    public DataNode Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return inputs.Optional(name) ?? throw Missing(name);
    }

    /// <summary>A money input (280, "84,555万元").</summary>
    public Money Money(string name) => Get(name).AsMoney();

    /// <summary>A rate input ("8.7%").</summary>
    public Rate Rate(string name) => Get(name).AsRate();

    /// <summary>A percentage-points input ("5pp").</summary>
    public PercentagePoints Points(string name) => Get(name).AsPercentagePoints();

    /// <summary>A fraction input ("392/25", "15.68").</summary>
    public Fraction Fraction(string name) => Get(name).AsFraction();

    /// <summary>A headcount input (3019813, "72.74万人").</summary>
    public Headcount Headcount(string name) => Get(name).AsHeadcount();

    /// <summary>A whole-number input.</summary>
    public long Integer(string name) => Get(name).AsLong();

    /// <summary>A decimal input.</summary>
    public decimal Decimal(string name) => Get(name).AsDecimal();

    /// <summary>A text input.</summary>
    public string Text(string name) => Get(name).AsString();

    /// <summary>A boolean input.</summary>
    public bool Boolean(string name) => Get(name).AsBool();

    /// <summary>A date input; the case's <c>date:</c> when the input is absent and <paramref name="orCaseDate"/> is true.</summary>
    public LocalDate Date(string name, bool orCaseDate = true)
    {
        if (inputs.Optional(name) is { } node)
        {
            return node.AsLocalDate();
        }

        return orCaseDate && CaseDate is { } d ? d : throw Missing(name, orCaseDate ? " (nor a case-level 'date:')" : string.Empty);
    }

    /// <summary>A period input; the case's <c>period:</c> when the input is absent and <paramref name="orCasePeriod"/> is true.</summary>
    public ReportingPeriod Period(string name, bool orCasePeriod = true)
    {
        if (inputs.Optional(name) is { } node)
        {
            return node.AsPeriod();
        }

        return orCasePeriod && CasePeriod is { } p ? p : throw Missing(name, orCasePeriod ? " (nor a case-level 'period:')" : string.Empty);
    }

    /// <summary>A list of money values (a sequence input).</summary>
    public Money[] MoneyList(string name) => List(name, static n => n.AsMoney());

    /// <summary>A list of whole numbers (a sequence input).</summary>
    public long[] IntegerList(string name) => List(name, static n => n.AsLong());

    /// <summary>A list of rates (a sequence input).</summary>
    public Rate[] RateList(string name) => List(name, static n => n.AsRate());

    /// <summary>A rounding mode input (AwayFromZero, ToEven, ToZero, ToNegativeInfinity, ToPositiveInfinity), or the default when absent.</summary>
    public MidpointRounding Rounding(string name, MidpointRounding whenAbsent = MidpointRounding.AwayFromZero)
    {
        if (inputs.Optional(name) is not { } node)
        {
            return whenAbsent;
        }

        string text = node.AsString();
        return Enum.TryParse(text, ignoreCase: false, out MidpointRounding mode) && Enum.IsDefined(mode)
            ? mode
            : throw node.Error($"expected a rounding mode (AwayFromZero, ToEven, ToZero, ToNegativeInfinity, ToPositiveInfinity) but found '{text}'");
    }

    private T[] List<T>(string name, Func<DataNode, T> read)
    {
        IReadOnlyList<DataNode> items = Get(name).AsSequence();
        var result = new T[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = read(items[i]);
        }

        return result;
    }

    private DataFormatException Missing(string name, string extra = "") =>
        inputs.Error($"missing input '{name}'{extra}: a case must give every input its calculation reads (missing is not zero)");
}
