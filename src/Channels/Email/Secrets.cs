namespace Router.Channels.Email;

/// <summary>Reads a password given either inline (usually from an environment variable) or as a mounted secret file.</summary>
internal static class Secrets
{
    /// <summary>
    /// The file's content (trimmed: secret files often end in a newline) when <paramref name="file"/> is set, else
    /// <paramref name="value"/>. Read at every connect, so a rotated secret file is picked up without a restart.
    /// </summary>
    public static string? Resolve(string? value, string? file) =>
        string.IsNullOrWhiteSpace(file) ? value : File.ReadAllText(file).Trim();
}
