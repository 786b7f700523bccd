import pytest
def test_x(client_for, programme, catalogue, people):
    c = client_for("owner")
    for url in [f"/fi/programmes/{'9'*25}/", f"/fi/programmes/{'9'*19}/", f"/fi/programmes/{programme.pk}/items/{'9'*25}/",
                f"/fi/programmes/organisations/{'9'*25}/", f"/fi/programmes/add/?page={'9'*18}", f"/fi/programmes/{programme.pk}/activity/?page=abc",
                f"/fi/programmes/{programme.pk}/activity/?page=99999999999999999999999"]:
        try:
            r = c.get(url)
            print(url[:60], r.status_code)
        except Exception as e:
            print(url[:60], "EXC", type(e), e)
    for url in [f"/fi/programmes/{programme.pk}/share/", f"/fi/programmes/organisations/{programme.organisation_id}/members/{'9'*25}/role/"]:
        try:
            r = c.post(url, {"role": "viewer"})
            print(url[:60], r.status_code)
        except Exception as e:
            print(url[:60], "EXC", type(e), e)
