namespace FundMath.Tests.Architecture;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

/// <summary>
/// The namespace-to-namespace references inside one assembly, read by reflection: base types, interfaces, field,
/// property, parameter, return and local types, attributes, generic arguments, and every type, method and field
/// token in the IL of every method body (so a call, a <c>new</c>, a field load or a <c>typeof</c> counts, not only
/// a signature). Nested and compiler-generated types count for the namespace of their outermost declaring type.
/// Constants (<c>const</c> fields and enum members used as literals) are inlined by the compiler and leave no
/// reference; everything else does. One link is kept apart: <c>[JsonConverter(typeof(X))]</c> on a type names the
/// converter System.Text.Json should use; no code of the type calls it, so it is listed in <see cref="ConverterLinks"/>
/// rather than in <see cref="Edges"/>.
/// </summary>
internal sealed class TypeDependencies
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly assembly;
    private readonly Dictionary<(string From, string To), string> edges = [];
    private readonly List<(Type Type, Type Converter)> converterLinks = [];

    private TypeDependencies(Assembly assembly) => this.assembly = assembly;

    /// <summary>Every (from, to) namespace pair with from ≠ to, with one example "Type → Type" each.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => edges;

    /// <summary>Every type that names its System.Text.Json converter by attribute, with the converter.</summary>
    public IReadOnlyList<(Type Type, Type Converter)> ConverterLinks => converterLinks;

    /// <summary>The namespaces that declare at least one type.</summary>
    public IReadOnlySet<string> Namespaces { get; private set; } = new HashSet<string>();

    public static TypeDependencies Of(Assembly assembly)
    {
        var graph = new TypeDependencies(assembly);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (Type type in assembly.GetTypes())
        {
            string? from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            namespaces.Add(from);
            graph.Walk(type, from);
        }

        graph.Namespaces = namespaces;
        return graph;
    }

    private static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private void Walk(Type type, string from)
    {
        Use(from, type, type.BaseType);
        foreach (Type i in type.GetInterfaces())
        {
            Use(from, type, i);
        }

        Attributes(from, type, type.CustomAttributes);
        foreach (FieldInfo f in type.GetFields(All))
        {
            Use(from, type, f.FieldType);
            Attributes(from, type, f.CustomAttributes);
        }

        foreach (PropertyInfo p in type.GetProperties(All))
        {
            Use(from, type, p.PropertyType);
            Attributes(from, type, p.CustomAttributes);
        }

        foreach (EventInfo e in type.GetEvents(All))
        {
            Use(from, type, e.EventHandlerType);
        }

        foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Use(from, type, mi.ReturnType);
            }

            foreach (ParameterInfo p in m.GetParameters())
            {
                Use(from, type, p.ParameterType);
                Attributes(from, type, p.CustomAttributes);
            }

            Attributes(from, type, m.CustomAttributes);
            Body(from, type, m);
        }
    }

    private void Attributes(string from, Type type, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (CustomAttributeData a in attributes)
        {
            Use(from, type, a.AttributeType);
            if (a.AttributeType == typeof(System.Text.Json.Serialization.JsonConverterAttribute)
                && a.ConstructorArguments is [{ Value: Type converter }])
            {
                converterLinks.Add((type, converter));
                continue;
            }

            foreach (CustomAttributeTypedArgument arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                Use(from, type, arg.ArgumentType);
                if (arg.Value is Type t)
                {
                    Use(from, type, t);
                }
            }
        }
    }

    private void Body(string from, Type type, MethodBase method)
    {
        MethodBody? body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (LocalVariableInfo local in body.LocalVariables)
        {
            Use(from, type, local.LocalType);
        }

        byte[] il = body.GetILAsByteArray() ?? [];
        Type[] typeArgs = type.IsGenericType ? type.GetGenericArguments() : [];
        Type[] methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : [];
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            OpCode op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    Member(from, type, method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs));
                    at += 4;
                    break;
                default: // InlineI, InlineBrTarget, InlineSig, InlineString, ShortInlineR
                    at += 4;
                    break;
            }
        }
    }

    private void Member(string from, Type type, MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                Use(from, type, t);
                break;
            case FieldInfo f:
                Use(from, type, f.DeclaringType);
                Use(from, type, f.FieldType);
                break;
            case MethodBase m:
                Use(from, type, m.DeclaringType);
                if (m.IsGenericMethod)
                {
                    foreach (Type a in m.GetGenericArguments())
                    {
                        Use(from, type, a);
                    }
                }

                break;
        }
    }

    private void Use(string from, Type source, Type? used)
    {
        if (used is null || used.IsGenericParameter)
        {
            return;
        }

        if (used.HasElementType)
        {
            Use(from, source, used.GetElementType());
            return;
        }

        if (used.IsConstructedGenericType)
        {
            foreach (Type a in used.GetGenericArguments())
            {
                Use(from, source, a);
            }

            used = used.GetGenericTypeDefinition();
        }

        if (used.Assembly != assembly)
        {
            return;
        }

        string? to = NamespaceOf(used);
        if (to is null || to == from)
        {
            return;
        }

        edges.TryAdd((from, to), $"{source.FullName} → {used.FullName}");
    }
}
