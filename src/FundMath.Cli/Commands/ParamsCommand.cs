using System;
using System.Globalization;
using System.Linq;
using FundMath.Cli.Output;
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
        view.Chinese[set.ToString()] = string.Create(CultureInfo.InvariantCulture, $"{string.Join(" + ", set.Name.Split('+').Select(Layer))}：{set.Count} 个参数（{string.Join(" ⟶ ", set.Layers.Select(Layer))}）");
        view.Chinese["conventions"] = Layer("conventions");
        view.Chinese["national"] = Layer("national");
        foreach (ParameterUnit unit in Enum.GetValues<ParameterUnit>())
        {
            view.Chinese[unit.FileName()] = Unit(unit);
        }

        if (at is { } day)
        {
            view.Chinese[section.Title] = "在 " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 有效的政策参数";
        }

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
                    AddRow(view, table, parameter, entry);
                    view.Explanations.Add(entry.Explain(parameter.Name));
                }
                else
                {
                    string on = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first = parameter.Entries[0].EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    string note = $"{parameter.Name}: no value in force on {on} (its first value is effective from {first}).";
                    section.Notes.Add(note);
                    view.Chinese[note] = $"{parameter.Name}：{on} 没有有效值（最早的值自 {first} 起生效）。";
                }
            }
            else
            {
                foreach (ParameterEntry entry in parameter.Entries)
                {
                    AddRow(view, table, parameter, entry);
                }
            }
        }

        return new CommandResult(view, ExitCodes.Ok);
    }

    /// <summary>A layer by its Chinese name (全国规定, 本地约定), or a city's own layer name as its file gives it.</summary>
    private static string Layer(string layer) => layer switch
    {
        "national" => "全国规定",
        "conventions" => "本地约定",
        _ => layer,
    };

    /// <summary>A parameter's unit in Chinese (the file spells it yuan, rate, percentage_points …).</summary>
    private static string Unit(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan => "元",
        ParameterUnit.YuanPerPersonYear => "元/人·年",
        ParameterUnit.YuanPerPersonMonth => "元/人·月",
        ParameterUnit.Rate => "比率",
        ParameterUnit.PercentagePoints => "百分点",
        ParameterUnit.Months => "个月",
        ParameterUnit.Persons => "人",
        ParameterUnit.Count => "个数",
        ParameterUnit.Ratio => "比例",
        _ => unit.FileName(),
    };

    private static void AddRow(ReportView view, ViewTable table, Parameter parameter, ParameterEntry entry)
    {
        if (entry.Note is { } note && ParameterNotes.Chinese(note) is { } chinese)
        {
            view.Chinese[note] = chinese;
        }

        table.AddRow(
            Cell.Of(parameter.Name),
            Cell.Of(ParameterSet.Conventions.Contains(parameter.Name) ? "conventions" : "national"),
            Cell.Of(parameter.Unit.FileName()),
            Cell.Of(entry.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Cell.Of(entry.ValueText),
            Cell.Of(entry.Citation.ToString()),
            Cell.Of(entry.Note ?? string.Empty));
    }
}
