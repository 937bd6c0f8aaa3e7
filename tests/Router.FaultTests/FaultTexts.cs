using System.Globalization;

namespace Router.FaultTests;

/// <summary>
/// What the customers of the run write and who they are: every body and subject is distinct and carries a marker word
/// no log line could hold by chance, so the log scan finds whole bodies and fragments alike.
/// </summary>
internal static class FaultTexts
{
    public const string BodyMarker = "quokka";
    public const string SubjectMarker = "wombat";

    public static string Body(string source, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"Hello, this is {source} customer {n}: my {BodyMarker} parcel {n} arrived broken");

    public static string Subject(int n) => string.Create(CultureInfo.InvariantCulture, $"{SubjectMarker} order {n}");

    public static string Email(string source, int n) => string.Create(CultureInfo.InvariantCulture, $"{source}.customer{n}@fault.example");

    /// <summary>A distinct E.164 number per message (n below 10,000).</summary>
    public static string Phone(int n) => string.Create(CultureInfo.InvariantCulture, $"+1202555{n:D4}");
}
