using OrdersApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddSingleton<OrderStore>();
var app = builder.Build();
app.MapControllers();
app.Run();

/// <summary>The entry point, public so tests can name it.</summary>
public partial class Program;
