using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Router.Channels.Email;

/// <summary>
/// Makes the legacy code pages (ISO-2022-JP, Shift_JIS, windows-125x, KOI8-R …) known to .NET, and so to MimeKit.
/// </summary>
internal static class MailCharsets
{
    /// <summary>Windows-1252: what undeclared 8-bit text that is not UTF-8 nearly always is (a superset of Latin-1).</summary>
    public static Encoding Western => Encoding.GetEncoding(1252);

    // MimeKit caches a charset it once failed to find, so the provider must be in place before the first mail is
    // parsed anywhere in the process; a module initializer runs before any code of this assembly can touch MimeKit.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Process-wide encodings must exist before MimeKit first looks one up.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
