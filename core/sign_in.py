"""The limits on every way into an account: the site's sign-in, the Wagtail admin's sign-in
and both password resets share one implementation, so no door is left without a lock.

Sign-in counts three things (the rates are settings, see README):

- every attempt from a client address (RATELIMIT_SIGN_IN), against one client hammering;
- attempts on one account from one address (RATELIMIT_SIGN_IN_PER_ACCOUNT_AND_ADDRESS),
  against a guesser who spreads over accounts slowly;
- attempts on one account from anywhere (RATELIMIT_SIGN_IN_PER_ACCOUNT), against a guesser
  with many addresses. This ceiling alone could lock the real owner out, so it does not
  apply in a browser where the account has signed in before: a signed "device cookie"
  (OWASP's recommendation for exactly this trade-off) names the accounts signed in there.

Account names are compared as the form compares them (stripped, case-folded), so padding a
name does not give a guesser a fresh counter.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.core import signing
from django.core.mail import get_connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from core.mail import MailUnavailable, send_in_background
from core.public_url import public_url_parts
from core.ratelimit import Limit, client_address, too_many_attempts, wait_seconds

DEVICE_COOKIE = "palaset_device"
DEVICE_COOKIE_SALT = "palaset.sign-in.device"
DEVICE_COOKIE_AGE = 60 * 60 * 24 * 365
DEVICE_COOKIE_ACCOUNTS = 5  # a shared computer remembers the last few accounts


def account_name(value: str) -> str:
    """The account a sign-in or reset form names, as the form will read it."""
    return value.strip().casefold()


def _posted_account(request: HttpRequest) -> str:
    return account_name(request.POST.get("username", ""))


def _posted_account_at_address(request: HttpRequest) -> str:
    return f"{_posted_account(request)}@{client_address(request)}"


def _posted_email(request: HttpRequest) -> str:
    return account_name(request.POST.get("email", ""))


PER_ADDRESS = Limit("RATELIMIT_SIGN_IN", "sign-in")
PER_ACCOUNT_AND_ADDRESS = Limit(
    "RATELIMIT_SIGN_IN_PER_ACCOUNT_AND_ADDRESS",
    "sign-in-account-address",
    _posted_account_at_address,
)
PER_ACCOUNT = Limit("RATELIMIT_SIGN_IN_PER_ACCOUNT", "sign-in-account", _posted_account)
# Password-reset e-mails: per client address, and per target address so that nobody's
# mailbox can be flooded from many addresses.
RESET_PER_ADDRESS = Limit("RATELIMIT_EMAIL", "password-reset")
RESET_PER_RECIPIENT = Limit(
    "RATELIMIT_EMAIL_PER_RECIPIENT", "password-reset-recipient", _posted_email
)


def _device_accounts(request: HttpRequest) -> list[str]:
    try:
        accounts = signing.loads(
            request.COOKIES.get(DEVICE_COOKIE, ""),
            salt=DEVICE_COOKIE_SALT,
            max_age=DEVICE_COOKIE_AGE,
        )
    except signing.BadSignature:
        return []
    return [a for a in accounts if isinstance(a, str)] if isinstance(accounts, list) else []


def _remember_device(request: HttpRequest, response: HttpResponse, account: str) -> None:
    accounts = [account, *(a for a in _device_accounts(request) if a != account)]
    response.set_cookie(
        DEVICE_COOKIE,
        signing.dumps(accounts[:DEVICE_COOKIE_ACCOUNTS], salt=DEVICE_COOKIE_SALT),
        max_age=DEVICE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def guard_sign_in(view):
    """Limits for a sign-in view whose form posts `username` and `password`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        account = _posted_account(request)
        limits = [PER_ADDRESS, PER_ACCOUNT_AND_ADDRESS]
        if account not in _device_accounts(request):
            limits.append(PER_ACCOUNT)
        wait = wait_seconds(request, limits)
        if wait:
            return too_many_attempts(request, wait)
        response = view(request, *args, **kwargs)
        if request.user.is_authenticated and account_name(request.user.get_username()) == account:
            _remember_device(request, response, account)
        return response

    return wrapped


def guard_password_reset(view):
    """Limits for a password-reset view; a mail server that cannot be reached is told to
    everyone alike (503), whether or not the address has an account."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            wait = wait_seconds(request, [RESET_PER_ADDRESS, RESET_PER_RECIPIENT])
            if wait:
                return too_many_attempts(request, wait)
        try:
            return view(request, *args, **kwargs)
        except MailUnavailable:
            return mail_unavailable(request)

    return wrapped


def mail_unavailable(request: HttpRequest) -> HttpResponse:
    response = render(request, "503_mail.html", status=503)
    response["Retry-After"] = "300"
    return response


class AdminLoginForm(LoginForm):
    """The Wagtail admin's sign-in, for editors only: an account without access to the admin
    is refused with the same words as a wrong password, so the form tells a guesser nothing
    about programme members' accounts."""

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            raise self.get_invalid_login_error()


class ResetMailInBackground:
    """A password-reset form whose links use the public address and whose e-mail is sent
    after the response. The answer then takes as long for an unknown address as for a known
    one (sending took 50–100 ms inside the request), and tells nothing by its timing. The
    mail server is reached once in the request for every address alike, so that an outage
    is reported instead of a false "sent"."""

    def save(self, **kwargs):
        self.check_mail_server()
        scheme, domain = public_url_parts()
        if domain:
            kwargs.update(domain_override=domain, use_https=scheme == "https")
        return super().save(**kwargs)

    def check_mail_server(self):
        connection = get_connection()
        try:
            connection.open()
        except OSError as error:
            raise MailUnavailable from error
        finally:
            connection.close()

    def send_mail(self, *args, **kwargs):
        send_in_background(super().send_mail, *args, **kwargs)


class SitePasswordResetForm(ResetMailInBackground, PasswordResetForm):
    pass


class AdminPasswordResetForm(ResetMailInBackground, WagtailPasswordResetForm):
    """The admin's reset mails only accounts that can use the admin; programme members
    reset their passwords on the site."""

    def get_users(self, email):
        return (
            user for user in super().get_users(email) if user.has_perm("wagtailadmin.access_admin")
        )
