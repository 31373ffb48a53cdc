namespace FundMath.Tests.Explain;

using System;
using FundMath.Citations;
using FundMath.Explain;
using NodaTime;

public class ExplanationTests
{
    [Fact]
    public void A_result_node_prints_name_and_value_only()
    {
        Explanation e = new("当期结余 current surplus", "21,286,200.00 元");
        Assert.Equal(ExplanationKind.Result, e.Kind);
        Assert.Equal("当期结余 current surplus = 21,286,200.00 元" + Environment.NewLine, e.ToText());
        Assert.Equal(e.ToText(), e.ToString());
        Assert.Empty(e.Inputs);
        Assert.Null(e.Formula);
        Assert.Null(e.Rounding);
        Assert.Null(e.Citation);
        Assert.Null(e.EffectiveFrom);
        Assert.Null(e.Sentence);
        Assert.Null(e.Note);
    }

    [Fact]
    public void Input_and_parameter_nodes_are_tagged()
    {
        Explanation input = Explanation.Input("当期收入 income", "119,766,600.00 元");
        Assert.Equal(ExplanationKind.Input, input.Kind);
        Assert.Equal("当期收入 income = 119,766,600.00 元  [input]" + Environment.NewLine, input.ToText());

        Citation source = new("医保发〔2021〕32号", clause: "一");
        Explanation rate = Explanation.Parameter("人均财政补助 subsidy per person", "580 元", source, new LocalDate(2021, 1, 1));
        Assert.Equal(ExplanationKind.Parameter, rate.Kind);
        Assert.Same(source, rate.Citation);
        Assert.Equal(new LocalDate(2021, 1, 1), rate.EffectiveFrom);
        Assert.Equal("人均财政补助 subsidy per person = 580 元  [parameter, effective 2021-01-01, 医保发〔2021〕32号 一]" + Environment.NewLine, rate.ToText());

        Assert.Equal("x = 1  [parameter]" + Environment.NewLine, Explanation.Parameter("x", "1", null, null).ToText());
        Assert.Equal("x = 1  [parameter, 医保发〔2021〕32号]" + Environment.NewLine, Explanation.Parameter("x", "1", new Citation("医保发〔2021〕32号"), null).ToText());
        Assert.Equal("x = 1  [parameter, effective 2021-01-01]" + Environment.NewLine, Explanation.Parameter("x", "1", null, new LocalDate(2021, 1, 1)).ToText());
    }

    // Each level indents by two spaces and marks the node with "- "; the detail lines of a node sit four spaces
    // past its own indentation, in the order sentence, formula, rounding, note.
    [Fact]
    public void A_tree_prints_one_node_a_line_with_its_details_indented()
    {
        Explanation tree = new("当期结余率 surplus ratio", "17.77%")
        {
            Sentence = "17.77% = 2,128.62万 / 11,976.66万",
            Formula = "当期结余 / 当期收入",
            Rounding = "to 0.01% (AwayFromZero, 四舍五入)",
            Note = "a local convention",
            Inputs =
            [
                new Explanation("当期结余 current surplus", "2,128.62万")
                {
                    Formula = "income − expenditure",
                    Inputs = [Explanation.Input("当期收入 income", "11,976.66万")],
                },
                Explanation.Input("当期收入 income", "11,976.66万"),
            ],
        };
        string n = Environment.NewLine;
        Assert.Equal(
            "当期结余率 surplus ratio = 17.77%" + n
            + "    17.77% = 2,128.62万 / 11,976.66万" + n
            + "    formula: 当期结余 / 当期收入" + n
            + "    rounding: to 0.01% (AwayFromZero, 四舍五入)" + n
            + "    note: a local convention" + n
            + "  - 当期结余 current surplus = 2,128.62万" + n
            + "      formula: income − expenditure" + n
            + "    - 当期收入 income = 11,976.66万  [input]" + n
            + "  - 当期收入 income = 11,976.66万  [input]" + n,
            tree.ToText());
        Assert.Equal(2, tree.Inputs.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Refuses_a_node_without_a_name(string? name)
    {
        var e = Assert.Throws<ArgumentException>(() => new Explanation(name!, "1"));
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("name must say what the figure is; it is empty.", e.Message);
    }

    [Fact]
    public void Refuses_a_null_value()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new Explanation("x", null!));
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public void An_empty_value_is_printed_as_empty()
    {
        Assert.Equal("x = " + Environment.NewLine, new Explanation("x", string.Empty).ToText());
    }
}
