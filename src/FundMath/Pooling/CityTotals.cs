namespace FundMath.Pooling;

/// <summary>Sums over the counties of a settlement (internal: exposed through <see cref="CollectedFundStatement"/>).</summary>
internal struct CityTotals
{
    internal Money Deficit;
    internal Money TransitionFill;
    internal Money CountyBalance;
    internal Money CountyAppropriation;
    internal Money CityTreasury;
    internal Money CountyTreasury;
    internal Money CapCutOff;
    internal Money Surplus;
    internal Money TransferAppropriation;

    internal void Add(in CountySettlement c)
    {
        Deficit += c.Deficit;
        TransitionFill += c.TransitionFill;
        CountyBalance += c.CountyPart.FromBalance;
        CountyAppropriation += c.CountyPart.SpecialAppropriation;
        CityTreasury += c.CityTreasuryPaid;
        CountyTreasury += c.CountyTreasury;
        CapCutOff += c.CapCutOff;
        Surplus += c.Surplus;
        TransferAppropriation += c.InitialTransfer.SpecialAppropriation + c.TopUp.SpecialAppropriation;
    }
}
