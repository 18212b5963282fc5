namespace CwLogs.Infrastructure.Validation;

/// <summary>Rejects a -KmsKeyId that is not a KMS key ARN (see <see cref="ArnRules.KmsKeyArnProblem"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateKmsKeyArnAttribute : NameValidationAttribute
{
    protected override string? Problem(string name) => ArnRules.KmsKeyArnProblem(name);
}
