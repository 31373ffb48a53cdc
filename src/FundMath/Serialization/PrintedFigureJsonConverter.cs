using System.Text.Json;
using FundMath.Reconciliation;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="PrintedFigure"/>: printed (the number as printed, its decimals kept), unit, precision, rounding, isDash, location, and the derived text (checked). Read through the validating constructor; a dash is printed 0 with precision 0.</summary>
internal sealed class PrintedFigureJsonConverter : ResultJsonConverter<PrintedFigure>
{
    protected override PrintedFigure Read(ResultMembers members)
    {
        decimal printed = members.Required<decimal>("printed");
        FigureUnit unit = members.Required<FigureUnit>("unit");
        decimal precision = members.Required<decimal>("precision");
        PrintRounding rounding = members.Required<PrintRounding>("rounding");
        bool isDash = members.Required<bool>("isDash");
        FigureLocation location = members.Required<FigureLocation>("location");
        if (isDash && (printed != 0m || precision != 0m))
        {
            throw new JsonException($"PrintedFigure: a dash (isDash true) is printed 0 with precision 0, not {printed} with precision {precision}.");
        }

        PrintedFigure figure = members.Create(() => new PrintedFigure(printed, unit, location, precision, rounding) { IsDash = isDash });
        members.Derived("text", figure.Text);
        return figure;
    }

    protected override void Write(ResultWriter writer, PrintedFigure value)
    {
        writer.Member("printed", value.Printed).Member("unit", value.Unit).Member("precision", value.Precision).Member("rounding", value.Rounding)
            .Member("isDash", value.IsDash).Member("location", value.Location).Member("text", value.Text);
    }
}
