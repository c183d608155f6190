namespace DigitalBorderGate.Domain.Lifecycle;

public enum DeclarationAction
{
    ConfirmArrival,
    ConfirmYardEntry,
    StartInspection,
    Clear,
    ConfirmExit,
    Hold,
    Release,
    Reject,
    TurnBack,
    Cancel,
}

/// <summary>Who may take an action: the declarant who owns the declaration, or an officer of the unit whose queue holds it.</summary>
public enum ActorKind { Owner, ResponsibleOfficer }

/// <summary>The risk channel VNACCS assigns: green clears without inspection, yellow checks documents, red adds a physical inspection.</summary>
public enum RiskChannel { Green, Yellow, Red }
