namespace Gongkai.Core.Numbers;

/// <summary>A 文号 found in running text: what it says and where (char offset and length in the text searched).</summary>
public sealed record DocNumberMatch(DocNumber Number, int Offset, int Length)
{
    public int End => Offset + Length;
}
