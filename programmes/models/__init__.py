from programmes.models.activity import Activity
from programmes.models.organisations import Invitation, Membership, Organisation, Role
from programmes.models.programmes import Programme, ProgrammeItem

__all__ = [
    "Activity",
    "Invitation",
    "Membership",
    "Organisation",
    "Programme",
    "ProgrammeItem",
    "Role",
]
