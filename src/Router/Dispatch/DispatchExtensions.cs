namespace Router.Dispatch;

/// <summary>Registers the dispatcher and the offer sweeper.</summary>
internal static class DispatchExtensions
{
    public static IHostApplicationBuilder AddRouterDispatch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<IDispatchSignal>(sp => sp.GetRequiredService<Dispatcher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Dispatcher>());
        builder.Services.AddSingleton<OfferSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OfferSweeper>());
        return builder;
    }
}
