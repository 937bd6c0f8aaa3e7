namespace Router.Rules.Routing;

/// <summary>One problem in a routing file: where it is (file, rule or queue, field, column) and what is wrong.</summary>
/// <param name="File">The file, as named to the compiler.</param>
/// <param name="Location">e.g. <c>rules[2] 'vip-billing'</c>, <c>queues[0] 'billing'.targets[1]</c>, or <c>line 4</c>.</param>
/// <param name="Field">The field, e.g. <c>when</c>, <c>queue</c>; empty for the whole entry.</param>
/// <param name="Column">1-based column inside the field's expression; 0 when not about an expression.</param>
/// <param name="Message">What is wrong, and where useful how to fix it.</param>
public sealed record RoutingError(string File, string Location, string Field, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var field = Field.Length == 0 ? "" : $" {Field}";
        var column = Column > 0 ? $" (column {Column})" : "";
        return $"{File}: {Location}{field}{column}: {Message}";
    }
}
