using System.Text;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// Plain text as a 公文 looks when copied out of Word: layout is lost, paragraphs keep the two
/// full-width spaces of their first-line indent.
/// </summary>
public static class TxtRenderer
{
    public static string Render(SampleDefinition sample, string newLine)
    {
        var text = new StringBuilder();
        foreach (var line in sample.Body)
        {
            switch (line.Kind)
            {
                case BodyLineKind.Rule:
                    continue;
                case BodyLineKind.Paragraph:
                    text.Append("　　").Append(line.Text);
                    break;
                default:
                    text.Append(line.Text);
                    break;
            }
            text.Append(newLine);
        }
        return text.ToString();
    }

    public static byte[] Encode(SampleDefinition sample)
    {
        if (sample.Format == SampleFormat.TxtGb18030)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetBytes(Render(sample, "\r\n"));
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(sample, "\n"));
    }
}
