"""The comparison view: a shareable URL for 2–4 models side by side."""

from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.visibility import private_pages_q
from models_library.catalogue import public_catalogues
from models_library.comparison import (
    MAX_MODELS,
    MIN_MODELS,
    comparison_rows,
    parse_ids,
    visible_models,
)
from models_library.models import ParticipationModelPage

ONLY_IN = {
    "fi": gettext_lazy("This model is available only in Finnish so far."),
    "sv": gettext_lazy("This model is available only in Swedish so far."),
    "en": gettext_lazy("This model is available only in English so far."),
}


@require_GET
def compare(request):
    # Unknown, unpublished and private ids are dropped first, so a shared link keeps
    # working when one of its models is later unpublished.
    models = visible_models(parse_ids(request.GET.getlist("model")), private_pages_q(request))
    context = {"models": [], "rows": [], "error": "", "catalogue_url": ""}
    status = 200
    if len(models) > MAX_MODELS:
        context["error"] = _("Choose at most %(max)s models to compare.") % {"max": MAX_MODELS}
        status = 400
    elif len(models) < MIN_MODELS:
        context["error"] = _("Choose at least %(min)s models to compare.") % {"min": MIN_MODELS}
    else:
        context.update(models=models, rows=comparison_rows(models))
        # The language switcher keeps the comparison: the ids shown, not the raw query.
        request.language_switch_query = urlencode([("model", model.pk) for model in models])
    if context["error"]:  # the way back to choosing models
        catalogue = public_catalogues(request).get(get_language())
        context["catalogue_url"] = catalogue.get_url(request) if catalogue else ""
    response = render(request, "models_library/compare.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def untranslated(request, pk):
    """Where the language switcher leads from a model that has no translation in the
    reader's language: the model named and linked in its own language, and this language's
    catalogue. Once a live translation exists, the reader goes there instead."""
    private_q = private_pages_q(request)
    model = get_object_or_404(
        ParticipationModelPage.objects.live().exclude(private_q).select_related("locale"), pk=pk
    )
    language = get_language()
    translation = (
        model.get_translations(inclusive=True)
        .live()
        .exclude(private_q)
        .filter(locale__language_code=language)
        .first()
    )
    if translation is not None:
        return redirect(translation.get_url(request))
    catalogue = public_catalogues(request).get(language)
    context = {
        "model": model,
        "model_language": model.locale.language_code,
        "only_in": ONLY_IN.get(model.locale.language_code, ""),
        "catalogue_url": catalogue.get_url(request) if catalogue else f"/{language}/",
        "catalogue_title": catalogue.title if catalogue else "",
    }
    response = render(request, "models_library/untranslated.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
