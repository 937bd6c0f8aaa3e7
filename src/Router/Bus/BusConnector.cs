using Amqp;
using Microsoft.Extensions.Options;

namespace Router.Bus;

/// <summary>
/// Opens AMQP 1.0 connections to the configured broker: Azure Service Bus with SASL PLAIN (the SAS key name and key)
/// over TLS on 5671, or any AMQP 1.0 broker by host, port, user and password.
/// </summary>
internal sealed class BusConnector(IOptions<BusOptions> options)
{
    private const string ServiceBusSuffix = ".servicebus.windows.net";

    /// <summary>Opens a connection; throws when the broker cannot be reached or refuses the credentials.</summary>
    public async Task<Connection> ConnectAsync(string role, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory();
        factory.AMQP.ContainerId = $"router-{role}-{Environment.MachineName}-{Guid.NewGuid():N}";
        factory.TCP.NoDelay = true;
        return await factory.CreateAsync(Address(), cancellationToken, null);
    }

    /// <summary>Where the bus connects, without credentials, for logs.</summary>
    public string Endpoint => $"{(UsesTls ? "amqps" : "amqp")}://{Host}:{Port}";

    private bool UsesTls => options.Value.Kind == BusOptions.AzureServiceBusKind || options.Value.UseTls;

    private string Host => options.Value.Kind == BusOptions.AzureServiceBusKind
        ? (options.Value.Namespace!.Contains('.', StringComparison.Ordinal) ? options.Value.Namespace : options.Value.Namespace + ServiceBusSuffix)
        : options.Value.Host!;

    private int Port => options.Value.Kind == BusOptions.AzureServiceBusKind ? 5671 : options.Value.Port ?? (UsesTls ? 5671 : 5672);

    private Address Address()
    {
        var o = options.Value;
        // The explicit constructor takes the key as it is: a SAS key holds '+', '/' and '=', which a URL would need escaped.
        var (user, password) = o.Kind == BusOptions.AzureServiceBusKind
            ? (o.KeyName, o.Key)
            : (string.IsNullOrEmpty(o.User) ? null : o.User, string.IsNullOrEmpty(o.User) ? null : o.Password);
        return new Address(Host, Port, user, password, "/", UsesTls ? "AMQPS" : "AMQP");
    }
}
