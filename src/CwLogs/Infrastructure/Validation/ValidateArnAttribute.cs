using System.Management.Automation;
using System.Text.RegularExpressions;

namespace CwLogs.Infrastructure.Validation;

/// <summary>An ARN of the kinds a parameter takes; the message says what was expected, with an example.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateArnAttribute : NameValidationAttribute
{
    private readonly Regex _shape;
    private readonly string _expected;

    /// <param name="pattern">The whole ARN, anchored.</param>
    /// <param name="expected">What the parameter takes, e.g. "an IAM role ARN (arn:aws:iam::123456789012:role/name)".</param>
    public ValidateArnAttribute(string pattern, string expected)
    {
        _shape = new Regex(pattern, RegexOptions.CultureInvariant);
        _expected = expected;
    }

    protected override string? Problem(string name) => _shape.IsMatch(name) ? null : $"'{name}' is not {_expected}.";
}
