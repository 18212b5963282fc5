using System.Security;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>The common AWS parameters as the user gave them (all optional).</summary>
public sealed record AwsParameterValues
{
    public string? Region { get; init; }
    public string? ProfileName { get; init; }
    public string? ProfileLocation { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public string? SessionToken { get; init; }
    public object? Credential { get; init; }
    public string? EndpointUrl { get; init; }
    public int? TimeoutSec { get; init; }
}
