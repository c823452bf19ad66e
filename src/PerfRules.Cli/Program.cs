using System.Text;
using PerfRules.Cli;

// Results go through one large buffer: a million-row CSV would otherwise cost a system call per cell.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
try
{
    return CliApp.Run(args, stdout, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);
}
finally
{
    stdout.Flush();
}
