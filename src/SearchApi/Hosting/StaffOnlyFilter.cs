using Gongkai.SearchApi.Errors;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Endpoint filter: staff calls answer 401 with a problem code unless a valid key is presented.</summary>
public sealed class StaffOnlyFilter(StaffAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!access.IsStaff(context.HttpContext))
            return ProblemMiddleware.Result(ErrorCode.Unauthorized, "需要工作人员密钥（请求头 X-Api-Key）");
        return await next(context);
    }
}

public static class StaffOnlyExtensions
{
    public static TBuilder RequireStaff<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, StaffOnlyFilter>();
}
