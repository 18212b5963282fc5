using System;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// The account an access key belongs to. AWS knows it from the key; the emulator reads it from the key's name:
/// a key ID ending in 12 digits belongs to that account (AKIATEST111122223333: 111122223333), so a test can act
/// as several accounts; any other key (AKIDEXAMPLE, test, the STS role key) belongs to <see cref="Default"/>.
/// </summary>
internal static class Accounts
{
    public const string Default = "123456789012";
    private const int Digits = 12;

    public static string ForAccessKey(string accessKeyId)
    {
        if (accessKeyId.Length <= Digits) return Default;
        ReadOnlySpan<char> tail = accessKeyId.AsSpan(accessKeyId.Length - Digits);
        foreach (char c in tail)
            if (c is < '0' or > '9') return Default;
        return tail.ToString();
    }
}
