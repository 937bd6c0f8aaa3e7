using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>Registers web chat (<c>builder.AddWebChat()</c>) and maps its hub (<c>app.MapWebChat()</c>).</summary>
public static class WebChatExtensions
{
    /// <summary>The hub's path.</summary>
    public const string HubPath = "/hubs/chat";

    /// <summary>The CORS policy of the hub: the <c>AllowedOrigins</c> of every site, read as they are now.</summary>
    public const string CorsPolicy = "webchat";

    // Room for the longest allowed message even if every character is JSON-escaped, plus the envelope.
    private const long MaxReceiveBytes = ChatSiteOptions.MaxMessageLengthLimit * 6 + 4096;

    /// <summary>
    /// Adds the visitor hub, its authentication and CORS policy, and the chat <see cref="IOutboundChannel"/>. Does
    /// nothing at run time until <c>Router:WebChat:Sites</c> names a site: until then every visitor is refused.
    /// </summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        services.AddSignalR().AddHubOptions<ChatHub>(hub =>
        {
            hub.MaximumReceiveMessageSize = MaxReceiveBytes;
            hub.AddFilter<VisitorIdentityFilter>();
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, VisitorAuthenticationHandler>(VisitorAuthenticationHandler.SchemeName, null);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptionsMonitor<WebChatOptions>>((cors, chat) => cors.AddPolicy(CorsPolicy, policy => policy
            .SetIsOriginAllowed(origin => chat.CurrentValue.Sites.Values.Any(s => s.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)))
            .AllowAnyHeader()
            .WithMethods("GET", "POST")
            .AllowCredentials()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<VisitorIdentityFilter>();
        services.AddSingleton<ChatTranscripts>();
        services.AddSingleton<ChatLimits>();
        services.AddSingleton<ChatConversations>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboundChannel, ChatOutboundChannel>());
        return builder;
    }

    /// <summary>Maps <c>/hubs/chat</c>: visitors only (signed identity), browsers only from the sites' origins.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.MapHub<ChatHub>(HubPath)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = VisitorAuthenticationHandler.SchemeName })
            .RequireCors(CorsPolicy);
        return app;
    }
}
