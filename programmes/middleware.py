"""Pages seen by a signed-in user may carry their name and programmes: keep them out of
shared caches and off the disk."""

from django.utils.cache import patch_cache_control


class PrivateForSignedInUsers:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
