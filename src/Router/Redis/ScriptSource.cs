using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Router.Redis;

/// <summary>A script's full text and its SHA-1, the name Redis's script cache knows it by (EVALSHA).</summary>
internal sealed class ScriptSource
{
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "SHA-1 is what Redis names cached scripts by; it identifies our own script text, it protects nothing.")]
    public ScriptSource(string text)
    {
        Text = text;
        Sha1 = SHA1.HashData(Encoding.UTF8.GetBytes(text));
    }

    public string Text { get; }

    public byte[] Sha1 { get; }
}
