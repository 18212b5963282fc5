using System;

namespace CwLogs.Emulator;

/// <summary>One received call, recorded before faults or validation so tests can inspect what a client sent.</summary>
/// <param name="Operation">The part of X-Amz-Target after "Logs_20140328." (the raw header if it had another prefix; "" if absent).</param>
/// <param name="Authorization">The raw Authorization header (signature recorded, not verified).</param>
/// <param name="AmzDate">The X-Amz-Date header.</param>
/// <param name="SecurityToken">The X-Amz-Security-Token header (session credentials).</param>
public sealed record JournalEntry(
    string Operation,
    string? Authorization,
    string? AmzDate,
    string? SecurityToken,
    string Body,
    DateTime ReceivedUtc,
    string? UserAgent);
