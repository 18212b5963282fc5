using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CwLogs.Generator.Model;

namespace CwLogs.Generator.Emit;

/// <summary>
/// How shapes and members are named in C#:
///   - a structure keeps its shape name (DescribeLogGroupsRequest, RejectedLogEventsInfo), except
///   - a structure that is the element of a list, a record the service lists, gets the suffix "Data"
///     (LogGroup becomes LogGroupData, OutputLogEvent OutputLogEventData), so the public pipeline
///     types of CwLogs.Model (LogGroup, LogStream, MetricFilter, ...) keep the plain names;
///   - shapes in the config's handWritten table use that type;
///   - a member is its wire name with the first letter upper-cased (logGroupName: LogGroupName);
///   - an enum value becomes PascalCase words (PENDING_CANCEL: PendingCancel, Bytes/Second: BytesSecond).
/// </summary>
internal sealed class CSharpNames
{
    private readonly IReadOnlyDictionary<string, string> _handWritten;
    private readonly HashSet<string> _listElements;

    public CSharpNames(ServiceModel model, IReadOnlyDictionary<string, string> handWritten)
    {
        _handWritten = handWritten;
        _listElements = model.Shapes.Values
            .Where(s => s.Type == "list" && s.ListMember is not null && model.Shape(s.ListMember).IsStructure)
            .Select(s => s.ListMember!)
            .ToHashSet(StringComparer.Ordinal);
    }

    public bool IsHandWritten(string shapeName) => _handWritten.ContainsKey(shapeName);

    public string ClassName(string shapeName)
    {
        if (_handWritten.TryGetValue(shapeName, out var type)) return type;
        return _listElements.Contains(shapeName) ? shapeName + "Data" : shapeName;
    }

    public static string PropertyName(string memberName, string className)
    {
        var name = Pascal(memberName);
        return name == className ? name + "Value" : name; // a member may not share its class's name
    }

    /// <summary>The wire name when the context's camelCase policy would not produce it from the property name.</summary>
    public static string? ExplicitJsonName(string memberName, string propertyName)
        => JsonNamingPolicy.CamelCase.ConvertName(propertyName) == memberName ? null : memberName;

    public static string EnumMemberName(string value)
    {
        var name = new StringBuilder();
        foreach (var word in Regex.Split(value, "[^A-Za-z0-9]+"))
        {
            if (word.Length == 0) continue;
            var allUpper = word.All(c => !char.IsAsciiLetterLower(c));
            name.Append(char.ToUpperInvariant(word[0])).Append(allUpper ? word[1..].ToLowerInvariant() : word[1..]);
        }
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) name.Insert(0, '_');
        return name.ToString();
    }

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
