using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.SearchApi.Tests.Browser;

/// <summary>The real service on Kestrel at 127.0.0.1 on a free port, so that a real browser can reach it.</summary>
public sealed class BrowserService : TestService
{
    public BrowserService() => UseKestrel(0);

    /// <summary>Starts Kestrel and returns the address it listens on, e.g. http://127.0.0.1:43817.</summary>
    public string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
