using MediaSuite.App.Auth;
using MediaSuite.App.CommandLine;
using MediaSuite.App.Endpoints;
using MediaSuite.App.Hosting;
using MediaSuite.Infrastructure;
using MediaSuite.Jobs;

if (await Verbs.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddInfrastructure();
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddMediaSuiteAuth();
builder.Services.AddMediaSuiteApi();
builder.Services.AddMediaSuiteUi();

var app = builder.Build();

app.UseMediaSuitePipeline();
app.MapHealthEndpoints();
app.MapAccountEndpoints();
app.MapAdminEndpoints();
app.MapJobsEndpoints();
app.MapCoverEndpoints();
app.MapStreamEndpoints();
app.MapPlayerEndpoints();
app.MapPlaylistEndpoints();
app.MapMediaSuiteUi();

return await app.RunWithStartupChecksAsync();

public partial class Program;
