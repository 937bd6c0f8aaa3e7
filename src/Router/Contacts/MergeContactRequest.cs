namespace Router.Contacts;

/// <summary>The body of <c>POST /v1/contacts/{id}/merge</c>: the contact to merge into this one, and why.</summary>
public sealed record MergeContactRequest
{
    public string? From { get; init; }

    public string? Reason { get; init; }
}
