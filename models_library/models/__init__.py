from .evaluation import Evaluation, PromisingPracticeCriterion
from .pages import ModelDeveloper, ModelLibraryIndexPage, ParticipationModelPage, RelatedModel
from .taxonomy import (
    DeveloperOrganisation,
    DevelopmentStage,
    Funder,
    GovernancePrinciple,
    ProcurementPhase,
    Region,
    ServicePhase,
    TargetGroup,
    Topic,
)

__all__ = [
    "DeveloperOrganisation",
    "DevelopmentStage",
    "Evaluation",
    "Funder",
    "GovernancePrinciple",
    "ModelDeveloper",
    "ModelLibraryIndexPage",
    "ParticipationModelPage",
    "ProcurementPhase",
    "PromisingPracticeCriterion",
    "Region",
    "RelatedModel",
    "ServicePhase",
    "TargetGroup",
    "Topic",
]
