namespace NewsDsl.Render.Tests;

/// <summary>
/// A browser test: runs when Debian's Chromium is installed at <see cref="Browser.ExecutablePath"/>
/// (CI installs it), and is reported as skipped, saying why, only when it is missing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath))
        {
            Skip = $"Chromium is not installed at {Browser.ExecutablePath}: run 'apt-get install -y chromium' to run the browser tests.";
        }
    }
}
