using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Querying;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.SearchApi.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).RequireRateLimiting(RateLimits.PublicSearch);
        app.MapGet("/api/lookup", Lookup).RequireRateLimiting(RateLimits.PublicSearch);
        app.MapGet("/api/suggest", Suggest).RequireRateLimiting(RateLimits.PublicSearch);
        return app;
    }

    private static Ok<SearchResponse> Search(HttpContext http, SearchService search, StaffAccess staff) =>
        TypedResults.Ok(search.Search(SearchRequest.Parse(http.Request.Query), staff.IsStaff(http)));

    private static Ok<HitList> Lookup(HttpContext http, SearchService search, StaffAccess staff)
    {
        var number = SearchRequest.Clean(http.Request.Query["number"])
                     ?? throw ApiException.BadParameter("number", "请提供文号或索引号，例如 张政办发〔2017〕15号");
        if (number.Length > 100) throw ApiException.BadParameter("number", "文号或索引号不超过 100 个字符");
        return TypedResults.Ok(new HitList(search.Lookup(number, staff.IsStaff(http))));
    }

    private static Ok<SuggestResponse> Suggest(HttpContext http, SuggestService suggest, StaffAccess staff)
    {
        var q = SearchRequest.Clean(http.Request.Query["q"]) ?? "";
        if (q.Length > 100) throw ApiException.BadParameter("q", "联想输入不超过 100 个字符");
        return TypedResults.Ok(new SuggestResponse(suggest.Suggest(q, staff.IsStaff(http))));
    }
}
