using System;

namespace FundMath.Reconciliation;

/// <summary>
/// One year of a deficit scan — 收不抵支情况: how many pooling areas ran a deficit, their share and amounts.
/// Formula checked: deficit areas + surplus areas = areas; share = areas / total.
/// </summary>
/// <param name="Year">The year ("2019年").</param>
/// <param name="Regions">统筹区总数.</param>
/// <param name="DeficitRegions">出现收不抵支的统筹区个数.</param>
/// <param name="SurplusRegions">未出现收不抵支的统筹区个数.</param>
public sealed record DeficitScanRow(string Year, PrintedFigure Regions, PrintedFigure DeficitRegions, PrintedFigure SurplusRegions)
{
    /// <summary>The year ("2019年").</summary>
    public string Year { get; init => field = value ?? throw new ArgumentNullException(nameof(Year)); } = Year ?? throw new ArgumentNullException(nameof(Year));

    /// <summary>统筹区总数.</summary>
    public PrintedFigure Regions { get; init => field = value ?? throw new ArgumentNullException(nameof(Regions)); } = Regions ?? throw new ArgumentNullException(nameof(Regions));

    /// <summary>出现收不抵支的统筹区个数.</summary>
    public PrintedFigure DeficitRegions { get; init => field = value ?? throw new ArgumentNullException(nameof(DeficitRegions)); } = DeficitRegions ?? throw new ArgumentNullException(nameof(DeficitRegions));

    /// <summary>未出现收不抵支的统筹区个数.</summary>
    public PrintedFigure SurplusRegions { get; init => field = value ?? throw new ArgumentNullException(nameof(SurplusRegions)); } = SurplusRegions ?? throw new ArgumentNullException(nameof(SurplusRegions));

    /// <summary>所占比例 of deficit areas, or null.</summary>
    public PrintedFigure? DeficitShare { get; init; }

    /// <summary>超支金额, or null.</summary>
    public PrintedFigure? DeficitAmount { get; init; }

    /// <summary>所占比例 of surplus areas, or null.</summary>
    public PrintedFigure? SurplusShare { get; init; }

    /// <summary>结余金额, or null.</summary>
    public PrintedFigure? SurplusAmount { get; init; }
}
