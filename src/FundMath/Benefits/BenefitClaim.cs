using System.Globalization;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// One claim to settle — 就医结算单: who, when, under which scheme, what kind of care at which level, the person's
/// status and assistance group at the time, and the amounts: the total (医疗费用总额), the part outside the policy
/// scope (政策范围外 / 全自费), and the class-B part (乙类) on which 乙类先行自付 applies. An input: settlement
/// validates it and names the claim, field, value and rule of any problem.
/// </summary>
/// <remarks><c>default(BenefitClaim)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct BenefitClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">The claim (settlement) number, unique in a ledger.</param>
    /// <param name="personId">The insured person.</param>
    /// <param name="date">The settlement date (出院/就诊结算日期); picks the plan and the accumulator year.</param>
    /// <param name="scheme">The person's scheme.</param>
    /// <param name="kind">Inpatient, outpatient pooling or chronic/special outpatient.</param>
    /// <param name="level">The institution's level.</param>
    /// <param name="status">在职 / 退休 (employee scheme) or 居民 (resident scheme).</param>
    /// <param name="group">The assistance group (特困, 低保, 返贫致贫) or General.</param>
    /// <param name="total">医疗费用总额, ≥ 0.</param>
    /// <param name="outOfScope">政策范围外费用 (全自费), 0 ≤ outOfScope ≤ total.</param>
    /// <param name="classB">乙类 amount (inside the scope), 0 ≤ classB ≤ total − outOfScope.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public BenefitClaim(long id, long personId, LocalDate date, BenefitScheme scheme, ClaimKind kind, HospitalLevel level,
        PersonStatus status, AssistanceGroup group, Money total, Money outOfScope, Money classB)
    {
        Id = id;
        PersonId = personId;
        Date = date;
        Scheme = scheme;
        Kind = kind;
        Level = level;
        Status = status;
        Group = group;
        Total = total;
        OutOfScope = outOfScope;
        ClassB = classB;
    }

    /// <summary>The claim number.</summary>
    public long Id { get; }

    /// <summary>The insured person.</summary>
    public long PersonId { get; }

    /// <summary>The settlement date.</summary>
    public LocalDate Date { get; }

    /// <summary>The scheme.</summary>
    public BenefitScheme Scheme { get; }

    /// <summary>The kind of care.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The institution's level.</summary>
    public HospitalLevel Level { get; }

    /// <summary>The person's status.</summary>
    public PersonStatus Status { get; }

    /// <summary>The person's assistance group.</summary>
    public AssistanceGroup Group { get; }

    /// <summary>医疗费用总额.</summary>
    public Money Total { get; }

    /// <summary>政策范围外费用 (全自费).</summary>
    public Money OutOfScope { get; }

    /// <summary>乙类 amount inside the scope, on which 乙类先行自付 applies.</summary>
    public Money ClassB { get; }

    /// <summary>This claim with other amounts (the same person, date and classification).</summary>
    public BenefitClaim WithAmounts(Money total, Money outOfScope, Money classB) =>
        new(Id, PersonId, Date, Scheme, Kind, Level, Status, Group, total, outOfScope, classB);

    /// <summary>"claim 17 (person 3, 2021-05-04, Resident Inpatient Level2): 20,000.00元".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"claim {Id} (person {PersonId}, {Date:uuuu-MM-dd}, {Scheme} {Kind} {Level} {Status} {Group}): total {Total:N2元}, out of scope {OutOfScope:N2元}, class B {ClassB:N2元}");
}
