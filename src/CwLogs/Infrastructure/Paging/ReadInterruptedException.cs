using Amazon.Runtime;

namespace CwLogs.Infrastructure.Paging;

/// <summary>A page after the first failed with a service error: the error, and where the read can go on.</summary>
public sealed class ReadInterruptedException : Exception
{
    public ReadInterruptedException(ReadResumePoint resumePoint, AmazonServiceException error)
        : base(error.Message, error)
    {
        ResumePoint = resumePoint;
        Error = error;
    }

    public ReadResumePoint ResumePoint { get; }

    public AmazonServiceException Error { get; }
}
