using System.Reflection;
using Amazon.Runtime;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Wraps a credentials object from another copy of AWSSDK.Core (AWS.Tools' Set-AWSCredential,
/// New-AWSCredential) that lives in another load context, so its type is not ours. It is read
/// through its own GetCredentials() each time, so refreshing credentials keep refreshing.
/// </summary>
internal sealed class ForeignAwsCredentials : AWSCredentials
{
    private readonly object _foreign;
    private readonly MethodInfo _getCredentials;

    private ForeignAwsCredentials(object foreign, MethodInfo getCredentials)
    {
        _foreign = foreign;
        _getCredentials = getCredentials;
    }

    public object Inner => _foreign;

    public static bool TryWrap(object candidate, out AWSCredentials? credentials)
    {
        credentials = null;
        var method = candidate.GetType().GetMethod("GetCredentials", BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
        if (method is null) return false;
        credentials = new ForeignAwsCredentials(candidate, method);
        return true;
    }

    public override ImmutableCredentials GetCredentials()
    {
        var immutable = _getCredentials.Invoke(_foreign, null)
            ?? throw new InvalidOperationException("The credentials object returned no credentials.");
        var type = immutable.GetType();
        string? Read(string name) => type.GetProperty(name)?.GetValue(immutable) as string;
        var accessKey = Read("AccessKey");
        var secretKey = Read("SecretKey");
        if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            throw new InvalidOperationException($"The credentials object of type '{_foreign.GetType().FullName}' did not provide an access key and secret key.");
        return new ImmutableCredentials(accessKey, secretKey, Read("Token"));
    }

    public override Task<ImmutableCredentials> GetCredentialsAsync() => Task.FromResult(GetCredentials());
}
