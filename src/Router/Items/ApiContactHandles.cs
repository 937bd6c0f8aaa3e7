using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Router.Channels;

namespace Router.Items;

/// <summary>Contact handles of an item created through the API: its contact's <c>email</c> and E.164 <c>phone</c>.</summary>
internal static partial class ApiContactHandles
{
    public static IReadOnlyList<ContactHandle> From(JsonObject? contact)
    {
        var handles = new List<ContactHandle>();
        if (contact?["email"] is JsonValue email && email.TryGetValue<string>(out var address) && address.Contains('@', StringComparison.Ordinal))
        {
            handles.Add(ContactHandle.Email(address));
        }

        // Only numbers already in E.164 form: guessing a region for "555 0100" would link strangers.
        if (contact?["phone"] is JsonValue phone && phone.TryGetValue<string>(out var number) && E164().IsMatch(number))
        {
            handles.Add(ContactHandle.Phone(number));
        }

        return handles;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
