using System.Security.Cryptography;
using System.Text;

namespace CwLogs.Benchmarks.Floor;

/// <summary>
/// A minimal AWS Signature Version 4 for JSON 1.1 POSTs to "/": what every real client pays per request
/// (a SHA-256 of the body, a canonical request, four HMACs), and nothing more.
/// </summary>
public sealed class SigV4Signer(string accessKey, string secretKey, string region, string service)
{
    /// <summary>Headers signed, in canonical (sorted) order.</summary>
    public const string SignedHeaders = "content-type;host;x-amz-date;x-amz-target";

    /// <summary>The Authorization header value for a POST of <paramref name="body"/> to "/".</summary>
    public string Authorize(string host, string contentType, string target, DateTime utcNow, ReadOnlySpan<byte> body)
    {
        var amzDate = AmzDate(utcNow);
        var date = amzDate[..8];
        var canonicalRequest =
            "POST\n/\n\n" +
            $"content-type:{contentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{target}\n\n" +
            $"{SignedHeaders}\n{Hex(SHA256.HashData(body))}";
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var signature = Hex(HMACSHA256.HashData(SigningKey(date), Encoding.UTF8.GetBytes(stringToSign)));
        return $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}";
    }

    public static string AmzDate(DateTime utcNow) => utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private byte[] SigningKey(string date)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        return Hmac(key, "aws4_request");
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
