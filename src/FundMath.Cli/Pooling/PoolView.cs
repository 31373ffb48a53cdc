using System.Globalization;
using FundMath.Cli.Views;
using FundMath.Pooling;

namespace FundMath.Cli.Pooling;

/// <summary>The sections of <c>fundmath pool</c>: the collected fund's year, the deficit sharing, transfers and surpluses, rules.</summary>
internal static class PoolView
{
    public static void Add(ReportView view, PoolingPolicy policy, CollectedFundStatement fund, CountySettlement[] counties, MoneyUnit unit)
    {
        string unitName = UnitName(unit);
        AddFund(view, policy, fund, unit, unitName);
        AddDeficits(view, counties, unit, unitName);
        AddTransfers(view, fund, counties, unit, unitName);
        AddRules(view, counties);
        FundMath.Explain.Explanation fundExplanation = fund.Explain();
        view.Explanations.Add(fundExplanation);
        view.Chinese[fundExplanation.Name] = fundExplanation.Name.Replace("归集基金 collected fund ", "归集基金 ", System.StringComparison.Ordinal);
        view.Chinese["减少5%的理解 reading of 减少5%"] = "减少5%的理解";
        foreach (CountySettlement c in counties)
        {
            view.Explanations.Add(c.Explain());

            // Under --lang zh a county's explanation says its Chinese sentence; the English one is not repeated.
            view.Chinese[c.ToEnglishSentence()] = string.Empty;
            view.Chinese[c.Rules.ToString()] = PoolChinese.Rules(c.Rules);
        }

        foreach ((string rule, string chinese) in PoolChinese.RuleNames())
        {
            view.Chinese.TryAdd(rule, chinese);
        }

        view.Chinese[fund.ToEnglishSentence()] = string.Empty;
        view.Chinese[fund.RollForward.Describe()] = PoolChinese.RollForward(fund.RollForward);

        view.Explanations.Add(policy.Explain());
    }

    private static void AddFund(ReportView view, PoolingPolicy policy, CollectedFundStatement fund, MoneyUnit unit, string unitName)
    {
        Section section = view.AddSection("collected-fund", $"归集基金 Collected fund — {Scheme(fund.Scheme)} {fund.Year}");
        view.Chinese[section.Title] = $"归集基金 — {SchemeChinese(fund.Scheme)} {fund.Year}";
        ViewTable table = section.AddTable(
            "collected-fund",
            "期末 = 期初 + 流入 − 流出 (四(二)8)",
            new Column("item", "Item", CellKind.Text),
            new Column("amount", "Amount", CellKind.Money, unitName));
        void Row(string item, Money amount) => table.AddRow(Cell.Of(item), Cell.Of(amount, unit, 2));
        Row("期初余额 opening", fund.Opening);
        Row("上划 initial transfers", fund.InitialTransfers);
        Row("年初补充上划 year-start top-ups", fund.TopUps);
        Row("过渡期结余纳入 transition surpluses (70%)", fund.SurplusInflows);
        Row("利息收入 interest", fund.Interest);
        Row("流入合计 inflows", fund.Inflows);
        Row("可支付 available for deficit shares", fund.Available);
        Row("应担 shares due", fund.SharesDue);
        Row("流出 shares paid", fund.Outflows);
        Row("不足支付 unpaid (to the treasuries)", fund.Unpaid);
        Row("期末余额 closing", fund.Closing);
        section.Notes.Add(fund.ToChineseSentence());
        section.Notes.Add(fund.ToEnglishSentence());
        section.Notes.Add(fund.TopUp.ToChineseSentence());
        Note(view, section, "Roll-forward: " + fund.RollForward.Describe() + " — " + fund.RollForward.Outcome + ".",
            "滚存：" + PoolChinese.RollForward(fund.RollForward) + " — " + PoolChinese.Outcome(fund.RollForward.Outcome) + "。");
        if (fund.Outcome == CollectedFundOutcome.PaidProRata)
        {
            string ratio = fund.PaidRatio!.Value.ToString("P2", CultureInfo.InvariantCulture);
            Note(view, section, $"The collected fund could not pay every share: it paid out all of it pro rata to the shares due ({ratio} of each), by largest remainder to the fen, ties to the county earlier in name order.",
                $"归集基金不足以支付全部应担份额：全部余额按应担份额比例支付（各付 {ratio}），按最大余数法分配到分，余数相同时归名称排序在前的县。");
        }
        else
        {
            Note(view, section, "Shares are paid in full when they fit; otherwise pro rata to the shares due (largest remainder to the fen, ties to the county earlier in name order).",
                "归集基金足以支付时全额支付应担份额；否则按应担份额比例支付（按最大余数法分配到分，余数相同时归名称排序在前的县）。");
        }

        string date = policy.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        Note(view, section, $"Rules: {policy.SetName} on {date}; 减少5% read as {PoolingPolicy.ReadingText(policy.PriorDeficitReading)}. Amounts in {unitName} rounded to 0.01 for display; JSON and CSV carry the exact 元.",
            $"规则：{policy.SetName}，{date} 有效；减少5% 理解为 {PoolChinese.Reading(policy.PriorDeficitReading)}。金额以{unitName}显示，保留 0.01；`--format json` 与 `--format csv` 给出精确的元。");
    }

    private static void AddDeficits(ReportView view, CountySettlement[] counties, MoneyUnit unit, string unitName)
    {
        Section section = view.AddSection("deficit-sharing", "缺口分担 Deficit sharing (四(二)8(1)–(3))");
        view.Chinese["归集基金不足支付: city treasury 20% (10% after a prior-year deficit), capped at 1% of 统筹基金筹资总额; the rest and the cut-off to the county treasury"] =
            "归集基金不足支付：市财政承担20%（上年出现当期缺口的县为10%），以统筹基金筹资总额的1%为限；其余部分及超限部分由缺口地财政承担";
        ViewTable table = section.AddTable(
            "deficit-sharing",
            "当期缺口 = 过渡期差额 + 归集基金 + 县累计结余 + 县财政专项补助 + 市财政 + 县财政",
            new Column("county", "County", CellKind.Text),
            new Column("deficit", "Deficit", CellKind.Money, unitName),
            new Column("transitionFill", "Transition", CellKind.Money, unitName),
            new Column("collectedShare", "Share", CellKind.Rate),
            new Column("collectedFund", "Collected fund", CellKind.Money, unitName),
            new Column("countyBalance", "County balance", CellKind.Money, unitName),
            new Column("countyAppropriation", "County approp.", CellKind.Money, unitName),
            new Column("cityTreasury", "City treasury", CellKind.Money, unitName),
            new Column("countyTreasury", "County treasury", CellKind.Money, unitName));
        ViewTable shortTable = section.AddTable(
            "collected-fund-short",
            "归集基金不足支付: city treasury 20% (10% after a prior-year deficit), capped at 1% of 统筹基金筹资总额; the rest and the cut-off to the county treasury",
            new Column("county", "County", CellKind.Text),
            new Column("due", "Fund due", CellKind.Money, unitName),
            new Column("unpaid", "Unpaid", CellKind.Money, unitName),
            new Column("cityShare", "City share", CellKind.Rate),
            new Column("cityDue", "City before cap", CellKind.Money, unitName),
            new Column("cap", "Cap (1%)", CellKind.Money, unitName),
            new Column("cutOff", "Cut off", CellKind.Money, unitName));
        foreach (CountySettlement c in counties)
        {
            if (!c.Deficit.IsPositive)
            {
                continue;
            }

            table.AddRow(
                Cell.Of(c.Name),
                Cell.Of(c.Deficit, unit, 2),
                Cell.Of(c.TransitionFill, unit, 2),
                Cell.Of(c.CollectedShare),
                Cell.Of(c.CollectedFundPaid, unit, 2),
                Cell.Of(c.CountyPart.FromBalance, unit, 2),
                Cell.Of(c.CountyPart.SpecialAppropriation, unit, 2),
                Cell.Of(c.CityTreasuryPaid, unit, 2),
                Cell.Of(c.CountyTreasury, unit, 2));
            if (c.CollectedFundUnpaid.IsPositive)
            {
                shortTable.AddRow(
                    Cell.Of(c.Name),
                    Cell.Of(c.CollectedFundDue, unit, 2),
                    Cell.Of(c.CollectedFundUnpaid, unit, 2),
                    Cell.Of(c.CityTreasuryShare),
                    Cell.Of(c.CityTreasuryDue, unit, 2),
                    Cell.Of(c.CityTreasuryCap, unit, 2),
                    Cell.Of(c.CapCutOff, unit, 2));
            }
        }

        if (table.Rows.Count == 0)
        {
            Note(view, section, "No county had a current deficit: nobody pays.", "没有县出现当期缺口：无需分担。");
        }

        if (shortTable.Rows.Count == 0)
        {
            section.Tables.Remove(shortTable);
        }
    }

    private static void AddTransfers(ReportView view, CollectedFundStatement fund, CountySettlement[] counties, MoneyUnit unit, string unitName)
    {
        Section section = view.AddSection("transfers", "上划、年初补充上划与结余 Transfers, top-ups and surpluses (四(二)7, 8(2))");
        view.Chinese["From the usable balance (累计结余 − 统筹前个人账户结余) first; the rest 当地财政安排专项资金补足"] =
            "先从可用结余（累计结余 − 统筹前个人账户结余）上划；不足部分 当地财政安排专项资金补足";
        ViewTable table = section.AddTable(
            "transfers",
            "From the usable balance (累计结余 − 统筹前个人账户结余) first; the rest 当地财政安排专项资金补足",
            new Column("county", "County", CellKind.Text),
            new Column("transfer", "Transfer", CellKind.Money, unitName),
            new Column("insured", "Insured (prev.)", CellKind.Integer),
            new Column("topUp", "Top-up", CellKind.Money, unitName),
            new Column("appropriation", "Approp.", CellKind.Money, unitName),
            new Column("surplus", "Surplus", CellKind.Money, unitName),
            new Column("kept", "Kept", CellKind.Money, unitName),
            new Column("toFund", "To fund", CellKind.Money, unitName),
            new Column("closingBalance", "Balance after", CellKind.Money, unitName));
        foreach (CountySettlement c in counties)
        {
            table.AddRow(
                Cell.Of(c.Name),
                Cell.Of(c.InitialTransfer.Due, unit, 2),
                c.Input.PreviousYearInsured is { } h ? Cell.Of(h.Persons) : Cell.Empty,
                Cell.Of(c.TopUp.Due, unit, 2),
                Cell.Of(c.InitialTransfer.SpecialAppropriation + c.TopUp.SpecialAppropriation, unit, 2),
                Cell.Of(c.Surplus, unit, 2),
                Cell.Of(c.SurplusKept, unit, 2),
                Cell.Of(c.SurplusToCollectedFund, unit, 2),
                Cell.Of(c.ClosingBalance, unit, 2));
        }

        section.Notes.Add(fund.TopUp.ToEnglishSentence());
        view.Chinese[fund.TopUp.ToEnglishSentence()] = fund.TopUp.ToChineseSentence();
    }

    /// <summary>A note the view adds, with its Chinese for --lang zh.</summary>
    private static void Note(ReportView view, Section section, string english, string chinese)
    {
        section.Notes.Add(english);
        view.Chinese[english] = chinese;
    }

    private static void AddRules(ReportView view, CountySettlement[] counties)
    {
        Section section = view.AddSection("counties", "县（市、区）结算 Each county: rules fired and who pays what");
        ViewTable table = section.AddTable(
            "counties",
            "One sentence per county in Chinese and English",
            new Column("county", "County", CellKind.Text),
            new Column("rules", "Rules", CellKind.Text),
            new Column("summaryZh", "中文", CellKind.Text, Detail: true),
            new Column("summaryEn", "English", CellKind.Text, Detail: true));
        foreach (CountySettlement c in counties)
        {
            table.AddRow(Cell.Of(c.Name), Cell.Of(c.Rules.ToString()), Cell.Of(c.ToChineseSentence()), Cell.Of(c.ToEnglishSentence()));
        }
    }

    private static string Scheme(PooledScheme scheme) => scheme == PooledScheme.Resident ? "居民医保 resident fund" : "职工医保 employee fund";

    private static string SchemeChinese(PooledScheme scheme) => scheme == PooledScheme.Resident ? "居民医保" : "职工医保";

    private static string UnitName(MoneyUnit unit) => unit.Suffix();
}
