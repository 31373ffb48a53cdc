using System;
using System.Linq;
using System.Text.RegularExpressions;
using FundMath.Citations;
using FundMath.Policies;

namespace FundMath.Tests.Policies;

/// <summary>
/// Where the shipped parameter values come from: the national set holds national rules only, each cited to a
/// national document by its number (〔year〕N号) or by its issuer and title; the conventions layer holds local
/// conventions only, each saying whose. A value whose document was not checked against its text says so.
/// </summary>
public class ParameterProvenanceTests
{
    // 医保发〔2021〕32号, 国办发〔2018〕6号, 人社部发〔2009〕67号, 国发〔1998〕44号 …
    private static readonly Regex DocumentNumber = new(@"^[\p{IsCJKUnifiedIdeographs}]{1,6}〔(19|20)\d{2}〕\d{1,4}号$", RegexOptions.CultureInvariant);

    // A national document named by its issuer(s) and its title, when its number is not known here.
    private static readonly Regex NationalIssuer = new(@"^(国务院|国务院办公厅|国家医保局|国家医疗保障局|财政部|人力资源社会保障部|人社部)", RegexOptions.CultureInvariant);
    private static readonly Regex Title = new(@"^(国务院)?关于.+的(通知|意见|决定)$|方案$", RegexOptions.CultureInvariant);

    // The documents whose wording the national values were checked against (the 2021 national notice itself; the 2022
    // notice as restated by 桂医保发〔2022〕30号). Every other entry must say what was not verified.
    private static readonly string[] Checked = ["医保发〔2021〕32号", "医保发〔2022〕20号"];

    [Fact]
    public void Every_national_entry_cites_a_national_document_by_number_or_by_issuer_and_title()
    {
        Assert.NotEmpty(ParameterSet.National.Parameters);
        foreach (Parameter p in ParameterSet.National.Parameters)
        {
            foreach (ParameterEntry e in p.Entries)
            {
                string where = $"{p.Name} {e.EffectiveFrom:uuuu-MM-dd}: {e.Citation}";
                Citation c = e.Citation;
                bool numbered = DocumentNumber.IsMatch(c.Document);
                bool named = NationalIssuer.IsMatch(c.Document) && c.Title is { } t && Title.IsMatch(t);
                Assert.True(numbered || named, where);
                Assert.True(c.Title is not null, where + " has no title");
                Assert.DoesNotContain("市", c.Document + c.Title, StringComparison.Ordinal); // no city document
                Assert.DoesNotContain("convention", e.Note ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void National_entries_not_checked_against_a_document_text_say_so()
    {
        int checkedEntries = 0;
        foreach (Parameter p in ParameterSet.National.Parameters)
        {
            foreach (ParameterEntry e in p.Entries)
            {
                if (Checked.Contains(e.Citation.Document) && !(e.Note ?? string.Empty).Contains("not verified", StringComparison.Ordinal))
                {
                    checkedEntries++;
                    continue;
                }

                Assert.True((e.Note ?? string.Empty).Contains("not verified", StringComparison.Ordinal), $"{p.Name} {e.EffectiveFrom:uuuu-MM-dd}: {e.Note}");
            }
        }

        // Quoted from 医保发〔2021〕32号: subsidy 580 and individual 320 (一), in-scope ratio 70% (二). Its 倾斜支付 entries
        // (二) do not restate the 2019 magnitudes, and 610 for 2022 is quoted from the Guangxi notice: both say so.
        Assert.Equal(3, checkedEntries);
    }

    [Fact]
    public void Every_convention_says_whose_convention_it_is_and_cites_that_source()
    {
        Assert.NotEmpty(ParameterSet.Conventions.Parameters);
        Assert.Equal(["conventions"], ParameterSet.Conventions.Layers);
        foreach (Parameter p in ParameterSet.Conventions.Parameters)
        {
            Assert.False(ParameterSet.National.Contains(p.Name), $"{p.Name}: a convention must not replace a national rule");
            foreach (ParameterEntry e in p.Entries)
            {
                string where = $"{p.Name} {e.EffectiveFrom:uuuu-MM-dd}";
                Match whose = Regex.Match(e.Note ?? string.Empty, @"^local convention of (\S+?)[ (]");
                Assert.True(whose.Success, where + ": the note must start 'local convention of <whose>'");
                Assert.Contains(whose.Groups[1].Value, e.Citation.Document, StringComparison.Ordinal); // cites the same place
                Assert.Contains("national", e.Note!, StringComparison.Ordinal); // and says it is not a national rule
            }
        }
    }
}
