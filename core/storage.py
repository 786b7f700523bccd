"""Static files storage."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed, content-hashed files, with the manifest (the map from names to
    hashed names) kept beside STATIC_ROOT rather than in it: WhiteNoise serves everything in
    STATIC_ROOT, and the manifest is no business of visitors'."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "manifest_storage",
            FileSystemStorage(
                location=settings.STATIC_ROOT.parent / f"{settings.STATIC_ROOT.name}-manifest"
            ),
        )
        super().__init__(*args, **kwargs)
