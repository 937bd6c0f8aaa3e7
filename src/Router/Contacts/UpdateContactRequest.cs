using System.Text.Json.Nodes;

namespace Router.Contacts;

/// <summary>The body of <c>PATCH /v1/contacts/{id}</c>: attributes to set (a null value removes one).</summary>
public sealed record UpdateContactRequest
{
    public JsonObject? Attributes { get; init; }
}
