using FundMath.Cli.Drg;
using FundMath.Drg;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath drg FILE</c>: DRG point values per scheme, payments per institution, year-end settlement, totals.</summary>
internal static class DrgCommand
{
    public static CommandResult Run(string file)
    {
        DrgInput input = DrgInputReader.Load(file);
        DrgAnnualPayment payment;
        try
        {
            payment = DrgAnnualPayment.Calculate(input.Policy, input.Budgets, input.Groups, input.Institutions, input.Cases);
        }
        catch (DrgInputException e)
        {
            throw input.Locate(e);
        }

        return new CommandResult(DrgView.Build(input, payment, file), ExitCodes.Ok);
    }
}
