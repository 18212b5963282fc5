using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CwLogs.Client.Operations;

/// <summary>
/// The model's constraints on one member of a wire shape: required, length (characters of a string,
/// items of a list or map), numeric range, pattern and enum values. A pattern must match the whole
/// value: the service refuses 'bad name!' for [\.\-_/#A-Za-z0-9]+ although the pattern matches 'bad'.
/// </summary>
public sealed class MemberRule<TShape>
{
    private readonly Func<TShape, object?> _value;
    private readonly Lazy<Regex?> _pattern;

    public MemberRule(string member, Func<TShape, object?> value)
    {
        Member = member;
        _value = value;
        _pattern = new Lazy<Regex?>(() => Pattern is null ? null : new Regex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant));
    }

    /// <summary>The member's wire name, e.g. logGroupName.</summary>
    public string Member { get; }

    public bool Required { get; init; }
    public long? MinLength { get; init; }
    public long? MaxLength { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Pattern { get; init; }
    public EnumValues? AllowedValues { get; init; }

    /// <summary>What is wrong with this member of <paramref name="shape"/>, or null when it satisfies the model.</summary>
    public string? Check(TShape shape)
    {
        var value = _value(shape);
        if (value is null) return Required ? $"{Member} is required." : null;

        if (Length(value) is long length)
        {
            if (length < MinLength) return $"{Member} must be at least {MinLength} long (it is {length}).";
            if (length > MaxLength) return $"{Member} must be at most {MaxLength} long (it is {length}).";
        }
        if (value is int or long or double)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (number < Min) return $"{Member} must be at least {Min} (it is {value}).";
            if (number > Max) return $"{Member} must be at most {Max} (it is {value}).";
        }
        if (value is string text)
        {
            if (_pattern.Value is { } regex && !regex.IsMatch(text)) return $"{Member} must match the pattern {Pattern}.";
            if (AllowedValues is { } allowed && !allowed.Contains(text)) return $"{Member} must be one of {allowed} (it is '{text}').";
        }
        return null;
    }

    // Strings count Unicode characters (not UTF-16 units), as the model's length constraints do.
    private static long? Length(object value) => value switch
    {
        string text => text.EnumerateRunes().Count(),
        byte[] bytes => bytes.Length,
        ICollection collection => collection.Count,
        _ => null,
    };
}
