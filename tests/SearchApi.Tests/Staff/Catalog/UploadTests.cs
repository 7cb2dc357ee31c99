using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Uploads;
using static Gongkai.SearchApi.Tests.Staff.Catalog.CatalogCalls;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

public class UploadTests
{
    private static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public async Task An_upload_answers_202_its_job_succeeds_and_the_document_is_searchable_with_the_given_metadata()
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        var staff = svc.Staff();

        var jobId = await UploadAsync(staff, Text(Fixtures.Gongwen("张政办发〔2017〕9号", "关于上传测试的通知", "本文提到丹顶鹤越冬栖息地。")),
            "关于上传测试的通知.txt", ("publishedDate", "2017-06-01"), ("kind", "政府文件"));
        var job = await WaitForJob(staff, jobId);

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(1.0, job.GetProperty("progress").GetDouble());
        var source = $"uploads/{jobId}/关于上传测试的通知.txt";
        Assert.Equal(source, job.GetProperty("source").GetString());
        Assert.True(File.Exists(Path.Combine(svc.DataPath, "uploads", jobId, "关于上传测试的通知.txt")));
        await svc.WaitUntilReady();
        Assert.Equal([source], Sources(await Search(svc.CreateClient(), "丹顶鹤越冬")));
        var doc = await svc.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{job.GetProperty("documentId").GetString()}");
        Assert.Equal("2017-06-01", doc.GetProperty("publishedDate").GetString());
        Assert.Equal("张政办发〔2017〕9号", doc.GetProperty("docNumber").GetString());
    }

    [Fact]
    public async Task An_upload_that_cannot_be_read_ends_in_a_failed_job_with_the_reason()
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var jobId = await UploadAsync(staff, [0x50, 0x4B, 0x03, 0x04, 9, 9, 9], "坏文件.docx");
        var job = await WaitForJob(staff, jobId);
        Assert.Equal("failed", job.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(job.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_with_413_payload_too_large()
    {
        using var svc = new TestService().With("Uploads:MaxBytes", "1000");
        await svc.WaitUntilReady();
        using var response = await svc.Staff().PostAsync("/api/documents", Form(new byte[5000], "大文件.txt"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", (await Problem(response)).GetProperty("code").GetString());
        Assert.False(Directory.Exists(Path.Combine(svc.DataPath, "uploads")) && Directory.EnumerateFiles(Path.Combine(svc.DataPath, "uploads"), "*", SearchOption.AllDirectories).Any());
    }

    [Theory]
    [InlineData("../../逃逸.txt", "逃逸.txt")]
    [InlineData("..\\..\\..\\win.txt", "win.txt")]
    [InlineData("a/../../b.txt", "b.txt")]
    [InlineData("/etc/cron.d/x.txt", "x.txt")]
    [InlineData(".hidden.txt", "hidden.txt")]
    [InlineData("控\u0001制\u0007字符.txt", "控制字符.txt")]
    public async Task A_file_name_with_path_parts_or_control_characters_is_stored_inside_its_job_folder(string given, string stored)
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var before = Directory.EnumerateFiles(svc.Root, "*", SearchOption.AllDirectories).ToHashSet();

        var jobId = await UploadAsync(staff, Text("关于文件名的通知\n白头鹎迁徙。"), given);
        await WaitForJob(staff, jobId);

        var created = Directory.EnumerateFiles(svc.Root, "*", SearchOption.AllDirectories)
            .Where(f => !before.Contains(f) && !f.StartsWith(Path.Combine(svc.DataPath, "index"), StringComparison.Ordinal)
                        && !Path.GetFileName(f).StartsWith("catalog.db", StringComparison.Ordinal))
            .ToList();
        Assert.Equal([Path.Combine(svc.DataPath, "uploads", jobId, stored)], created);
    }

    [Fact]
    public async Task Upload_refusals_name_what_is_wrong()
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        var staff = svc.Staff();

        using (var r = await svc.CreateClient().PostAsync("/api/documents", Form(Text("x"), "a.txt")))
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        using (var r = await staff.PostAsync("/api/documents", Json(new { title = "x" })))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
            Assert.Equal("unsupported_media_type", (await Problem(r)).GetProperty("code").GetString());
        }
        using (var r = await staff.PostAsync("/api/documents", new MultipartFormDataContent { { new StringContent("标题"), "title" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("file", (await Problem(r)).GetProperty("parameter").GetString());
        }
        using (var r = await staff.PostAsync("/api/documents", Form(Text("MZ"), "setup.exe")))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        using (var r = await staff.PostAsync("/api/documents", Form(Text("关于的通知\n正文"), "a.txt", ("kind", "小说"))))
            Assert.Equal("kind", (await Problem(r)).GetProperty("parameter").GetString());
        using (var r = await staff.GetAsync("/api/jobs/nope"))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [Fact]
    public async Task An_upload_left_pending_by_a_crash_is_ingested_at_the_next_start_with_its_metadata()
    {
        using var svc = new TestService();
        // What a crash right after answering 202 leaves: the stored original, a queued job, a pending source.
        const string jobId = "0123456789abcdef";
        var source = UploadService.SourceOf(jobId, "遗留.txt");
        var path = Path.Combine(svc.DataPath, "uploads", jobId, "遗留.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "关于遗留上传的通知\n朱鹮保护区巡护。");
        using (var catalog = new SqliteCatalogStore(Path.Combine(svc.DataPath, "catalog.db")))
        using (var jobs = new SqliteJobStore(Path.Combine(svc.DataPath, "catalog.db")))
        {
            catalog.MarkPending(source, new FileInfo(path).Length, File.GetLastWriteTimeUtc(path).Ticks);
            jobs.Create(JobKind.Upload, source, new ProvidedMetadata { PublishedDate = "2018-02-03" }, jobId);
        }

        await svc.WaitUntilReady();
        var job = await WaitForJob(svc.Staff(), jobId);
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal([source], Sources(await Search(svc.CreateClient(), "朱鹮保护区")));
        var doc = await svc.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{DocumentId.ForSource(source)}");
        Assert.Equal("2018-02-03", doc.GetProperty("publishedDate").GetString());
    }
}
