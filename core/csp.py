"""Content-Security-Policy: the strict policy everywhere, the admin's own under its URL.

settings.CONTENT_SECURITY_POLICY is django-csp's usual setting, the public site's strict
policy; settings.CONTENT_SECURITY_POLICY_ADMIN (read only here) replaces it for the
Wagtail admin, which needs inline scripts and styles (see the settings for why). A view's
own django-csp decorators still apply: @csp sets its whole policy, @csp_update and
@csp_replace change the chosen one, @csp_exempt sends none.
"""

from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


def admin_prefix():
    """The Wagtail admin's URL, e.g. "/admin/" (with the script prefix, like request.path)."""
    return reverse("wagtailadmin_home")


def is_admin_request(request):
    return request.path.startswith(admin_prefix())


def admin_directives():
    return default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])


class CSPMiddleware(DjangoCSPMiddleware):
    """django-csp's middleware, with the admin's policy for requests under the admin URL."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # parts.config is set only by a view's @csp decorator; that one wins.
        if report_only:
            return parts
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview through this middleware with a made-up request for
            # the page's public URL: the public policy, so that editors see what visitors
            # will, except that the admin's preview panel may show it in its frame.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        elif parts.config is None and is_admin_request(request):
            parts.config = admin_directives()
        return parts
