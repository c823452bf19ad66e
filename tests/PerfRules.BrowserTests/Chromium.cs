using System.Diagnostics;

namespace PerfRules.BrowserTests;

/// <summary>
/// Runs the system's Chromium headless, cut off from the network, with a fresh profile each time. Missing Chromium
/// is a failure with the command that installs it: a check of the page that silently did not run would prove nothing.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Names)
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }

        Assert.Fail("Chromium is not installed, so the HTML report cannot be checked in a browser. Install it with: apt-get update && apt-get install -y chromium");
        return "";
    }

    /// <summary>The DOM as Chromium built it from the page, serialized back to HTML.</summary>
    public static string DumpDom(string page) => Run("--dump-dom", new Uri(page).AbsoluteUri).Output;

    /// <summary>Writes a screenshot of the page at the given window size.</summary>
    public static void Screenshot(string page, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

    private static (string Output, string Error) Run(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("perfrules-chromium-");
        try
        {
            var start = new ProcessStartInfo(Find())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         $"--user-data-dir={profile.FullName}",
                     })
                start.ArgumentList.Add(flag);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within two minutes: " + string.Join(' ', arguments));
            }

            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
            return (output.Result, error.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
