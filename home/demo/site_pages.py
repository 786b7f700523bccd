"""Demo site pages: home, catalogue index, governance model, about and accessibility statement.

Plain data, no logic. All texts are Finnish. Rich-text values are HTML; the "body" of ABOUT and
ACCESSIBILITY is a list of (block type, value) pairs for a heading/paragraph StreamField.
"""

HOME = {
    "title": "Palaset",
    "lead": (
        "Palaset on avoin tietopankki osallisuutta edistävistä toimintamalleista – osallisuuden "
        "palasista – kunnille, hyvinvointialueille, järjestöille ja ammattilaisille."
    ),
    "body": (
        "<p>Palasiin on koottu toimintamalleja, joilla asukkaat, palvelujen käyttäjät ja "
        "kokemusasiantuntijat pääsevät mukaan suunnittelemaan, tuottamaan ja arvioimaan palveluja "
        "ja yhteistä elinympäristöä. Jokainen malli on kuvattu samalla tavalla: perusidea, "
        "toimintaympäristö, kohderyhmä, käyttöönoton edellytykset ja toteutuksen vaiheet.</p>"
        "<p>Malleja voi selata ja hakea aihealueen, kohderyhmän, alueen ja rahoittajan mukaan sekä "
        "sen mukaan, mitä osallisuutta edistävän hallintomallin periaatetta ja palvelun vaihetta "
        "ne tukevat. Kunta tai hyvinvointialue voi koota malleista esimerkiksi oman "
        "osallisuusohjelmansa.</p>"
        "<p>Osallisuutta edistävä hallintomalli kuvaa, miten julkiset toimijat, järjestöt, "
        "yritykset ja kansalaiset luovat yhdessä parempia palveluja ja elinympäristöjä. Siinä "
        "kansalainen ei ole vain äänestäjä tai palautteen antaja vaan palvelujen yhteiskehittäjä, "
        "yhteistuottaja ja vertaisarvioija. Mallin kolme periaatetta ovat kumppanuus, "
        "yhteistuotanto ja yhteisluominen sekä tulos- ja vaikuttavuusperusteisuus.</p>"
    ),
}

CATALOGUE = {
    "title": "Mallikirjasto",
    "slug": "mallit",
    "intro": (
        "<p>Mallikirjastossa on osallisuutta edistäviä toimintamalleja eli osallisuuden palasia. "
        "Voit rajata malleja esimerkiksi hallintomallin periaatteen, palvelun vaiheen, "
        "kohderyhmän, aihealueen, alueen tai rahoittajan mukaan.</p>"
        "<p>Jokaisen mallin sivulla kerrotaan mallin perusidea, toimintaympäristö, kohderyhmä, "
        "toimivuuden ja käyttöönoton ehdot, toteutuksen vaiheet sekä kehittäjät. Malli ei ole "
        "sellaisenaan hyvä tai huono, vaan se toimii jossakin ympäristössä ja jostakin "
        "näkökulmasta katsottuna: arvioi siis aina, sopiiko malli omaan tilanteeseesi.</p>"
    ),
}

GOVERNANCE = {
    "title": "Osallisuutta edistävä hallintomalli",
    "slug": "hallintomalli",
    "lead": (
        "Osallisuutta edistävässä hallintomallissa julkiset toimijat, yksityiset toimijat ja "
        "kansalaiset luovat yhdessä parempia elinympäristöjä ja palveluja. Kansalainen on "
        "palvelujen yhteiskehittäjä, yhteistuottaja ja vertaisarvioija."
    ),
    "body": (
        "<h2>Mistä hallintomallissa on kyse</h2>"
        "<p>Hallintomallissa julkiset toimijat (kuntien viranhaltijat ja luottamushenkilöt, "
        "hyvinvointialueet ja valtio), yksityiset toimijat (järjestöt, yritykset ja osuuskunnat) "
        "ja kansalaiset (palvelujen käyttäjät, omaiset ja asukkaat) kehittävät elinympäristöjä ja "
        "palveluja yhdessä. Kansalainen ei ole vain äänestäjä tai palautteen antaja, vaan hän "
        "osallistuu palvelujen kehittämiseen, tuottamiseen ja arviointiin.</p>"
        "<p>Mallin teoreettinen tausta on uudessa julkisessa hallinnassa (New Public Governance): "
        "siirtymässä hallinnosta hallintaan, jossa verkostot ovat ohjauksen keskeinen väline.</p>"
        "<h2>Tavoitteet</h2>"
        "<ul>"
        "<li>heikoimmassa asemassa olevien mahdollisuudet osallistua, vaikuttaa ja kuulua joukkoon "
        "lisääntyvät</li>"
        "<li>syrjäyttävät mekanismit vähenevät, väestösuhteet ovat hyvät ja arki on "
        "turvallista</li>"
        "<li>palvelujen toimivuus, laatu ja vaikuttavuus paranevat</li>"
        "<li>näiden kautta sekä yksilöiden että yhteisöjen hyvinvointi vahvistuu</li>"
        "</ul>"
        "<h2>Kolme periaatetta</h2>"
        "<p>Hallintomalli perustuu kolmeen periaatteeseen. Ne ovat prosessinomaisia ja koskevat "
        "toiminnan tai palvelun koko elinkaarta.</p>"
        "<ul>"
        "<li><b>Kumppanuus julkisten, yksityisten ja kansalaisten kesken (4P-kumppanuus).</b> "
        "Kumppanuus on yhteistuotannon ja yhteisluomisen rakenteiden edellytys.</li>"
        "<li><b>Yhteistuotanto ja yhteisluominen.</b> Kansalaiset kehittävät, tuottavat ja "
        "arvioivat palveluja yhdessä ammattilaisten kanssa.</li>"
        "<li><b>Tulos- ja vaikuttavuusperusteisuus.</b> Toimitaan yhdessä sovittuja tavoitteita "
        "kohti. Tavoitteista ja niiden objektiivisesta ja subjektiivisesta mittaamisesta "
        "neuvotellaan alusta alkaen.</li>"
        "</ul>"
        "<h2>Palvelun vaiheet</h2>"
        "<p>Osallisuus kuuluu palvelun jokaiseen vaiheeseen: valmistelun viriämiseen, jolloin "
        "tarve tunnistetaan ja valmistelu käynnistyy, suunnitteluun ja kehittämiseen, tuotantoon "
        "sekä arviointiin.</p>"
        "<h2>Julkisen hankinnan vaiheet</h2>"
        "<p>Palvelujen käyttäjät voivat osallistua myös julkisiin hankintoihin. "
        "Valtiovarainministeriö suosittelee käyttäjien ottamista mukaan hankintojen suunnitteluun "
        "erityisesti sosiaali- ja terveyspalveluissa.</p>"
        "<ul>"
        "<li><b>Valmistelu:</b> seminaarit, kyselyt, asiakas- ja asukasraadit, palvelumuotoilu "
        "sekä markkinavuoropuhelu käyttäjäjärjestöjen kanssa.</li>"
        "<li><b>Kilpailutus:</b> käyttäjät auttavat viimeistelemään tavoitteet, palvelukuvauksen "
        "ja vertailuperusteet.</li>"
        "<li><b>Sopimusaika:</b> käyttäjät kehittävät, tuottavat ja arvioivat palveluja "
        "kokemusasiantuntijoina ja vertaisina.</li>"
        "</ul>"
        "<h2>Muuttuvat roolit</h2>"
        "<p>Asukkaat ja palvelujen käyttäjät osallistuvat monin tavoin ja monella tasolla. "
        "Ammattilaiset tarvitsevat uudenlaista osaamista ja johtamista, ja heistä tulee "
        "kumppanuuden ja yhteistuotannon mahdollistajia. Myös arviointi muuttuu, kun kansalaiset "
        "neuvottelevat siitä, mihin pyritään ja miten tuloksia arvioidaan. Lakisääteiset "
        "velvoitteet ja oikeudet säilyvät ennallaan, ja valtio, kunnat ja hyvinvointialueet "
        "johtavat kokonaisuutta.</p>"
        "<p>Hallintomallin välineitä ovat muun muassa kunnan osallisuusohjelma, kumppanuusrahoitus "
        "ja osallistuva budjetointi, verkostomainen hallinta sekä kokemusasiantuntijuus, jossa "
        "kokemustieto on ammatillisen ja tieteellisen tiedon rinnalla.</p>"
        "<h2>Mallit periaatteittain ja vaiheittain</h2>"
        "<p>Alla olevassa taulukossa mallikirjaston mallit on jaoteltu hallintomallin "
        "periaatteiden ja palvelun vaiheiden mukaan. Taulukon solusta näet, mitkä mallit tukevat "
        "kyseistä periaatetta kyseisessä vaiheessa. Luokittelu on tämän demosisällön "
        "toimituksellinen esimerkki.</p>"
    ),
}

ABOUT = {
    "title": "Tietoa palvelusta",
    "slug": "tietoa",
    "lead": (
        "Palaset kokoaa osallisuutta edistävät toimintamallit yhteen paikkaan, jotta kunnat, "
        "hyvinvointialueet, järjestöt ja ammattilaiset löytävät ja voivat ottaa käyttöön toisten "
        "kehittämiä ratkaisuja."
    ),
    "body": [
        ("heading", "Mikä Palaset on"),
        (
            "paragraph",
            (
                "<p>Palaset on avoin tietopankki osallisuuden palasista eli toimintamalleista, "
                "jotka edistävät asukkaiden, palvelujen käyttäjien ja kokemusasiantuntijoiden "
                "osallisuutta. Mallit on kuvattu yhtenäisellä tavalla Innokylän kuvauspohjaa "
                "mukaillen, ja ne on jäsennetty osallisuutta edistävän hallintomallin "
                "periaatteiden ja vaiheiden mukaan.</p>"
            ),
        ),
        ("heading", "Osallisuuden palaset ja Sokra-arviointi"),
        (
            "paragraph",
            (
                "<p>Osallisuuden palasia on kehitetty eri puolilla Suomea Euroopan "
                "sosiaalirahaston (ESR) hankkeissa, ja ne on kuvattu valtakunnallisessa "
                "Innokylä-palvelussa. Sosiaalisen osallisuuden edistämisen koordinaatiohanke Sokra "
                "(2014–2023), jota johti Terveyden ja hyvinvoinnin laitos (THL) yhdessä "
                "Diakonia-ammattikorkeakoulun kanssa, arvioi malleja osallisuuden näkökulmasta.</p>"
                "<p>Arviointi tehtiin hankkeiden dokumentaation pohjalta. Siinä käytettiin kahta "
                "näkökulmaa: THL:n kolmea osallisuuden osa-aluetta (osallisuus omassa elämässä, "
                "osallisuus yhteisöissä ja vaikuttamisen prosesseissa sekä osallisuus yhteisestä "
                "hyvästä) ja lupaavan käytännön kriteereitä.</p>"
            ),
        ),
        ("heading", "Demosisällöstä"),
        (
            "paragraph",
            (
                "<p>Tämän palvelun sisältö on esimerkkiaineistoa. Mallien nimet sekä tiedot "
                "kehittäjähankkeista, rahoittajista, vuosista ja paikkakunnista perustuvat "
                "julkisiin lähteisiin, mutta mallien kuvaustekstit on kirjoitettu demoa varten "
                "yleisellä tasolla.</p>"
                "<p>Mallien luokittelut (periaatteet, vaiheet, kohderyhmät, aihealueet ja "
                "kehittämisen vaihe) ja arvioinnit ovat havainnollistavaa esimerkkiaineistoa. Ne "
                "eivät ole THL:n eivätkä Sokra-hankkeen arviointituloksia.</p>"
            ),
        ),
        ("heading", "Arvio ei ole suositus"),
        (
            "paragraph",
            (
                "<p>Malli ei ole sellaisenaan hyvä tai huono, vaan se toimii jossakin ympäristössä "
                "ja jostakin näkökulmasta katsottuna. Siksi mallin arvioinnin yhteenveto ei "
                "koskaan ole suositus. Arvioi aina itse, sopiiko malli omaan toimintaympäristöösi "
                "ja kohderyhmällesi.</p>"
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Saavutettavuusseloste",
    "slug": "saavutettavuusseloste",
    "lead": (
        "Tämä saavutettavuusseloste koskee Palaset-verkkopalvelua. Palvelun tavoitteena on, että "
        "jokainen voi käyttää sitä toimintarajoitteista riippumatta."
    ),
    "body": [
        ("heading", "Mitä palvelua seloste koskee"),
        (
            "paragraph",
            (
                "<p>Seloste koskee Palaset-verkkopalvelua, joka on avoin tietopankki osallisuutta "
                "edistävistä toimintamalleista. Seloste on laadittu digitaalisten palvelujen "
                "tarjoamisesta annetun lain (306/2019) mukaisesti.</p>"
            ),
        ),
        ("heading", "Digipalvelun saavutettavuuden tila"),
        (
            "paragraph",
            (
                "<p>Palvelun tavoitteena on täyttää Verkkosisällön saavutettavuusohjeiden (WCAG "
                "2.1) AA-tason vaatimukset. Palvelu on osittain vaatimusten mukainen. Tunnetut "
                "puutteet on lueteltu alla.</p>"
            ),
        ),
        ("heading", "Ei-saavutettava sisältö"),
        (
            "paragraph",
            (
                "<ul>"
                "<li>Sisällöntuottajien palveluun lisäämät liitteet, kuten PDF-tiedostot, eivät "
                "välttämättä ole saavutettavia.</li>"
                "<li>Sisältöjen ruotsin- ja englanninkieliset käännökset ovat osittaisia, joten "
                "osa sisällöstä on saatavilla vain suomeksi.</li>"
                "</ul>"
            ),
        ),
        ("heading", "Sisällön saaminen muulla tavoin"),
        (
            "paragraph",
            (
                "<p>Jos et pysty käyttämään jotakin palvelun sisältöä, voit pyytää sitä "
                "saavutettavassa muodossa antamalla palautetta alla kerrotulla tavalla.</p>"
            ),
        ),
        ("heading", "Miten seloste on laadittu"),
        (
            "paragraph",
            (
                "<p>Seloste on laadittu 28.11.2026. Palvelun saavutettavuus on arvioitu "
                "itsearviona, jota on täydennetty automaattisilla axe-core-testeillä.</p>"
            ),
        ),
        ("heading", "Palautetta saavutettavuudesta"),
        (
            "paragraph",
            (
                "<p>Huomasitko puutteen saavutettavuudessa? Kerro siitä meille sähköpostitse "
                "osoitteeseen saavutettavuus@palaset.example. Vastaamme palautteeseen 14 päivän "
                "kuluessa.</p>"
                "<p>Osoite on paikkamerkki: palvelun ylläpitäjä korvaa sen käyttöönoton yhteydessä "
                "omalla palauteosoitteellaan.</p>"
            ),
        ),
        ("heading", "Valvontaviranomainen"),
        (
            "paragraph",
            (
                "<p>Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta palvelun "
                "ylläpitäjälle. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta "
                "lainkaan kahden viikon kuluessa, voit tehdä ilmoituksen digitaalisen "
                "saavutettavuuden valvontaan.</p>"
                "<p>Ohjeet ilmoituksen tekemiseen löydät sivustolta <a "
                'href="https://www.saavutettavuusvaatimukset.fi">'
                "saavutettavuusvaatimukset.fi</a>.</p>"
            ),
        ),
    ],
}

EVALUATION_OVERVIEW = {
    "title": "Arvioinnit",
    "slug": "arvioinnit",
    "lead": (
        "Kooste siitä, miten mallikirjaston malleja on arvioitu osallisuuden näkökulmasta: "
        "kuinka moni malli on arvioitu, millaiseen tietoon arviot perustuvat ja mitä "
        "osallisuuden osa-alueita mallit vahvistavat."
    ),
    "body": (
        "<p>Arvioinnit noudattavat THL:n osallisuuden kolmea osa-aluetta: osallisuus omassa "
        "elämässä, osallisuus yhteisöissä ja vaikuttamisen prosesseissa sekä osallisuus "
        "yhteisestä hyvästä. Demoaineiston arviot ovat havainnollistavia esimerkkejä, eivät "
        "THL:n tai Sokra-hankkeen arviointien tuloksia.</p>"
    ),
}
