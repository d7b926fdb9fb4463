using ModelRegistry.Auth;

AuthServiceApp.Build(WebApplication.CreateBuilder(args)).Run();
