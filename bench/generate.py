"""A generated catalogue for benchmarks: realistic Finnish text and tag distributions.

Text is recombined from the demo models' own sentences, so word frequencies, inflection
and compounds are those of real descriptions ("osallisuus" occurs in most documents, as
it does in a real participation catalogue). Tags follow skewed distributions: a few
target groups and topics are common, most are rare.
"""

import random
import re

from django.utils.html import strip_tags

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def corpus():
    from models_library.demo.catalogue import MODELS

    sentences, titles = [], []
    for model in MODELS:
        titles.append(model["title"])
        for key in ("lead", "core_idea", "setting", "target_group_insight", "needs"):
            sentences += [s for s in SENTENCE.split(strip_tags(model[key] or "")) if len(s) > 20]
    return sentences, titles


def _skewed_sample(rng, pool, most):
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    count = min(len(pool), rng.randint(1, most))
    chosen = set()
    while len(chosen) < count:
        chosen.add(rng.choices(pool, weights=weights)[0])
    return list(chosen)


def generate_models(catalogue, total, seed=1, report=print):
    """Add generated models under the catalogue until it has `total` children."""
    from models_library import models as m

    rng = random.Random(seed)
    sentences, titles = corpus()
    locale = catalogue.locale
    pools = {
        relation: list(model.objects.filter(locale=locale).order_by("sort_order"))
        for relation, model in {
            "principles": m.GovernancePrinciple,
            "service_phases": m.ServicePhase,
            "procurement_phases": m.ProcurementPhase,
            "target_groups": m.TargetGroup,
            "topics": m.Topic,
            "regions": m.Region,
            "funders": m.Funder,
        }.items()
    }
    most = {
        "principles": 3,
        "service_phases": 3,
        "procurement_phases": 2,
        "target_groups": 3,
        "topics": 3,
        "regions": 2,
        "funders": 2,
    }
    stages = list(m.DevelopmentStage.objects.filter(locale=locale))
    existing = catalogue.get_children().count()
    for number in range(existing, total):
        words = rng.choice(titles).split()
        rng.shuffle(words)
        page = m.ParticipationModelPage(
            title=f"{' '.join(words[:6]).capitalize()} {number}",
            slug=f"malli-{number}",
            lead=" ".join(rng.sample(sentences, 2))[:300],
            core_idea="".join(f"<p>{s}</p>" for s in rng.sample(sentences, rng.randint(4, 12))),
            setting=f"<p>{' '.join(rng.sample(sentences, 3))}</p>",
            stage=rng.choice(stages),
        )
        for relation, pool in pools.items():
            if relation == "procurement_phases" and rng.random() < 0.7:
                continue
            setattr(page, relation, _skewed_sample(rng, pool, most[relation]))
        catalogue.add_child(instance=page)
        if (number + 1) % 1000 == 0:
            report(f"  {number + 1} models")
