using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// The deterministic projection of one region under one scenario — 基金收支预测结果: the employee pooled fund,
/// the personal accounts and the resident fund, each year by year with its key dates. Built by
/// <see cref="Projector.Run"/>.
/// </summary>
public sealed class ProjectionResult
{
    internal ProjectionResult(ProjectionModel model, FundProjection? pooled, FundProjection? accounts, FundProjection? resident)
    {
        Model = model;
        EmployeePooled = pooled;
        PersonalAccounts = accounts;
        Resident = resident;
        var funds = new List<FundProjection>(3);
        if (pooled is not null)
        {
            funds.Add(pooled);
        }

        if (accounts is not null)
        {
            funds.Add(accounts);
        }

        if (resident is not null)
        {
            funds.Add(resident);
        }

        Funds = funds;
    }

    /// <summary>The model projected.</summary>
    public ProjectionModel Model { get; }

    /// <summary>The scenario's name.</summary>
    public string Scenario => Model.Assumptions.Name;

    /// <summary>职工医保统筹基金 (null without employees).</summary>
    public FundProjection? EmployeePooled { get; }

    /// <summary>职工医保个人账户 (null without employees).</summary>
    public FundProjection? PersonalAccounts { get; }

    /// <summary>城乡居民医保 (null without residents).</summary>
    public FundProjection? Resident { get; }

    /// <summary>The funds projected: pooled fund, personal accounts, resident fund (those present).</summary>
    public IReadOnlyList<FundProjection> Funds { get; }

    /// <summary>The model's inputs and calibration, then each fund's key dates with the figures behind them.</summary>
    public Explanation Explain()
    {
        var nodes = new List<Explanation> { Model.Explain() };
        foreach (FundProjection f in Funds)
        {
            var dates = new List<Explanation>();
            foreach (KeyDate k in f.KeyDates)
            {
                dates.Add(new Explanation(KeyDateName(k.Kind), k.Year?.ToString(CultureInfo.InvariantCulture) ?? "none") { Sentence = k.Sentence });
            }

            nodes.Add(new Explanation(f.Kind.ChineseName + " key dates", f.Exhaustion.Year?.ToString(CultureInfo.InvariantCulture) ?? "no exhaustion")
            {
                Formula = "closing = opening + income − expenditure each year; exhausted when closing < 0",
                Inputs = dates,
            });
        }

        return new Explanation("基金收支预测 projection", $"{Model.Start.Region}, scenario {Scenario}, {Model.FirstYear}–{Model.LastYear}") { Inputs = nodes };
    }

    /// <summary>The Chinese and English name of a key date.</summary>
    public static string KeyDateName(KeyDateKind kind) => kind switch
    {
        KeyDateKind.FirstCurrentDeficit => "当期收不抵支 first current-deficit year",
        KeyDateKind.Exhaustion => "累计结余耗尽 exhaustion year",
        KeyDateKind.CoverOutsideReasonableRange => "可支付月数超出合理区间 cover leaves the reasonable range",
        _ => "可支付月数低于合理区间 cover below the reasonable range",
    };
}
