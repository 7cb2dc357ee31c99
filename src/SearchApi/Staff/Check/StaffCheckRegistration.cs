using Gongkai.SearchApi.Staff.Answer;
using Gongkai.SearchApi.Staff.Check;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>DI for the staff check and request-answering tools.</summary>
public static class StaffCheckRegistration
{
    public static IServiceCollection AddStaffCheck(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<StaffCheckOptions>(config.GetSection("StaffCheck"));
        services.Configure<AnswerOptions>(config.GetSection("Answer"));
        services.AddSingleton<NearDuplicateIndex>();
        services.AddSingleton<CheckService>();
        services.AddSingleton<DraftUpload>();
        services.AddSingleton<AnswerService>();
        return services;
    }
}
