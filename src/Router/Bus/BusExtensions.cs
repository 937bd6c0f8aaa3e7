using System.Net.Sockets;
using Amqp;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Router.Bus.Commands;
using Router.Bus.Events;

namespace Router.Bus;

/// <summary>Registers the bus: commands in, events out, over AMQP 1.0; nothing runs unless <c>Router:Bus:Enabled</c>.</summary>
internal static class BusExtensions
{
    /// <summary>The resilience pipeline that reconnects to the broker.</summary>
    public const string ReconnectPipeline = "router-bus-reconnect";

    public static IHostApplicationBuilder AddRouterBus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BusOptions>, BusOptionsValidator>();
        builder.Services.AddSingleton<BusState>();
        builder.Services.AddSingleton<BusKeys>();
        builder.Services.AddSingleton<BusMetrics>();
        builder.Services.AddSingleton<BusConnector>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<IBusCommandHandler, CreateItemHandler>();
        builder.Services.AddSingleton<IBusCommandHandler, UpdateContactHandler>();
        builder.Services.AddSingleton<IBusCommandHandler, SetAgentStatusHandler>();
        builder.Services.AddSingleton<IBusCommandHandler, CompleteItemHandler>();
        builder.Services.AddSingleton<IBusCommandHandler, TransferItemHandler>();
        builder.Services.AddSingleton<CommandDispatcher>();
        builder.Services.AddHostedService<CommandConsumer>();
        builder.Services.AddHostedService<OutboxPublisher>();
        builder.Services.AddHealthChecks().AddCheck<BusHealthCheck>("bus");
        var maxDelay = TimeSpan.FromSeconds(builder.Configuration.GetValue($"{BusOptions.SectionName}:MaxReconnectDelaySeconds", 30));
        builder.Services.AddResiliencePipeline(ReconnectPipeline, pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsBrokerFailure),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = maxDelay,
            MaxRetryAttempts = int.MaxValue,
        }));
        return builder;
    }

    /// <summary>The failures that reconnecting can cure: the broker refusing, closing, or not answering.</summary>
    public static bool IsBrokerFailure(Exception ex) =>
        ex is AmqpException or BusUnavailableException or SocketException or IOException or TimeoutException or ObjectDisposedException
            or System.Security.Authentication.AuthenticationException;
}
