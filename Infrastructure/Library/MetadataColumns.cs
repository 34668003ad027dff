using System.Reflection;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// The INSERT for a table whose columns are a metadata record's properties (Photos, Videos), and
/// the values in the form the database stores them (moments as UTC ticks, as the DbContext does).
/// </summary>
internal static class MetadataColumns<T>
{
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static string InsertSql(string table) =>
        $"INSERT INTO {table} (Id, {string.Join(", ", Properties.Select(p => p.Name))}) VALUES ($id, {string.Join(", ", Properties.Select(p => "$" + p.Name))})";

    public static (string, object?)[] Parameters(long id, T value)
    {
        var parameters = new (string, object?)[Properties.Length + 1];
        parameters[0] = ("$id", id);
        for (var i = 0; i < Properties.Length; i++)
        {
            var raw = Properties[i].GetValue(value);
            parameters[i + 1] = ("$" + Properties[i].Name, raw is DateTimeOffset moment ? moment.UtcTicks : raw);
        }
        return parameters;
    }
}
