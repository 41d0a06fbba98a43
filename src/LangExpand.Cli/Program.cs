using System.Runtime.InteropServices;
using LangExpand.Cli;
using LangExpand.Core.IO;

// On Ctrl-C or a polite kill, remove the temporary files of writes not yet renamed into place; the signal then ends the
// process as it would have (the handler does not cancel it).
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => PendingOutputs.DeleteAll());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => PendingOutputs.DeleteAll());
return CliApplication.Run(args, Console.Out, Console.Error);
