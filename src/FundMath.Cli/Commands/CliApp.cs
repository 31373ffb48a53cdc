using System;
using System.CommandLine;
using System.IO;
using FundMath.Cli.Analysis;
using FundMath.Cli.Charts;
using FundMath.Cli.Input;
using FundMath.Cli.Output;
using FundMath.Cli.Views;

namespace FundMath.Cli.Commands;

/// <summary>The command tree of the fundmath tool and its error handling; runs against any writers (tests run it in-process).</summary>
internal sealed class CliApp
{
    /// <summary>The program name printed in usage and messages (the tool command, whatever the host executable is).</summary>
    public const string ProgramName = "fundmath";

    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly bool terminal;
    private readonly Func<string, string?> environment;
    private readonly string uiCulture;

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "Output format: table (terminal), markdown, csv (tidy: one line per cell), wide-csv (one line per row, units in the headers; reads back as input), json, or xlsx (one sheet per table; needs --out).",
        DefaultValueFactory = _ => "table",
        Recursive = true,
    };

    private readonly Option<bool> explain = new("--explain") { Description = "Print how each figure was computed (formula, inputs, parameters, rounding).", Recursive = true };

    private readonly Option<FileInfo?> output = new("--out", "-o") { Description = "Write the output to FILE instead of the terminal.", Recursive = true, HelpName = "FILE" };

    private readonly Option<FileInfo?> chart = new("--chart") { Description = "Also write the charts as a self-contained SVG file.", Recursive = true, HelpName = "FILE.svg" };

    private readonly Option<bool> noColor = new("--no-color") { Description = "Never colour the output (also when the NO_COLOR environment variable is set).", Recursive = true };

    private readonly Option<string?> lang = new("--lang")
    {
        Description = "Language of headers, outcomes and findings: en or zh (中文). Default: zh when the UI culture or LC_ALL/LC_MESSAGES/LANG is Chinese, else en.",
        Recursive = true,
        HelpName = "zh|en",
    };

    private readonly Option<bool> bom = new("--bom") { Description = "Start CSV output with a UTF-8 byte order mark, so Excel reads Chinese text correctly.", Recursive = true };

    private readonly Option<bool> verbose = new("--verbose") { Description = "Show full details (stack traces) of errors.", Recursive = true };

    private readonly Option<string> rounding = new("--rounding")
    {
        Description = "How months of cover are rounded to the report-style integer: nearest (四舍五入) or floor.",
        DefaultValueFactory = _ => "nearest",
        Recursive = true,
    };

    /// <param name="stdout">Where output goes.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="terminal">True when stdout is a terminal (colours, the window width).</param>
    /// <param name="environment">Reads an environment variable (NO_COLOR, LC_ALL, LC_MESSAGES, LANG); tests pass their own.</param>
    /// <param name="uiCulture">The UI culture's name ("zh-CN"), or empty.</param>
    public CliApp(TextWriter stdout, TextWriter stderr, bool terminal, Func<string, string?>? environment = null, string uiCulture = "")
    {
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
        this.environment = environment ?? (static _ => null);
        this.uiCulture = uiCulture;
        format.AcceptOnlyFromAmong("table", "markdown", "csv", "wide-csv", "json", "xlsx");
        lang.AcceptOnlyFromAmong("en", "zh");
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

        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            // Usage names the tool as users type it, not the host executable (FundMath.Cli, testhost).
            using var help = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            int code = parse.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Write(ProgramNameInUsage(help.ToString(), root.Name));
            return code;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Help text with the host executable's name replaced by <see cref="ProgramName"/> in the usage lines.</summary>
    internal static string ProgramNameInUsage(string help, string executable)
    {
        var text = new System.Text.StringBuilder(help.Length);
        foreach (string line in help.Split('\n'))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            string trimmed = line.TrimStart();
            if (executable.Length > 0 && (trimmed == executable || trimmed.StartsWith(executable + " ", StringComparison.Ordinal)))
            {
                text.Append(line.AsSpan(0, line.Length - trimmed.Length)).Append(ProgramName).Append(trimmed.AsSpan(executable.Length));
            }
            else
            {
                text.Append(line);
            }
        }

        return text.ToString();
    }

    private RootCommand Build()
    {
        var root = new RootCommand("fundmath — analyse China's basic medical insurance fund reports exactly (FundMath).")
        {
            format, explain, output, chart, noColor, lang, bom, verbose, rounding,
        };

        var analyzeFile = new Argument<string?>("FILE")
        {
            Description = "A report input (.json, .yaml, .yml) or a CSV region table; the built-in Zhuzhou 2021 sample when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectOptionLikeValues(analyzeFile);
        var strict = new Option<bool>("--strict") { Description = "Treat input that analyze cannot use (listed as warnings) as an error (exit code 2)." };
        var analyzeParams = new Option<string?>("--params")
        {
            Description = "Your city's conventions (tolerance, months-of-cover bands): a parameter file (.json/.yaml, the format of FundMath's conventions.json) layered over the national set, instead of the built-in 株洲市 conventions.",
            HelpName = "FILE",
        };
        var analyze = new Command("analyze", "Analyse a fund report: period, statements, budget execution, months of cover by region with bands, deficit scan, findings, warnings.") { analyzeFile, strict, analyzeParams };
        analyze.SetAction(parse => Execute(parse, () => AnalyzeCommand.Run(parse.GetValue(analyzeFile), Settings(parse), parse.GetValue(strict), parse.GetValue(analyzeParams))));
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
            CommandResult result = run();
            OutputFormat outputFormat = ParseFormat(parse.GetValue(format));
            FileInfo? outFile = parse.GetValue(output);
            Language language = ChooseLanguage(parse.GetValue(lang));
            bool colour = terminal && outFile is null && outputFormat == OutputFormat.Table && !parse.GetValue(noColor) && !NoColorRequested();
            var options = new RenderOptions(parse.GetValue(explain), colour, Width(outFile is null), language, parse.GetValue(bom));
            string? plain = outputFormat == OutputFormat.Table && !options.Explain
                ? (language == Language.Chinese ? result.PlainTextChinese ?? result.PlainText : result.PlainText)
                : null;
            ReportView view = ViewLocalizer.Localize(result.View, language, values: outputFormat != OutputFormat.Json);

            // Everything is rendered before anything is written: a failure (a chart that cannot be drawn or written,
            // an output folder that does not exist) leaves no partial report on stdout.
            bool bomOut = options.Bom && outputFormat is OutputFormat.Csv or OutputFormat.WideCsv;
            byte[]? workbook = null;
            string? rendered = null;
            if (outputFormat == OutputFormat.Xlsx)
            {
                if (outFile is null)
                {
                    throw new InputException("--format xlsx writes a workbook: give the file with --out FILE.xlsx.");
                }

                workbook = XlsxViewWriter.Write(view, options);
            }
            else
            {
                rendered = plain ?? ViewWriter.Render(view, outputFormat, options);
            }

            FileInfo? chartFile = parse.GetValue(chart);
            string? svg = null;
            if (chartFile is not null)
            {
                if (result.View.Charts.Count == 0 && result.View.LineCharts.Count == 0)
                {
                    throw new InputException($"'{parse.CommandResult.Command.Name}' draws no chart for this input.", chartFile.FullName);
                }

                svg = view.LineCharts.Count > 0 ? SvgLineChartWriter.Write(view.LineCharts, view.Title) : SvgChartWriter.Write(view.Charts, view.Title, language);
                EnsureWritable(chartFile.FullName);
            }

            if (outFile is not null)
            {
                EnsureWritable(outFile.FullName);
                if (workbook is not null)
                {
                    WriteBytes(outFile.FullName, workbook);
                }
                else
                {
                    WriteFile(outFile.FullName, rendered!, bomOut && plain is null);
                }
            }

            if (chartFile is not null)
            {
                WriteFile(chartFile.FullName, svg!);
            }

            if (outFile is null)
            {
                if (bomOut && plain is null)
                {
                    stdout.Write('\uFEFF');
                }

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
        catch (OverflowException e) when (CurrentInput(parse) is { } file)
        {
            // Exact arithmetic on the input's own figures went past the 64-bit range (an absurd figure, or a ratio
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

    /// <summary>The input file(s) the command was given (its argument's tokens), the built-in sample, or null.</summary>
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

    private static OutputFormat ParseFormat(string? name) => name switch
    {
        "wide-csv" => OutputFormat.WideCsv,
        null => OutputFormat.Table,
        _ => Enum.Parse<OutputFormat>(name, ignoreCase: true),
    };

    /// <summary>--lang when given; otherwise Chinese when the UI culture or the POSIX locale (LC_ALL, LC_MESSAGES, LANG, first set wins) is zh.</summary>
    private Language ChooseLanguage(string? requested)
    {
        if (requested is not null)
        {
            return requested == "zh" ? Language.Chinese : Language.English;
        }

        if (uiCulture.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Language.Chinese;
        }

        foreach (string variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (environment(variable) is { Length: > 0 } locale)
            {
                return locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : Language.English;
            }
        }

        return Language.English;
    }

    /// <summary>The rendering width: COLUMNS when set, else the terminal's (at least 80), else 120 for files and pipes.</summary>
    private int Width(bool toStdout)
    {
        if (environment("COLUMNS") is { } columns && int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width >= 40)
        {
            return width;
        }

        return terminal && toStdout ? Math.Max(80, SafeWindowWidth()) : 120;
    }

    /// <summary>NO_COLOR (no-color.org): set to any non-empty value, colour is off.</summary>
    private bool NoColorRequested() => environment("NO_COLOR") is { Length: > 0 };

    private static void WriteFile(string path, string text, bool bom = false) =>
        WriteBytes(path, [.. (bom ? System.Text.Encoding.UTF8.GetPreamble() : []), .. new System.Text.UTF8Encoding(false).GetBytes(text)]);

    private static void WriteBytes(string path, byte[] bytes)
    {
        try
        {
            EnsureWritable(path);
            File.WriteAllBytes(path, bytes);
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
