using System;
using System.Collections.Generic;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>
/// A subsidy split between central and local government, the local part further split by level.
/// 财政补助资金分级负担.
/// Total = Central + Σ Local parts, to the fen.
/// </summary>
/// <param name="Total">The subsidy total (per capita × persons).</param>
/// <param name="Central">Central government's part (中央财政补助).</param>
/// <param name="Local">Local government's part (地方财政补助) = Total − Central.</param>
public readonly record struct SubsidySplitResult(Money Total, Money Central, Money Local);
