"""A fictional municipality's sample programme. Everything here is invented for the demo;
the models it lists are real catalogue entries."""

from datetime import date

ORGANISATION = {"name": "Esimerkkilän kaupunki (demo)", "kind": "municipality"}
OWNER = {"email": "omistaja@esimerkkila.example", "first_name": "Olli", "last_name": "Omistaja"}
VIEWER = {"email": "katselija@esimerkkila.example", "first_name": "Kaisa", "last_name": "Katselija"}

PROGRAMME = {
    "name": "Esimerkkilän osallisuusohjelma 2026–2029",
    "start_year": 2026,
    "end_year": 2029,
    "status": "adopted",
    "description": (
        "Kuvitteellinen esimerkkiohjelma: kaupunki kokoaa osallisuustyönsä malleista, joita se "
        "ottaa käyttöön valtuustokauden aikana. Tavoitteet, vastuut ja seuranta sovittiin "
        "yhdessä asukkaiden, järjestöjen ja palvelujen kanssa."
    ),
}

ITEMS = [
    {
        "slug": "osallistuva-budjetointi-lahiossa",
        "goal": "Lähiön asukkaat päättävät osasta alueen kehittämisrahaa.",
        "actions": "Ideakeräys, yhteiset työpajat ja äänestys; toteutuksen seuranta asukasillassa.",
        "responsible": "Osallisuuskoordinaattori, kaupunkikehitys",
        "start": date(2026, 1, 15),
        "end": date(2026, 11, 30),
        "status": "in_progress",
        "indicators": "Ehdotusten ja äänestäjien määrä; toteutuneet kohteet.",
    },
    {
        "slug": "palvelusafari",
        "goal": "Nuoret arvioivat kolme nuorisopalvelua ja tekevät parannusehdotukset.",
        "actions": "Nuorisovaltuusto kokoaa safariryhmät; tulokset käsitellään lautakunnassa.",
        "responsible": "Nuorisopalvelut",
        "start": date(2026, 3, 1),
        "end": date(2026, 12, 31),
        "status": "planned",
        "indicators": "Arvioidut palvelut; toteutetut parannukset.",
    },
    {
        "slug": "kokemusasiantuntija-ohjausryhmassa",
        "goal": (
            "Jokaisessa hyvinvointialueen kanssa yhteisessä ohjausryhmässä on kokemusasiantuntija."
        ),
        "actions": "Palkkioperiaatteet ja perehdytys; nimeämiset ohjausryhmiin.",
        "responsible": "Hyvinvoinnin edistämisen yksikkö",
        "start": date(2026, 1, 1),
        "end": date(2027, 6, 30),
        "status": "in_progress",
        "indicators": "Ohjausryhmät, joissa kokemusasiantuntija; palaute.",
    },
    {
        "slug": "kulttuurihyvinvointisuunnitelma",
        "goal": "Kulttuurihyvinvointisuunnitelma valmistuu yhdessä järjestöjen kanssa.",
        "actions": "Työpajat järjestöjen ja taiteilijoiden kanssa; suunnitelma valtuustoon.",
        "responsible": "Kulttuuripalvelut",
        "start": date(2025, 9, 1),
        "end": date(2026, 5, 31),
        "status": "done",
        "indicators": "Suunnitelma hyväksytty; mukana olleet toimijat.",
    },
    {
        "slug": "osallisuussparraus-kunnan-esihenkiloille",
        "goal": "Esihenkilöt tuntevat osallisuutta edistävän hallintomallin ja käyttävät sitä.",
        "actions": "Kaksi sparrausryhmää vuodessa.",
        "responsible": "Henkilöstöpalvelut",
        "start": date(2026, 2, 1),
        "end": date(2026, 6, 30),
        "status": "in_progress",
        "indicators": "Osallistuneet esihenkilöt; tiimien osallisuuskokeilut.",
    },
    {
        "slug": "sosiaalinen-raportointi",
        "goal": "Asukkaiden havainnot palveluista kulkevat suoraan kehittämiseen.",
        "actions": "Pilotti yhdessä lähiössä; raportointikanava ja käsittelymalli.",
        "responsible": "Sosiaalipalvelujen kehittäjä",
        "start": None,
        "end": None,
        "status": "planned",
        "indicators": "Raporttien määrä; niiden pohjalta tehdyt muutokset.",
    },
]
