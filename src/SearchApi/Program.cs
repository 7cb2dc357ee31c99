using Gongkai.SearchApi.Endpoints;
using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGongkai(builder.Configuration);
builder.Services.AddGongkaiRateLimits(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

var app = builder.Build();
GcBudget.Log(app.Logger);
app.UseMiddleware<ProblemMiddleware>();
app.UseStatusCodePages(ctx => ProblemMiddleware.Write(ctx.HttpContext,
    ErrorCodes.ForStatus(ctx.HttpContext.Response.StatusCode), "请求无效、方法不允许或地址不存在", null));
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRateLimiter();
app.MapStatus().MapSearch().MapDocuments();
app.MapPages();
app.MapStaffCheck();
app.MapGongkaiDashboard();
app.MapStaffCatalog();
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
