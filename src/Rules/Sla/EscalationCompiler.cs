using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>Compiles and checks one escalation step of a policy.</summary>
internal static partial class EscalationCompiler
{
    /// <summary>The action names <c>sla.json</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Actions = ["raise-priority", "move", "widen", "notify"];

    /// <param name="targets">The policy's targets as written: null when not set; a null value when set but broken.</param>
    public static EscalationStep? Compile(
        EscalationDocument? document, string id, string location, IReadOnlyDictionary<SlaTarget, Duration?> targets, SlaCompileContext scope)
    {
        var context = scope.Context;
        if (document is null)
        {
            context.Error(location, "", "An escalation step is an object with at, of and action.");
            return null;
        }

        var errors = context.Errors.Count;
        SlaTarget? of = document.Of switch
        {
            "firstResponse" => SlaTarget.FirstResponse,
            "resolution" => SlaTarget.Resolution,
            _ => null,
        };
        if (of is null)
        {
            context.Error(location, "of", document.Of is null ? "'of' is required: firstResponse or resolution." : $"'{document.Of}' is not a target; use firstResponse or resolution.");
        }
        else if (!targets.ContainsKey(of.Value))
        {
            context.Error(location, "of", $"The policy sets no {document.Of} target for this step to follow.");
        }

        var (fraction, offset) = At(document.At, location, context);
        if (of is { } target && targets.GetValueOrDefault(target) is { } length && (fraction is not null || offset is not null))
        {
            CheckFiringTime(EscalationStep.FiresAfter(length, fraction, offset), document, location, context);
        }

        var action = EscalationActions.Compile(document, location, scope);
        return context.Errors.Count == errors && action is not null ? new EscalationStep(id, of!.Value, fraction, offset, action) : null;
    }

    private static (decimal? Fraction, Duration? Offset) At(string? text, string location, CompileContext context)
    {
        if (text is not null && Percent().Match(text) is { Success: true } percent)
        {
            var value = decimal.Parse(percent.Groups[1].Value, CultureInfo.InvariantCulture);
            if (value > 0)
            {
                return (value / 100, null);
            }

            context.Error(location, "at", $"'{text}': a percentage of the target must be more than 0%.");
        }
        else if (text is ['+' or '-', .. var rest] && SlaDurations.TryParse(rest, out var offset) is null)
        {
            return (null, text[0] == '-' ? -offset : offset);
        }
        else
        {
            context.Error(location, "at", text is null
                ? "'at' is required: a percentage of the target (50%) or an offset from its due time (-30m, +10m)."
                : $"'{text}' is not a percentage (50%) or a signed offset from the due time (-30m before, +10m after; {SlaDurations.Help}).");
        }

        return (null, null);
    }

    private static void CheckFiringTime(Duration firesAfter, EscalationDocument document, string location, CompileContext context)
    {
        if (firesAfter <= Duration.Zero)
        {
            context.Error(location, "at", $"'{document.At}' of the {document.Of} target fires when its clock starts or before; it must fire after.");
        }
        else if (firesAfter > SlaDurations.Longest)
        {
            context.Error(location, "at", $"'{document.At}' fires after more than 3650d of open time.");
        }
    }

    [GeneratedRegex(@"^([0-9]{1,4}(?:\.[0-9]{1,2})?)%\z")]
    private static partial Regex Percent();
}
