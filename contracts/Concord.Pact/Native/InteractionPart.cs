namespace Concord.Pact.Native;

/// <summary>Which half of an interaction a call configures.</summary>
internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}
