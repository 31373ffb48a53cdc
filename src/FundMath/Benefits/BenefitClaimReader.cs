using System.Collections.Generic;
using FundMath.Data;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// Reads claim rows from a data tree (YAML, JSON, or CSV rows turned into mappings) — 结算单读取. The root is a sequence
/// of rows or a mapping with <c>claims:</c> (and optional <c>scheme:</c>, the default for rows without one). A row is
/// <c>{ id, person, date, scheme?, kind, level, status?, group?, total, out_of_scope?, class_b? }</c> or
/// <c>{ id?, reverses: N }</c>. Codes are English or Chinese: kind inpatient/outpatient/chronic (住院/门诊/门诊慢特病),
/// level 1/2/3 or level1.. (一级/二级/三级), status in_service/retired/resident (在职/退休/居民; default 在职 for
/// employees, 居民 for residents), group general/destitute/dibao/poverty_relapse (特困/低保/返贫致贫). Amounts are 元.
/// Malformed rows are <see cref="DataFormatException"/>s with file:line:column and the member path; the amounts'
/// rules (non-negative, out of scope within the total…) are checked when the claim is settled.
/// </summary>
public static class BenefitClaimReader
{
    private static readonly string[] ClaimMembers = ["id", "person", "date", "scheme", "kind", "level", "status", "group", "total", "out_of_scope", "class_b"];

    /// <summary>Reads every row.</summary>
    /// <exception cref="DataFormatException">A row is malformed (unknown member, missing field, bad code, bad amount or date).</exception>
    public static IReadOnlyList<BenefitClaimEntry> Read(DataNode root, BenefitScheme? defaultScheme = null)
    {
        Preconditions.CheckNotNull(root, nameof(root));
        DataNode rows = root;
        if (root.IsMapping)
        {
            root.EnsureOnly("scheme", "claims");
            if (root.Optional("scheme") is { } s)
            {
                defaultScheme = Scheme(s);
            }

            rows = root.Required("claims");
        }

        var entries = new List<BenefitClaimEntry>();
        foreach (DataNode row in rows.AsSequence())
        {
            entries.Add(ReadRow(row, defaultScheme));
        }

        return entries;
    }

    /// <summary>Reads one row.</summary>
    /// <exception cref="DataFormatException">The row is malformed.</exception>
    public static BenefitClaimEntry ReadRow(DataNode row, BenefitScheme? defaultScheme = null)
    {
        Preconditions.CheckNotNull(row, nameof(row));
        row.ExpectKind(DataNodeKind.Mapping);
        if (row.Optional("reverses") is { } reverses)
        {
            row.EnsureOnly("id", "reverses");
            return BenefitClaimEntry.Reverse(reverses.AsLong(), row.Location);
        }

        row.EnsureOnly(ClaimMembers);
        BenefitScheme scheme = row.Optional("scheme") is { } sn ? Scheme(sn)
            : defaultScheme ?? throw row.Error("missing required member 'scheme' (employee or resident), and the file sets no default scheme");
        PersonStatus status = row.Optional("status") is { } st ? Status(st)
            : scheme == BenefitScheme.Employee ? PersonStatus.InService : PersonStatus.Resident;
        AssistanceGroup group = row.Optional("group") is { } g ? Group(g) : AssistanceGroup.General;
        Money total = row.Required("total").AsMoney();
        Money outOfScope = row.Optional("out_of_scope")?.AsMoney() ?? Money.Zero;
        Money classB = row.Optional("class_b")?.AsMoney() ?? Money.Zero;
        LocalDate date = row.Required("date").AsLocalDate();
        var claim = new BenefitClaim(row.Required("id").AsLong(), row.Required("person").AsLong(), date, scheme, Kind(row.Required("kind")),
            Level(row.Required("level")), status, group, total, outOfScope, classB);
        return BenefitClaimEntry.Settle(claim, row.Location);
    }

    /// <summary>Parses a scheme code: employee/职工 or resident/居民.</summary>
    public static BenefitScheme Scheme(DataNode node) => SchemeText(node).Trim() switch
    {
        "employee" or "Employee" or "职工" or "职工医保" => BenefitScheme.Employee,
        "resident" or "Resident" or "居民" or "居民医保" => BenefitScheme.Resident,
        var t => throw node.Error($"unknown scheme '{t}': use employee (职工) or resident (居民)"),
    };

    private static string SchemeText(DataNode node)
    {
        Preconditions.CheckNotNull(node, nameof(node));
        return node.AsString();
    }

    private static ClaimKind Kind(DataNode node) => node.AsString().Trim() switch
    {
        "inpatient" or "Inpatient" or "住院" => ClaimKind.Inpatient,
        "outpatient" or "Outpatient" or "门诊" or "门诊统筹" or "普通门诊" => ClaimKind.Outpatient,
        "chronic" or "ChronicOutpatient" or "chronic_outpatient" or "门诊慢特病" or "慢特病" => ClaimKind.ChronicOutpatient,
        var t => throw node.Error($"unknown claim kind '{t}': use inpatient (住院), outpatient (门诊统筹) or chronic (门诊慢特病)"),
    };

    private static HospitalLevel Level(DataNode node) => node.AsString().Trim() switch
    {
        "1" or "level1" or "Level1" or "一级" or "一级及以下" => HospitalLevel.Level1,
        "2" or "level2" or "Level2" or "二级" => HospitalLevel.Level2,
        "3" or "level3" or "Level3" or "三级" => HospitalLevel.Level3,
        var t => throw node.Error($"unknown hospital level '{t}': use 1, 2 or 3 (一级及以下, 二级, 三级)"),
    };

    private static PersonStatus Status(DataNode node) => node.AsString().Trim() switch
    {
        "in_service" or "InService" or "在职" => PersonStatus.InService,
        "retired" or "Retired" or "退休" => PersonStatus.Retired,
        "resident" or "Resident" or "居民" => PersonStatus.Resident,
        var t => throw node.Error($"unknown person status '{t}': use in_service (在职), retired (退休) or resident (居民)"),
    };

    private static AssistanceGroup Group(DataNode node) => node.AsString().Trim() switch
    {
        "general" or "General" or "普通" or "" => AssistanceGroup.General,
        "destitute" or "Destitute" or "特困" or "特困人员" => AssistanceGroup.Destitute,
        "dibao" or "Dibao" or "低保" or "低保对象" => AssistanceGroup.Dibao,
        "poverty_relapse" or "PovertyRelapse" or "返贫致贫" or "返贫致贫人口" => AssistanceGroup.PovertyRelapse,
        var t => throw node.Error($"unknown assistance group '{t}': use general, destitute (特困), dibao (低保) or poverty_relapse (返贫致贫)"),
    };
}
