using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Validation;

/// <summary>
/// AWS resource tag rules, checked before any call: at most 50 tags, keys of 1-128 and values of 0-256
/// characters from letters, digits, spaces and _ . : / = + - @ (the model's Tags, TagKey and TagValue shapes, via ServiceFacts).
/// Each *Problem method returns null when the input is fine, else a message for the user.
/// </summary>
public static class TagRules
{
    public const int MaxTags = ServiceFacts.MaxTags;
    public const int MaxKeyLength = ServiceFacts.MaxTagKeyLength;
    public const int MaxValueLength = ServiceFacts.MaxTagValueLength;
    private const string Charset = "letters, digits, spaces and _ . : / = + - @";

    // Empty passes here: an empty key is refused by KeyProblem, an empty value is allowed.
    private static readonly Regex Allowed = new(ServiceFacts.TagValuePattern, RegexOptions.CultureInvariant);

    /// <summary>What is wrong with a -Tag dictionary (the first problem found), or null.</summary>
    public static string? TagsProblem(IDictionary tags)
    {
        if (tags.Count > MaxTags) return $"-Tag has {tags.Count} tags: a resource can have at most {MaxTags}.";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in tags)
        {
            var key = Text(entry.Key);
            if (KeyProblem(key) is { } keyProblem) return keyProblem;
            if (!seen.Add(key!)) return $"Tag key '{key}' is given twice.";
            if (entry.Value is null) return $"Tag '{key}' has no value: give a text, '' for an empty value.";
            if (ValueProblem(key!, Text(entry.Value)!) is { } valueProblem) return valueProblem;
        }
        return null;
    }

    public static string? KeyProblem(string? key)
    {
        if (string.IsNullOrEmpty(key)) return $"A tag key is empty: keys have 1-{MaxKeyLength} characters.";
        var length = key.EnumerateRunes().Count();
        if (length > MaxKeyLength) return $"Tag key {Shown(key)} has {length} characters: keys have 1-{MaxKeyLength}.";
        return Allowed.IsMatch(key) ? null : $"Tag key {Shown(key)} is not valid: use {Charset}.";
    }

    public static string? ValueProblem(string key, string value)
    {
        var length = value.EnumerateRunes().Count();
        if (length > MaxValueLength) return $"The value of tag '{key}' has {length} characters: values have at most {MaxValueLength}.";
        return Allowed.IsMatch(value) ? null : $"The value of tag '{key}' is not valid: use {Charset}.";
    }

    /// <summary>The tags as the service takes them; values as PowerShell turns them into text (culture-invariant).</summary>
    public static Dictionary<string, string> ToTags(IDictionary tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in tags) result[Text(entry.Key)!] = Text(entry.Value) ?? "";
        return result;
    }

    /// <summary>Tags for a create call: null for none, since the service refuses an empty map (@{} means no tags).</summary>
    public static Dictionary<string, string>? ToTagsOrNone(IDictionary? tags)
        => tags is { Count: > 0 } ? ToTags(tags) : null;

    private static string? Text(object? value) => value is null ? null : LanguagePrimitives.ConvertTo<string>(value);

    // A 5,000-character key would drown the message: its start and its length instead.
    private static string Shown(string key) => key.Length > 40 ? $"'{key.Substring(0, 40)}...'" : $"'{key}'";
}
