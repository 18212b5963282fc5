using System.Collections;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Validation;

/// <summary>Rejects a -Tag dictionary the service would refuse (see <see cref="TagRules.TagsProblem"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateTagAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        if ((arguments is PSObject wrapped ? wrapped.BaseObject : arguments) is IDictionary tags
            && TagRules.TagsProblem(tags) is { } problem)
        {
            throw new ValidationMetadataException(problem);
        }
    }
}
