using System;
using System.CommandLine;
using System.IO;
using FundMath.Cli.Analysis;
using FundMath.Cli.Charts;
using FundMath.Cli.Input;
using FundMath.Cli.Output;

namespace FundMath.Cli.Commands;

/// <summary>The command tree of the fundmath tool and its error handling; runs against any writers (tests run it in-process).</summary>
internal sealed class CliApp
{
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly bool terminal;

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "Output format: table (terminal), markdown, csv or json.",
        DefaultValueFactory = _ => "table",
        Recursive = true,
    };

    private readonly Option<bool> explain = new("--explain") { Description = "Print how each figure was computed (formula, inputs, parameters, rounding).", Recursive = true };

    private readonly Option<FileInfo?> output = new("--out", "-o") { Description = "Write the output to FILE instead of the terminal.", Recursive = true, HelpName = "FILE" };

    private readonly Option<FileInfo?> chart = new("--chart") { Description = "Also write the charts as a self-contained SVG file.", Recursive = true, HelpName = "FILE.svg" };

    private readonly Option<bool> verbose = new("--verbose") { Description = "Show full details (stack traces) of errors.", Recursive = true };

    private readonly Option<string> rounding = new("--rounding")
    {
        Description = "How months of cover are rounded to the report-style integer: nearest (四舍五入) or floor.",
        DefaultValueFactory = _ => "nearest",
        Recursive = true,
    };

    public CliApp(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
        format.AcceptOnlyFromAmong("table", "markdown", "csv", "json");
        rounding.AcceptOnlyFromAmong("nearest", "floor");
    }

    /// <summary>Runs the tool with arguments; returns the exit code.</summary>
    public int Run(string[] args)
    {
        RootCommand root = Build();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine("fundmath: error: " + error.Message);
            }

            stderr.WriteLine("Run 'fundmath --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private RootCommand Build()
    {
        var root = new RootCommand("fundmath — analyse China's basic medical insurance fund reports exactly (FundMath).")
        {
            format, explain, output, chart, verbose, rounding,
        };

        var analyzeFile = new Argument<string?>("FILE")
        {
            Description = "A report input (.json, .yaml, .yml) or a CSV region table; the built-in Zhuzhou 2021 sample when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectOptionLikeValues(analyzeFile);
        var analyze = new Command("analyze", "Analyse a fund report: statements, budget execution, months of cover by region with bands, deficit scan, findings.") { analyzeFile };
        analyze.SetAction(parse => Execute(parse, () => AnalyzeCommand.Run(parse.GetValue(analyzeFile), Settings(parse))));
        root.Subcommands.Add(analyze);

        var checkFile = new Argument<string?>("FILE")
        {
            Description = "A published-report document (.json, .yaml, .yml); the built-in Zhuzhou 2021 sample when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectOptionLikeValues(checkFile);
        var checkReport = new Command("check-report", "Check a published report's figures against each other; exit code 1 when an error is found.") { checkFile };
        checkReport.SetAction(parse => Execute(parse, () => CheckReportCommand.Run(parse.GetValue(checkFile))));
        root.Subcommands.Add(checkReport);

        var testPaths = new Argument<string[]>("PATH")
        {
            Description = "Case files (.yaml, .yml, .json) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        RejectOptionLikeValues(testPaths);
        var test = new Command("test", "Run FundMath case files; prints a diff per failing case and 'N passed, N failed' last; exit code 1 when a case fails.") { testPaths };
        test.SetAction(parse => Execute(parse, () => TestCommand.Run(parse.GetValue(testPaths) ?? [])));
        root.Subcommands.Add(test);

        root.Subcommands.Add(PoolCommand.Create(Execute, RejectOptionLikeValues));
        var drgFile = new Argument<string>("FILE") { Description = "A DRG input document (.yaml, .yml, .json): parameters, scheme budgets, groups, institutions, cases (lists inline or as CSV files)." };
        RejectOptionLikeValues(drgFile);
        var drg = new Command("drg", "DRG/DIP point payment (点数法): point values per scheme, payments per institution, year-end settlement.") { drgFile };
        drg.SetAction(parse => Execute(parse, () => DrgCommand.Run(parse.GetValue(drgFile)!)));
        root.Subcommands.Add(drg);

        var projectFile = new Argument<string>("FILE") { Description = "A projection input (.yaml, .yml, .json: start position, assumptions, scenarios, stress, history) or a CSV history (series,period,value)." };
        RejectOptionLikeValues(projectFile);
        var project = new Command("project", "Project a fund: income, expenditure, balance and months of cover by year; key dates; scenarios; sensitivity; Monte Carlo stress; trend fits.") { projectFile };
        project.SetAction(parse => Execute(parse, () => ProjectCommand.Run(parse.GetValue(projectFile)!)));
        root.Subcommands.Add(project);

        root.Subcommands.Add(SettleCommand.Create(Execute));

        var paramName = new Argument<string?>("NAME")
        {
            Description = "A parameter name or prefix, e.g. resident or resident.individual_contribution; all parameters when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectOptionLikeValues(paramName);
        var at = new Option<string?>("--at") { Description = "Show the values in force on this date (yyyy-MM-dd).", HelpName = "DATE" };
        at.Validators.Add(result =>
        {
            string? text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            // The ISO pattern also reads "-2021-01-01" (a year before the era) and five-digit years: a date here is
            // exactly yyyy-MM-dd with a year from 0001.
            if (text is not null && (text.Length != 10 || text[0] is < '0' or > '9' || !NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success
                                     || NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value.Year < 1))
            {
                result.AddError($"--at '{text}' is not a date; use yyyy-MM-dd, e.g. 2022-01-01.");
            }
        });
        var parameters = new Command("params", "List policy parameters with their values, effective dates and citations.") { paramName, at };
        parameters.SetAction(parse => Execute(parse, () => ParamsCommand.Run(
            parse.GetValue(paramName),
            parse.GetValue(at) is { } date ? NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value : null)));
        root.Subcommands.Add(parameters);

        root.SetAction(parse =>
        {
            stdout.WriteLine("fundmath: give a command; try 'fundmath analyze' (the built-in sample) or 'fundmath --help'.");
            return ExitCodes.UsageOrInput;
        });
        return root;
    }

    /// <summary>An unknown "--option" would otherwise be taken as the FILE argument; report it as what it is.</summary>
    private static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}'.");
                }
            }
        });

    private AnalysisSettings Settings(ParseResult parse) =>
        new(parse.GetValue(rounding) == "floor" ? MidpointRounding.ToNegativeInfinity : MidpointRounding.AwayFromZero);

    private int Execute(ParseResult parse, Func<CommandResult> run)
    {
        bool isVerbose = parse.GetValue(verbose);
        try
        {
            // Everything is computed and rendered before anything is written: a failure (a bad input found late, a
            // chart that cannot be drawn or written) leaves no partial report on stdout.
            CommandResult result = run();
            OutputFormat outputFormat = Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "table", ignoreCase: true);
            FileInfo? outFile = parse.GetValue(output);
            bool colour = terminal && outFile is null && outputFormat == OutputFormat.Table;
            var options = new RenderOptions(parse.GetValue(explain), colour, colour ? Math.Max(80, SafeWindowWidth()) : 120);
            string? plain = outputFormat == OutputFormat.Table && !options.Explain ? result.PlainText : null;
            string rendered = plain ?? ViewWriter.Render(result.View, outputFormat, options);
            string? svg = null;
            FileInfo? chartFile = parse.GetValue(chart);
            if (chartFile is not null)
            {
                if (result.View.Charts.Count == 0 && result.View.LineCharts.Count == 0)
                {
                    throw new InputException($"'{parse.CommandResult.Command.Name}' draws no chart for this input.", chartFile.FullName);
                }

                svg = result.View.LineCharts.Count > 0 ? SvgLineChartWriter.Write(result.View.LineCharts, result.View.Title) : SvgChartWriter.Write(result.View.Charts, result.View.Title);
                EnsureWritable(chartFile.FullName);
            }

            if (outFile is not null)
            {
                EnsureWritable(outFile.FullName);
                WriteFile(outFile.FullName, rendered);
            }

            if (chartFile is not null)
            {
                WriteFile(chartFile.FullName, svg!);
            }

            if (outFile is null)
            {
                stdout.Write(rendered);
            }

            return result.ExitCode;
        }
        catch (FundMath.Data.DataFormatException e)
        {
            return InputError(e.Message, e, isVerbose);
        }
        catch (InputException e)
        {
            return InputError(e.Describe(), e, isVerbose);
        }
        catch (Exception e) when (e is OverflowException && CurrentInput(parse) is { } file)
        {
            // Exact arithmetic on the input's own figures went past 64-bit range (an absurd figure, or a ratio
            // of a huge figure to a tiny one): bad input, not a bug.
            return InputError($"{file}: a calculation on this input's figures exceeds FundMath's exact range: {e.Message}", e, isVerbose);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine("fundmath: internal error: " + e.Message + (isVerbose ? string.Empty : " (run with --verbose for details)"));
            if (isVerbose)
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Internal;
        }
    }

    private int InputError(string message, Exception e, bool isVerbose)
    {
        stderr.WriteLine("fundmath: error: " + message);
        if (isVerbose)
        {
            stderr.WriteLine(e.ToString());
        }

        return ExitCodes.UsageOrInput;
    }

    /// <summary>The input file(s) the command was given (the first argument's tokens), or null.</summary>
    private static string? CurrentInput(ParseResult parse)
    {
        foreach (System.CommandLine.Parsing.SymbolResult child in parse.CommandResult.Children)
        {
            if (child is System.CommandLine.Parsing.ArgumentResult argument && argument.Tokens.Count > 0)
            {
                return string.Join(" ", System.Linq.Enumerable.Select(argument.Tokens, t => t.Value));
            }
        }

        return parse.CommandResult.Command.Name is "analyze" or "check-report" ? "the built-in sample" : null;
    }

    private static void EnsureWritable(string path)
    {
        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new InputException("the output folder does not exist.", path);
        }

        if (Directory.Exists(path))
        {
            throw new InputException("is a folder; give a file name to write.", path);
        }
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            EnsureWritable(path);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        }
        catch (IOException e)
        {
            throw new InputException("cannot be written: " + e.Message, path, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException("cannot be written: " + e.Message, path, inner: e);
        }
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
