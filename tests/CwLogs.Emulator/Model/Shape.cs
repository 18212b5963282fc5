using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Model;

/// <summary>
/// One shape of the service model with the constraints the service enforces: required members,
/// min/max (a length for strings, lists and maps; a value for numbers), pattern and enum.
/// Shapes reference each other (members, list elements, map keys and values); <see cref="ServiceModel"/> links them.
/// </summary>
internal sealed class Shape
{
    private readonly List<ShapeMember> _members = new();
    private readonly HashSet<string> _required = new(System.StringComparer.Ordinal);

    public Shape(string name, string type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>botocore's type: structure, list, map, string, integer, long, double, float, boolean, timestamp, blob.</summary>
    public string Type { get; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>The pattern as the model writes it (Java syntax), quoted in error messages.</summary>
    public string? Pattern { get; init; }

    /// <summary>The pattern translated for .NET, matching the whole value.</summary>
    public Regex? PatternRegex { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>Structure members in model order, which is the order their violations are reported in.</summary>
    public IReadOnlyList<ShapeMember> Members => _members;

    public IReadOnlySet<string> Required => _required;

    /// <summary>The element shape of a list.</summary>
    public Shape? Member { get; private set; }

    public Shape? Key { get; private set; }

    public Shape? Value { get; private set; }

    /// <summary>Numbers have a value range; strings, lists and maps a length.</summary>
    public bool IsNumber => Type is "integer" or "long" or "double" or "float";

    internal void AddMember(string name, Shape shape, bool required)
    {
        _members.Add(new ShapeMember(name, shape));
        if (required) _required.Add(name);
    }

    internal void Link(Shape? member, Shape? key, Shape? value)
    {
        Member = member;
        Key = key;
        Value = value;
    }

    public override string ToString() => $"{Name} ({Type})";
}

internal sealed record ShapeMember(string Name, Shape Shape);
