using System.Diagnostics.CodeAnalysis;

namespace Router.Rules.Expressions;

/// <summary>The kind of value a path holds, as declared to <see cref="Expression.Check"/>.</summary>
public enum ValueKind
{
    /// <summary>A JSON string.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the JSON kind, which config files spell this way.")]
    String,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON array.</summary>
    List,

    /// <summary>A JSON object.</summary>
    Map,

    /// <summary>Not known in advance; nothing is checked against it.</summary>
    Any,
}
