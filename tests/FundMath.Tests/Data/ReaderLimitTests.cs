using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FundMath.Data;
using FundMath.Yaml;

namespace FundMath.Tests.Data;

/// <summary>Every reader refuses input past its <see cref="DataReaderLimits"/> with an error naming the source and the limit.</summary>
public class ReaderLimitTests
{
    // Nine aliases of the previous anchor per level: a0 holds 9 scalars, a8 stands for more than 9⁹ ≈ 387 million
    // nodes in 477 bytes. Walking it would take minutes and gigabytes; counted as it is read, it is refused at once.
    private static string AliasBomb(int levels)
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= levels; i++)
        {
            sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        return sb.Append($"top: *a{levels}\n").ToString();
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_quickly_by_the_expanded_node_count()
    {
        var watch = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read(AliasBomb(8), "bomb.yaml"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("expands to more than 1,000,000 nodes once its aliases are expanded (DataReaderLimits.MaxNodes)", e.Reason);
        Assert.Equal("bomb.yaml", e.SourceName);

        // Expanded so far: the root, then a0 … a5 weigh 10, 91, 820, 7,381, 66,430 and 597,871 nodes (each a sequence
        // of nine of the previous): 672,604. a6's sequence is one more; its first alias adds 597,871 → 1,270,476,
        // past 1,000,000 at a6[0], line 7, column 10.
        Assert.Equal((7, 10, "a6[0]"), (e.Line, e.Column, e.MemberPath));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(allocated < 50_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Aliases_count_once_per_use_so_a_small_limit_sees_through_sharing()
    {
        const string text = "a: &a [1, 2, 3]\nb: *a\nc: *a\n"; // root + a (4) + b (4) + c (4) = 13 expanded nodes
        var limits = new DataReaderLimits { MaxNodes = 13 };
        Assert.Equal(3, YamlDataReader.Read(text, "s.yaml", limits).Required("c").Count);
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read(text, "s.yaml", limits with { MaxNodes = 12 }));
        Assert.Equal((3, 4), (e.Line, e.Column));
        Assert.Equal("c", e.MemberPath);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Node_count_is_limited_in_both_formats(string format)
    {
        string text = format == "json" ? "[1, 2, 3, 4]" : "[1, 2, 3, 4]\n";
        var limits = new DataReaderLimits { MaxNodes = 4 };
        var e = Assert.Throws<DataFormatException>(() => Read(format, text, limits));
        Assert.Equal("[3]", e.MemberPath);
        Assert.EndsWith("expands to more than 4 nodes (DataReaderLimits.MaxNodes)", e.Reason);
        Assert.Equal(4, Read(format, text, limits with { MaxNodes = 5 }).Count);
    }

    [Theory]
    [InlineData("json", "{\"title\": \"abcdefghijk\"}", 1, 11)]
    [InlineData("yaml", "title: abcdefghijk\n", 1, 8)]
    [InlineData("json", "{\"abcdefghijk\": 1}", 1, 2)]
    [InlineData("yaml", "abcdefghijk: 1\n", 1, 1)]
    [InlineData("json", "[12345678901]", 1, 2)]
    public void A_scalar_or_key_over_the_length_limit_is_refused_at_its_position(string format, string text, int line, int column)
    {
        var limits = new DataReaderLimits { MaxScalarLength = 10 };
        var e = Assert.Throws<DataFormatException>(() => Read(format, text, limits));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal("a scalar of 11 characters exceeds the limit of 10 (DataReaderLimits.MaxScalarLength)", e.Reason);
        Assert.NotNull(Read(format, text, limits with { MaxScalarLength = 11 }));
    }

    [Fact]
    public void A_json_string_is_measured_in_characters_after_unescaping()
    {
        // "\u4e2d" is 6 bytes of raw token for one character: five of them are 5 characters, within a limit of 5.
        var limits = new DataReaderLimits { MaxScalarLength = 5 };
        DataNode d = JsonDataReader.Read("{\"s\": \"\\u4e2d\\u4e2d\\u4e2d\\u4e2d\\u4e2d\"}", "u.json", limits);
        Assert.Equal("中中中中中", d.Required("s").Text);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Nesting_past_the_depth_limit_is_refused(string format)
    {
        string text = new string('[', 6) + new string(']', 6) + "\n";
        var limits = new DataReaderLimits { MaxDepth = 5 };
        var e = Assert.Throws<DataFormatException>(() => Read(format, text, limits));
        Assert.Contains("5", e.Reason);
        Assert.Equal(1, e.Line);
        Assert.NotNull(Read(format, text, limits with { MaxDepth = 6 }));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Input_over_the_size_limit_is_refused_before_parsing(string format)
    {
        // Valid up to the limit, then garbage: the size check must come first, so the message is about size.
        string text = "[1, 2]" + new string(' ', 100) + "}}}";
        var limits = new DataReaderLimits { MaxInputBytes = 100 };
        var e = Assert.Throws<DataFormatException>(() => Read(format, text, limits));
        Assert.Equal("big." + format, e.SourceName);
        Assert.Equal(0, e.Line);
        Assert.Equal("the input is 109 bytes, over the limit of 100 bytes (DataReaderLimits.MaxInputBytes)", e.Reason);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var fromStream = Assert.Throws<DataFormatException>(() => DataFiles.Read(stream, "big." + format, Format(format), limits));
        Assert.Equal(e.Reason, fromStream.Reason);
    }

    [Fact]
    public void A_non_seekable_stream_is_cut_off_at_the_limit_not_read_to_its_end()
    {
        var endless = new EndlessStream();
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read(endless, "pipe.yaml", new DataReaderLimits { MaxInputBytes = 1_000_000 }));
        Assert.StartsWith("the input is over the limit of 1,000,000 bytes", e.Reason);
        Assert.True(endless.BytesRead < 1_200_000, $"read {endless.BytesRead:N0} bytes");
    }

    [Fact]
    public void Text_readers_count_characters_against_the_size_limit()
    {
        using var reader = new StringReader("a: " + new string('x', 200) + "\n");
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read(reader, "r.yaml", new DataReaderLimits { MaxInputBytes = 100 }));
        Assert.StartsWith("the input is over the limit of 100 bytes", e.Reason);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_unread_with_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fundmath-limit-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[" + string.Join(",", Enumerable.Repeat("1", 200)) + "]");
        try
        {
            var e = Assert.Throws<DataFormatException>(() => DataFiles.Load(path, new DataReaderLimits { MaxInputBytes = 100 }));
            Assert.Equal(path, e.SourceName);
            Assert.StartsWith($"{path}: the input is 401 bytes, over the limit of 100 bytes", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_default_limits_are_the_documented_ones()
    {
        DataReaderLimits d = DataReaderLimits.Default;
        Assert.Equal((4L * 1024 * 1024, 128, 1_000_000L, 1024 * 1024), (d.MaxInputBytes, d.MaxDepth, d.MaxNodes, d.MaxScalarLength));
        Assert.Equal(YamlDataReader.MaxDepth, d.MaxDepth);
        Assert.Equal(JsonDataReader.MaxDepth, d.MaxDepth);
    }

    [Theory]
    [InlineData(0, 128, 1, 1)]
    [InlineData(100, 0, 10, 10)]
    [InlineData(100, 1001, 10, 10)]
    [InlineData(100, 128, 0, 10)]
    [InlineData(100, 128, 10, -1)]
    public void Limits_must_be_positive(long bytes, int depth, long nodes, int scalar)
    {
        var limits = new DataReaderLimits { MaxInputBytes = bytes, MaxDepth = depth, MaxNodes = nodes, MaxScalarLength = scalar };
        Assert.Throws<ArgumentOutOfRangeException>(() => YamlDataReader.Read("a: 1\n", "x.yaml", limits));
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonDataReader.Read("{}", "x.json", limits));
        Assert.NotNull(JsonDataReader.Read("{}", "x.json", limits with { MaxInputBytes = 100, MaxDepth = 128, MaxNodes = 10, MaxScalarLength = 10 }));
    }

    private static DataFileFormat Format(string format) => format == "json" ? DataFileFormat.Json : DataFileFormat.Yaml;

    private static DataNode Read(string format, string text, DataReaderLimits limits) =>
        DataFiles.Read(text, "big." + format, Format(format), limits);

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'x');
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
