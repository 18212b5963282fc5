namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>
/// The environment of every child: dummy static credentials, one region, no instance metadata, empty AWS config
/// files, so no client spends time looking for credentials the way a misconfigured machine would make it.
/// </summary>
public static class ChildEnvironment
{
    public static Dictionary<string, string?> Create(string tempDir)
    {
        var config = Path.Combine(tempDir, "aws-config");
        var credentials = Path.Combine(tempDir, "aws-credentials");
        File.WriteAllText(config, "");
        File.WriteAllText(credentials, "");
        return new()
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDBENCHMARKEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "benchmark-dummy-secret",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_DEFAULT_REGION"] = "us-east-1", // the AWS CLI reads this one
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_CONFIG_FILE"] = config,
            ["AWS_SHARED_CREDENTIALS_FILE"] = credentials,
            ["AWS_PAGER"] = "",
            ["AWS_SESSION_TOKEN"] = null,
            ["AWS_PROFILE"] = null,
            ["AWS_ENDPOINT_URL"] = null,
            // No network attempts from pwsh itself (this machine may have no internet).
            ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
            ["POWERSHELL_UPDATECHECK"] = "Off",
        };
    }
}
