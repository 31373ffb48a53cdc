using System.Linq;
using FsCheck.Fluent;

namespace FundMath.Testing;

/// <summary>Items and a partition of them into <see cref="GroupCount"/> groups (<c>Groups[i]</c> is the group of <c>Items[i]</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Partitioned<T>(T[] Items, int[] Groups, int GroupCount)
{
    /// <summary>The items of group <paramref name="group"/>, in their original order.</summary>
    public T[] Group(int group) => Items.Where((_, i) => Groups[i] == group).ToArray();

    /// <summary>"n items in k groups".</summary>
    public override string ToString() => $"{Items.Length} items in {GroupCount} groups: [{string.Join(", ", Groups)}]";
}
