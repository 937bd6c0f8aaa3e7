using Router.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRouter();

var app = builder.Build();
app.MapRouter();
app.Run();
