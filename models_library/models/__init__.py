from .pages import ModelDeveloper, ModelLibraryIndexPage, ParticipationModelPage, RelatedModel
from .taxonomy import (
    DevelopmentStage,
    Funder,
    GovernancePrinciple,
    Organisation,
    ProcurementPhase,
    Region,
    ServicePhase,
    TargetGroup,
    Topic,
)

__all__ = [
    "DevelopmentStage",
    "Funder",
    "GovernancePrinciple",
    "ModelDeveloper",
    "ModelLibraryIndexPage",
    "Organisation",
    "ParticipationModelPage",
    "ProcurementPhase",
    "Region",
    "RelatedModel",
    "ServicePhase",
    "TargetGroup",
    "Topic",
]
