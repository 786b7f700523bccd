"""python manage.py reindex_catalogue: rebuild the catalogue's search index from scratch."""

import time
from typing import Any

from django.core.management.base import BaseCommand

from search.indexing import reindex_all


class Command(BaseCommand):
    help = "Rebuild the catalogue search index from every live participation model."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        count = reindex_all(stdout=self.stdout)
        seconds = time.perf_counter() - started
        self.stdout.write(f"Indexed {count} participation models in {seconds:.1f} s.")
