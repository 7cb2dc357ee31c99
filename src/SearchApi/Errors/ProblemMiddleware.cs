using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.SearchApi.Errors;

/// <summary>
/// Turns refusals into RFC 7807 problem details with a code, and framework-level bad requests
/// (malformed JSON, bad form data) into 400s: a client mistake is never a 500.
/// </summary>
public sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiException e) when (!context.Response.HasStarted)
        {
            await Write(context, e.Code, e.Message, e.Parameter);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var code = e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => ErrorCode.PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType => ErrorCode.UnsupportedMediaType,
                _ => ErrorCode.InvalidParameter,
            };
            await Write(context, code, "请求无效：" + e.Message, null);
        }
        catch (InvalidDataException e) when (!context.Response.HasStarted)
        {
            // Multipart bodies that cannot be read end here.
            await Write(context, ErrorCode.InvalidParameter, "请求内容无法读取：" + e.Message, null);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            log.LogDebug("Request aborted by the client");
        }
    }

    public static Task Write(HttpContext context, ErrorCode code, string detail, string? parameter)
    {
        var problem = Problem(code, detail, parameter);
        context.Response.StatusCode = problem.Status!.Value;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static ProblemDetails Problem(ErrorCode code, string detail, string? parameter)
    {
        var problem = new ProblemDetails
        {
            Status = code.Status(),
            Title = code.Wire(),
            Detail = detail,
            Type = "https://gongkai.example/errors/" + code.Wire(),
        };
        problem.Extensions["code"] = code.Wire();
        if (parameter is not null) problem.Extensions["parameter"] = parameter;
        return problem;
    }

    public static ProblemHttpResult Result(ErrorCode code, string detail, string? parameter = null) =>
        TypedResults.Problem(Problem(code, detail, parameter));
}
