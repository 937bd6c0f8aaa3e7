using System.ComponentModel.DataAnnotations;

namespace Router.Bus;

/// <summary>
/// The <c>Router:Bus</c> section: the AMQP 1.0 connection to another CRM's broker (Azure Service Bus or any AMQP 1.0
/// broker such as RabbitMQ), where commands come in and where events go out. Secrets come from the environment
/// (<c>Router__Bus__Password</c>, <c>Router__Bus__Key</c>).
/// </summary>
public sealed class BusOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Router:Bus";

    /// <summary>The kind for any AMQP 1.0 broker.</summary>
    public const string AmqpKind = "amqp";

    /// <summary>The kind for Azure Service Bus (SASL PLAIN with a SAS key over TLS on 5671).</summary>
    public const string AzureServiceBusKind = "azure-service-bus";

    /// <summary>Default for <see cref="MaxDeliveries"/>.</summary>
    public const int DefaultMaxDeliveries = 10;

    /// <summary>Default for <see cref="RememberMessageIdsDays"/>.</summary>
    public const int DefaultRememberMessageIdsDays = 7;

    /// <summary>Off unless true: the router then opens no connection and publishes nothing.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>amqp</c> or <c>azure-service-bus</c>.</summary>
    [RegularExpression("^(amqp|azure-service-bus)$", ErrorMessage = "Router:Bus:Kind must be 'amqp' or 'azure-service-bus'.")]
    public string Kind { get; set; } = AmqpKind;

    /// <summary>amqp: the broker's host name.</summary>
    public string? Host { get; set; }

    /// <summary>amqp: the broker's port.</summary>
    /// <value>5672, or 5671 with <see cref="UseTls"/>.</value>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>amqp: whether to use TLS (amqps).</summary>
    public bool UseTls { get; set; }

    /// <summary>amqp: the SASL PLAIN user; none for an anonymous connection.</summary>
    public string? User { get; set; }

    /// <summary>amqp: the SASL PLAIN password; set it as <c>Router__Bus__Password</c>.</summary>
    public string? Password { get; set; }

    /// <summary>azure-service-bus: the namespace, e.g. <c>contoso</c> or <c>contoso.servicebus.windows.net</c>.</summary>
    public string? Namespace { get; set; }

    /// <summary>azure-service-bus: the shared access policy name, e.g. <c>RootManageSharedAccessKey</c>.</summary>
    public string? KeyName { get; set; }

    /// <summary>azure-service-bus: the shared access key; set it as <c>Router__Bus__Key</c>.</summary>
    public string? Key { get; set; }

    /// <summary>Where commands come from (a queue, or a topic's subscription); none for no commands.</summary>
    /// <remarks>RabbitMQ 3.10: <c>/amq/queue/NAME</c>. Azure: <c>queue</c> or <c>topic/Subscriptions/sub</c>.</remarks>
    public string? CommandsAddress { get; set; }

    /// <summary>Where events go (a queue, topic or exchange); none for no events.</summary>
    /// <remarks>RabbitMQ 3.10: <c>/amq/queue/NAME</c> or <c>/exchange/NAME/KEY</c>. Azure: a queue or topic name.</remarks>
    public string? EventsAddress { get; set; }

    /// <summary>Deliveries of one command that failed for a passing reason (Redis away) before it is rejected.</summary>
    [Range(1, 1000)]
    public int MaxDeliveries { get; set; } = DefaultMaxDeliveries;

    /// <summary>Days a processed command's message-id is remembered, so its redelivery changes nothing.</summary>
    [Range(1, 90)]
    public int RememberMessageIdsDays { get; set; } = DefaultRememberMessageIdsDays;

    /// <summary>Commands the broker may send ahead of the one being handled.</summary>
    [Range(1, 1000)]
    public int Prefetch { get; set; } = 20;

    /// <summary>How often the outbox is looked at when it was empty, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 100;

    /// <summary>Longest wait between reconnect attempts, in seconds (the wait doubles from half a second up to this).</summary>
    [Range(1, 600)]
    public int MaxReconnectDelaySeconds { get; set; } = 30;

    /// <summary>Outbox entries not yet published above which <c>/health</c> reports the bus degraded.</summary>
    [Range(1, int.MaxValue)]
    public int LagWarning { get; set; } = 10_000;

    /// <summary>How long processed message-ids are remembered.</summary>
    internal TimeSpan Remember() => TimeSpan.FromDays(RememberMessageIdsDays);
}
