using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace CwLogs.Client;

/// <summary>Every CloudWatch Logs operation is signed with SigV4; without this handler nothing is signed.</summary>
internal sealed class CwLogsAuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext)
        => AuthSchemeOption.DEFAULT_SIGV4;
}
