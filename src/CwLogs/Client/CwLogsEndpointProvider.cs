using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using static Amazon.Runtime.Internal.Endpoints.StandardLibrary.Fn;

namespace CwLogs.Client;

/// <summary>
/// The CloudWatch Logs endpoint rules: a custom endpoint wins; otherwise logs.{region}.{dnsSuffix}
/// from the partition table, with FIPS (logs-fips.) and dual-stack variants. GovCloud's FIPS
/// endpoints are the plain regional hosts.
/// </summary>
public sealed class CwLogsEndpointProvider : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        var region = parameters["Region"] as string;
        var useFips = Equals(parameters["UseFIPS"], true);
        var useDualStack = Equals(parameters["UseDualStack"], true);
        var custom = parameters["Endpoint"] as string;

        if (!string.IsNullOrEmpty(custom))
        {
            if (useFips) throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            if (useDualStack) throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            return new Endpoint(custom);
        }
        if (string.IsNullOrEmpty(region)) throw new AmazonClientException("Invalid Configuration: Missing Region");

        var partition = Partition(region!);
        if (partition is null) throw new AmazonClientException($"Cannot resolve an endpoint for region '{region}'.");
        var supportsFips = Equals(GetAttr(partition, "supportsFIPS"), true);
        var supportsDualStack = Equals(GetAttr(partition, "supportsDualStack"), true);
        var dnsSuffix = (string)GetAttr(partition, "dnsSuffix");
        var dualStackDnsSuffix = (string)GetAttr(partition, "dualStackDnsSuffix");

        if (useFips && useDualStack)
        {
            if (!(supportsFips && supportsDualStack))
                throw new AmazonClientException("FIPS and DualStack are enabled, but this partition does not support one or both");
            return new Endpoint($"https://logs-fips.{region}.{dualStackDnsSuffix}");
        }
        if (useFips)
        {
            if (!supportsFips) throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
            if (region is "us-gov-east-1" or "us-gov-west-1") return new Endpoint($"https://logs.{region}.amazonaws.com");
            return new Endpoint($"https://logs-fips.{region}.{dnsSuffix}");
        }
        if (useDualStack)
        {
            if (!supportsDualStack) throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");
            return new Endpoint($"https://logs.{region}.{dualStackDnsSuffix}");
        }
        return new Endpoint($"https://logs.{region}.{dnsSuffix}");
    }
}
