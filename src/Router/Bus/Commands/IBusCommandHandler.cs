namespace Router.Bus.Commands;

/// <summary>Carries out one type of bus command.</summary>
internal interface IBusCommandHandler
{
    /// <summary>The command type it handles, e.g. <c>item.create</c>.</summary>
    string Type { get; }

    /// <summary>
    /// Validates and carries out the command, returning once its effect is durable; a redelivery (same message-id)
    /// changes nothing more. Throws when Redis is unreachable, so the delivery is released and tried again.
    /// </summary>
    Task<CommandOutcome> HandleAsync(BusCommand command);
}
