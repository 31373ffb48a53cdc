namespace FundMath.Contributions;

/// <summary>How medical assistance pays a group's premium. 资助方式.</summary>
public enum AssistanceKind
{
    /// <summary>Pays the full individual premium (全额资助).</summary>
    Full = 0,

    /// <summary>Pays a fixed amount, at most the premium (定额资助).</summary>
    FixedAmount = 1,

    /// <summary>Pays a ratio of the premium (按比例资助).</summary>
    Ratio = 2,
}
