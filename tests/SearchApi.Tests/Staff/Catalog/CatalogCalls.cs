using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

/// <summary>Small helpers for the staff catalog calls used by several test classes.</summary>
public static class CatalogCalls
{
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value, Encoding.UTF8), name);
        return form;
    }

    public static async Task<string> UploadAsync(HttpClient staff, byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        using var response = await staff.PostAsync("/api/documents", Form(bytes, fileName, fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {body}");
        var jobId = JsonDocument.Parse(body).RootElement.GetProperty("jobId").GetString()!;
        Assert.Equal($"/api/jobs/{jobId}", response.Headers.Location?.OriginalString);
        return jobId;
    }

    /// <summary>Polls the job until it is finished; returns its last view.</summary>
    public static async Task<JsonElement> WaitForJob(HttpClient staff, string jobId, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var job = await staff.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            if (job.GetProperty("state").GetString() is "succeeded" or "failed") return job;
            if (DateTime.UtcNow > until) throw new TimeoutException("job not finished: " + job);
            await Task.Delay(50);
        }
    }

    public static async Task<JsonElement> Search(HttpClient client, string q) =>
        await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));

    public static string[] Sources(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray();

    public static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static StringContent Json(object body) => JsonContent(JsonSerializer.Serialize(body));

    public static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<string> IdOf(HttpClient staff, string source)
    {
        var found = await staff.GetFromJsonAsync<JsonElement>("/api/documents?source=" + Uri.EscapeDataString(source));
        return found.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }
}
