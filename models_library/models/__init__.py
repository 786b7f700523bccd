from .evaluation import Evaluation, PromisingPracticeCriterion
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
    "Evaluation",
    "Funder",
    "GovernancePrinciple",
    "ModelDeveloper",
    "ModelLibraryIndexPage",
    "Organisation",
    "ParticipationModelPage",
    "ProcurementPhase",
    "PromisingPracticeCriterion",
    "Region",
    "RelatedModel",
    "ServicePhase",
    "TargetGroup",
    "Topic",
]
