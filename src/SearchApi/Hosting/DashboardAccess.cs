using Hangfire;
using Hangfire.Dashboard;

namespace Gongkai.SearchApi.Hosting;

/// <summary>The Hangfire dashboard (/hangfire) is for staff only: key header or staff cookie.</summary>
public sealed class DashboardAccess(StaffAccess access) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => access.IsStaff(context.GetHttpContext());
}

public static class DashboardExtensions
{
    public static WebApplication MapGongkaiDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAccess(app.Services.GetRequiredService<StaffAccess>())],
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
