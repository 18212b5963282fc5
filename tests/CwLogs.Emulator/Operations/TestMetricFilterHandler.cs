using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Applies a filter pattern to 1-50 messages: the matching ones, numbered from 1 in the order sent, with the
/// values the pattern extracted ("$name" keys; only space-delimited patterns extract any).
/// </summary>
internal sealed class TestMetricFilterHandler : IOperationHandler
{
    public const int MaxMessages = 50;

    public string Name => "TestMetricFilter";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        IMessagePattern pattern = FilterPattern.Parse(body.RequiredString("filterPattern"));
        IReadOnlyList<string> messages = body.OptionalStringList("logEventMessages") ?? throw Errors.MissingMember("logEventMessages");
        if (messages.Count is 0 or > MaxMessages)
            throw Errors.Constraint("logEventMessages", $"[{messages.Count} items]", messages.Count == 0
                ? "Member must have length greater than or equal to 1"
                : $"Member must have length less than or equal to {MaxMessages}");

        var matches = new JsonArray();
        for (int i = 0; i < messages.Count; i++)
        {
            PatternMatch match = pattern.Match(messages[i]);
            if (!match.IsMatch) continue;
            matches.Add(new JsonObject
            {
                ["eventNumber"] = i + 1,
                ["eventMessage"] = messages[i],
                ["extractedValues"] = new JsonObject(match.ExtractedValues.Select(v => new KeyValuePair<string, JsonNode?>(v.Key, v.Value))),
            });
        }
        return new JsonObject { ["matches"] = matches };
    }
}
