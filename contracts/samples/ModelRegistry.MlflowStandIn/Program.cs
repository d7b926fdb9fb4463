using ModelRegistry.MlflowStandIn;

MlflowStandInApp.Build(WebApplication.CreateBuilder(args)).Run();
