namespace Router.FaultTests;

/// <summary>The fault run's counts; all but the first three must be zero.</summary>
internal sealed record FaultReport(
    int Acknowledged, int Items, int Unavailable, int Lost, int Duplicated, int DoubleOffered, int DoubleAssigned, int NotAssigned)
{
    public override string ToString() =>
        $"fault suite: {Acknowledged} acknowledged, {Items} items, {Unavailable} answers 503 while a server was away; " +
        $"lost {Lost}, duplicated {Duplicated}, offered twice at once {DoubleOffered}, assigned twice {DoubleAssigned}, never assigned {NotAssigned}";
}
