using System.Text.Json.Serialization;

namespace MediaSuite.App.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>JSON APIs speak camelCase with enums as names, and every error is ProblemDetails.</summary>
    public static IServiceCollection AddMediaSuiteApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        return services;
    }
}
