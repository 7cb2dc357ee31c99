using System.Threading.RateLimiting;
using Gongkai.SearchApi.Errors;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Public search is rate limited per client address; staff (with a key) are not.</summary>
public static class RateLimits
{
    public const string PublicSearch = "public-search";

    public static IServiceCollection AddGongkaiRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var perSecond = config.GetValue("RateLimit:SearchesPerSecond", 200);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PublicSearch, http =>
            {
                if (http.RequestServices.GetRequiredService<StaffAccess>().IsStaff(http)) return RateLimitPartition.GetNoLimiter("staff");
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond * 2,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (ctx, _) => new ValueTask(ProblemMiddleware.Write(ctx.HttpContext, ErrorCode.RateLimited, "请求过于频繁，请稍后再试", null));
        });
        return services;
    }
}
