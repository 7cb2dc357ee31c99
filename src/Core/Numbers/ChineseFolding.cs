using System.Text;

namespace Gongkai.Core.Numbers;

/// <summary>
/// Character folding shared by the number parsers: full-width digits and letters to ASCII, the many
/// brackets people type around a 文号's year to 〔〕, and traditional characters common in agency
/// names to simplified. Kept as small explicit tables (not ICU) so the behaviour is visible and
/// stable across runtimes.
/// </summary>
public static class ChineseFolding
{
    // Traditional → simplified for characters that actually occur in 机关代字 and organ names.
    // Not a general converter: a short table is enough because 代字 use a small vocabulary.
    private const string Traditional = "發辦號滬門廳縣區國務會員環護農業廣東華薦質監衛計財稅規劃綜關開設計經濟貿語聯議紀檢組織體運輸電資產審並為權書處營數標準證據際號龍鄉鎮場傳統價當歷時稱應問題濟團黨專齊臺灣廈遼寧黑吉蘇浙閩贛魯豫鄂湘粵瓊貴雲陝甘寧青藏蒙疆渝蘭衝漢興寶雙盧錫濰膠煙滕萊濱聊荊門隨陽陰長嶺達陵齡創產發復幹歲啟島鄭蕪銅馬鞍灘連淮揚鹽徐紹嘉興溫臺湖麗衢舟遠軍張瀋鐵礦糧資";
    private const string Simplified  = "发办号沪门厅县区国务会员环护农业广东华荐质监卫计财税规划综关开设计经济贸语联议纪检组织体运输电资产审并为权书处营数标准证据际号龙乡镇场传统价当历时称应问题济团党专齐台湾厦辽宁黑吉苏浙闽赣鲁豫鄂湘粤琼贵云陕甘宁青藏蒙疆渝兰冲汉兴宝双卢锡潍胶烟滕莱滨聊荆门随阳阴长岭达陵龄创产发复干岁启岛郑芜铜马鞍滩连淮扬盐徐绍嘉兴温台湖丽衢舟远军张沈铁矿粮资";

    private static readonly Dictionary<char, char> TraditionalMap = BuildMap();

    private static Dictionary<char, char> BuildMap()
    {
        if (Traditional.Length != Simplified.Length)
            throw new InvalidOperationException("Traditional/simplified tables differ in length.");
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Traditional.Length; i++)
            if (Traditional[i] != Simplified[i]) map.TryAdd(Traditional[i], Simplified[i]);
        return map;
    }

    public static bool IsOpenBracket(char c) => c is '〔' or '[' or '［' or '(' or '（' or '【' or '﹝' or '〈' or '<' or '＜' or '〖' or '{' or '｛';
    public static bool IsCloseBracket(char c) => c is '〕' or ']' or '］' or ')' or '）' or '】' or '﹞' or '〉' or '>' or '＞' or '〗' or '}' or '｝';

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    public static int DigitValue(char c) => c >= '０' ? c - '０' : c - '0';

    /// <summary>CJK unified ideographs (basic block and extension A), plus 〇.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';

    public static char ToSimplified(char c) => TraditionalMap.TryGetValue(c, out var s) ? s : c;

    public static string ToSimplified(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(ToSimplified(c));
        return sb.ToString();
    }

    /// <summary>Full-width ASCII (digits, letters, punctuation) to half-width; ideographic space to space.</summary>
    public static string ToHalfWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= '！' and <= '～') sb.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
