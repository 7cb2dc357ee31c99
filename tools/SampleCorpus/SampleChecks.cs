using Gongkai.Core.Domain;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// Keeps the invented documents consistent with their own metadata, because the product's tests
/// compare what it reads from the text with the sidecar values.
/// </summary>
public static class SampleChecks
{
    public static void Verify(SampleDefinition sample)
    {
        var m = sample.Metadata;
        if (sample.Format == SampleFormat.SidecarOnly)
        {
            Require(m.IsSample == false, sample, "only the real seed may be sidecar-only");
            return;
        }

        Require(m.IsSample == true, sample, "every generated document is a 示例");
        Require(!string.IsNullOrEmpty(m.Title), sample, "title is required");
        Require(sample.Body.Count > 0 && sample.Body[^1].Text == SampleParser.Disclaimer, sample,
            "the body must end with the 示例 disclaimer line");
        var text = string.Join("\n", sample.Body.Select(l => l.Text));

        if (m.Kind == DocumentKinds.Interpretation)
        {
            Require(m.InterpretsTitle is not null && text.Contains($"《{m.InterpretsTitle}》"), sample,
                "a 政策解读 names its policy by 《title》");
            Require(m.InterpretsDocNumber is not null && text.Contains(m.InterpretsDocNumber), sample,
                "a 政策解读 names its policy's 文号");
            return;
        }

        Require(m.DocNumber is not null && sample.Body.Any(l => l.Kind == BodyLineKind.Centered && l.Text == m.DocNumber),
            sample, "the 文号 line must match docNumber");
        Require(m.WrittenDate is not null && sample.Body.Any(l => l.Kind == BodyLineKind.Right && l.Text == ChineseDate.Format(m.WrittenDate)),
            sample, "the 成文日期 line must be writtenDate in Chinese numerals");
        var title = string.Concat(sample.Body.Where(l => l.Kind == BodyLineKind.Title).Select(l => l.Text));
        Require(title == m.Title, sample, $"the title lines must read as the title ({title})");
        var marker = m.Openness switch
        {
            Opennesses.OnRequest => "（此件依申请公开）",
            Opennesses.NotDisclosed => "（此件不予公开）",
            _ => "（此件公开发布）",
        };
        Require(text.Contains(marker), sample, $"the text must carry {marker}");
    }

    private static void Require(bool condition, SampleDefinition sample, string message)
    {
        if (!condition) throw new InvalidDataException($"{sample.SourceName}: {message}");
    }
}
