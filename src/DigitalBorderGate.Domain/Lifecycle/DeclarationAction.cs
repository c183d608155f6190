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

    // Control points that keep the status: goods moved to a receiving vehicle in the yard, and the declarant's
    // customs declaration number for goods submitted before they were declared in VNACCS.
    Transship,
    LinkCustomsDeclaration,
}

/// <summary>Who may take an action: the declarant who owns the declaration, or an officer of the unit whose queue holds it.</summary>
public enum ActorKind { Owner, ResponsibleOfficer }

/// <summary>The risk channel VNACCS assigns: green clears without inspection, yellow checks documents, red adds a physical inspection.</summary>
public enum RiskChannel { Green, Yellow, Red }
