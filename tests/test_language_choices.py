"""Language choices come from settings through a callable, so a new language needs no migration."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from models_library.models import ParticipationModelPage


@pytest.mark.django_db  # makemigrations reads the applied migrations
def test_original_language_choices_follow_the_settings():
    field = ParticipationModelPage._meta.get_field("original_language")
    assert [code for code, _name in field.choices] == ["fi", "sv", "en"]

    names = {"fi": "Finnish", "sv": "Swedish", "en": "English", "de": "German"}
    with override_settings(LANGUAGE_NAMES_IN_ENGLISH=names):
        assert [code for code, _name in field.choices] == ["fi", "sv", "en", "de"]
        # The migrations refer to the function, not to a copy of the list.
        call_command("makemigrations", "models_library", check=True, dry_run=True, verbosity=0)
