namespace Gongkai.Tools.SampleCorpus;

/// <summary>One line of a sample's body with the layout role it plays in a 公文 (GB/T 9704-2012).</summary>
public sealed record BodyLine(BodyLineKind Kind, string Text);

public enum BodyLineKind
{
    /// <summary>发文机关标志, "# " in the sample file.</summary>
    OrganMark,
    /// <summary>Centered plain line such as the 文号, "= ".</summary>
    Centered,
    /// <summary>The red separator under the 文号, a line "--".</summary>
    Rule,
    /// <summary>标题 (may span several lines), "## ".</summary>
    Title,
    /// <summary>Flush-left line: 主送机关, 附件 list, 版记, "< ".</summary>
    FlushLeft,
    /// <summary>落款 and 成文日期, "> ".</summary>
    Right,
    /// <summary>Ordinary paragraph, indented two characters.</summary>
    Paragraph,
    Blank,
}
