"""The comparison view: a shareable URL for 2–4 models side by side."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.visibility import private_pages_q
from models_library.comparison import (
    MAX_MODELS,
    MIN_MODELS,
    comparison_rows,
    parse_ids,
    visible_models,
)


@require_GET
def compare(request):
    # Unknown, unpublished and private ids are dropped first, so a shared link keeps
    # working when one of its models is later unpublished.
    models = visible_models(parse_ids(request.GET.getlist("model")), private_pages_q(request))
    context = {"models": [], "rows": [], "error": ""}
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
    response = render(request, "models_library/compare.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
