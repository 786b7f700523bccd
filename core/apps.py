from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.public_url import sync_default_site  # noqa: PLC0415 - needs the app registry

        # Once per migrate, after Wagtail's own tables exist (core has no models, so it is
        # sent no post_migrate of its own).
        post_migrate.connect(
            sync_default_site,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="core.sync_default_site",
        )
