import time

from tests.browser.conftest import assert_accessible  # noqa: F401


def test_explore(page, live_server):
    from django.contrib.auth import get_user_model

    from models_library.models import ParticipationModelPage

    t0 = time.time()
    user = get_user_model().objects.get(username="omistaja@esimerkkila.example")
    user.set_password("pw-Test-1234")
    user.save()
    print([p.title for p in ParticipationModelPage.objects.live()][:40])
    page.goto("/fi/accounts/sign-in/")
    print(page.content()[:200])
    page.screenshot(path="/tmp/explore/signin.png", full_page=True)
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill("pw-Test-1234")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_load_state()
    print(page.url)
    page.goto("/fi/search/?q=osallisuus")
    print(page.url)
    print(page.locator("#search-results").inner_text()[:3000])
    print(time.time() - t0)
