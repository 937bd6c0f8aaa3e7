using Quartz;

namespace Router.Sla;

/// <summary>Registers the SLA policies file, the clock, its Quartz tick and the re-planner.</summary>
internal static class SlaExtensions
{
    public static IHostApplicationBuilder AddRouterSla(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SlaRulesFile>();
        builder.Services.AddSingleton<ISlaPolicySource>(sp => sp.GetRequiredService<SlaRulesFile>());
        builder.Services.AddSingleton<SlaClock>();
        builder.Services.AddHostedService<SlaReplanner>();
        builder.Services.AddHealthChecks().AddCheck<SlaHealthCheck>("sla", tags: [Hosting.HealthTags.Ready]);
        var tick = TimeSpan.FromMilliseconds(builder.Configuration.GetValue($"{SlaOptions.SectionName}:TickMilliseconds", SlaOptions.DefaultTickMilliseconds));
        builder.Services.AddQuartz(quartz => quartz.ScheduleJob<SlaTickJob>(
            trigger => trigger.WithIdentity("sla-tick").StartNow().WithSimpleSchedule(s => s.WithInterval(tick).RepeatForever())));
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
