using Amazon;
using Amazon.Runtime;
using Xunit;

namespace CwLogs.Tests.Support;

/// <summary>
/// Tests that read or change process-wide state (environment variables, the static client cache) run here, one at a time, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>
/// Gives each test a hermetic AWS environment: every variable the SDK's default chains read is
/// cleared, instance metadata is disabled (no network), the shared credentials file (and the
/// config file beside it) live in an empty temp folder, and everything is put back on Dispose.
/// No SDK cache is reset: CwLogs must see a changed environment on its own, as a session would.
/// </summary>
/// <remarks>
/// AWSSDK.Core reads AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE once per process, in
/// SharedCredentialsFile's static constructor, so changing them mid-process does nothing;
/// the temp files are therefore named through AWSConfigs.AWSProfilesLocation, the SDK's runtime
/// override (with no AWS_CONFIG_FILE set, the SDK reads "config" beside that file).
/// </remarks>
public sealed class ProcessEnvironment : IDisposable
{
    private static readonly string[] Managed =
    {
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCOUNT_ID",
        "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
        "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
        "AWS_EC2_METADATA_DISABLED", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_DEFAULTS_MODE",
        "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT", "AWS_ENDPOINT_URL_STS",
    };

    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);
    private readonly string? _savedProfilesLocation = AWSConfigs.AWSProfilesLocation;

    public ProcessEnvironment()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cwlogs-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var name in Managed) Set(name, null);
        Set("AWS_EC2_METADATA_DISABLED", "true");
        AWSConfigs.AWSProfilesLocation = CredentialsFile;
    }

    /// <summary>A fresh, empty folder for this test's shared credentials and config files.</summary>
    public string Directory { get; }

    public string CredentialsFile => Path.Combine(Directory, "credentials");

    public string ConfigFile => Path.Combine(Directory, "config");

    /// <summary>Sets (or with null, removes) a variable; the first value seen is restored on Dispose.</summary>
    public void Set(string name, string? value)
    {
        if (!_saved.ContainsKey(name)) _saved[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>Writes a file into <see cref="Directory"/> and returns its path.</summary>
    public string WriteFile(string name, string contents)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
        AWSConfigs.AWSProfilesLocation = _savedProfilesLocation;
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
