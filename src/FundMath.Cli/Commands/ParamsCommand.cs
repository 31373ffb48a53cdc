using System.Globalization;
using FundMath.Cli.Input;
using FundMath.Cli.Views;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cli.Commands;

/// <summary>
/// <c>fundmath params [NAME] [--at DATE]</c>: parameters with values, effective dates and citations — the national set
/// with FundMath's conventions layer on top, each row saying which layer it comes from.
/// </summary>
internal static class ParamsCommand
{
    public static CommandResult Run(string? name, LocalDate? at)
    {
        ParameterSet set = ParameterSet.NationalWithConventions;
        Parameter[] selected;
        try
        {
            selected = set.Select(name);
        }
        catch (ParameterNotFoundException e)
        {
            throw new InputException(e.Message);
        }

        var view = new ReportView("params", "fundmath params" + (name is null ? string.Empty : " " + name) + (at is { } d ? " --at " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty), set.ToString());
        Section section = view.AddSection("parameters", at is null ? "Policy parameters (every dated value)" : "Policy parameters in force on " + at.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ViewTable table = section.AddTable(
            "parameters",
            "Name, layer (national rule or local convention), unit, effective date, value, citation",
            new Column("name", "Name", CellKind.Text),
            new Column("layer", "Layer", CellKind.Text),
            new Column("unit", "Unit", CellKind.Text),
            new Column("effectiveFrom", "From", CellKind.Text),
            new Column("value", "Value", CellKind.Text),
            new Column("citation", "Citation", CellKind.Text),
            new Column("note", "Note", CellKind.Text));
        foreach (Parameter parameter in selected)
        {
            if (at is { } date)
            {
                if (parameter.TryAt(date) is { } entry)
                {
                    AddRow(table, parameter, entry);
                    view.Explanations.Add(entry.Explain(parameter.Name));
                }
                else
                {
                    section.Notes.Add($"{parameter.Name}: no value in force on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (its first value is effective from {parameter.Entries[0].EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
                }
            }
            else
            {
                foreach (ParameterEntry entry in parameter.Entries)
                {
                    AddRow(table, parameter, entry);
                }
            }
        }

        return new CommandResult(view, ExitCodes.Ok);
    }

    private static void AddRow(ViewTable table, Parameter parameter, ParameterEntry entry) =>
        table.AddRow(
            Cell.Of(parameter.Name),
            Cell.Of(ParameterSet.Conventions.Contains(parameter.Name) ? "conventions" : "national"),
            Cell.Of(parameter.Unit.FileName()),
            Cell.Of(entry.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Cell.Of(entry.ValueText),
            Cell.Of(entry.Citation.ToString()),
            Cell.Of(entry.Note ?? string.Empty));
}
