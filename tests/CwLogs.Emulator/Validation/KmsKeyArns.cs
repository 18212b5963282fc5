using System.Text.RegularExpressions;
using CwLogs.Client.Operations;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// AssociateKmsKey takes a key ARN only (no key id, alias or alias ARN). The emulator keeps no KMS keys,
/// so any well-formed key ARN is accepted: what AWS checks further (the key exists, is symmetric, is in the
/// group's region and lets CloudWatch Logs use it) cannot be told here.
/// </summary>
internal static partial class KmsKeyArns
{
    [GeneratedRegex(ServiceFacts.KmsKeyArnPattern)]
    private static partial Regex KeyArnRegex();

    public static string Check(string kmsKeyId) =>
        KeyArnRegex().IsMatch(kmsKeyId) ? kmsKeyId : throw Errors.InvalidKmsKey(kmsKeyId);
}
