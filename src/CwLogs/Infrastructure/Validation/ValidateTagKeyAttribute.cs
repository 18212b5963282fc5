using System.Collections;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Validation;

/// <summary>Rejects tag keys the service would refuse, and more than 50 keys in one call.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateTagKeyAttribute : NameValidationAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        if ((arguments is PSObject wrapped ? wrapped.BaseObject : arguments) is ICollection { Count: > TagRules.MaxTags } keys)
            throw new ValidationMetadataException($"-TagKey has {keys.Count} keys: a resource has at most {TagRules.MaxTags} tags.");
        base.Validate(arguments, engineIntrinsics);
    }

    protected override string? Problem(string name) => TagRules.KeyProblem(name);
}
