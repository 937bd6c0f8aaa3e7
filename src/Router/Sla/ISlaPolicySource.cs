using Router.Rules.Sla;

namespace Router.Sla;

/// <summary>The SLA policies in force, kept current as supervisors edit the file.</summary>
internal interface ISlaPolicySource
{
    /// <summary>The last policy set that compiled; a broken edit never replaces it.</summary>
    SlaPolicySet Current { get; }

    /// <summary>Why the last reload was refused, or null.</summary>
    string? ReloadError { get; }

    /// <summary>Raised after new policies took effect, with the previous ones.</summary>
    event Action<SlaPolicySet, SlaPolicySet>? Changed;
}
