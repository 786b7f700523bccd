"""manage.py import_models FILE (opendata/importing.py): the JSON download format back into
the catalogue, idempotent by the stable id, all or nothing, with per-row errors."""

import io
import json

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from models_library.models import ParticipationModelPage
from tests import factories

# What differs between two exports of the same content in different databases.
VOLATILE = ("page_id", "first_published_at", "last_published_at")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def export(client):
    cache.clear()
    return json.loads(client.get("/api/v1/downloads/models-fi.json").content)


def comparable(document):
    return sorted(
        ({k: v for k, v in m.items() if k not in VOLATILE} for m in document["models"]),
        key=lambda m: m["id"],
    )


def write(tmp_path, document):
    path = tmp_path / "models.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def run(path):
    out = io.StringIO()
    call_command("import_models", path, stdout=out)
    return out.getvalue()


def test_export_import_export_round_trip(client, full_model, evaluate, tmp_path):
    criterion = factories.PromisingPracticeCriterionFactory(name="Kriteeri", slug="kriteeri")
    evaluate(
        full_model,
        factories.EvaluationFactory.build(
            criteria=[("criterion", {"criterion": criterion, "status": "met"})]
        ),
    )
    first = export(client)
    path = write(tmp_path, first)
    ParticipationModelPage.objects.all().delete()
    assert export(client)["count"] == 0

    output = run(path)
    second = export(client)

    assert "2 created" in output
    assert comparable(second) == comparable(first)


def test_importing_the_same_file_again_changes_nothing(client, full_model, tmp_path):
    path = write(tmp_path, export(client))
    revisions = full_model.revisions.count()

    output = run(path)

    assert "0 created, 0 updated, 2 unchanged" in output
    assert full_model.revisions.count() == revisions


def test_a_changed_record_updates_its_page_by_id(client, make_model, tmp_path):
    page = make_model(title="Vanha nimi")
    document = export(client)
    document["models"][0]["title"] = "Uusi nimi"

    output = run(write(tmp_path, document))

    assert "1 updated" in output
    assert ParticipationModelPage.objects.get(pk=page.pk).title == "Uusi nimi"


def test_bad_rows_are_reported_each_and_nothing_is_imported(client, make_model, tmp_path):
    make_model(title="Malli")
    document = export(client)
    good = dict(document["models"][0], title="Muutettu")
    unknown_term = json.loads(json.dumps(good))
    unknown_term["classifications"]["principles"] = [{"slug": "ei-ole", "label": "x"}]
    document["models"] = [good, unknown_term, dict(good, id="not-a-uuid"), dict(good, lead="")]

    with pytest.raises(CommandError) as failure:
        run(write(tmp_path, document))

    message = str(failure.value)
    assert "row 2" in message
    assert "'ei-ole'" in message
    assert "row 3 (id not-a-uuid): id is not a UUID" in message
    assert "row 4" in message
    assert "lead is empty" in message
    assert "row 1" not in message
    assert ParticipationModelPage.objects.get().title == "Malli"  # not even row 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "Cannot read"),
        ("\x00", "Cannot read"),
        ('{"no": "models"}', 'no "models" list'),
    ],
)
def test_a_file_that_is_not_a_download_is_refused_clearly(db, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError) as failure:
        run(str(path))

    assert message in str(failure.value)
