using System;
using System.IO;
using System.Security;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CwLogs.Emulator.Sts;

/// <summary>
/// Just enough of STS (query protocol, form-encoded POST) for role_arn profiles: AssumeRole
/// answers with fixed temporary credentials, so a client can be tested end to end through a role.
/// Point a client at it with AWS_ENDPOINT_URL_STS. <see cref="EmulatorFaults.DenyAssumeRole"/> makes it refuse.
/// </summary>
internal static class AssumeRoleEndpoint
{
    public const string AccessKeyId = "ASIAEMULATORROLE01";
    public const string SecretAccessKey = "emulator-role-secret";
    public const string SessionToken = "emulator-role-session-token";

    public static bool IsStsRequest(HttpRequest request)
        => request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task HandleAsync(HttpContext context, RequestJournal journal, EmulatorFaults faults)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var action = form["Action"].ToString();
        journal.Add(new JournalEntry("sts:" + action, context.Request.Headers.Authorization.ToString(), null, null,
            string.Join("&", form.Keys), DateTime.UtcNow, context.Request.Headers.UserAgent.ToString()));
        context.Response.ContentType = "text/xml";
        if (action != "AssumeRole")
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>{SecurityElement.Escape(action)} is not emulated.</Message></Error></ErrorResponse>");
            return;
        }
        var session = SecurityElement.Escape(form["RoleSessionName"].ToString());
        var roleArn = SecurityElement.Escape(form["RoleArn"].ToString());
        if (faults.DenyAssumeRole)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>" +
                $"<Message>User: arn:aws:iam::123456789012:user/emulator is not authorized to perform: sts:AssumeRole on resource: {roleArn}</Message>" +
                $"</Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>");
            return;
        }
        var expiration = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        await context.Response.WriteAsync(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>" +
            $"<AssumedRoleUser><AssumedRoleId>AROAEMULATOR:{session}</AssumedRoleId><Arn>{roleArn}/{session}</Arn></AssumedRoleUser>" +
            $"<Credentials><AccessKeyId>{AccessKeyId}</AccessKeyId><SecretAccessKey>{SecretAccessKey}</SecretAccessKey>" +
            $"<SessionToken>{SessionToken}</SessionToken><Expiration>{expiration}</Expiration></Credentials>" +
            $"</AssumeRoleResult><ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></AssumeRoleResponse>");
    }
}
