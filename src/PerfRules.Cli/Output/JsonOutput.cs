using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfRules.Cli.Output;

/// <summary>Indented UTF-8 JSON with text in any script left unescaped, as every <c>--format json</c> writes it.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options)) write(json);
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    /// <summary>A number with its exact digits, or null when missing.</summary>
    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
