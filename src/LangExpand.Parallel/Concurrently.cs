namespace LangExpand.Parallel;

/// <summary>Runs two independent jobs at once (one per core on the two-core machines the toolkit targets).</summary>
internal static class Concurrently
{
    /// <summary>
    /// Runs <paramref name="first"/> on this thread and <paramref name="second"/> on the thread pool and returns both
    /// results. When either fails, the first job's exception wins (unwrapped), so a run reports the same error every time.
    /// </summary>
    public static (TFirst First, TSecond Second) Run<TFirst, TSecond>(Func<TFirst> first, Func<TSecond> second)
    {
        var background = Task.Run(second);
        TFirst result;
        try
        {
            result = first();
        }
        catch
        {
            background.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait();
            throw;
        }
        return (result, background.GetAwaiter().GetResult());
    }
}
