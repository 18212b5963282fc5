using System.Management.Automation;

namespace CwLogs.Infrastructure.Json;

/// <summary>
/// Lets a string policy parameter take JSON text, a hashtable, an ordered dictionary, a PSCustomObject or
/// an array of them, and hands the cmdlet compact JSON (<see cref="PolicyJson"/>). Text that is not JSON
/// fails at binding, before any call; bound from the pipeline, only that item fails.
/// </summary>
/// <example><c>[Parameter] [PolicyDocumentTransformation] public string PolicyDocument { get; set; }</c></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PolicyDocumentTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        try
        {
            return PolicyJson.ToCompactJson(inputData);
        }
        catch (ArgumentException ex)
        {
            // PowerShell reports this as "Cannot process argument transformation on parameter 'X'. <message>".
            throw new ArgumentTransformationMetadataException(ex.Message, ex);
        }
    }
}
