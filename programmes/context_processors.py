def model_actions(request):
    """What the programmes app offers on a model's card and page, "Add to programme", as a
    template for the catalogue's templates to include: they need not load programme_tags,
    and the catalogue renders without this app's context processor."""
    return {"model_actions_template": "programmes/includes/model_actions.html"}
