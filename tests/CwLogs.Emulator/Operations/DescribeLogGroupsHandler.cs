using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Lists groups in name order, filtered by prefix or by case-insensitive substring pattern.</summary>
internal sealed class DescribeLogGroupsHandler : IOperationHandler
{
    private const int MaxLimit = 50;
    private readonly LogStore _store;

    public DescribeLogGroupsHandler(LogStore store) => _store = store;

    public string Name => "DescribeLogGroups";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? prefix = body.OptionalString("logGroupNamePrefix");
        string? pattern = body.OptionalString("logGroupNamePattern");
        if (prefix is not null && pattern is not null)
            throw Errors.InvalidParameter("LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
        if (prefix is not null) Names.Group(prefix, "logGroupNamePrefix");
        if (pattern is not null) Names.GroupSearchPattern(pattern);
        string? logGroupClass = body.OptionalString("logGroupClass");
        if (logGroupClass is not null) LogGroupClasses.Check(logGroupClass);
        int limit = Limits.Range(body.OptionalInt("limit"), 1, MaxLimit, MaxLimit);
        int offset = OffsetToken.Decode(body.OptionalString("nextToken"));

        return _store.Transact(store =>
        {
            List<LogGroup> matching = store.Groups
                .Where(g => prefix is null || g.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Where(g => pattern is null || g.Name.Contains(pattern, StringComparison.OrdinalIgnoreCase))
                .Where(g => logGroupClass is null || g.LogGroupClass == logGroupClass)
                .ToList();

            var groups = new JsonArray();
            foreach (LogGroup group in matching.Skip(offset).Take(limit)) groups.Add(Shapes.LogGroup(group, request));

            var result = new JsonObject { ["logGroups"] = groups };
            if (offset + limit < matching.Count) result["nextToken"] = OffsetToken.Encode(offset + limit);
            return result;
        });
    }
}
