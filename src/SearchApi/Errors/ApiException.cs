namespace Gongkai.SearchApi.Errors;

/// <summary>A request the API refuses, with the code and the parameter at fault; turned into problem details by <see cref="ProblemMiddleware"/>.</summary>
public sealed class ApiException(ErrorCode code, string message, string? parameter = null) : Exception(message)
{
    public ErrorCode Code { get; } = code;
    public string? Parameter { get; } = parameter;

    public static ApiException BadParameter(string parameter, string expected) =>
        new(ErrorCode.InvalidParameter, $"参数 {parameter} 无效：{expected}", parameter);
}
