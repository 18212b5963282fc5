using Amazon.Runtime;

namespace CwLogs.Client;

/// <summary>
/// The SDK's defaults-mode table (AWS_DEFAULTS_MODE / defaults_mode). Every mode uses the standard
/// retry mode; adaptive is still chosen with AWS_RETRY_MODE / retry_mode.
/// </summary>
internal static class CwLogsDefaultConfigurations
{
    public static IEnumerable<IDefaultConfiguration> All()
    {
        foreach (DefaultConfigurationMode mode in Enum.GetValues(typeof(DefaultConfigurationMode)))
        {
            yield return new DefaultConfiguration
            {
                Name = mode,
                RetryMode = RequestRetryMode.Standard,
                S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
            };
        }
    }
}
