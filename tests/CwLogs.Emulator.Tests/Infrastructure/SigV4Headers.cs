using System;
using System.Globalization;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>Signed-looking SigV4 headers. The emulator records but does not verify signatures.</summary>
public static class SigV4Headers
{
    public const string AccessKeyId = "AKIDEXAMPLE";

    public static string Authorization(string region, DateTime utcNow, string accessKeyId = AccessKeyId) =>
        $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{utcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}/{region}/logs/aws4_request, " +
        "SignedHeaders=content-type;host;x-amz-date;x-amz-target, " +
        "Signature=" + new string('a', 64);

    public static string AmzDate(DateTime utcNow) => utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
