using Router.Cli;
using Router.Hosting;

if (args is ["rules", .. var rulesArgs])
{
    return await RulesCli.RunAsync(rulesArgs, Console.Out);
}

if (args is ["probe", .. var probeArgs])
{
    return await HealthProbe.RunAsync(probeArgs, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRouter();

var app = builder.Build();
app.MapRouter();
await app.RunAsync();
return 0;
