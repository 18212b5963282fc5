namespace CwLogs.Infrastructure.Validation;

/// <summary>Rejects a -ResourceArn that is not a CloudWatch Logs resource ARN (see <see cref="ArnRules.LogsResourceArnProblem"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateResourceArnAttribute : NameValidationAttribute
{
    protected override string? Problem(string name) => ArnRules.LogsResourceArnProblem(name);
}
