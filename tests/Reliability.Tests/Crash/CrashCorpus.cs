using System.Text;
using Gongkai.Reliability.Tests.Infrastructure;

namespace Gongkai.Reliability.Tests.Crash;

/// <summary>Generated 公文 for the crash test: .txt and .docx, each with its own 文号.</summary>
public static class CrashCorpus
{
    public static string Source(int i) => i % 6 == 0 ? $"batch{i / 100}/{i:D4}.docx" : $"batch{i / 100}/{i:D4}.txt";

    public static string Word(int i) => "编号" + ToChinese(i) + "件";

    public static string DocNumber(int i) => $"张政发〔2016〕{i + 1}号";

    public static void Write(string corpus, int i, string extra = "")
    {
        var body = $"{Word(i)}的正文。" + string.Concat(Enumerable.Repeat("为进一步做好政府信息公开工作，推进住房保障和棚户区改造，现将有关事项通知如下。", 8)) + extra;
        var text = Fixtures.Gongwen(DocNumber(i), $"关于第{i}号事项的通知", body, date: "2016年5月" + (i % 28 + 1) + "日");
        var path = Path.Combine(corpus, Source(i));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, path.EndsWith(".docx") ? Fixtures.Docx(text.Split('\n')) : Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Digits as Chinese numerals, so each file's word is one token run no other file shares.</summary>
    private static string ToChinese(int n) => string.Concat(n.ToString().Select(c => "零一二三四五六七八九"[c - '0']));
}
