using ModelRegistry.Api;

ModelRegistryApiApp.Build(WebApplication.CreateBuilder(args)).Run();
