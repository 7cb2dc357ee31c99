using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Querying;

namespace Gongkai.SearchApi.Endpoints;

/// <summary>
/// The HTML pages: static shells from wwwroot that call the JSON API. They are served through
/// endpoints rather than the static-file middleware (which steps aside when an endpoint matches)
/// so that every page gets a strict Content-Security-Policy, document pages answer 404 for what
/// the visitor may not see, and staff pages are refused — with the key form — without a key.
/// </summary>
public static class PageEndpoints
{
    /// <summary>Staff page names and their shells; anything else under /staff/ is a 404.</summary>
    private static readonly Dictionary<string, string> StaffPages = new(StringComparer.Ordinal)
    {
        [""] = "staff/index.html",
        ["check"] = "staff/check.html",
        ["answer"] = "staff/answer.html",
        ["catalog"] = "staff/catalog.html",
        ["stats"] = "staff/stats.html",
        ["login"] = "staff/key.html",
    };

    // No inline script or style anywhere: a text that slips into the DOM as markup still cannot run.
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication MapPages(this WebApplication app)
    {
        app.MapGet("/", (HttpContext http, IWebHostEnvironment env) => Page(http, env, "index.html", StatusCodes.Status200OK));
        app.MapGet("/documents/{id}", (string id, HttpContext http, IWebHostEnvironment env, SearchService search, StaffAccess staff) =>
            // A document the visitor may not see is a 404 page, exactly like one that does not exist.
            Page(http, env, "document.html", search.Get(id, staff.IsStaff(http)) is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK));
        // "/staff" and "/staff/" both land here (routing ignores the trailing slash).
        app.MapGet("/staff/{name?}", StaffPage);
        app.MapPost("/staff/key", SignIn);
        app.MapPost("/staff/logout", SignOut);
        return app;
    }

    private static IResult StaffPage(string? name, HttpContext http, IWebHostEnvironment env, StaffAccess staff)
    {
        if (!StaffPages.TryGetValue(name ?? "", out var file))
            return ProblemMiddleware.Result(ErrorCode.NotFound, "页面不存在", "name");
        if (!staff.IsStaff(http)) return Page(http, env, StaffPages["login"], StatusCodes.Status401Unauthorized);
        return Page(http, env, file, StatusCodes.Status200OK);
    }

    /// <summary>The key form posts here; a valid key becomes an HttpOnly, same-site cookie that StaffAccess accepts.</summary>
    private static async Task<IResult> SignIn(HttpContext http, StaffAccess staff)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var key = form["key"].FirstOrDefault();
        var next = LocalStaffPath(form["next"].FirstOrDefault());
        if (!staff.IsValid(key))
            return Results.Redirect("/staff/login?error=1&next=" + Uri.EscapeDataString(next));
        http.Response.Cookies.Append(StaffAccess.CookieName, key!, new CookieOptions
        {
            HttpOnly = true,
            // Strict: a cookie-authenticated staff call can never be triggered from another site.
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect(next);
    }

    private static IResult SignOut(HttpContext http)
    {
        http.Response.Cookies.Delete(StaffAccess.CookieName, new CookieOptions { Path = "/" });
        return Results.Redirect("/");
    }

    /// <summary>Only a staff page of this site is a place to return to after signing in (no open redirect).</summary>
    public static string LocalStaffPath(string? next) =>
        next is not null && next.StartsWith("/staff/", StringComparison.Ordinal) && !next.Contains("//", StringComparison.Ordinal)
            && !next.Contains('\\') && !next.StartsWith("/staff/login", StringComparison.Ordinal)
            ? next
            : "/staff/";

    private static IResult Page(HttpContext http, IWebHostEnvironment env, string file, int status)
    {
        var info = env.WebRootFileProvider.GetFileInfo(file);
        if (!info.Exists) return ProblemMiddleware.Result(ErrorCode.NotFound, "页面文件缺失：" + file);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-cache";
        using var reader = new StreamReader(info.CreateReadStream());
        return Results.Content(reader.ReadToEnd(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
