from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Participation programmes")

    def ready(self):
        # Connects the page signal handlers; imported here because it imports models.
        from programmes import signals  # noqa: F401, PLC0415
