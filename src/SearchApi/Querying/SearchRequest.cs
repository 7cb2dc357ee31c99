using System.Globalization;
using Gongkai.SearchApi.Errors;

namespace Gongkai.SearchApi.Querying;

public enum SortOrder { Relevance, DateDesc, DateAsc }

/// <summary>A validated /api/search request. Every bad parameter is refused by name before any search runs.</summary>
public sealed record SearchRequest
{
    public const int MaxQueryChars = 1000;
    public const int MaxSize = 100;
    public const int MaxWindow = 10_000;

    public string Query { get; init; } = "";
    public string? Organ { get; init; }
    public int? Year { get; init; }
    public string? Kind { get; init; }
    public string? Category { get; init; }
    public string? Validity { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;

    public static SearchRequest Parse(IQueryCollection q)
    {
        var query = Clean(q["q"]) ?? "";
        if (query.Length > MaxQueryChars)
            throw new ApiException(ErrorCode.QueryTooLong, $"参数 q 过长：最多 {MaxQueryChars} 个字符，实际 {query.Length} 个", "q");
        var page = Int(q, "page", 1, 1, int.MaxValue);
        var size = Int(q, "size", 10, 1, MaxSize);
        if ((long)page * size > MaxWindow)
            throw ApiException.BadParameter("page", $"page×size 不能超过 {MaxWindow}");
        var from = Date(q, "from");
        var to = Date(q, "to");
        if (from > to) throw ApiException.BadParameter("from", "from 不能晚于 to");
        return new SearchRequest
        {
            Query = query,
            Organ = Clean(q["organ"]),
            Year = q.ContainsKey("year") && Clean(q["year"]) is not null ? Int(q, "year", 0, 1900, 2100) : null,
            Kind = Clean(q["kind"]),
            Category = Clean(q["category"]),
            Validity = Clean(q["validity"]),
            From = from,
            To = to,
            Sort = Clean(q["sort"]) switch
            {
                null or "relevance" => SortOrder.Relevance,
                "date" or "date_desc" => SortOrder.DateDesc,
                "date_asc" => SortOrder.DateAsc,
                _ => throw ApiException.BadParameter("sort", "应为 relevance、date 或 date_asc"),
            },
            Page = page,
            Size = size,
        };
    }

    /// <summary>Trims, drops control characters, and treats empty as absent.</summary>
    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var s = new string(value.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        return s.Length == 0 ? null : s;
    }

    private static int Int(IQueryCollection q, string name, int fallback, int min, int max)
    {
        var raw = Clean(q[name]);
        if (raw is null) return fallback;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw ApiException.BadParameter(name, $"应为 {min} 到 {max} 之间的整数，收到 “{Truncate(raw)}”");
        return v;
    }

    private static DateOnly? Date(IQueryCollection q, string name)
    {
        var raw = Clean(q[name]);
        if (raw is null) return null;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(raw, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y))
            return name == "to" ? new DateOnly(y.Year, 12, 31) : y;
        throw ApiException.BadParameter(name, $"日期格式应为 yyyy-MM-dd，收到 “{Truncate(raw)}”");
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
