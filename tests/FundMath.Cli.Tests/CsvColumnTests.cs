using System;
using System.IO;
using System.Text;

namespace FundMath.Cli.Tests;

/// <summary>
/// Every CSV the tool reads refuses a column it does not know — a misspelt header would otherwise be dropped in
/// silence — at file:1:column, naming the column and the allowed names; and a column given twice.
/// </summary>
public class CsvColumnTests
{
    private const string ClaimsColumns = "id, person, date, scheme, kind, level, status, group, total, out_of_scope, class_b, reverses";

    private const string CountyColumns = "name, previous_year_expenditure, accumulated_balance, personal_account_balance, previous_year_insured, pooled_financing, deficit, surplus, prior_year_deficit, assessment, subsidy_2021, insured";

    [Theory]
    // settle: the claims CSV ('totl' for 'total' starts at column 5).
    [InlineData("settle", "id,person,date,totl\nc1,p1,2021-03-01,100\n", "", ":1:4: unknown column 'totl' (allowed: " + ClaimsColumns + ").")]
    [InlineData("settle", "id,person,id\nc1,p1,c2\n", "", ":1:3: column 'id' appears twice.")]
    // pool: a CSV of counties ('remark' starts at character 8 of the header line).
    [InlineData("pool", "name,remark\nA,x\n", "--scheme resident --year 2023", ":1:6: unknown column 'remark' (allowed: " + CountyColumns + ").")]
    [InlineData("pool", "name,deficit,deficit\nA,1,2\n", "--scheme resident --year 2023", ":1:14: column 'deficit' appears twice.")]
    // project: a history CSV.
    [InlineData("project", "series,period,valu\nincome,2021,1\n", "", ":1:3: unknown column 'valu' (allowed: series, period, value, in that order).")]
    [InlineData("project", "series,value,period\nincome,1,2021\n", "", ":1:1: the header is 'series,value,period'; a history CSV has the columns series,period,value, in that order.")]
    public void An_unknown_or_repeated_column_is_a_positioned_error_naming_the_allowed_columns(string command, string csv, string options, string message)
    {
        string path = Path.Combine(Path.GetTempPath(), $"fundmath-columns-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        try
        {
            string[] args = [command, path, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            CliRunner.Result result = CliRunner.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out); // no partial results
            Assert.Equal($"fundmath: error: {path}{message}\n", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("groups", "scheme,id,average_cost,weight\nemployee,GA,8000,1\n", ":1:4: unknown column 'weight' (allowed: scheme, id, average_cost).")]
    [InlineData("institutions", "id,name,factr\nH1,a,1\n", ":1:3: unknown column 'factr' (allowed: id, name, factor, employee_reference, resident_reference).")]
    public void A_drg_list_csv_refuses_an_unknown_column(string list, string csv, string message)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"fundmath-drg-columns-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string sample = File.ReadAllText(Path.Combine(CliRunner.SourceDirectory(), "..", "..", "samples", "drg", "sample.yaml"));
            File.Copy(Path.Combine(CliRunner.SourceDirectory(), "..", "..", "samples", "parameters", "drg-sample.yaml"), Path.Combine(folder, "drg-sample.yaml"));
            int start = sample.IndexOf($"\n{list}:", StringComparison.Ordinal) + 1;
            int end = sample.IndexOf('\n', start);
            while (end + 1 < sample.Length && sample[end + 1] is ' ' or '-')
            {
                end = sample.IndexOf('\n', end + 1);
            }

            string document = sample[..start] + $"{list}: {list}.csv" + sample[end..];
            document = document.Replace("../parameters/drg-sample.yaml", "drg-sample.yaml", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "input.yaml"), document, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder, $"{list}.csv"), csv, new UTF8Encoding(false));
            CliRunner.Result result = CliRunner.Run("drg", Path.Combine(folder, "input.yaml"));
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"fundmath: error: {Path.Combine(folder, list + ".csv")}{message}\n", result.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
