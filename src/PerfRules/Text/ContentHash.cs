using System.Security.Cryptography;
using System.Text;

namespace PerfRules.Text;

/// <summary>
/// The stamp that tells two plan texts apart: <c>sha256:</c> and the lower-case hex SHA-256 of the text's UTF-8
/// bytes. The prefix names the algorithm, so that a stamp stored today still says how it was made when it is read
/// in an appeal years later.
/// </summary>
internal static class ContentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string text)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Prefix + Convert.ToHexString(digest).ToLowerInvariant();
    }
}
