using System.Security.Cryptography;
using System.Text;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>A one-way fingerprint that lets the client cache tell secrets apart without keeping them in a key.</summary>
internal static class SecretFingerprint
{
    public static string Of(string? secret)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty)), 0, 16);
}
