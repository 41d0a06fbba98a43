namespace LangExpand.Pipeline.Requests;

/// <summary>Checks the encoder settings of <see cref="PackSettings"/> (before any work) and builds an <see cref="AdaptationRequest"/>.</summary>
internal static class AdaptationSettings
{
    /// <summary>
    /// The adaptation settings, or null with <c>--no-adapt</c>; a bad value is an invalid-option error naming the option (the
    /// preset's name is the <c>base-model</c> step's to check).
    /// </summary>
    public static AdaptationRequest? Validate(PackSettings settings)
    {
        var pretrain = RequestValidator.AtLeast(settings.PretrainSteps ?? AdaptationRequest.DefaultPretrainSteps, 1, "--pretrain-steps");
        var adapt = RequestValidator.AtLeast(settings.AdaptSteps ?? AdaptationRequest.DefaultAdaptSteps, 1, "--adapt-steps");
        var pos = RequestValidator.AtLeast(settings.PosSteps ?? AdaptationRequest.DefaultPosSteps, 1, "--pos-steps");
        var task = RequestValidator.AtLeast(settings.TaskSteps ?? AdaptationRequest.DefaultTaskSteps, 1, "--task-steps");
        if (settings.TargetUd is not null && settings.TaskData.Count == 0)
        {
            throw RequestValidator.Option("--target-ud without --task-data", "source-language UD CoNLL-U (--task-data) to fine-tune the tagger on");
        }
        if (settings.NoAdapt == true
            && new (string Option, bool Given)[] { ("--target-ud", settings.TargetUd is not null), ("--base-model", settings.BaseModel is not null),
                ("--preset", settings.Preset is not null), ("--pretrain-steps", settings.PretrainSteps is not null), ("--adapt-steps", settings.AdaptSteps is not null),
                ("--pos-steps", settings.PosSteps is not null), ("--task-steps", settings.TaskSteps is not null), ("--target-dev", settings.TargetDev is not null),
                ("--device", settings.Device is not null) }.FirstOrDefault(o => o.Given).Option is { } ignored)
        {
            throw RequestValidator.Option($"{ignored} with --no-adapt", $"either the encoder steps (drop --no-adapt) or no {ignored}");
        }
        return settings.NoAdapt == true ? null : new AdaptationRequest(settings.Preset ?? AdaptationRequest.DefaultPreset, pretrain, adapt, settings.TargetUd, pos, task)
        {
            Device = settings.Device ?? AdaptationRequest.DefaultDevice,
        };
    }
}
