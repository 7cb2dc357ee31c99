namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>
/// The reply paragraph. Answerable: the wording of 条例 (2019) 第三十六条第（一）项 (already published:
/// tell the applicant how to obtain it). Not answerable: say only that no published document was
/// found and that the request is handled under the other items of 第三十六条 — nothing is claimed
/// about whether the information exists.
/// </summary>
public static class ReplyDraft
{
    public const string NotFound =
        "经检索，本机关已主动公开的政府信息中未找到与您申请内容相对应的文件。对您申请获取的政府信息，" +
        "本机关将依照《中华人民共和国政府信息公开条例》第三十六条其他各项的规定另行予以答复。";

    public static string For(IReadOnlyList<Citation> citations) =>
        citations.Count == 0 ? NotFound : string.Join("", citations.Select(Sentence));

    private static string Sentence(Citation c)
    {
        var date = c.PublishedDate ?? c.WrittenDate;
        var when = date is null ? "已" : $"已于{Chinese(date)}";
        var organ = c.Organ ?? "本机关";
        var numbers = string.Join("，", new[] { c.DocNumber, c.IndexNumber is null ? null : $"索引号：{c.IndexNumber}" }.Where(x => x is not null));
        var paren = numbers.Length == 0 ? "" : $"（{numbers}）";
        return $"您申请获取的政府信息{when}主动公开，可通过{organ}门户网站政府信息公开专栏或以下链接获取：《{c.Title}》{paren}，{c.Link}。";
    }

    /// <summary>2017-03-05 → 2017年3月5日.</summary>
    private static string Chinese(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", out var d) ? $"{d.Year}年{d.Month}月{d.Day}日" : day;
}
