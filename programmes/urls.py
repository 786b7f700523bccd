"""Programme and member URLs, mounted inside the language prefix."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from core.sign_in import SitePasswordResetForm, guard_password_reset, guard_sign_in
from programmes.forms import SignInForm
from programmes.views import accounts, items, members, programmes, reports, sharing

FORM_PAGE = "programmes/accounts/form_page.html"
MESSAGE_PAGE = "programmes/accounts/message_page.html"


def form_page(view, title, intro="", **kwargs):
    return view.as_view(
        template_name=FORM_PAGE, extra_context={"title": title, "intro": intro}, **kwargs
    )


def message_page(view, title, message):
    return view.as_view(
        template_name=MESSAGE_PAGE, extra_context={"title": title, "message": message}
    )


sign_in = guard_sign_in(
    form_page(
        auth_views.LoginView,
        _("Sign in"),
        authentication_form=SignInForm,
        redirect_authenticated_user=True,
    )
)
password_reset = guard_password_reset(
    form_page(
        auth_views.PasswordResetView,
        _("Forgotten password"),
        _("Enter your e-mail address and we will send you a link for setting a new password."),
        form_class=SitePasswordResetForm,
        email_template_name="programmes/email/password_reset.txt",
        subject_template_name="programmes/email/password_reset_subject.txt",
        success_url=reverse_lazy("password_reset_done"),
    )
)

account_urls = [
    path("sign-in/", sign_in, name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        form_page(
            auth_views.PasswordChangeView,
            _("Change password"),
            success_url=reverse_lazy("password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "password/changed/",
        message_page(
            auth_views.PasswordChangeDoneView,
            _("Password changed"),
            _("Your password has been changed."),
        ),
        name="password_change_done",
    ),
    path("password/reset/", password_reset, name="password_reset"),
    path(
        "password/reset/sent/",
        message_page(
            auth_views.PasswordResetDoneView,
            _("Check your e-mail"),
            _(
                "If the address belongs to an account, a link for setting a new password is on its "
                "way. The link works for one day."
            ),
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        form_page(
            auth_views.PasswordResetConfirmView,
            _("Set a new password"),
            success_url=reverse_lazy("password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        message_page(
            auth_views.PasswordResetCompleteView,
            _("Password set"),
            _("Your new password is set. You can sign in now."),
        ),
        name="password_reset_complete",
    ),
    path("invitation/<str:token>/", accounts.accept_invitation, name="accept_invitation"),
]

programme_urls = [
    path("", programmes.programme_list, name="programme_list"),
    path("new/", programmes.programme_create, name="programme_create"),
    path("add/", items.add_to_programme, name="add_to_programme"),
    path("shared/<str:token>/", sharing.shared, name="programme_shared"),
    path("<int:pk>/", programmes.programme_detail, name="programme_detail"),
    path("<int:pk>/edit/", programmes.programme_edit, name="programme_edit"),
    path("<int:pk>/delete/", programmes.programme_delete, name="programme_delete"),
    path("<int:pk>/restore/", programmes.programme_restore, name="programme_restore"),
    path("<int:pk>/activity/", programmes.programme_activity, name="programme_activity"),
    path("<int:pk>/coverage/", reports.coverage, name="programme_coverage"),
    path("<int:pk>/follow-up/", reports.follow_up, name="programme_follow_up"),
    path("<int:pk>/export.csv", reports.export_csv, name="programme_export_csv"),
    path("<int:pk>/print/", reports.print_view, name="programme_print"),
    path("<int:pk>/share/", sharing.share, name="programme_share"),
    path("<int:pk>/unshare/", sharing.unshare, name="programme_unshare"),
    path("<int:pk>/items/<int:item_pk>/", items.item_edit, name="item_edit"),
    path("<int:pk>/items/<int:item_pk>/move/", items.item_move, name="item_move"),
    path("<int:pk>/items/<int:item_pk>/remove/", items.item_delete, name="item_delete"),
    path("organisations/<int:pk>/", members.members, name="organisation_members"),
    path("organisations/<int:pk>/invite/", members.invite, name="organisation_invite"),
    path(
        "organisations/<int:pk>/members/<int:member_pk>/role/",
        members.change_role,
        name="member_role",
    ),
    path(
        "organisations/<int:pk>/members/<int:member_pk>/remove/",
        members.remove_member,
        name="member_remove",
    ),
    path(
        "organisations/<int:pk>/invitations/<int:invitation_pk>/revoke/",
        members.revoke_invitation,
        name="invitation_revoke",
    ),
]
