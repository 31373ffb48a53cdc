using System;

namespace FundMath.Drg;

/// <summary>
/// A DRG input record breaks a rule — 点数法输入错误: the message names the record (kind, position and id), the
/// field, the value and the rule, e.g. "case 17 (C0017): cost −5.00元 is negative: a case cost must be ≥ 0".
/// Nothing is computed when it is thrown. <see cref="RecordKind"/> and <see cref="RecordIndex"/> let a file reader
/// point at the record's line.
/// </summary>
public sealed class DrgInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public DrgInputException(string recordKind, int recordIndex, string? recordId, string field, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        ArgumentNullException.ThrowIfNull(recordKind);
        ArgumentNullException.ThrowIfNull(field);
        RecordKind = recordKind;
        RecordIndex = recordIndex;
        RecordId = recordId;
        Field = field;
    }

    /// <summary>"scheme", "group", "institution" or "case".</summary>
    public string RecordKind { get; }

    /// <summary>The record's 0-based position in its list.</summary>
    public int RecordIndex { get; }

    /// <summary>The record's id, when it has one.</summary>
    public string? RecordId { get; }

    /// <summary>The field that breaks the rule, e.g. "cost".</summary>
    public string Field { get; }
}
