#:package FundMath@0.1.0
#:package FundMath.Samples@0.1.0
#:property PublishAot=false
// Months of cover by region from the sample's region distribution table, as a small self-contained SVG bar chart
// with the 3- and 9-month band edges, written into OUT_DIR (default: a new temporary folder).
// Run anywhere: dotnet run region-chart.cs [OUT_DIR]
// (The fundmath tool draws the same chart with: fundmath analyze --chart cover.svg)
using System.Globalization;
using System.Security;
using System.Text;
using FundMath.Reconciliation;
using FundMath.Samples;

ReportDocument report = SampleReports.Zhuzhou2021;
RegionTable table = report.Regions[0];
int column = table.Columns.Select((c, i) => (c, i)).First(x => x.c.Name == "城乡居民医保基金 实际可支付月数").i;
var bars = table.Rows.Where(r => r.Values[column] is not null).Select(r => (Region: r.Region.Trim(), Months: r.Values[column]!.Printed)).ToList();

const int Left = 110, Width = 600, Bar = 22;
decimal max = bars.Max(b => b.Months) + 5;
string X(decimal months) => (Left + months / max * Width).ToString("F1", CultureInfo.InvariantCulture);
var svg = new StringBuilder();
int height = 40 + (bars.Count * (Bar + 6)) + 30;
svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"{height}\" viewBox=\"0 0 760 {height}\" font-family=\"sans-serif\" font-size=\"13\">\n");
svg.Append("<rect width=\"760\" height=\"" + height + "\" fill=\"white\"/>\n");
for (int i = 0; i < bars.Count; i++)
{
    var (region, months) = bars[i];
    int y = 30 + (i * (Bar + 6));
    string colour = months < 3 ? "#c0392b" : months <= 9 ? "#2e8b57" : "#2f6db5";
    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{SecurityElement.Escape(region)}</text>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Left}\" y=\"{y}\" width=\"{(months / max * Width).ToString("F1", CultureInfo.InvariantCulture)}\" height=\"{Bar}\" fill=\"{colour}\"/>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(months)}\" dx=\"4\" y=\"{y + 16}\">{months}</text>\n");
}

foreach (decimal edge in new[] { 3m, 9m })
{
    svg.Append(CultureInfo.InvariantCulture, $"<line class=\"band-edge\" x1=\"{X(edge)}\" y1=\"20\" x2=\"{X(edge)}\" y2=\"{height - 30}\" stroke=\"#c0392b\" stroke-dasharray=\"6 4\"/>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(edge)}\" y=\"14\" text-anchor=\"middle\" fill=\"#c0392b\">{edge} months</text>\n");
}

svg.Append("</svg>\n");
string outDir = args.Length > 0 ? args[0] : Directory.CreateTempSubdirectory("fundmath-examples-").FullName;
Directory.CreateDirectory(outDir);
string path = Path.Combine(outDir, "region-chart.svg");
File.WriteAllText(path, svg.ToString(), new UTF8Encoding(false));
Console.WriteLine($"wrote {Path.GetFileName(path)}: {bars.Count} regions, band edges at 3 and 9 months");
if (args.Length == 0)
{
    Console.Error.WriteLine($"output folder: {outDir}");
}
foreach (var (region, months) in bars)
{
    Console.WriteLine($"{region}\t{months}");
}
