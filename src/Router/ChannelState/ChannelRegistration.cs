using Router.Channels;
using Router.Channels.Email;
using Router.Channels.Sms;
using Router.Channels.WebChat;

namespace Router.ChannelState;

/// <summary>
/// Registers every channel adapter: each adds itself (and does nothing at run time unless its config section names
/// something to do), and maps its webhooks and hubs. One line per adapter.
/// </summary>
internal static class ChannelRegistration
{
    public static IHostApplicationBuilder AddRouterChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChannelState, RedisChannelState>();
        builder.AddWebChat();
        builder.AddSmsChannel();
        builder.AddEmailChannel();
        return builder;
    }

    public static WebApplication MapRouterChannels(this WebApplication app)
    {
        app.MapWebChat();
        app.MapSmsWebhooks();
        return app;
    }
}
