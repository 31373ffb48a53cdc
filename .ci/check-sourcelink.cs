#:property PublishAot=false
#:property IsPackable=false
#:property ImplicitUsings=enable
// Verifies Source Link inside the shipped symbols: for every .snupkg in a folder, reads each portable PDB with
// System.Reflection.Metadata, takes the embedded Source Link JSON (custom debug information
// CC110556-A091-4D38-9FEC-25AB9A351A6A) and checks that it maps to the public repository at one commit and that
// every source document in the PDB is either covered by a mapping or embedded in the PDB.
// Usage: dotnet run .ci/check-sourcelink.cs -- ARTIFACTS_DIR [EXPECTED_COMMIT]
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.RegularExpressions;

Guid sourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
Guid embeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
const string Repository = "https://raw.githubusercontent.com/fundmath/fundmath/";

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run .ci/check-sourcelink.cs -- ARTIFACTS_DIR [EXPECTED_COMMIT]");
    return 2;
}

string folder = args[0];
string? expectedCommit = args.Length == 2 && args[1].Length > 0 ? args[1] : null;
string[] symbolPackages = Directory.GetFiles(folder, "*.snupkg");
if (symbolPackages.Length == 0)
{
    Console.Error.WriteLine($"check-sourcelink: no .snupkg in {folder}");
    return 1;
}

int failures = 0;
foreach (string snupkg in symbolPackages.Order(StringComparer.Ordinal))
{
    using ZipArchive zip = ZipFile.OpenRead(snupkg);
    ZipArchiveEntry[] pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToArray();
    if (pdbs.Length == 0)
    {
        Console.Error.WriteLine($"check-sourcelink: {Path.GetFileName(snupkg)} holds no PDB");
        failures++;
        continue;
    }

    foreach (ZipArchiveEntry entry in pdbs)
    {
        string name = $"{Path.GetFileName(snupkg)}!{entry.FullName}";
        var bytes = new MemoryStream();
        using (Stream s = entry.Open())
        {
            s.CopyTo(bytes);
        }

        bytes.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(bytes);
        MetadataReader pdb = provider.GetMetadataReader();

        string? json = pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Where(c => pdb.GetGuid(c.Kind) == sourceLinkKind)
            .Select(c => System.Text.Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
            .FirstOrDefault();
        if (json is null)
        {
            Console.Error.WriteLine($"check-sourcelink: {name}: no Source Link JSON in the PDB");
            failures++;
            continue;
        }

        var problems = new List<string>();
        var mappings = new List<(string Prefix, string Url)>();
        using (JsonDocument doc = JsonDocument.Parse(json))
        {
            if (!doc.RootElement.TryGetProperty("documents", out JsonElement documents) || documents.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"Source Link JSON has no \"documents\" object: {json}");
            }
            else
            {
                foreach (JsonProperty map in documents.EnumerateObject())
                {
                    string url = map.Value.GetString() ?? string.Empty;
                    Match m = Regex.Match(url, "^" + Regex.Escape(Repository) + "([0-9a-f]{40})/\\*$");
                    if (!m.Success)
                    {
                        problems.Add($"mapping {map.Name} → {url} is not {Repository}<commit>/*");
                    }
                    else if (expectedCommit is not null && m.Groups[1].Value != expectedCommit)
                    {
                        problems.Add($"mapping {map.Name} → {url} is not at commit {expectedCommit}");
                    }

                    if (!map.Name.EndsWith('*'))
                    {
                        problems.Add($"mapping key {map.Name} does not end with *");
                    }

                    mappings.Add((map.Name.TrimEnd('*'), url));
                }
            }
        }

        int mapped = 0, embedded = 0;
        foreach (DocumentHandle handle in pdb.Documents)
        {
            Document document = pdb.GetDocument(handle);
            string path = pdb.GetString(document.Name);
            bool isEmbedded = pdb.GetCustomDebugInformation(handle)
                .Select(pdb.GetCustomDebugInformation)
                .Any(c => pdb.GetGuid(c.Kind) == embeddedSourceKind);
            if (isEmbedded)
            {
                embedded++;
            }
            else if (mappings.Any(m => path.StartsWith(m.Prefix, StringComparison.Ordinal)))
            {
                mapped++;
            }
            else
            {
                problems.Add($"document {path} is neither mapped by Source Link nor embedded");
            }
        }

        if (mapped == 0)
        {
            problems.Add("no source document is mapped by Source Link");
        }

        if (problems.Count > 0)
        {
            failures++;
            foreach (string p in problems)
            {
                Console.Error.WriteLine($"check-sourcelink: {name}: {p}");
            }
        }
        else
        {
            Console.WriteLine($"check-sourcelink: {name} OK ({mapped} documents → {string.Join(", ", mappings.Select(m => m.Url))}; {embedded} embedded)");
        }
    }
}

return failures == 0 ? 0 : 1;
