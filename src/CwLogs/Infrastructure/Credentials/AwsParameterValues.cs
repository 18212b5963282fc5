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

    /// <summary>These values with the named credential parameters left out.</summary>
    public AwsParameterValues Without(IEnumerable<string> parameters)
    {
        var result = this;
        foreach (var name in parameters)
        {
            result = name switch
            {
                nameof(ProfileName) => result with { ProfileName = null },
                nameof(ProfileLocation) => result with { ProfileLocation = null },
                nameof(AccessKey) => result with { AccessKey = null },
                nameof(SecretKey) => result with { SecretKey = null },
                nameof(SessionToken) => result with { SessionToken = null },
                nameof(Credential) => result with { Credential = null },
                _ => throw new ArgumentOutOfRangeException(nameof(parameters), name, "not a credential parameter"),
            };
        }
        return result;
    }
}
