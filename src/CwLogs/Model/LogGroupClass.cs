namespace CwLogs.Model;

/// <summary>
/// The log group classes. A parameter of this type takes any case (-LogGroupClass standard) and its
/// name is sent as the service spells it: the service's enums are case-sensitive.
/// </summary>
public enum LogGroupClass
{
    STANDARD,
    INFREQUENT_ACCESS,
    DELIVERY,
}
