import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Load the Finnish analyser before the first request rather than during it.
from search.analysis import warm_up  # noqa: E402

warm_up()

# Likewise the URLconf (importing the admin's and its API's views takes about 0.5 s) and its
# reverse index and translation catalogues for each language. Gunicorn imports this module
# once, before forking (config/gunicorn.py, preload_app), so no worker's first request pays.
from django.conf import settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

for language_code, _name in settings.LANGUAGES:
    with translation.override(language_code):
        reverse("healthz")
