"""Importing the JSON download format (`manage.py import_models FILE`): each record becomes
a model page in its language's catalogue, matched by its stable id (the translation key),
so importing the same file again changes nothing. Everything happens in one transaction:
a file with any bad record imports nothing and every bad record is reported with its row.

What is imported: the texts, steps, roles, external links, project, classifications and
developers by slug (the Finnish, canonical terms), published evaluations, and the editor's
related-model picks by id. Attachments (documents), cover images and the other language
versions' relations are not: a translation is created from its Finnish source as the
translation editor does, with the record's texts.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from models_library.catalogue import catalogue_page
from models_library.classification import CLASSIFICATIONS
from models_library.models import (
    DeveloperOrganisation,
    Evaluation,
    ModelDeveloper,
    ParticipationModelPage,
    RelatedModel,
)
from models_library.models.evaluation import AREAS, PromisingPracticeCriterion
from models_library.models.pages import RICH_TEXT_FIELDS

TEXT_FIELDS = ("title", "lead", "implemented_where", "contact", *RICH_TEXT_FIELDS)


class ImportFailed(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def _canonical(model: Any) -> dict[str, Any]:
    return {t.slug: t for t in model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)}


class Importer:
    def __init__(self) -> None:
        self.terms = {c.relation: _canonical(c.model) for c in CLASSIFICATIONS}
        self.organisations = _canonical(DeveloperOrganisation)
        self.criteria = _canonical(PromisingPracticeCriterion)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.outcome = Outcome()

    def run(self, document: Any) -> Outcome:
        if not isinstance(document, dict) or not isinstance(document.get("models"), list):
            raise ImportFailed(['The file is not a Palaset download: no "models" list.'])
        records = document["models"]
        with transaction.atomic():
            pages = []
            for row, record in enumerate(records, start=1):
                try:
                    pages.append((self._row(record), record))
                except ValueError as exc:
                    label = record.get("id") if isinstance(record, dict) else None
                    self.outcome.errors.append(f"row {row} (id {label}): {exc}")
            if self.outcome.errors:
                raise ImportFailed(self.outcome.errors)
            for page, record in pages:
                self._publish(page, record)
        return self.outcome

    def _row(self, record: Any) -> tuple[ParticipationModelPage, bool, dict[str, Any]]:
        if not isinstance(record, dict):
            raise ValueError("a record must be an object")
        try:
            key = uuid.UUID(str(record.get("id")))
        except ValueError as exc:
            raise ValueError("id is not a UUID") from exc
        language = record.get("language")
        locale = self.locales.get(language)
        if locale is None:
            raise ValueError(f"no such language on this site: {language!r}")
        catalogue = catalogue_page(locale)
        if catalogue is None:
            raise ValueError(f"there is no catalogue in the language {language!r}")
        for name in ("title", "lead", "core_idea"):
            if not str(record.get(name) or "").strip():
                raise ValueError(f"{name} is empty")
        values = self._values(record)
        page = ParticipationModelPage.objects.filter(translation_key=key, locale=locale).first()
        new = page is None
        if page is None:
            source = ParticipationModelPage.objects.filter(translation_key=key).first()
            if source is not None:
                page = source.copy_for_translation(locale)
            else:
                page = ParticipationModelPage(translation_key=key, locale=locale, live=False)
                page.slug = self._slug(record, catalogue)
                for name, value in values.items():
                    if name not in ("developers", "evaluations"):
                        setattr(page, name, value)
                catalogue.add_child(instance=page)
        return page, new, values

    def _slug(self, record: dict[str, Any], catalogue: Any) -> str:
        wanted = urlsplit(str(record.get("url") or "")).path.rstrip("/").rsplit("/", 1)[-1]
        base = slugify(wanted) or slugify(record["title"]) or "malli"
        taken = set(catalogue.get_children().values_list("slug", flat=True))
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def _terms(self, relation: str, value: Any) -> Any:
        known = self.terms[relation]
        items = value if isinstance(value, list) else ([value] if value else [])
        chosen = []
        for item in items:
            slug = item.get("slug") if isinstance(item, dict) else None
            if slug not in known:
                raise ValueError(f"{relation}: unknown term {slug!r}")
            chosen.append(known[slug])
        return chosen

    def _values(self, record: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {name: str(record.get(name) or "") for name in TEXT_FIELDS}
        project = record.get("project") or {}
        values.update(
            project_name=str(project.get("name") or ""),
            project_start_year=project.get("start_year"),
            project_end_year=project.get("end_year"),
            implementation=[
                ("step", {"title": s.get("title", ""), "description": s.get("description", "")})
                for s in record.get("implementation") or []
            ],
            roles=[
                ("role", {"actor": r.get("actor", ""), "contribution": r.get("contribution", "")})
                for r in record.get("roles") or []
            ],
            links=[
                ("link", {"title": link.get("title", ""), "url": link.get("url", "")})
                for link in record.get("links") or []
            ],
        )
        classes = record.get("classifications") or {}
        for c in CLASSIFICATIONS:
            terms = self._terms(c.relation, classes.get(c.relation))
            values[c.relation] = terms if c.many else (terms[0] if terms else None)
        developers = []
        for d in record.get("developers") or []:
            organisation = self.organisations.get(d.get("slug"))
            if organisation is None:
                raise ValueError(f"developers: unknown organisation {d.get('slug')!r}")
            developers.append((organisation, d.get("role") or ModelDeveloper.Role.DEVELOPER))
        values["developers"] = developers
        values["evaluations"] = [self._evaluation(e) for e in record.get("evaluations") or []]
        return values

    def _evaluation(self, data: dict[str, Any]) -> dict[str, Any]:
        evaluator = (data.get("evaluator") or {}).get("slug")
        if evaluator and evaluator not in self.organisations:
            raise ValueError(f"evaluations: unknown evaluator {evaluator!r}")
        try:
            when = date.fromisoformat(str(data.get("date")))
        except ValueError as exc:
            raise ValueError(f"evaluations: bad date {data.get('date')!r}") from exc
        criteria = []
        for c in data.get("criteria") or []:
            if c.get("slug") not in self.criteria:
                raise ValueError(f"evaluations: unknown criterion {c.get('slug')!r}")
            criteria.append(
                ("criterion", {"criterion": self.criteria[c["slug"]], "status": c.get("status")})
            )
        areas = {a.get("area"): a for a in data.get("areas") or []}
        fields: dict[str, Any] = {
            "status": Evaluation.Status.PUBLISHED,
            "date": when,
            "basis": data.get("basis") or Evaluation.Basis.OTHER,
            "evaluator": self.organisations.get(evaluator) if evaluator else None,
            "criteria": criteria,
            "strengths": data.get("strengths") or "",
            "development_needs": data.get("development_needs") or "",
            "transfer_conditions": data.get("transfer_conditions") or "",
            "evidence_level": data.get("evidence_level") or "",
            "report_url": data.get("report_url") or "",
            "illustrative": bool(data.get("illustrative")),
        }
        for prefix, _label, _description in AREAS:
            area = areas.get(prefix) or {}
            fields[f"{prefix}_rating"] = area.get("rating") or ""
            fields[f"{prefix}_justification"] = area.get("justification") or ""
        return fields

    def _publish(
        self, row: tuple[ParticipationModelPage, bool, dict[str, Any]], record: Any
    ) -> None:
        page, new, values = row
        page = ParticipationModelPage.objects.get(pk=page.pk) if page.pk else page
        related = self._related(record)
        if not new and page.live and self._same(page, values, related):
            self.outcome.unchanged += 1
            return
        for name, value in values.items():
            if name in ("developers", "evaluations"):
                continue
            setattr(page, name, value)
        page.developers = [ModelDeveloper(organisation=o, role=r) for o, r in values["developers"]]
        page.evaluations = [Evaluation(locale=page.locale, **e) for e in values["evaluations"]]
        page.related_model_links = [RelatedModel(model=m) for m in related]
        page.save_revision().publish()
        if new:
            self.outcome.created += 1
        else:
            self.outcome.updated += 1

    def _related(self, record: dict[str, Any]) -> list[ParticipationModelPage]:
        keys = [r.get("id") for r in record.get("related_models") or []]
        found = {
            str(p.translation_key): p
            for p in ParticipationModelPage.objects.filter(
                translation_key__in=[k for k in keys if _is_uuid(k)],
                locale__language_code=settings.LANGUAGE_CODE,
            )
        }
        return [found[k] for k in keys if k in found]

    def _same(
        self, page: ParticipationModelPage, values: dict[str, Any], related: list[Any]
    ) -> bool:
        for name, value in values.items():
            if name in ("developers", "evaluations"):
                continue
            current = getattr(page, name)
            if name in ("implementation", "roles", "links"):
                if [(b.block_type, dict(b.value)) for b in current] != [(t, v) for t, v in value]:
                    return False
            elif isinstance(value, list):
                if [t.pk for t in current.all()] != [t.pk for t in value]:
                    return False
            elif current != value:
                return False
        developers = [(d.organisation_id, d.role) for d in page.developers.all()]
        if developers != [(o.pk, r) for o, r in values["developers"]]:
            return False
        published = page.evaluations.filter(status=Evaluation.Status.PUBLISHED).order_by(
            "-date", "-pk"
        )
        if len(published) != len(values["evaluations"]):
            return False
        if [e.date for e in published] != [v["date"] for v in values["evaluations"]]:
            return False
        picks = [link.model_id for link in page.related_model_links.all()]
        return picks == [m.pk for m in related]


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
