"""StreamField blocks of the participation model template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class StepBlock(blocks.StructBlock):
    """One step of implementing a model, shown as an ordered list."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "models_library/blocks/step.html"


ACTOR_CHOICES = [
    ("residents", _("Residents")),
    ("service_users", _("Service users and relatives")),
    ("experts_by_experience", _("Experts by experience")),
    ("professionals", _("Professionals")),
    ("public_sector", _("Municipality, wellbeing services county or state")),
    ("ngos", _("NGOs and parishes")),
    ("companies", _("Companies and cooperatives")),
    ("researchers", _("Research and education")),
]


class RoleBlock(blocks.StructBlock):
    """Who takes part and how."""

    actor = blocks.ChoiceBlock(label=_("Who"), choices=ACTOR_CHOICES)
    contribution = blocks.TextBlock(label=_("How they take part"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["actor_label"] = dict(ACTOR_CHOICES).get(value["actor"], "")
        return context

    class Meta:
        icon = "group"
        label = _("Role")
        template = "models_library/blocks/role.html"


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")
        template = "models_library/blocks/link.html"


class AttachmentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Attachment")
        template = "models_library/blocks/attachment.html"
