using System;
using System.CommandLine;
using System.IO;
using FundMath.Cli.Input;
using FundMath.Cli.Pooling;
using FundMath.Cli.Views;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;

namespace FundMath.Cli.Commands;

/// <summary>
/// <c>fundmath pool FILE</c>: a city's municipal-pooling settlement for one scheme and year — the collected fund's
/// roll-forward, every county's transfer, top-up, deficit sharing (with the 1% cap) or surplus, the rules fired and a
/// sentence per county (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8).
/// </summary>
internal static class PoolCommand
{
    public static CommandResult Run(string file, PoolSettings settings)
    {
        PoolInput input = PoolInputReader.Load(file, settings);
        PoolingCityDocument document = input.Document;
        PoolingPolicy policy;
        try
        {
            policy = PoolingPolicy.FromParameters(input.Parameters, new LocalDate(document.Year.Year, 1, 1), input.Reading);
        }
        catch (ParameterNotFoundException e)
        {
            throw new InputException($"{e.Message} The pooling rules are a city's: give its parameter set (e.g. samples/parameters/lishui.yaml).", input.ParametersSource);
        }
        catch (PoolingInputException e)
        {
            throw new InputException(e.Message, input.ParametersSource);
        }

        (CollectedFundStatement fund, CountySettlement[] counties) = document.Settle(policy);
        string title = "fundmath pool — " + (document.City ?? Path.GetFileNameWithoutExtension(file));
        var view = new ReportView("pool", title, file);
        PoolView.Add(view, policy, fund, counties, document.Unit);
        return new CommandResult(view, ExitCodes.Ok);
    }

    /// <summary>The <c>pool</c> command line: FILE and its options; <paramref name="execute"/> is the tool's error handling and rendering.</summary>
    public static Command Create(Func<ParseResult, Func<CommandResult>, int> execute, Action<Argument> rejectOptionLikeValues)
    {
        var file = new Argument<string>("FILE") { Description = "A city's counties: a document (.yaml, .yml, .json; docs/pooling.md) or a CSV with one county per row." };
        rejectOptionLikeValues(file);
        var parametersFile = new Option<string[]>("--params")
        {
            Description = "The city's parameter set with the pooling rules (default: the file's parameter_file:); repeat to layer files in order over the national set.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
        };
        var reading = new Option<string?>("--reading") { Description = "How 减少5% is read: points (5 percentage points, default) or share_of_share (5% of the share).", HelpName = "READING" };
        reading.AcceptOnlyFromAmong("points", "share_of_share");
        var scheme = new Option<string?>("--scheme") { Description = "CSV only: employee or resident.", HelpName = "SCHEME" };
        scheme.AcceptOnlyFromAmong("employee", "resident");
        var year = new Option<int?>("--year") { Description = "CSV only: the settlement year.", HelpName = "YEAR" };
        var opening = new Option<string?>("--opening") { Description = "CSV only: the collected fund's opening balance (in --unit, or with its own unit: 1.2亿元).", HelpName = "AMOUNT" };
        var interest = new Option<string?>("--interest") { Description = "CSV only: the collected fund's interest income.", HelpName = "AMOUNT" };
        var unified = new Option<string?>("--unified-subsidy") { Description = "CSV only: the unified resident subsidy standard, 元/人 (transition years).", HelpName = "AMOUNT" };
        var unit = new Option<string?>("--unit") { Description = "CSV only: the unit of plain amounts: 元 (default), 万元 or 亿元.", HelpName = "UNIT" };
        var pool = new Command("pool", "Settle a city's municipal pooling (市级统筹) for a year: the collected fund's roll-forward, each county's transfer, top-up, deficit sharing with the 1% cap, or surplus.")
        {
            file, parametersFile, reading, scheme, year, opening, interest, unified, unit,
        };
        pool.SetAction(parse => execute(parse, () => Run(
            parse.GetValue(file)!,
            new PoolSettings(parse.GetValue(parametersFile), parse.GetValue(reading), parse.GetValue(scheme), parse.GetValue(year),
                parse.GetValue(opening), parse.GetValue(interest), parse.GetValue(unified), parse.GetValue(unit)))));
        return pool;
    }
}
