"""Demo step (settings.DEMO_STEPS): a handful of synonyms the demo content needs, in each
language, as an editor would enter them (one translatable group per meaning)."""

import uuid

from core.demo import DemoRun, site_locales
from search.models import SynonymGroup

# One group per meaning: the words in Finnish, Swedish and English.
SYNONYMS = [
    {"fi": "nuoret, nuoriso", "sv": "unga, ungdomar", "en": "youth, young people"},
    {
        "fi": "asukkaat, kuntalaiset, kaupunkilaiset",
        "sv": "invånare, kommuninvånare",
        "en": "residents, citizens",
    },
    {
        "fi": "kokemusasiantuntija, kokemustoimija",
        "sv": "erfarenhetsexpert, erfarenhetsaktör",
        "en": "expert by experience, lived experience",
    },
    {
        "fi": "yhteiskehittäminen, yhteissuunnittelu",
        "sv": "samutveckling, samskapande",
        "en": "co-development, co-creation, co-design",
    },
]


def demo_synonyms(run: DemoRun) -> None:
    locales = {locale.language_code: locale for locale in site_locales()}
    for meaning in SYNONYMS:
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"palaset:synonyms:{meaning['fi']}")
        for code, words in meaning.items():
            if code not in locales:
                continue
            _group, created = SynonymGroup.objects.get_or_create(
                translation_key=key, locale=locales[code], defaults={"words": words}
            )
            run.report.count("synonym groups", created)
