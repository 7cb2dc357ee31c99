namespace Gongkai.Tools.SampleCorpus;

/// <summary>Layout roles of body lines and their markers in a sample file.</summary>
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
