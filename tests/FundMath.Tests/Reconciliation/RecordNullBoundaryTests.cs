using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// Every public record of the reconciliation model refuses null for each member that is not nullable, both in its
/// constructor and in a <c>with</c> (init) assignment, and names the member; nullable members accept null.
/// </summary>
public sealed class RecordNullBoundaryTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly FigureLocation At = new("s", "t", "r", "c");

    private static readonly PrintedFigure Figure = new(1m, FigureUnit.Yuan, At);

    private static Type[] RecordTypes => [.. typeof(ReportDocument).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == "FundMath.Reconciliation" && t.IsClass && t.GetMethod("<Clone>$") is not null)
        .OrderBy(t => t.Name)];

    public static TheoryData<Type> Records => new(RecordTypes);

    [Fact]
    public void The_model_has_its_records()
    {
        string[] names = [.. RecordTypes.Select(r => r.Name)];
        Assert.Contains(nameof(ReportDocument), names);
        Assert.Contains(nameof(FigureLocation), names);
        Assert.Contains(nameof(YearOnYearGroup), names);
        Assert.Contains(nameof(UncheckedFigure), names);
        Assert.True(names.Length >= 20, string.Join(", ", names));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Constructor_refuses_null_for_each_non_nullable_parameter(Type record)
    {
        ConstructorInfo ctor = Primary(record);
        ParameterInfo[] parameters = ctor.GetParameters();
        int refused = 0;
        for (int i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].ParameterType.IsValueType)
            {
                continue;
            }

            object?[] args = [.. parameters.Select(p => Sample(p.ParameterType))];
            args[i] = null;
            if (Nullability.Create(parameters[i]).WriteState == NullabilityState.Nullable)
            {
                Assert.NotNull(ctor.Invoke(args));
                continue;
            }

            var e = Assert.Throws<TargetInvocationException>(() => ctor.Invoke(args));
            Assert.Equal(parameters[i].Name, Assert.IsType<ArgumentNullException>(e.InnerException).ParamName);
            refused++;
        }

        Assert.True(refused > 0 || parameters.All(p => p.ParameterType.IsValueType || Nullability.Create(p).WriteState == NullabilityState.Nullable), record.Name);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Init_refuses_null_for_each_non_nullable_member_and_keeps_a_value(Type record)
    {
        object instance = Create(record);
        foreach (PropertyInfo property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            MethodInfo? setter = property.SetMethod;
            if (setter is null || !setter.IsPublic || property.PropertyType.IsValueType)
            {
                continue;
            }

            object copy = Clone(instance);
            if (Nullability.Create(property).WriteState == NullabilityState.Nullable)
            {
                property.SetValue(copy, null);
                Assert.Null(property.GetValue(copy));
                continue;
            }

            var e = Assert.Throws<TargetInvocationException>(() => property.SetValue(copy, null));
            Assert.Equal(property.Name, Assert.IsType<ArgumentNullException>(e.InnerException).ParamName);

            // A non-null value is kept.
            object value = Sample(property.PropertyType)!;
            property.SetValue(copy, value);
            Assert.Same(value, property.GetValue(copy));
        }
    }

    [Fact]
    public void Primary_constructors_keep_their_arguments()
    {
        PrintedFigure a = new(2m, FigureUnit.Wan, At), b = new(3m, FigureUnit.Yi, At), c = new(4m, FigureUnit.Percent, At);
        var product = new ProductFigure("p", a, b, c);
        Assert.Equal(("p", a, b, c), (product.Label, product.Left, product.Right, product.Product));
        var quotient = new QuotientFigure("q", a, b, c);
        Assert.Equal(("q", a, b, c), (quotient.Label, quotient.Numerator, quotient.Denominator, quotient.Quotient));
        var row = new DeficitScanRow("2021", a, b, c);
        Assert.Equal(("2021", a, b, c), (row.Year, row.Regions, row.DeficitRegions, row.SurplusRegions));
        var budget = new BudgetExecutionFigures("f", "l", a, b, c);
        Assert.Equal(("f", "l", a, b, c), (budget.Fund, budget.Line, budget.Budget, budget.Executed, budget.Rate));
        var months = new MonthsOfCoverFigures("f", a, b);
        Assert.Equal(("f", a, b), (months.Fund, months.Balance, months.MonthlyExpenditure));
        var claim = new ReportClaim(ReportClaimKind.AllAbove, "text", At);
        Assert.Equal((ReportClaimKind.AllAbove, "text", At, ReportClaimSubject.Months), (claim.Kind, claim.Text, claim.Location, claim.Subject));
        var unchecked_ = new UncheckedFigure(a, "why");
        Assert.Equal((a, "why", UncheckedMessage.Other), (unchecked_.Figure, unchecked_.Reason, unchecked_.Message));
        Assert.Empty(unchecked_.Arguments);
        var location = new FigureLocation("sec", "tab", "row", "col");
        Assert.Equal(("sec", "tab", "row", "col", (string?)null), (location.Section, location.Table, location.Row, location.Column, location.Source));
        var result = new ReconciliationResult([], 3);
        Assert.Equal((0, 3, 0, 0, true), (result.Findings.Count, result.ChecksRun, result.ErrorCount, result.NoteCount, result.IsConsistent));
        Assert.Empty(result.Unchecked);
    }

    private static ConstructorInfo Primary(Type record) =>
        record.GetConstructors().Where(c => c.GetParameters().All(p => p.ParameterType != record)).OrderByDescending(c => c.GetParameters().Length).First();

    private static object Create(Type record) => Primary(record).Invoke([.. Primary(record).GetParameters().Select(p => Sample(p.ParameterType))]);

    private static object Clone(object instance) => instance.GetType().GetMethod("<Clone>$")!.Invoke(instance, null)!;

    private static object? Sample(Type type)
    {
        Type? underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return null;
        }

        if (type == typeof(string))
        {
            return "x";
        }

        if (type == typeof(PrintedFigure))
        {
            return Figure;
        }

        if (type == typeof(decimal))
        {
            return 1m;
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        return Create(type);
    }
}
