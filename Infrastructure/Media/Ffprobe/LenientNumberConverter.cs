using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>
/// ffprobe prints some numbers as JSON numbers and others as strings ("44100", "2.002000"), and
/// "N/A" where it has none; all of these read as a number or null instead of failing the file.
/// </summary>
internal sealed class LenientNumberConverter<T> : JsonConverter<T?> where T : struct, INumber<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return T.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
            case JsonTokenType.String:
                return T.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text) ? text : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteRawValue(number.ToString(null, CultureInfo.InvariantCulture));
        else writer.WriteNullValue();
    }
}
