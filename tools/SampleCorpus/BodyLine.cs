namespace Gongkai.Tools.SampleCorpus;

/// <summary>One line of a sample's body with the layout role it plays in a 公文 (GB/T 9704-2012).</summary>
public sealed record BodyLine(BodyLineKind Kind, string Text);
