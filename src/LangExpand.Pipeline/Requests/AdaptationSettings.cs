using LangExpand.Adaptation.Pretraining;

namespace LangExpand.Pipeline.Requests;

/// <summary>Checks the encoder settings of <see cref="PackSettings"/> (before any work) and builds an <see cref="AdaptationRequest"/>.</summary>
internal static class AdaptationSettings
{
    /// <summary>The adaptation settings, or null with <c>--no-adapt</c>; a bad value is an invalid-option error naming the option.</summary>
    public static AdaptationRequest? Validate(PackSettings settings)
    {
        var preset = PretrainPreset.Parse(settings.Preset ?? AdaptationRequest.DefaultPreset);
        var pretrain = RequestValidator.AtLeast(settings.PretrainSteps ?? AdaptationRequest.DefaultPretrainSteps, 1, "--pretrain-steps");
        var adapt = RequestValidator.AtLeast(settings.AdaptSteps ?? AdaptationRequest.DefaultAdaptSteps, 1, "--adapt-steps");
        var pos = RequestValidator.AtLeast(settings.PosSteps ?? AdaptationRequest.DefaultPosSteps, 1, "--pos-steps");
        if (settings.TargetUd is not null && settings.TaskData.Count == 0)
        {
            throw RequestValidator.Option("--target-ud without --task-data", "source-language UD CoNLL-U (--task-data) to fine-tune the tagger on");
        }
        if (settings.NoAdapt == true && settings.TargetUd is not null)
        {
            throw RequestValidator.Option("--target-ud with --no-adapt", "either the encoder steps (drop --no-adapt) or no --target-ud");
        }
        return settings.NoAdapt == true ? null : new AdaptationRequest(preset, pretrain, adapt, settings.TargetUd, pos);
    }
}
