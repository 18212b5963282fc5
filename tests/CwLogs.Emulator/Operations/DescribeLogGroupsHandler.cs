using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Lists groups in name order, filtered by prefix, by case-sensitive substring pattern (which also cuts each
/// group down to arn, creationTime and logGroupName), or by a list of identifiers. nextToken is the last name returned.
/// </summary>
internal sealed class DescribeLogGroupsHandler : IOperationHandler
{
    private const int DefaultLimit = 50;
    private const int MaxIdentifiers = 50;
    private const string TokenKind = "DescribeLogGroups";
    private readonly LogStores _stores;

    public DescribeLogGroupsHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeLogGroups";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? prefix = body.OptionalString("logGroupNamePrefix");
        string? pattern = body.OptionalString("logGroupNamePattern");
        if (prefix is not null && pattern is not null)
            throw Errors.InvalidParameter("LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
        // The model has logGroupClass without its enum and lacks logGroupIdentifiers: both stay hand-written.
        string? logGroupClass = body.OptionalString("logGroupClass");
        if (logGroupClass is not null) LogGroupClasses.Check(logGroupClass);
        IReadOnlyList<string>? identified = GroupIdentifier.OptionalList(body, "logGroupIdentifiers", MaxIdentifiers);
        // The API reference: with logGroupIdentifiers the only other filter allowed is includeLinkedAccounts.
        if (identified is not null && (prefix is not null || pattern is not null || logGroupClass is not null))
            throw Errors.InvalidParameter("logGroupIdentifiers cannot be combined with logGroupNamePrefix, logGroupNamePattern or logGroupClass.");
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        string? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 1)?[0];

        return _stores.For(request).Transact(store =>
        {
            List<LogGroup> remaining = store.Groups
                .Where(g => after is null || string.CompareOrdinal(g.Name, after) > 0)
                .Where(g => prefix is null || g.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Where(g => pattern is null || g.Name.Contains(pattern, StringComparison.Ordinal))
                .Where(g => logGroupClass is null || g.LogGroupClass == logGroupClass)
                .Where(g => identified is null || identified.Contains(g.Name, StringComparer.Ordinal))
                .Take(limit + 1)
                .ToList();

            var groups = new JsonArray();
            foreach (LogGroup group in remaining.Take(limit))
                groups.Add(pattern is null ? Shapes.LogGroup(group, request) : Shapes.LogGroupSummary(group, request));

            var result = new JsonObject { ["logGroups"] = groups };
            if (remaining.Count > limit) result["nextToken"] = PositionToken.Encode(TokenKind, remaining[limit - 1].Name);
            return result;
        });
    }
}
