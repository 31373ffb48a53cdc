using System;
using System.Collections.Generic;

namespace FundMath.Policies;

/// <summary>A parameter (or a value of it at a date) that a calculation needs is not defined — 缺少参数.</summary>
public sealed class ParameterNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public ParameterNotFoundException(string parameterName, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        Preconditions.CheckNotNull(parameterName, nameof(parameterName));
        ParameterName = parameterName;
    }

    /// <summary>The parameter's name.</summary>
    public string ParameterName { get; }
}
