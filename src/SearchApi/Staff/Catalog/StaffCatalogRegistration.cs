using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Jobs;
using Hangfire;

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>Services of catalog management (uploads, edits, withdrawals, rebuild, annual statistics).</summary>
public static class StaffCatalogRegistration
{
    public static IServiceCollection AddStaffCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogEditor>();
        services.AddSingleton<AnnualStatistics>();
        services.AddTransient<IngestUploadJob>();
        services.AddTransient<RebuildIndexJob>();
        DecorateIngestQueue(services);
        return services;
    }

    /// <summary>Wraps whatever queue the host registered so that <c>uploads/…</c> sources go to the upload job.</summary>
    private static void DecorateIngestQueue(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IIngestQueue))
                    ?? throw new InvalidOperationException("AddStaffCatalog must come after the IIngestQueue registration (AddGongkai)");
        services.Remove(inner);
        services.AddSingleton<IIngestQueue>(sp => new UploadRoutingIngestQueue(Create(sp, inner), sp.GetRequiredService<IBackgroundJobClient>()));
    }

    private static IIngestQueue Create(IServiceProvider sp, ServiceDescriptor d) =>
        (IIngestQueue)(d.ImplementationInstance
                       ?? d.ImplementationFactory?.Invoke(sp)
                       ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
}
