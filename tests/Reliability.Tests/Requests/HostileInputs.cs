using System.Text;

namespace Gongkai.Reliability.Tests.Requests;

/// <summary>Values a hostile or careless caller sends: query syntax, huge and odd strings, bad numbers.</summary>
public static class HostileInputs
{
    public static readonly string[] Text =
    [
        "", " ", "*", "?", "*政府", "?公开", "政*", "政府~", "政府~0.5", "\"政府", "政府\"", "\"\"", "\"\"\"",
        "title:政府", "text:*", "id:*", "_visible:0", "visible:0 OR *:*", "*:*", "+-!():^[]\"{}~*?|&/\\",
        "AND", "OR NOT", "NOT 政府", "政府 AND", "(((((", ")))))", "[1 TO 2]", "{* TO *}", "政府^1000000", "政府^-1",
        "/.*/", "/[a-z]+/", "/(a+)+$/", "(a|aa)*b", "^$", ".*.*.*.*.*.*=", "\\", "\\\\", "%", "%%", "%00", "%zz", "&", "&amp;",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE documents; --", "${jndi:ldap://x}",
        "\u0000", "\u0001\u0002\u0003", "a\u0000b", "\u200B\u200B", "\uFEFF", "\u202E反转", "\r\n\r\n", "\t", "\u3000\u3000",
        "\uD800", "\uDC00", "a\uD800b", "😀😀😀", "𠀀𠀁", "政\u0301府", "ＡＢＣ１２３", "〔〕〔〕", "张政办发〔〕号", "〔2017〕", "号号号号",
        "-", "--", "-政府", "- - -", "-\"政府\"", "\"-\"", "政府 -", new string('-', 50),
        new string('政', 101), new string('a', 1001), new string('政', 10_000), string.Join(" ", Enumerable.Repeat("政府", 500)),
        string.Join(" ", Enumerable.Range(0, 400).Select(i => "\"词" + i + "\"")), string.Join(" ", Enumerable.Range(0, 400).Select(i => "-词" + i)),
        "张政办发〔2017〕15号", "张政办发[2017]15号", "11370303004362052D/2017-00015", "11370303004362052D/", "/2017-00015",
    ];

    public static readonly string[] Numbers =
    [
        "-1", "0", "1", "2", "100", "101", "1000000", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
        "1.5", "1e3", "0x10", "１", "一", "", " ", "NaN", "Infinity", "null", "[]", "{}", "1,2", "1;2", "+1", "01", "\u0661",
    ];

    public static readonly string[] Dates = ["2017-01-01", "2017", "2017-13-01", "2017-02-30", "0000-00-00", "9999-12-31", "1/1/2017", "昨天", "-1", "2017-01-01T00:00"];

    public static readonly string[] Sorts = ["relevance", "date", "date_asc", "date_desc", "DATE", "score", "", "-date", "date desc", "'"];

    private const string Syntax = "+-!():^[]\"{}~*?|&/\\%#<>'`;=";
    private const string NumberChars = "〔〕【】（）号第年政办发字";

    /// <summary>Random characters from every troublesome class: ASCII syntax, controls, CJK, surrogates, combining marks.</summary>
    public static string RandomText(Random rng, int maxLength)
    {
        var length = rng.Next(0, maxLength + 1);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(rng.Next(8) switch
            {
                0 => Syntax[rng.Next(Syntax.Length)],
                1 => (char)rng.Next(0, 32),
                2 => (char)rng.Next(0x4E00, 0x9FA5),
                3 => NumberChars[rng.Next(NumberChars.Length)],
                4 => (char)rng.Next(0xD800, 0xE000),
                5 => (char)rng.Next(0x300, 0x370),
                6 => (char)rng.Next('0', '9' + 1),
                _ => (char)rng.Next(32, 127),
            });
        }
        return sb.ToString();
    }

    /// <summary>A query-string value percent-encoded byte by byte, sometimes with broken escapes and invalid UTF-8.</summary>
    public static string RawEncoded(Random rng, string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value)) sb.Append('%').Append(b.ToString("X2"));
        switch (rng.Next(6))
        {
            case 0: sb.Append("%zz"); break;
            case 1: sb.Append("%E4%B8"); break;             // truncated 3-byte sequence
            case 2: sb.Append("%FF%FE%C0%80"); break;       // bytes never valid in UTF-8, overlong NUL
            case 3: sb.Append('%'); break;
            case 4: sb.Append("%ED%A0%80"); break;          // encoded lone surrogate
        }
        return sb.ToString();
    }
}
