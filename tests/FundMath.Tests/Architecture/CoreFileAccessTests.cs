namespace FundMath.Tests.Architecture;

using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

/// <summary>
/// The core reads the text, bytes and streams it is given and opens no file: its metadata holds no reference to a
/// file-system type and no call of a path-taking stream constructor or a disk-touching <c>Path</c> member. Read from
/// the compiled assembly's type and member references (System.Reflection.Metadata), so a fully qualified name, an
/// alias or a <c>using static</c> cannot hide a use.
/// </summary>
public class CoreFileAccessTests
{
    /// <summary>System.IO types whose every use touches the file system.</summary>
    private static readonly HashSet<string> FileSystemTypes =
    [
        "File", "FileInfo", "Directory", "DirectoryInfo", "FileSystemInfo", "FileStream", "DriveInfo",
        "FileSystemWatcher", "RandomAccess", "FileStreamOptions",
    ];

    /// <summary><c>Path</c> members that only manipulate a string (everything else — GetFullPath, GetTempPath… — reads the disk or the process).</summary>
    private static readonly HashSet<string> PurePathMembers =
    [
        "GetFileName", "GetFileNameWithoutExtension", "GetExtension", "HasExtension", "ChangeExtension",
        "GetDirectoryName", "Combine", "Join", "IsPathRooted", "DirectorySeparatorChar", "AltDirectorySeparatorChar",
    ];

    /// <summary>Stream readers and writers: their constructors taking a path (a string first) open a file.</summary>
    private static readonly HashSet<string> PathConstructorTypes = ["StreamReader", "StreamWriter"];

    [Fact]
    public void The_core_assembly_uses_no_file_system_api()
    {
        string[] uses = FileSystemUses(typeof(Money).Assembly);
        Assert.True(uses.Length == 0, "the core touches the file system:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void The_check_finds_the_file_access_of_the_file_edge()
    {
        // FundMath.Yaml is the file edge (DataFiles.Load opens the file): the same scan must see it there.
        string[] uses = FileSystemUses(typeof(FundMath.Yaml.DataFiles).Assembly);
        Assert.Contains(uses, u => u.StartsWith("System.IO.File", StringComparison.Ordinal));
    }

    private static string[] FileSystemUses(Assembly assembly)
    {
        using FileStream stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var uses = new SortedSet<string>(StringComparer.Ordinal);

        foreach (TypeReferenceHandle h in md.TypeReferences)
        {
            TypeReference t = md.GetTypeReference(h);
            if (md.GetString(t.Namespace) == "System.IO" && FileSystemTypes.Contains(md.GetString(t.Name)))
            {
                uses.Add($"System.IO.{md.GetString(t.Name)} (type reference)");
            }
        }

        foreach (MemberReferenceHandle h in md.MemberReferences)
        {
            MemberReference m = md.GetMemberReference(h);
            if (m.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            TypeReference parent = md.GetTypeReference((TypeReferenceHandle)m.Parent);
            if (md.GetString(parent.Namespace) != "System.IO")
            {
                continue;
            }

            string type = md.GetString(parent.Name);
            string member = md.GetString(m.Name);
            if (FileSystemTypes.Contains(type)
                || (type == "Path" && !PurePathMembers.Contains(member))
                || (PathConstructorTypes.Contains(type) && member == ".ctor" && FirstParameterIsString(md, m)))
            {
                uses.Add($"System.IO.{type}.{member}");
            }
        }

        return [.. uses];
    }

    private static bool FirstParameterIsString(MetadataReader md, MemberReference constructor)
    {
        BlobReader blob = md.GetBlobReader(constructor.Signature);
        blob.ReadSignatureHeader();
        int count = blob.ReadCompressedInteger();
        if (count == 0)
        {
            return false;
        }

        var returnType = (SignatureTypeCode)blob.ReadCompressedInteger();
        Assert.Equal(SignatureTypeCode.Void, returnType);
        return (SignatureTypeCode)blob.ReadCompressedInteger() == SignatureTypeCode.String;
    }
}
