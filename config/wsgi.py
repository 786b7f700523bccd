import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Load the Finnish analyser before the first request rather than during it.
from search.analysis import warm_up  # noqa: E402

warm_up()
