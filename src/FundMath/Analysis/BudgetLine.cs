namespace FundMath.Analysis;

/// <summary>The budget line whose execution is measured — 预算项目.</summary>
public enum BudgetLine
{
    /// <summary>本年收入: total income of the fund in the year.</summary>
    TotalIncome,

    /// <summary>保险费收入: premium (contribution) income, part of total income.</summary>
    PremiumIncome,

    /// <summary>本年支出: total expenditure of the fund in the year.</summary>
    TotalExpenditure,

    /// <summary>保险待遇支出: benefit expenditure, part of total expenditure.</summary>
    BenefitExpenditure,
}
