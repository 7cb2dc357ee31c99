namespace Gongkai.SearchApi.Errors;

/// <summary>The closed list of error codes the API answers with; each has one HTTP status.</summary>
public enum ErrorCode
{
    InvalidParameter,
    QueryTooLong,
    NotFound,
    Unauthorized,
    PayloadTooLarge,
    UnsupportedMediaType,
    RateLimited,
    Conflict,
    MethodNotAllowed,
}

public static class ErrorCodes
{
    public static int Status(this ErrorCode code) => code switch
    {
        ErrorCode.InvalidParameter or ErrorCode.QueryTooLong => StatusCodes.Status400BadRequest,
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorCode.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCode.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCode.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCode.Conflict => StatusCodes.Status409Conflict,
        ErrorCode.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The code for a bare status the framework produced (no route, wrong method, body too large …).</summary>
    public static ErrorCode ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorCode.Unauthorized,
        StatusCodes.Status404NotFound => ErrorCode.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCode.MethodNotAllowed,
        StatusCodes.Status409Conflict => ErrorCode.Conflict,
        StatusCodes.Status413PayloadTooLarge => ErrorCode.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCode.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCode.RateLimited,
        _ => ErrorCode.InvalidParameter,
    };

    /// <summary>snake_case wire form, e.g. invalid_parameter.</summary>
    public static string Wire(this ErrorCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
