namespace Gongkai.SearchApi.Hosting;

/// <summary>Options of staff access (section "Staff").</summary>
public sealed class StaffOptions
{
    /// <summary>Keys accepted in the X-Api-Key header; empty means no staff access at all.</summary>
    public string[] ApiKeys { get; set; } = [];
}
