"""Demo catalogue: the 20 participation models of the governance model page.

Plain data, no logic. Facts (names, projects, years, places, funders, developer organisations)
come from the project's domain brief; where the brief has no fact, the field is left empty.
Descriptive texts describe in general terms how each model works. The principle, phase,
target-group, topic and development-stage tags are an illustrative editorial classification
for the demo, not THL's or Innokylä's.
"""

MODELS = [
    {
        "title": "Asiakasosallisuusryhmät vammaispalvelujen yhteiskehittämisessä",
        "slug": "asiakasosallisuusryhmat-vammaispalveluissa",
        "lead": (
            "Vammaispalvelujen asiakkaat, omaiset ja työntekijät kehittävät ja arvioivat palveluja "
            "yhdessä asiakasosallisuusryhmissä. Ryhmät tuovat asiakkaiden kokemustiedon osaksi "
            "palvelujen suunnittelua."
        ),
        "core_idea": (
            "<p>Asiakasosallisuusryhmä on vammaispalvelujen asiakkaista, heidän omaisistaan ja "
            "palvelujen työntekijöistä koottu ryhmä, joka kokoontuu säännöllisesti kehittämään ja "
            "arvioimaan palveluja. Asiakkaat ja omaiset eivät ole ryhmässä pelkkiä palautteen "
            "antajia vaan palvelujen yhteiskehittäjiä.</p>"
            "<p>Ryhmä käsittelee palvelujen arjen toimivuutta, tunnistaa kehittämiskohteita ja "
            "arvioi tehtyjen muutosten vaikutuksia. Työntekijät tuovat ryhmään ammatillisen "
            "tietonsa ja vievät ryhmän havainnot eteenpäin omassa organisaatiossaan.</p>"
        ),
        "setting": (
            "<p>Malli sopii kuntien ja hyvinvointialueiden vammaispalveluihin, joissa asiakkuudet "
            "ovat usein pitkiä ja palvelut vaikuttavat laajasti asiakkaan arkeen. Ryhmiä voidaan "
            "perustaa esimerkiksi palvelukohtaisesti tai alueellisesti.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat vammaispalvelujen asiakkaat ja heidän omaisensa sekä palveluissa "
            "työskentelevät sosiaalityöntekijät ja muut ammattilaiset. Asiakkailla ja omaisilla on "
            "palveluista kokemustietoa, joka ei tule esiin pelkillä asiakaskyselyillä.</p>"
            "<p>Osallistumisen tavat on suunniteltava niin, että eri tavoin toimintarajoitteiset "
            "ihmiset voivat osallistua. Apuna voivat olla esimerkiksi tulkkaus, selkokieli, "
            "esteettömät kokoontumispaikat ja mahdollisuus osallistua etäyhteydellä.</p>"
        ),
        "adoption_conditions": (
            "<p>Toiminta edellyttää johdon sitoutumista siihen, että ryhmän havainnot käsitellään "
            "ja niihin vastataan. Ryhmä tarvitsee vastuullisen ohjaajan, säännöllisen "
            "kokoontumisaikataulun ja sovitut tavat viedä ehdotukset päätöksentekoon.</p>"
            "<ul>"
            "<li>yhdessä sovittu tehtävä ja toimintaperiaatteet</li>"
            "<li>saavutettavat tilat ja viestintä</li>"
            "<li>palaute ryhmälle siitä, mitä sen ehdotuksille on tapahtunut</li>"
            "</ul>"
        ),
        "resources": (
            "<p>Resursseja tarvitaan ryhmän ohjaamiseen, kokousjärjestelyihin, tarvittaviin "
            "tulkkaus- ja avustajapalveluihin sekä osallistujien matkakulujen korvaamiseen tai "
            "palkkioihin organisaation käytäntöjen mukaisesti.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että asiakkaiden ja omaisten kokemustieto vaikuttaa palvelujen "
            "sisältöön ja toimintatapoihin ja että asiakkaat kokevat voivansa vaikuttaa omiin "
            "palveluihinsa.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata esimerkiksi kirjaamalla ryhmän tekemät ehdotukset ja niiden "
            "toteutumisen sekä kysymällä osallistujilta, miten he kokevat "
            "vaikutusmahdollisuutensa.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty VamO-hankkeessa, jota rahoitti Euroopan sosiaalirahasto vuosina "
            "2016–2019. Lähtökohtana on ajatus asiakkaasta palvelujen yhteiskehittäjänä ja "
            "arvioijana.</p>"
        ),
        "needs": (
            "<p>Vammaispalvelujen asiakkaiden ääni jää helposti kuulumatta palvelujen "
            "suunnittelussa ja arvioinnissa. Tarvittiin pysyvä rakenne, jonka kautta asiakkaiden "
            "ja omaisten kokemustieto kulkee säännöllisesti palvelujen kehittämiseen.</p>"
        ),
        "co_development": (
            "<p>Ryhmät kootaan yhdessä asiakkaiden, omaisten ja työntekijöiden kanssa. "
            "Toimintatavoista, kokoontumisten aiheista ja arvioinnin kohteista sovitaan ryhmässä "
            "yhdessä.</p>"
        ),
        "implementation": [
            (
                "Ryhmän perustaminen",
                (
                    "Sovitaan ryhmän tehtävä, kokoonpano ja ohjaaja, ja mukaan kutsutaan "
                    "asiakkaita, omaisia ja työntekijöitä."
                ),
            ),
            (
                "Yhteiset pelisäännöt",
                (
                    "Ryhmä sopii toimintaperiaatteistaan, kokoontumistavasta ja siitä, miten "
                    "osallistumisen esteet poistetaan."
                ),
            ),
            (
                "Kehittämiskohteiden valinta",
                (
                    "Ryhmä tunnistaa palveluista kehittämistarpeita ja valitsee niistä "
                    "työstettävät aiheet."
                ),
            ),
            (
                "Ehdotusten vieminen eteenpäin",
                (
                    "Työntekijät vievät ryhmän ehdotukset päätöksentekoon ja kertovat ryhmälle, "
                    "miten niitä on käsitelty."
                ),
            ),
            (
                "Yhteinen arviointi",
                (
                    "Ryhmä arvioi toteutettujen muutosten vaikutuksia ja oman toimintansa "
                    "onnistumista."
                ),
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Asiakkaat ja omaiset tuovat ryhmään kokemustietonsa ja osallistuvat "
                    "palvelujen kehittämiseen ja arviointiin."
                ),
            ),
            (
                "professionals",
                (
                    "Sosiaalityöntekijät ja muut työntekijät ohjaavat ryhmää ja vievät sen "
                    "ehdotukset eteenpäin."
                ),
            ),
            (
                "public_sector",
                (
                    "Palvelujen järjestäjä sitoutuu käsittelemään ryhmän ehdotukset ja kertomaan, "
                    "mitä niille on tapahtunut."
                ),
            ),
        ],
        "project_name": "VamO",
        "project_start_year": 2016,
        "project_end_year": 2019,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr"],
        "developers": [],
        "stage": "valmis-levitettavaksi",
        "principles": ["yhteistuotanto", "vaikuttavuus"],
        "service_phases": ["suunnittelu", "arviointi"],
        "procurement_phases": [],
        "target_groups": ["vammaispalvelujen-asiakkaat", "ammattilaiset"],
        "topics": ["vammaispalvelut", "osallisuus"],
        "related": ["yhteiskehittaminen-sosiaalisessa-kuntoutuksessa"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Avoin olohuone ilman vaatimusta päihteettömyydestä",
        "slug": "avoin-olohuone-ilman-vaatimusta-paihteettomyydesta",
        "lead": (
            "Avoin olohuone on matalan kynnyksen kohtaamispaikka, jonne voi tulla hakemaan seuraa "
            "ja apua ilman vaatimusta päihteettömyydestä. Olohuoneen toiminnasta päättävät sen "
            "käyttäjät yhdessä."
        ),
        "core_idea": (
            "<p>Avoin olohuone on yhteisöllinen tila, johon on tervetullut jokainen, joka kaipaa "
            "seuraa, keskusteluapua tai tukea arjen asioihin. Päihteettömyyttä ei edellytetä; "
            "riittää, että kävijä noudattaa yhdessä sovittuja pelisääntöjä.</p>"
            "<p>Olohuone on yhteisön itsensä pyörittämä: käyttäjät päättävät sen säännöistä ja "
            "toiminnasta demokraattisesti. Työntekijät ja vapaaehtoiset tukevat yhteisöä, mutta "
            "eivät tee päätöksiä sen puolesta.</p>"
        ),
        "setting": (
            "<p>Olohuone voi toimia esimerkiksi järjestön, seurakunnan tai kunnan tarjoamassa "
            "tilassa, johon on helppo tulla ilman ajanvarausta. Toiminta sopii erityisesti "
            "paikkoihin, joissa päihteitä käyttävät ihmiset jäävät muiden kohtaamispaikkojen "
            "ulkopuolelle.</p>"
        ),
        "target_group_insight": (
            "<p>Olohuone on tarkoitettu kaikille, jotka haluavat seuraa ja apua. Se tavoittaa myös "
            "ihmisiä, jotka käyttävät päihteitä eivätkä siksi pääse tai halua hakeutua "
            "palveluihin, joissa päihteettömyys on ehtona.</p>"
            "<p>Päihteitä käyttävät ihmiset voivat kohdata leimaamista ja torjuntaa. Siksi "
            "kohtaamisen on oltava kunnioittavaa ja luokittelematonta ja osallistumisen "
            "vapaaehtoista.</p>"
        ),
        "adoption_conditions": (
            "<p>Toiminta edellyttää selkeitä, yhdessä sovittuja pelisääntöjä ja turvallisuudesta "
            "huolehtimista. Lisäksi tarvitaan sitoutunut ylläpitäjä, joka vastaa tilasta ja tukee "
            "yhteisön päätöksentekoa.</p>"
            "<ul>"
            "<li>tila, johon on helppo tulla</li>"
            "<li>yhteisön kokoukset, joissa käyttäjät päättävät toiminnasta</li>"
            "<li>yhteydet palveluihin, joihin kävijöitä voi tarvittaessa ohjata</li>"
            "</ul>"
        ),
        "resources": (
            "<p>Tarvitaan tila, perusvarustus ja kahvitarjoilu sekä työntekijä tai koulutettuja "
            "vapaaehtoisia, jotka tukevat yhteisöä ja ohjaavat tarvittaessa palveluihin.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kävijät saavat seuraa ja tukea, kokevat kuuluvansa yhteisöön "
            "ja voivat vaikuttaa yhteisen tilan toimintaan. Samalla kynnys hakeutua tarvittaviin "
            "palveluihin madaltuu.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata esimerkiksi kävijämäärillä, yhteisön kokouksiin "
            "osallistumisella ja kävijöiden omilla arvioilla siitä, mitä olohuone on merkinnyt "
            "heidän arjessaan.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty hankkeessa Korona yhteiskunnan marginaaleissa: Otto – oma "
            "tulevaisuus, jota rahoitti Euroopan sosiaalirahasto vuosina 2021–2023.</p>"
        ),
        "needs": (
            "<p>Monet kohtaamispaikat ja palvelut edellyttävät päihteettömyyttä, jolloin osa avun "
            "tarvitsijoista jää kokonaan ilman yhteisöä ja tukea. Tarvittiin paikka, johon "
            "tulemisen kynnys on mahdollisimman matala.</p>"
        ),
        "co_development": (
            "<p>Olohuoneen säännöt ja toiminta kehitetään yhdessä kävijöiden kanssa. Yhteisön "
            "kokoukset ovat kehittämisen keskeinen foorumi.</p>"
        ),
        "implementation": [
            (
                "Tilan ja ylläpitäjän löytäminen",
                "Etsitään helposti saavutettava tila ja sovitaan, kuka vastaa sen ylläpidosta.",
            ),
            (
                "Pelisääntöjen sopiminen",
                "Ensimmäiset kävijät ja työntekijät sopivat yhdessä olohuoneen säännöistä.",
            ),
            (
                "Avoimet ovet",
                "Olohuone on auki sovittuina aikoina ilman ajanvarausta tai ennakkoehtoja.",
            ),
            (
                "Yhteisön kokoukset",
                (
                    "Kävijät päättävät säännöllisissä kokouksissa toiminnasta ja sääntöjen "
                    "muutoksista."
                ),
            ),
            (
                "Ohjaus palveluihin",
                "Työntekijät ja vapaaehtoiset ohjaavat kävijöitä tarvittaessa muihin palveluihin.",
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Kävijät päättävät olohuoneen säännöistä ja toiminnasta ja osallistuvat sen "
                    "arkeen."
                ),
            ),
            ("ngos", "Järjestö tai seurakunta voi ylläpitää tilaa ja tukea yhteisöä."),
            (
                "professionals",
                "Työntekijät tukevat yhteisön päätöksentekoa ja ohjaavat tarvittaessa palveluihin.",
            ),
        ],
        "project_name": "Korona yhteiskunnan marginaaleissa: Otto – oma tulevaisuus",
        "project_start_year": 2021,
        "project_end_year": 2023,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr"],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["yhteistuotanto"],
        "service_phases": ["tuotanto", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": ["paihteita-kayttavat", "heikoimmassa-asemassa-olevat"],
        "topics": ["osallisuus", "hyvinvoinnin-ja-terveyden-edistaminen"],
        "related": ["viisi-tapaa-perustaa-avoin-yhteinen-tila"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Hyvinvointia kioskista – avoin hyvinvoinnin arviointi-, ohjaus- ja tukipalvelu",
        "slug": "hyvinvointia-kioskista",
        "lead": (
            "Hyvinvointikioski on avoin palvelupiste, josta saa ilman ajanvarausta hyvinvoinnin "
            "arviointia, ohjausta ja tukea. Kioskissa työskentelevät sairaanhoitaja ja "
            "toimintaterapeutti."
        ),
        "core_idea": (
            "<p>Hyvinvointikioski on matalan kynnyksen palvelupiste, jonne voi tulla ilman "
            "ajanvarausta ja lähetettä. Sairaanhoitaja ja toimintaterapeutti arvioivat yhdessä "
            "kävijän kanssa tämän hyvinvointia, työ- ja toimintakykyä sekä tuen tarvetta.</p>"
            "<p>Arvioinnin pohjalta kävijä saa ohjausta ja tukea, ja hänet ohjataan tarvittaessa "
            "sopiviin palveluihin. Kävijä määrittelee itse, mihin asioihin hän toivoo tukea.</p>"
        ),
        "setting": (
            "<p>Kioski sijoitetaan paikkaan, jossa kohderyhmä muutenkin liikkuu ja jonne on helppo "
            "poiketa. Mallia on kehitetty Jyväskylässä ammattikorkeakoulun ja kaupungin "
            "yhteistyönä.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat työttömät, erityisesti pitkäaikaistyöttömät. Pitkään työelämän "
            "ulkopuolella olleiden terveyden ja toimintakyvyn tuen tarpeet voivat jäädä "
            "tunnistamatta, jos heillä ei ole säännöllistä yhteyttä terveyspalveluihin.</p>"
        ),
        "adoption_conditions": (
            "<p>Kioski tarvitsee helposti saavutettavan sijainnin, riittävät aukioloajat ja "
            "toimivat yhteydet sosiaali- ja terveyspalveluihin sekä työllisyyspalveluihin. Matalan "
            "kynnyksen periaate toteutuu parhaiten, kun palvelu on maksuton ja vapaaehtoinen.</p>"
        ),
        "resources": (
            "<p>Tarvitaan sairaanhoitajan ja toimintaterapeutin työpanos, sopiva tila ja "
            "arviointivälineet. Kun toiminta toteutetaan yhdessä ammattikorkeakoulun kanssa, "
            "opiskelijat voivat osallistua siihen osana opintojaan.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kävijöiden hyvinvoinnin ja toimintakyvyn tuen tarpeet "
            "tunnistetaan varhain ja että he saavat tarvitsemansa ohjauksen ja tuen.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata esimerkiksi kävijämäärillä, toistuvilla käynneillä, "
            "jatko-ohjauksilla ja kävijöiden omilla arvioilla hyvinvoinnistaan ja "
            "toimintakyvystään.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty hankkeessa Hyvinvointikioski työ- ja toimintakyvyn "
            "vahvistajana, jota rahoitti Euroopan sosiaalirahasto vuosina 2016–2018. Kehittäjinä "
            "olivat Jyväskylän ammattikorkeakoulu ja Jyväskylän kaupunki.</p>"
        ),
        "needs": (
            "<p>Työttömien terveyden ja toimintakyvyn haasteet tunnistetaan usein myöhään. "
            "Tarvittiin helposti lähestyttävä palvelu, joka tukee työ- ja toimintakykyä ennen kuin "
            "ongelmat kasautuvat.</p>"
        ),
        "co_development": (
            "<p>Kioskin toimintaa kehitetään kävijöiltä saadun palautteen sekä "
            "yhteistyökumppaneiden kanssa käytyjen keskustelujen pohjalta.</p>"
        ),
        "implementation": [
            (
                "Sijainnin ja yhteistyön sopiminen",
                (
                    "Sovitaan kioskin paikka, aukioloajat ja yhteistyö palveluja tarjoavien "
                    "tahojen kanssa."
                ),
            ),
            (
                "Avoin vastaanotto",
                "Kävijä tulee kioskille ilman ajanvarausta ja kertoo, mihin hän toivoo tukea.",
            ),
            (
                "Hyvinvoinnin arviointi",
                (
                    "Sairaanhoitaja ja toimintaterapeutti arvioivat kävijän kanssa hänen "
                    "hyvinvointiaan sekä työ- ja toimintakykyään."
                ),
            ),
            (
                "Ohjaus ja tuki",
                "Kävijä saa ohjausta ja tukea sekä tarvittaessa ohjauksen muihin palveluihin.",
            ),
            ("Seurantakäynnit", "Kävijä voi palata kioskille seuraamaan tilannettaan."),
        ],
        "roles": [
            ("service_users", "Kävijät määrittelevät itse, mihin asioihin he haluavat tukea."),
            (
                "professionals",
                (
                    "Sairaanhoitaja ja toimintaterapeutti arvioivat hyvinvointia ja ohjaavat "
                    "palveluihin."
                ),
            ),
            (
                "researchers",
                "Ammattikorkeakoulu kehittää toimintaa ja voi tuoda siihen mukaan opiskelijoita.",
            ),
            (
                "public_sector",
                "Kaupunki osallistuu kehittämiseen ja kytkee kioskin muihin palveluihinsa.",
            ),
        ],
        "project_name": "Hyvinvointikioski työ- ja toimintakyvyn vahvistajana",
        "project_start_year": 2016,
        "project_end_year": 2018,
        "implemented_where": "Jyväskylä",
        "regions": ["jyvaskyla"],
        "funders": ["esr"],
        "developers": [
            ("jamk", "developer"),
            ("jyvaskylan-kaupunki", "developer"),
        ],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus", "vaikuttavuus"],
        "service_phases": ["tuotanto"],
        "procurement_phases": [],
        "target_groups": ["tyottomat"],
        "topics": ["hyvinvoinnin-ja-terveyden-edistaminen"],
        "related": [],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Kototori tukee kotoutujaa monialaisesti ja yhteisöllisesti",
        "slug": "kototori-tukee-kotoutujaa",
        "lead": (
            "Kototori on matalan kynnyksen kohtaamis- ja neuvontapaikka kotoutumisen alkuvaiheessa "
            "oleville. Koulutetut maahanmuuttajataustaiset yhteisöneuvojat ohjaavat kävijöitä "
            "yhden luukun periaatteella."
        ),
        "core_idea": (
            "<p>Kototori on paikka, jonne kotoutuja voi tulla kysymään neuvoa arjen asioihin ja "
            "tapaamaan muita. Neuvonta toimii yhden luukun periaatteella: samasta paikasta saa "
            "ohjausta monenlaisiin asioihin, ja tarvittaessa kävijä ohjataan oikeaan palveluun.</p>"
            "<p>Neuvontaa antavat koulutetut yhteisöneuvojat, jotka ovat itse "
            "maahanmuuttajataustaisia. Heidän oma kokemuksensa kotoutumisesta madaltaa kynnystä "
            "kysyä apua.</p>"
            "<p>Kototori on myös kohtaamispaikka, jossa maahanmuuttajat voivat tutustua toisiinsa "
            "ja paikallisiin toimijoihin. Näin kotoutumista tuetaan sekä monialaisesti että "
            "yhteisöllisesti.</p>"
        ),
        "setting": (
            "<p>Kototoria on kehitetty Tampereella. Monialainen neuvonta edellyttää yhteistyötä "
            "kotoutumista tukevien palvelujen ja muiden paikallisten toimijoiden kanssa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat pakolaiset ja muut maahanmuuttajat kotoutumisen alkuvaiheessa. "
            "Palvelujärjestelmä on uudessa maassa vieras, ja kielimuuri voi vaikeuttaa avun "
            "hakemista.</p>"
            "<p>Yhteisöneuvojien oma tausta auttaa ymmärtämään kävijöiden tilannetta ja "
            "rakentamaan luottamusta.</p>"
        ),
        "adoption_conditions": (
            "<p>Toiminta edellyttää yhteisöneuvojien koulutusta ja työnohjausta, toimivaa "
            "yhteistyötä kotoutumista tukevien palvelujen kanssa sekä helposti saavutettavaa "
            "tilaa. Matalaa kynnystä tukee se, ettei neuvonta edellytä ajanvarausta.</p>"
        ),
        "resources": (
            "<p>Tarvitaan tila, yhteisöneuvojien palkkaus ja koulutus, toiminnan koordinointi sekä "
            "yhteistyökumppaneiden työaikaa.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kotoutujat löytävät tarvitsemansa palvelut, saavat tietoa "
            "arjen asioista ja kokevat kuuluvansa yhteisöön.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata esimerkiksi kävijämäärillä, kysymysten aihepiireillä, "
            "palveluihin ohjausten määrällä ja kävijöiden kokemuksilla saamastaan avusta.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on tarve koota kotoutumisen alkuvaiheen neuvonta ja ohjaus yhteen "
            "paikkaan ja hyödyntää maahanmuuttajien omaa kokemusta kotoutumisesta.</p>"
        ),
        "needs": (
            "<p>Kotoutumisen alkuvaiheessa palveluja ja tahoja on paljon, ja oikean avun "
            "löytäminen voi olla vaikeaa. Tarvittiin paikka, josta saa ymmärrettävää neuvontaa ja "
            "jossa voi samalla tutustua muihin.</p>"
        ),
        "co_development": (
            "<p>Yhteisöneuvojien ja kävijöiden kokemukset ohjaavat toiminnan kehittämistä. "
            "Palautetta kerätään kävijöiltä ja yhteistyökumppaneilta.</p>"
        ),
        "implementation": [
            (
                "Yhteistyöverkoston kokoaminen",
                "Kootaan kotoutumista tukevat toimijat ja sovitaan työnjaosta.",
            ),
            (
                "Yhteisöneuvojien koulutus",
                "Maahanmuuttajataustaiset yhteisöneuvojat koulutetaan neuvontaan ja ohjaukseen.",
            ),
            (
                "Avoin neuvonta",
                "Kototori on avoinna sovittuina aikoina, ja neuvoa saa ilman ajanvarausta.",
            ),
            (
                "Ohjaus palveluihin",
                "Yhteisöneuvojat ohjaavat kävijöitä tarvittaessa oikeisiin palveluihin.",
            ),
            (
                "Yhteisöllinen toiminta",
                (
                    "Kototorilla järjestetään kohtaamisia, joissa kotoutujat voivat tutustua "
                    "toisiinsa."
                ),
            ),
        ],
        "roles": [
            (
                "experts_by_experience",
                (
                    "Koulutetut maahanmuuttajataustaiset yhteisöneuvojat neuvovat ja ohjaavat "
                    "kävijöitä oman kokemuksensa pohjalta."
                ),
            ),
            (
                "service_users",
                "Kotoutujat hakevat neuvoa ja osallistuvat yhteisölliseen toimintaan.",
            ),
            (
                "public_sector",
                "Kotoutumista tukevat julkiset palvelut tekevät yhteistyötä Kototorin kanssa.",
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "Tampere",
        "regions": ["tampere"],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["4p-kumppanuus", "yhteistuotanto"],
        "service_phases": ["tuotanto"],
        "procurement_phases": [],
        "target_groups": ["maahanmuuttajat"],
        "topics": ["kotoutuminen", "osallisuus"],
        "related": ["teemapaivat-romanien-kohtaamispaikka"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Kulttuurihyvinvointisuunnitelma edistää hyvinvointia ja osallisuutta",
        "slug": "kulttuurihyvinvointisuunnitelma",
        "lead": (
            "Kulttuurihyvinvointisuunnitelma tuo taiteen ja kulttuurin osaksi sosiaali- ja "
            "terveydenhuollon yksiköiden arkea. Suunnitelma kytketään kunnan "
            "hyvinvointisuunnitelmaan."
        ),
        "core_idea": (
            "<p>Kulttuurihyvinvointisuunnitelma on sosiaali- ja terveydenhuollon yksikön "
            "suunnitelma siitä, miten asiakkaiden ja henkilöstön mahdollisuuksia osallistua "
            "taiteeseen ja kulttuuriin edistetään. Suunnitelmaan kirjataan tavoitteet, "
            "toimenpiteet, vastuut ja seuranta.</p>"
            "<p>Suunnitelma kytketään kunnan hyvinvointisuunnitelmaan. Näin kulttuurihyvinvointi "
            "tulee osaksi kunnan hyvinvoinnin ja terveyden edistämistä eikä jää yksittäisten "
            "aktiivisten työntekijöiden varaan.</p>"
        ),
        "setting": (
            "<p>Malli sopii sosiaali- ja terveydenhuollon toimintayksiköihin, kuten ikääntyneiden "
            "palveluihin, kehitysvammapalveluihin ja mielenterveyskuntoutuksen yksiköihin. "
            "Yhteistyökumppaneita voivat olla esimerkiksi kunnan kulttuuripalvelut, taiteilijat ja "
            "järjestöt.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat sosiaali- ja terveydenhuollon yksiköiden asiakkaat, kuten "
            "ikääntyneet, kehitysvammaiset henkilöt ja mielenterveyskuntoutujat, sekä yksiköiden "
            "henkilöstö. Monen asiakkaan mahdollisuudet osallistua kulttuuritoimintaan ovat "
            "rajalliset, ellei sitä tuoda osaksi arkea.</p>"
            "<p>Suunnittelun lähtökohtana ovat asiakkaiden omat toiveet ja kiinnostuksen "
            "kohteet.</p>"
        ),
        "adoption_conditions": (
            "<p>Suunnitelman toteutuminen edellyttää yksikön johdon tukea, nimettyjä "
            "vastuuhenkilöitä ja yhteistyötä kunnan kulttuuripalvelujen kanssa. Kytkös kunnan "
            "hyvinvointisuunnitelmaan auttaa varmistamaan, että toiminta jatkuu.</p>"
        ),
        "resources": (
            "<p>Tarvitaan henkilöstön työaikaa suunnitteluun ja toteutukseen sekä tarvittaessa "
            "määräraha taide- ja kulttuuritoiminnan hankkimiseen.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että asiakkailla ja henkilöstöllä on säännöllisiä mahdollisuuksia "
            "osallistua taiteeseen ja kulttuuriin ja että kulttuurihyvinvointi näkyy kunnan "
            "hyvinvointisuunnitelmassa.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata suunnitelman toteutumisen seurannalla, kulttuuritoiminnan "
            "määrällä ja osallistujien kokemuksilla. Seurannan tulokset voidaan raportoida osana "
            "kunnan hyvinvointikertomusta.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on ajatus, että taide ja kulttuuri voivat tukea hyvinvointia ja "
            "osallisuutta, sekä tarve tehdä kulttuurihyvinvoinnista suunnitelmallinen osa kunnan "
            "hyvinvointityötä.</p>"
        ),
        "needs": (
            "<p>Kulttuuritoiminta sosiaali- ja terveydenhuollon yksiköissä on usein satunnaista ja "
            "riippuu yksittäisistä työntekijöistä. Tarvittiin tapa tehdä siitä tavoitteellista ja "
            "pysyvää.</p>"
        ),
        "co_development": (
            "<p>Suunnitelma laaditaan yhdessä asiakkaiden, henkilöstön ja kulttuuritoimijoiden "
            "kanssa. Asiakkaiden toiveita kerätään heille sopivin tavoin.</p>"
        ),
        "implementation": [
            (
                "Lähtötilanteen kartoitus",
                (
                    "Selvitetään yksikön nykyinen kulttuuritoiminta sekä asiakkaiden ja "
                    "henkilöstön toiveet."
                ),
            ),
            (
                "Suunnitelman laatiminen",
                (
                    "Kirjataan tavoitteet, toimenpiteet, vastuut ja aikataulu yhdessä asiakkaiden "
                    "ja henkilöstön kanssa."
                ),
            ),
            (
                "Kytkeminen hyvinvointisuunnitelmaan",
                "Suunnitelma liitetään kunnan hyvinvointisuunnitelmaan ja sen seurantaan.",
            ),
            (
                "Toteutus",
                (
                    "Kulttuuritoimintaa järjestetään osana yksikön arkea yhteistyössä "
                    "kulttuuritoimijoiden kanssa."
                ),
            ),
            (
                "Arviointi ja päivittäminen",
                "Suunnitelman toteutumista arvioidaan, ja suunnitelma päivitetään säännöllisesti.",
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Asiakkaat kertovat toiveistaan ja osallistuvat suunnitelman laatimiseen ja "
                    "kulttuuritoimintaan."
                ),
            ),
            (
                "professionals",
                (
                    "Henkilöstö laatii suunnitelman yhdessä asiakkaiden kanssa ja vastaa sen "
                    "toteutuksesta."
                ),
            ),
            (
                "public_sector",
                (
                    "Kunta kytkee suunnitelman hyvinvointisuunnitelmaansa ja tuo mukaan "
                    "kulttuuripalvelunsa."
                ),
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["vaikuttavuus", "yhteistuotanto"],
        "service_phases": ["viriaminen", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": [
            "ikaantyneet",
            "kehitysvammaiset",
            "mielenterveyskuntoutujat",
            "ammattilaiset",
        ],
        "topics": ["kulttuuri-ja-liikunta", "hyvinvoinnin-ja-terveyden-edistaminen"],
        "related": [],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": (
            "Kumppanuusilta kokoaa yhteen julkisen sektorin, kansalaisyhteiskunnan ja "
            "kokemustiedon paikalliset toimijat"
        ),
        "slug": "kumppanuusilta",
        "lead": (
            "Kumppanuusilta on tapahtuma, joka kokoaa yhteen paikalliset julkisen sektorin "
            "toimijat, järjestöt, yritykset, seurakunnat ja kokemusasiantuntijat. Illan "
            "tavoitteena on synnyttää uusia kumppanuuksia."
        ),
        "core_idea": (
            "<p>Kumppanuusilta on paikallinen tapahtuma, jossa eri sektoreiden toimijat tapaavat "
            "toisensa, tutustuvat toistensa toimintaan ja sopivat yhteistyöstä. Mukana ovat "
            "julkisen sektorin toimijat, järjestöt, yritykset ja seurakunnat sekä "
            "kokemusasiantuntijat.</p>"
            "<p>Illan ohjelma rakennetaan niin, että se tukee kohtaamista ja keskustelua, "
            "esimerkiksi pienryhmissä. Kokemustieto on mukana tasavertaisena ammatillisen tiedon "
            "rinnalla.</p>"
        ),
        "setting": (
            "<p>Kumppanuusilta sopii kunnan tai alueen paikalliseen yhteistyöhön. Mallia on "
            "kehitetty Uudellamaalla.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat paikalliset toimijat julkiselta sektorilta, järjestöistä, "
            "yrityksistä ja seurakunnista sekä kokemusasiantuntijat. Samalla alueella toimivat "
            "tahot tekevät usein samansuuntaista työtä tuntematta toisiaan.</p>"
        ),
        "adoption_conditions": (
            "<p>Onnistuminen edellyttää, että kutsu tavoittaa kaikki sektorit ja että "
            "järjestelyvastuu on selvä. Illan jälkeen tarvitaan sovittu tapa pitää syntyneet "
            "kumppanuudet yllä.</p>"
        ),
        "resources": (
            "<p>Tarvitaan tila, tapahtuman suunnittelu ja fasilitointi, viestintä sekä "
            "kokemusasiantuntijoiden palkkiot.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että paikalliset toimijat tuntevat toisensa, löytävät yhteisiä "
            "tavoitteita ja aloittavat konkreettista yhteistyötä.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata osallistujien määrällä ja taustoilla, iltojen jälkeen "
            "syntyneillä yhteistyön muodoilla ja osallistujien palautteella.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty hankkeessa Kumppanuudella soteen ja kuntiin, jota rahoitti STEA "
            "vuosina 2017–2019.</p>"
        ),
        "needs": (
            "<p>Sosiaali- ja terveyspalvelujen ja kuntien muuttuvassa toimintaympäristössä "
            "tarvitaan yhteistyötä yli sektorirajojen. Paikallisilta toimijoilta puuttuu usein "
            "luonteva foorumi, jossa tutustua toisiinsa.</p>"
        ),
        "co_development": (
            "<p>Ilta suunnitellaan yhdessä eri sektoreiden edustajien ja kokemusasiantuntijoiden "
            "kanssa.</p>"
        ),
        "implementation": [
            (
                "Suunnitteluryhmän kokoaminen",
                (
                    "Kootaan suunnitteluryhmä, jossa on eri sektoreiden edustajia ja "
                    "kokemusasiantuntijoita."
                ),
            ),
            (
                "Kutsu ja viestintä",
                (
                    "Kutsu lähetetään laajasti alueen julkisille toimijoille, järjestöille, "
                    "yrityksille ja seurakunnille."
                ),
            ),
            (
                "Kumppanuusilta",
                (
                    "Osallistujat esittäytyvät, keskustelevat yhteisistä teemoista ja sopivat "
                    "yhteistyöstä."
                ),
            ),
            ("Jatko", "Syntyneitä kumppanuuksia tuetaan, ja seuraavasta illasta sovitaan."),
        ],
        "roles": [
            (
                "public_sector",
                "Julkisen sektorin toimijat esittelevät toimintaansa ja etsivät kumppaneita.",
            ),
            (
                "ngos",
                "Järjestöt ja seurakunnat tuovat iltaan toimintansa ja yhteistyöehdotuksensa.",
            ),
            ("companies", "Paikalliset yritykset osallistuvat kumppanuuksien rakentamiseen."),
            (
                "experts_by_experience",
                "Kokemusasiantuntijat tuovat keskusteluun kokemustiedon näkökulman.",
            ),
        ],
        "project_name": "Kumppanuudella soteen ja kuntiin",
        "project_start_year": 2017,
        "project_end_year": 2019,
        "implemented_where": "Uusimaa",
        "regions": ["uusimaa"],
        "funders": ["stea"],
        "developers": [],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus"],
        "service_phases": ["viriaminen"],
        "procurement_phases": [],
        "target_groups": ["jarjestot", "kokemusasiantuntijat", "ammattilaiset"],
        "topics": ["osallisuus"],
        "related": ["poikkeustilanteiden-toimintamalli"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Naapuriyhteisötoiminta tukee kehitysvammaisten itsenäistä asumista",
        "slug": "naapuriyhteisotoiminta",
        "lead": (
            "Naapuriyhteisötoiminnassa naapurit tutustuvat toisiinsa ja tukevat toisiaan arjessa. "
            "Lähiyhteisön tuki auttaa kehitysvammaisia henkilöitä asumaan itsenäisesti omassa "
            "kodissaan."
        ),
        "core_idea": (
            "<p>Naapuriyhteisötoiminta rakentaa kehitysvammaisten henkilöiden asuinympäristöön "
            "yhteisön, jossa naapurit tuntevat toisensa ja auttavat toisiaan arjessa. Yhteisö "
            "täydentää ammatillista asumisen tukea mutta ei korvaa sitä.</p>"
            "<p>Yhteinen toiminta, kuten kokoontumiset ja arjen pienet avut, vahvistaa asukkaiden "
            "sosiaalisia suhteita ja turvallisuuden tunnetta. Asukkaat suunnittelevat itse, "
            "millaista toimintaa yhteisössä on.</p>"
        ),
        "setting": (
            "<p>Malli sopii asuinalueille ja taloihin, joissa kehitysvammaiset henkilöt asuvat "
            "omissa asunnoissaan muun asutuksen keskellä. Toimintaa voidaan tukea esimerkiksi "
            "vammaispalvelujen asumisen tuesta tai järjestöistä käsin.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat itsenäisesti asuvat kehitysvammaiset henkilöt. Itsenäiseen "
            "asumiseen voi liittyä yksinäisyyttä ja epävarmuutta, jos lähellä ei ole tuttuja "
            "ihmisiä.</p>"
            "<p>Toiminnan suunnittelussa tarvitaan selkokieltä ja tapoja, joilla jokainen voi "
            "kertoa omista toiveistaan.</p>"
        ),
        "adoption_conditions": (
            "<p>Toiminta edellyttää yhteisön kokoajaa, joka tukee naapuruston syntymistä, sekä "
            "asukkaiden vapaaehtoista halua osallistua. Ammatillisen tuen ja naapuriavun rajasta "
            "on sovittava selvästi.</p>"
        ),
        "resources": (
            "<p>Tarvitaan työntekijän aikaa yhteisön kokoamiseen ja tukemiseen sekä yhteinen tila "
            "tai muu paikka kokoontumisille.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kehitysvammaiset asukkaat kokevat arkensa turvallisemmaksi, "
            "heillä on sosiaalisia suhteita naapurustossa ja he voivat asua itsenäisesti.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata asukkaiden omilla arvioilla yksinäisyydestä, turvallisuudesta "
            "ja osallisuudesta sekä yhteisen toiminnan määrällä.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on kehitysvammaisten henkilöiden oikeus valita, missä ja kenen kanssa "
            "he asuvat, ja elää osana lähiyhteisöään.</p>"
        ),
        "needs": (
            "<p>Itsenäisesti asuvan kehitysvammaisen henkilön arki voi olla yksinäistä, ja "
            "pienetkin asiat voivat muodostua esteiksi. Tarvittiin tapa vahvistaa lähiyhteisön "
            "tukea ammatillisten palvelujen rinnalla.</p>"
        ),
        "co_development": (
            "<p>Toiminta suunnitellaan yhdessä asukkaiden kanssa. Kehitysvammaiset asukkaat ovat "
            "mukana päättämässä yhteisön toiminnasta.</p>"
        ),
        "implementation": [
            (
                "Naapuruston kartoitus",
                "Selvitetään asukkaiden toiveet ja alueen mahdollisuudet yhteiseen toimintaan.",
            ),
            (
                "Yhteisön kokoaminen",
                "Asukkaat kutsutaan tutustumaan toisiinsa ja suunnittelemaan yhteistä toimintaa.",
            ),
            (
                "Yhteinen toiminta",
                "Naapurit kokoontuvat ja tukevat toisiaan yhdessä sovituilla tavoilla.",
            ),
            (
                "Tuen yhteensovittaminen",
                "Naapuriapu ja ammatillinen asumisen tuki sovitetaan yhteen.",
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Kehitysvammaiset asukkaat suunnittelevat yhteisön toimintaa ja osallistuvat "
                    "siihen."
                ),
            ),
            ("residents", "Naapurit tutustuvat toisiinsa ja tukevat toisiaan arjen asioissa."),
            (
                "professionals",
                (
                    "Työntekijät kokoavat yhteisöä ja sovittavat naapuriavun yhteen ammatillisen "
                    "tuen kanssa."
                ),
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["yhteistuotanto"],
        "service_phases": ["tuotanto"],
        "procurement_phases": [],
        "target_groups": ["kehitysvammaiset", "asukkaat"],
        "topics": ["asuminen-ja-lahiot", "vammaispalvelut"],
        "related": [],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Osallistavalla ideakilpailulla uutta matalan kynnyksen liikuntatoimintaa",
        "slug": "osallistava-ideakilpailu-liikuntatoimintaan",
        "lead": (
            "Osallistava ideakilpailu kerää ideoita uudesta matalan kynnyksen liikuntatoiminnasta. "
            "Valitut ideat kokeillaan käytännössä, ja kokeilut suunnitellaan yhdessä kohderyhmän "
            "kanssa."
        ),
        "core_idea": (
            "<p>Ideakilpailussa kuka tahansa voi ehdottaa uutta liikuntatoimintaa, joka madaltaa "
            "kynnystä aloittaa liikkuminen. Ehdotuksista valitaan kokeiltavat ideat, ja niistä "
            "tehdään käytännön liikuntakokeiluja.</p>"
            "<p>Kokeilut suunnitellaan yhdessä kohderyhmän kanssa, jotta liikunta vastaa "
            "osallistujien toiveita, mahdollisuuksia ja elämäntilannetta. Näin liikuntapalveluja "
            "kehitetään niiden ihmisten kanssa, joita ne eivät ole tähän asti tavoittaneet.</p>"
        ),
        "setting": (
            "<p>Malli sopii kunnan liikuntapalvelujen, järjestöjen ja urheiluseurojen "
            "yhteistyöhön. Liikuntakokeiluja voidaan toteuttaa esimerkiksi lähiliikuntapaikoilla, "
            "kohtaamispaikoissa tai luonnossa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat työn ja koulutuksen ulkopuolella olevat sekä vähän liikkuvat "
            "ihmiset. Tavallinen liikuntatarjonta voi tuntua heistä vieraalta, kalliilta tai "
            "suorituskeskeiseltä.</p>"
        ),
        "adoption_conditions": (
            "<p>Kilpailun säännöt, valintaperusteet ja kokeiluille annettava tuki on kerrottava "
            "selvästi etukäteen. Onnistuminen edellyttää, että ideoiden jättäminen on helppoa ja "
            "että myös kohderyhmä osallistuu ideoiden valintaan.</p>"
        ),
        "resources": (
            "<p>Tarvitaan kilpailun järjestäminen ja viestintä, pieni kokeiluraha tai muu tuki "
            "valituille ideoille sekä ohjaajia liikuntakokeiluihin.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kohderyhmään kuuluvat löytävät itselleen sopivaa liikuntaa ja "
            "että kunnan liikuntatarjonta monipuolistuu.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata ideoiden ja kokeilujen määrällä, osallistujamäärillä sekä "
            "osallistujien kokemuksilla liikkumisestaan ja hyvinvoinnistaan.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on tavoite lisätä liikuntaa niiden ihmisten keskuudessa, jotka "
            "liikkuvat vähän, ja käyttää kohderyhmän omia ideoita uuden toiminnan pohjana.</p>"
        ),
        "needs": (
            "<p>Liikuntapalvelut tavoittavat heikosti työn ja koulutuksen ulkopuolella olevia. "
            "Tarvittiin uusia, yhdessä kohderyhmän kanssa suunniteltuja tapoja liikkua.</p>"
        ),
        "co_development": (
            "<p>Ideat tulevat osallistujilta, ja kokeilut suunnitellaan yhdessä kohderyhmän, "
            "liikunnan ammattilaisten ja järjestöjen kanssa.</p>"
        ),
        "implementation": [
            (
                "Kilpailun valmistelu",
                (
                    "Sovitaan kilpailun tavoitteet, säännöt, valintaperusteet ja kokeiluille "
                    "annettava tuki."
                ),
            ),
            (
                "Ideoiden keruu",
                "Ideoita kerätään eri kanavissa, myös kasvokkain kohderyhmän kohtaamispaikoissa.",
            ),
            (
                "Ideoiden valinta",
                "Kokeiltavat ideat valitaan yhdessä kohderyhmän edustajien kanssa.",
            ),
            (
                "Kokeilujen yhteissuunnittelu",
                "Liikuntakokeilut suunnitellaan yhdessä kohderyhmän kanssa.",
            ),
            (
                "Kokeilut ja arviointi",
                "Kokeilut toteutetaan, ja niistä kerätään kokemuksia jatkoa varten.",
            ),
        ],
        "roles": [
            (
                "residents",
                "Asukkaat ehdottavat ideoita, osallistuvat valintaan ja suunnittelevat kokeiluja.",
            ),
            (
                "professionals",
                "Liikunnan ammattilaiset tukevat kokeilujen suunnittelua ja ohjaavat toimintaa.",
            ),
            ("ngos", "Järjestöt ja urheiluseurat voivat toteuttaa kokeiluja."),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["yhteistuotanto"],
        "service_phases": ["viriaminen", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": ["tyottomat", "asukkaat"],
        "topics": ["kulttuuri-ja-liikunta", "hyvinvoinnin-ja-terveyden-edistaminen"],
        "related": ["osallistuva-budjetointi-lahiossa"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Osallistuva budjetointi – inklusiivisella toiminnalla osallisuutta lähiöön",
        "slug": "osallistuva-budjetointi-lahiossa",
        "lead": (
            "Lähiön asukkaat päättävät osallistuvan budjetoinnin avulla, mihin konkreettiseen "
            "parannukseen määräraha käytetään. Inklusiivinen toteutus tavoittaa myös ne, jotka "
            "osallistuvat harvoin."
        ),
        "core_idea": (
            "<p>Osallistuvassa budjetoinnissa asukkaat ideoivat, kehittävät ja valitsevat, miten "
            "tietty määräraha käytetään heidän asuinalueellaan. Tuloksena on konkreettinen "
            "parannus lähiöön, jonka asukkaat ovat itse valinneet.</p>"
            "<p>Inklusiivisuus tarkoittaa, että osallistumisen tavat suunnitellaan erityisesti "
            "niille, jotka eivät tavallisesti osallistu: ideoita kerätään kasvokkain siellä, missä "
            "ihmiset ovat, ja äänestäminen tehdään helpoksi.</p>"
        ),
        "setting": (
            "<p>Malli sopii kaupunkien lähiöihin ja muille asuinalueille. Mallia on kehitetty "
            "Oulussa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat lähiön asukkaat. Asukkaiden osallistumisessa on suuria eroja, ja "
            "osa ei koe voivansa vaikuttaa alueensa asioihin. Heidät on tavoitettava omissa arjen "
            "ympäristöissään.</p>"
        ),
        "adoption_conditions": (
            "<p>Edellytyksenä on, että kaupunki varaa määrärahan ja sitoutuu toteuttamaan "
            "asukkaiden valinnan. Prosessin vaiheet, aikataulu ja päätösvalta on kerrottava "
            "avoimesti alusta alkaen.</p>"
        ),
        "resources": (
            "<p>Tarvitaan jaettava määräraha, prosessin koordinointi, asukastyö ja viestintä sekä "
            "valitun parannuksen toteutus.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että asukkaat kokevat voivansa vaikuttaa alueensa asioihin, että "
            "alueelle tulee asukkaiden toivoma parannus ja että asukkaiden ja kaupungin välinen "
            "luottamus vahvistuu.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata osallistujamäärillä ja osallistujien taustoilla, "
            "toteutuneilla parannuksilla sekä asukkaiden kokemuksilla "
            "vaikutusmahdollisuuksistaan.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty ITU 2 -hankkeessa, jota rahoitti Euroopan sosiaalirahasto "
            "vuosina 2017–2020. Mallin ylläpitäjä on Terveyden ja hyvinvoinnin laitos ja kehittäjä "
            "Diakonia-ammattikorkeakoulu.</p>"
        ),
        "needs": (
            "<p>Lähiöiden asukkailla on paljon tietoa alueensa tarpeista mutta vähän keinoja "
            "vaikuttaa siihen, mihin yhteisiä varoja käytetään.</p>"
        ),
        "co_development": (
            "<p>Prosessi suunnitellaan yhdessä asukkaiden, alueen toimijoiden ja kaupungin kanssa. "
            "Asukkaat kehittävät ideoita yhdessä ennen äänestystä.</p>"
        ),
        "implementation": [
            (
                "Määrärahan ja pelisääntöjen sopiminen",
                (
                    "Kaupunki päättää määrärahasta, ja prosessin säännöt ja aikataulu kerrotaan "
                    "avoimesti."
                ),
            ),
            (
                "Ideoiden keruu",
                "Ideoita kerätään kasvokkain alueen kohtaamispaikoissa ja verkossa.",
            ),
            (
                "Ideoiden yhteiskehittäminen",
                (
                    "Asukkaat ja kaupungin asiantuntijat jalostavat ideoista toteuttamiskelpoisia "
                    "ehdotuksia."
                ),
            ),
            ("Äänestys", "Asukkaat äänestävät ehdotuksista helposti saavutettavalla tavalla."),
            (
                "Toteutus ja tiedottaminen",
                "Valittu parannus toteutetaan, ja asukkaille kerrotaan sen etenemisestä.",
            ),
        ],
        "roles": [
            (
                "residents",
                (
                    "Asukkaat ideoivat, kehittävät ja valitsevat äänestämällä toteutettavan "
                    "parannuksen."
                ),
            ),
            (
                "public_sector",
                "Kaupunki varaa määrärahan, tukee ehdotusten kehittämistä ja toteuttaa valinnan.",
            ),
            (
                "professionals",
                (
                    "Asukastyön ammattilaiset tavoittavat asukkaita ja tukevat heidän "
                    "osallistumistaan."
                ),
            ),
        ],
        "project_name": "ITU 2",
        "project_start_year": 2017,
        "project_end_year": 2020,
        "implemented_where": "Oulu",
        "regions": ["oulu"],
        "funders": ["esr"],
        "developers": [
            ("thl", "maintainer"),
            ("diak", "developer"),
        ],
        "stage": "valmis-levitettavaksi",
        "principles": ["yhteistuotanto", "4p-kumppanuus"],
        "service_phases": ["viriaminen", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": ["asukkaat"],
        "topics": ["asuminen-ja-lahiot", "paatoksenteko-ja-vaikuttaminen"],
        "related": ["osallistava-ideakilpailu-liikuntatoimintaan"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Osallisuutta päätöksiin – kokemusasiantuntija ohjausryhmässä",
        "slug": "kokemusasiantuntija-ohjausryhmassa",
        "lead": (
            "Malli kokoaa, mitä on hyvä ottaa huomioon, kun kokemusasiantuntija toimii hankkeen "
            "tai palvelun ohjausryhmässä. Näin kokemustieto vaikuttaa päätöksiin eikä "
            "osallistuminen jää muodolliseksi."
        ),
        "core_idea": (
            "<p>Kokemusasiantuntija tuo ohjausryhmän päätöksentekoon tietoa, jota muilla jäsenillä "
            "ei ole: kokemuksen siitä, miltä palvelut ja toiminta näyttävät niitä käyttävän "
            "ihmisen näkökulmasta.</p>"
            "<p>Malli kuvaa, mitä kokemusasiantuntijan jäsenyys edellyttää ohjausryhmältä: "
            "perehdytystä, selkeää roolia, ymmärrettäviä kokousmateriaaleja, tasavertaisia "
            "puheenvuoroja ja asianmukaista palkkiota. Kokemusasiantuntija on ohjausryhmässä "
            "täysivaltainen jäsen eikä pelkkä kuulija.</p>"
        ),
        "setting": (
            "<p>Malli sopii hankkeiden, palvelujen ja kehittämisohjelmien ohjausryhmiin. "
            "Esimerkkeinä ovat Euroopan sosiaalirahaston rahoittamat hankkeet Satakunto ja "
            "Sataduunia.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat kokemusasiantuntijat, jotka toimivat tai aikovat toimia "
            "ohjausryhmissä, sekä ohjausryhmien puheenjohtajat ja jäsenet. Ohjausryhmätyön "
            "käytännöt voivat olla kokemusasiantuntijalle vieraita, mikä voi estää täysipainoisen "
            "osallistumisen.</p>"
        ),
        "adoption_conditions": (
            "<p>Toimivuuden ehtona on, että ohjausryhmä on aidosti valmis muuttamaan työtapojaan: "
            "materiaalit lähetetään ajoissa ja selkeällä kielellä, kokemusasiantuntijalle nimetään "
            "tukihenkilö ja puheenjohtaja huolehtii siitä, että hänen näkemyksensä tulevat "
            "kuulluiksi.</p>"
            "<ul>"
            "<li>perehdytys ohjausryhmän tehtävään</li>"
            "<li>palkkio ja kulujen korvaus</li>"
            "<li>mahdollisuus valmistautua kokouksiin ja purkaa niitä tukihenkilön kanssa</li>"
            "</ul>"
        ),
        "resources": (
            "<p>Tarvitaan kokemusasiantuntijan palkkio, perehdytykseen käytettävä aika ja "
            "tukihenkilön työpanos.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että kokemustieto vaikuttaa ohjausryhmän päätöksiin ja että "
            "kokemusasiantuntija kokee olevansa tasavertainen jäsen.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata kysymällä kokemusasiantuntijoilta ja muilta jäseniltä "
            "kokemuksia ohjausryhmätyöstä ja tarkastelemalla, miten kokemusasiantuntijan esitykset "
            "näkyvät päätöksissä.</p>"
        ),
        "starting_point": (
            "<p>Mallin esimerkit ovat hankkeista Satakunto (Euroopan sosiaalirahasto, 2017–2020) "
            "ja Sataduunia (Euroopan sosiaalirahasto, 2019–2022).</p>"
        ),
        "needs": (
            "<p>Kokemusasiantuntijoita kutsutaan yhä useammin ohjausryhmiin, mutta heidän "
            "osallistumisensa voi jäädä muodolliseksi, jos ryhmän toimintatavat eivät tue sitä.</p>"
        ),
        "co_development": (
            "<p>Mallia kannattaa soveltaa yhdessä kokemusasiantuntijoiden kanssa: ohjausryhmän "
            "työtavoista sovitaan yhdessä, ja niiden toimivuutta arvioidaan kauden aikana.</p>"
        ),
        "implementation": [
            (
                "Rekrytointi",
                (
                    "Kokemusasiantuntija rekrytoidaan avoimesti, ja hänen kanssaan sovitaan "
                    "roolista ja palkkiosta."
                ),
            ),
            (
                "Perehdytys",
                "Kokemusasiantuntija perehdytetään ohjausryhmän tehtävään ja asiakirjoihin.",
            ),
            (
                "Kokousten valmistelu",
                (
                    "Materiaalit lähetetään ajoissa ja selkeällä kielellä, ja niitä voi käydä läpi "
                    "tukihenkilön kanssa."
                ),
            ),
            (
                "Tasavertainen osallistuminen",
                (
                    "Puheenjohtaja huolehtii siitä, että kokemusasiantuntijan näkemykset kuullaan "
                    "ja kirjataan."
                ),
            ),
            (
                "Yhteinen arviointi",
                "Ohjausryhmätyön sujumista arvioidaan yhdessä kauden aikana ja sen päättyessä.",
            ),
        ],
        "roles": [
            (
                "experts_by_experience",
                (
                    "Kokemusasiantuntija osallistuu ohjausryhmän työhön täysivaltaisena jäsenenä "
                    "ja tuo päätöksiin kokemustiedon."
                ),
            ),
            (
                "professionals",
                "Hankkeen tai palvelun työntekijät perehdyttävät ja tukevat kokemusasiantuntijaa.",
            ),
            (
                "public_sector",
                (
                    "Ohjausryhmän puheenjohtaja ja jäsenet muuttavat työtapojaan niin, että "
                    "kokemusasiantuntija voi osallistua tasavertaisesti."
                ),
            ),
        ],
        "project_name": "Satakunto; Sataduunia",
        "project_start_year": 2017,
        "project_end_year": 2022,
        "implemented_where": "",
        "regions": [],
        "funders": ["esr"],
        "developers": [],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus", "vaikuttavuus"],
        "service_phases": ["suunnittelu", "arviointi"],
        "procurement_phases": [],
        "target_groups": ["kokemusasiantuntijat"],
        "topics": ["paatoksenteko-ja-vaikuttaminen", "osallisuus"],
        "related": ["osallisuus-sote-palvelujen-hankinnassa"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Osallisuus sosiaali- ja terveyspalvelujen hankinnassa",
        "slug": "osallisuus-sote-palvelujen-hankinnassa",
        "lead": (
            "Palvelujen käyttäjät osallistuvat sosiaali- ja terveyspalvelujen hankinnan kaikkiin "
            "vaiheisiin: valmisteluun, kilpailutukseen ja sopimusaikaan. Näin hankittavat palvelut "
            "vastaavat paremmin käyttäjien tarpeita."
        ),
        "core_idea": (
            "<p>Mallissa palvelujen käyttäjät ovat mukana koko hankintaprosessin ajan. "
            "Valmisteluvaiheessa heidän kokemustaan kerätään esimerkiksi seminaareissa, "
            "kyselyissä, asiakas- ja asukasraadeissa, palvelumuotoilun keinoin ja "
            "markkinavuoropuhelussa käyttäjäjärjestöjen kanssa.</p>"
            "<p>Kilpailutusvaiheessa käyttäjät auttavat viimeistelemään palvelun tavoitteet, "
            "palvelukuvauksen ja vertailuperusteet. Sopimusaikana he toimivat "
            "kokemusasiantuntijoina ja vertaisina, jotka kehittävät, tuottavat ja arvioivat "
            "palveluja yhdessä palveluntuottajan ja hankintayksikön kanssa.</p>"
        ),
        "setting": (
            "<p>Malli sopii hyvinvointialueiden, kuntien ja valtion sosiaali- ja terveyspalvelujen "
            "hankintoihin. Valtiovarainministeriö suosittelee palvelujen käyttäjien ottamista "
            "mukaan hankintojen suunnitteluun erityisesti sosiaali- ja terveyspalveluissa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat paljon palveluja tarvitsevat palvelujen käyttäjät sekä "
            "hankintoja valmistelevat ja toteuttavat hankkijat. Paljon palveluja käyttävillä on "
            "tietoa siitä, miten palvelut toimivat yhdessä ja missä kohdin ne eivät toimi.</p>"
        ),
        "adoption_conditions": (
            "<p>Toimivuuden ehtona on, että hankintayksikkö varaa aikaa käyttäjien "
            "osallistumiselle jo hankinnan valmistelussa ja että käyttäjien näkemykset kirjataan "
            "hankinta-asiakirjoihin. Osallistumisen tavoissa on otettava huomioon "
            "hankintalainsäädännön vaatimukset, kuten tarjoajien tasapuolinen kohtelu ja "
            "esteellisyys.</p>"
        ),
        "resources": (
            "<p>Tarvitaan hankintahenkilöstön työaikaa, osallistumismenetelmien suunnittelua ja "
            "fasilitointia sekä kokemusasiantuntijoiden palkkioita.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että hankittavat palvelut vastaavat käyttäjien tarpeita, että "
            "palvelujen laatua ja vaikuttavuutta arvioidaan myös käyttäjien näkökulmasta ja että "
            "käyttäjien rooli palvelujen kehittäjinä vakiintuu.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata tarkastelemalla, miten käyttäjien näkemykset näkyvät "
            "palvelukuvauksissa ja vertailuperusteissa, sekä sopimusajan yhteisellä arvioinnilla, "
            "johon käyttäjät osallistuvat.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty sosiaalisen osallisuuden edistämisen koordinaatiohankkeessa "
            "Sokrassa, jota rahoitti Euroopan sosiaalirahasto. Mallin ylläpitäjä on Terveyden ja "
            "hyvinvoinnin laitos. Malli on osa osallisuutta edistävää hallintomallia.</p>"
        ),
        "needs": (
            "<p>Hankinnoissa palvelun sisältö, laatu ja vertailuperusteet määritellään usein ilman "
            "palvelujen käyttäjiä. Tällöin hankittu palvelu ei välttämättä vastaa käyttäjien "
            "todellisia tarpeita.</p>"
        ),
        "co_development": (
            "<p>Osallistumisen tavat suunnitellaan yhdessä käyttäjien, käyttäjäjärjestöjen, "
            "hankkijoiden ja palveluntuottajien kanssa.</p>"
        ),
        "implementation": [
            (
                "Valmistelu",
                (
                    "Käyttäjien kokemusta kerätään seminaareissa, kyselyissä, raadeissa, "
                    "palvelumuotoilun keinoin ja markkinavuoropuhelussa käyttäjäjärjestöjen kanssa."
                ),
            ),
            (
                "Kilpailutus",
                (
                    "Käyttäjät osallistuvat tavoitteiden, palvelukuvauksen ja vertailuperusteiden "
                    "viimeistelyyn."
                ),
            ),
            (
                "Sopimusaika",
                (
                    "Käyttäjät kehittävät, tuottavat ja arvioivat palvelua kokemusasiantuntijoina "
                    "ja vertaisina."
                ),
            ),
            (
                "Yhteinen arviointi",
                (
                    "Hankkija, palveluntuottaja ja käyttäjät arvioivat yhdessä, miten tavoitteet "
                    "ovat toteutuneet."
                ),
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Palvelujen käyttäjät tuovat hankinnan valmisteluun tietoa tarpeistaan ja "
                    "kokemuksistaan."
                ),
            ),
            (
                "experts_by_experience",
                (
                    "Kokemusasiantuntijat osallistuvat kilpailutukseen sekä palvelun "
                    "kehittämiseen, tuottamiseen ja arviointiin sopimusaikana."
                ),
            ),
            (
                "public_sector",
                (
                    "Hankintayksikkö suunnittelee osallistumisen ja kirjaa käyttäjien näkemykset "
                    "hankinta-asiakirjoihin."
                ),
            ),
            (
                "companies",
                "Palveluntuottajat kehittävät ja arvioivat palvelua yhdessä käyttäjien kanssa.",
            ),
        ],
        "project_name": "Sokra",
        "project_start_year": 2014,
        "project_end_year": 2020,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr"],
        "developers": [
            ("thl", "maintainer"),
        ],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus", "yhteistuotanto", "vaikuttavuus"],
        "service_phases": ["suunnittelu", "tuotanto", "arviointi"],
        "procurement_phases": ["valmistelu", "kilpailutus", "sopimusaika"],
        "target_groups": ["paljon-tukea-tarvitsevat", "ammattilaiset"],
        "topics": ["julkiset-hankinnat", "osallisuus"],
        "related": ["kokemusasiantuntija-ohjausryhmassa"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Osallisuussparraus kunnan esihenkilöille",
        "slug": "osallisuussparraus-kunnan-esihenkiloille",
        "lead": (
            "Osallisuussparraus tukee kunnan esihenkilöitä ja johtoa osallisuustyön johtamisessa. "
            "Sparrauksessa pohditaan yhdessä, miten osallisuus viedään osaksi kunnan arkea ja "
            "päätöksentekoa."
        ),
        "core_idea": (
            "<p>Osallisuussparraus on kunnan esihenkilöille ja johdolle suunnattua tukea, jossa "
            "osallistujat pohtivat yhdessä sparraajan ja toistensa kanssa, miten osallisuutta "
            "johdetaan. Sparraus lähtee osallistujien omista työtilanteista ja "
            "kehittämistarpeista.</p>"
            "<p>Tavoitteena on, että osallisuus ei jää yksittäisten työntekijöiden tai hankkeiden "
            "varaan, vaan siitä tulee johdettu ja suunnitelmallinen osa kunnan toimintaa, "
            "esimerkiksi osallisuusohjelman kautta.</p>"
        ),
        "setting": (
            "<p>Malli sopii kuntiin ja muihin julkisiin organisaatioihin. Sitä on kehitetty "
            "valtakunnallisesti ympäristöministeriön Kestävä kaupunki -ohjelman ja Sokra-hankkeen "
            "yhteistyönä.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat kunnan esihenkilöt ja johto. Heillä on keskeinen rooli siinä, "
            "saako osallisuustyö aikaa, resursseja ja vaikutusmahdollisuuksia.</p>"
        ),
        "adoption_conditions": (
            "<p>Sparraus edellyttää osallistujien sitoutumista ja aikaa sekä sparraajaa, joka "
            "tuntee sekä osallisuustyön että kunnan johtamisen. Sparraus hyödyttää eniten, kun "
            "osallistujilla on käynnissä ajankohtainen kehittämistehtävä.</p>"
        ),
        "resources": (
            "<p>Tarvitaan sparraajan työpanos ja osallistujien työaikaa. Sparraus voidaan "
            "toteuttaa kasvokkain tai etäyhteydellä.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että esihenkilöt tunnistavat osallisuuden merkityksen, osaavat "
            "johtaa osallisuustyötä ja vievät osallisuutta osaksi kunnan strategiaa ja "
            "toimintaa.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata osallistujien itsearvioinneilla ennen sparrausta ja sen "
            "jälkeen sekä tarkastelemalla, miten osallisuus näkyy kunnan suunnitelmissa ja "
            "toimintatavoissa.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty ympäristöministeriön Kestävä kaupunki -ohjelmassa (2019–2023) "
            "yhteistyössä Sokra-hankkeen kanssa.</p>"
        ),
        "needs": (
            "<p>Osallisuustyö on usein hajallaan eri yksiköissä, ja vastuu sen johtamisesta jää "
            "epäselväksi. Esihenkilöt tarvitsevat tukea osallisuuden johtamiseen.</p>"
        ),
        "co_development": (
            "<p>Sparrauksen sisältö muotoutuu osallistujien tarpeiden mukaan, ja osallistujat "
            "oppivat myös toisiltaan.</p>"
        ),
        "implementation": [
            (
                "Tarpeiden kartoitus",
                (
                    "Selvitetään osallistujien lähtötilanne, tavoitteet ja ajankohtaiset "
                    "kehittämistehtävät."
                ),
            ),
            (
                "Sparraustapaamiset",
                (
                    "Osallistujat käsittelevät sparraajan kanssa osallisuustyön johtamisen "
                    "kysymyksiä omien työtilanteidensa pohjalta."
                ),
            ),
            (
                "Kehittämistehtävä",
                "Jokainen osallistuja vie osallisuutta eteenpäin omassa vastuualueessaan.",
            ),
            (
                "Yhteinen arviointi",
                "Sparrauksen lopuksi arvioidaan yhdessä, mitä on opittu ja miten työ jatkuu.",
            ),
        ],
        "roles": [
            (
                "public_sector",
                (
                    "Kunnan esihenkilöt ja johto osallistuvat sparraukseen ja johtavat "
                    "osallisuustyötä."
                ),
            ),
            ("professionals", "Sparraaja ohjaa tapaamisia ja tuo niihin osallisuustyön osaamista."),
        ],
        "project_name": "Kestävä kaupunki",
        "project_start_year": 2019,
        "project_end_year": 2023,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["muu-ministerio"],
        "developers": [
            ("ymparistoministerio", "developer"),
            ("thl", "developer"),
        ],
        "stage": "kehitteilla",
        "principles": ["4p-kumppanuus"],
        "service_phases": ["viriaminen", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": ["esihenkilot-ja-johto"],
        "topics": ["johtaminen", "osallisuus"],
        "related": ["osallisuustyon-vertaismentorointi"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Osallisuustyön vertaismentorointi",
        "slug": "osallisuustyon-vertaismentorointi",
        "lead": (
            "Osallisuustyön vertaismentoroinnissa eri organisaatioissa osallisuustyötä tekevät "
            "ammattilaiset tukevat toisiaan. Mentorointi vahvistaa osaamista ja verkostoja yli "
            "organisaatiorajojen."
        ),
        "core_idea": (
            "<p>Vertaismentoroinnissa osallisuustyötä tekevät ammattilaiset eri organisaatioista "
            "muodostavat mentorointipareja tai -ryhmiä. He jakavat kokemuksiaan, pohtivat yhdessä "
            "työnsä haasteita ja oppivat toisiltaan.</p>"
            "<p>Mentorointi on vastavuoroista: jokainen osallistuja on sekä oppija että toisen "
            "tukija. Organisaatiorajat ylittävä vertaismentorointi tuo uusia näkökulmia ja "
            "rakentaa osallisuustyön verkostoa.</p>"
        ),
        "setting": (
            "<p>Malli sopii hyvinvointialueille, kuntiin, järjestöihin ja muihin organisaatioihin, "
            "joissa tehdään osallisuustyötä. Mallia on kehitetty Vantaan ja Keravan "
            "hyvinvointialueella.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat osallisuustyötä tekevät ammattilaiset. Osallisuustyön tekijä voi "
            "olla organisaatiossaan ainoa alansa asiantuntija, jolloin vertaisia löytyy helpommin "
            "muista organisaatioista.</p>"
        ),
        "adoption_conditions": (
            "<p>Mentorointi edellyttää työnantajien lupaa ja työaikaa, selkeää rakennetta sekä "
            "koordinaattoria, joka muodostaa parit tai ryhmät. Luottamuksellisuudesta sovitaan "
            "yhdessä.</p>"
        ),
        "resources": (
            "<p>Tarvitaan koordinointi, osallistujien työaikaa sekä tarvittaessa yhteiset aloitus- "
            "ja päätöstilaisuudet.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että osallisuustyötä tekevät ammattilaiset saavat vertaistukea, "
            "heidän osaamisensa vahvistuu ja organisaatioiden välinen yhteistyö lisääntyy.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata osallistujien kokemuksilla, osaamisen itsearvioinneilla ja "
            "mentoroinnin myötä syntyneillä yhteistyön muodoilla.</p>"
        ),
        "starting_point": (
            "<p>Mallia on kehitetty Vantaan ja Keravan hyvinvointialueella, ja se on arvioitu "
            "osallisuuden näkökulmasta Terveyden ja hyvinvoinnin laitoksella.</p>"
        ),
        "needs": (
            "<p>Osallisuustyö on monimuotoinen tehtäväkenttä, jonka osaaminen on hajallaan eri "
            "organisaatioissa. Tarvittiin tapa jakaa osaamista ja tukea toisia yli "
            "organisaatiorajojen.</p>"
        ),
        "co_development": (
            "<p>Mentoroinnin rakenteesta ja teemoista sovitaan yhdessä osallistujien kanssa.</p>"
        ),
        "implementation": [
            (
                "Osallistujien kutsuminen",
                "Osallisuustyötä tekevät ammattilaiset kutsutaan mukaan eri organisaatioista.",
            ),
            (
                "Parien tai ryhmien muodostaminen",
                (
                    "Koordinaattori muodostaa mentorointiparit tai -ryhmät osallistujien toiveiden "
                    "mukaan."
                ),
            ),
            (
                "Aloitustilaisuus",
                "Sovitaan tavoitteista, tapaamisten tiheydestä ja luottamuksellisuudesta.",
            ),
            (
                "Mentorointitapaamiset",
                (
                    "Parit tai ryhmät tapaavat säännöllisesti ja käsittelevät osallisuustyön "
                    "kysymyksiä."
                ),
            ),
            (
                "Päätös ja arviointi",
                "Mentorointijakso päätetään yhteiseen arviointiin ja jatkosta sopimiseen.",
            ),
        ],
        "roles": [
            (
                "professionals",
                "Osallisuustyötä tekevät ammattilaiset toimivat toistensa vertaismentoreina.",
            ),
            (
                "public_sector",
                (
                    "Työnantajaorganisaatiot antavat työntekijöille aikaa osallistua ja sopivat "
                    "mentoroinnin koordinoinnista."
                ),
            ),
            (
                "ngos",
                "Järjestöjen osallisuustyöntekijät voivat osallistua mentorointiin vertaisina.",
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "Vantaan ja Keravan hyvinvointialue",
        "regions": ["vantaan-ja-keravan-hyvinvointialue"],
        "funders": [],
        "developers": [
            ("vantaan-ja-keravan-hyvinvointialue", "developer"),
        ],
        "stage": "kehitteilla",
        "principles": ["4p-kumppanuus", "yhteistuotanto"],
        "service_phases": ["tuotanto"],
        "procurement_phases": [],
        "target_groups": ["ammattilaiset"],
        "topics": ["osallisuus", "johtaminen"],
        "related": ["osallisuussparraus-kunnan-esihenkiloille"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Palveluohjauksen mallin kehittäminen yhdessä paljon tukea tarvitsevien kanssa",
        "slug": "palveluohjauksen-mallin-yhteiskehittaminen",
        "lead": (
            "Alueellinen palveluohjauksen malli kehitetään yhdessä paljon tukea tarvitsevien "
            "asiakkaiden, heidän läheistensä ja ammattilaisten kanssa. Asiakkaiden kokemus ohjaa "
            "sitä, miten palveluohjaus järjestetään."
        ),
        "core_idea": (
            "<p>Palveluohjauksen mallia kehitetään yhdessä niiden kanssa, jotka palveluohjausta "
            "tarvitsevat. Paljon tukea tarvitsevat työikäiset, heidän läheisensä ja verkostonsa "
            "sekä ammattilaiset kuvaavat yhdessä, miten asiakas kulkee palveluissa ja missä kohdin "
            "hän tarvitsee ohjausta.</p>"
            "<p>Tuloksena on alueellinen palveluohjauksen malli, jonka lähtökohtana ovat asiakkaan "
            "tarpeet ja tavoitteet ja jossa eri palvelujen työ sovitetaan yhteen.</p>"
        ),
        "setting": (
            "<p>Malli on alueellinen. Se sopii hyvinvointialueen sosiaali- ja terveyspalveluihin "
            "sekä niiden yhteistyöhön kuntien ja järjestöjen kanssa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat paljon tukea tarvitsevat työikäiset, heidän verkostonsa ja "
            "palveluja tuottavat ammattilaiset. Paljon tukea tarvitseva asiakas asioi usein "
            "monessa palvelussa, ja kokonaisuuden hallinta jää helposti hänen omalle "
            "vastuulleen.</p>"
        ),
        "adoption_conditions": (
            "<p>Toimivuus edellyttää eri palvelujen sitoutumista yhteiseen malliin, sovittuja "
            "vastuita ja tiedonkulkua sekä ammattilaisia, joilla on aikaa ja osaamista "
            "palveluohjaukseen.</p>"
        ),
        "resources": (
            "<p>Tarvitaan kehittämistyön koordinointi, asiakkaiden osallistumisen tukeminen ja "
            "palkkiot sekä ammattilaisten työaikaa yhteiskehittämiseen.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että asiakkaat saavat oikea-aikaista ja yhteen sovitettua tukea ja "
            "kokevat voivansa vaikuttaa omiin palveluihinsa.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata asiakkaiden kokemuksilla palveluohjauksesta, asiakkaiden "
            "omien tavoitteiden saavuttamisella ja palvelujen yhteensovittamisen sujuvuudella.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on tarve sovittaa yhteen paljon tukea tarvitsevien asiakkaiden "
            "palvelut ja tehdä palveluohjauksesta asiakkaan näkökulmasta toimivaa.</p>"
        ),
        "needs": (
            "<p>Paljon tukea tarvitsevien palvelut ovat usein pirstaleisia. Tarvittiin "
            "palveluohjauksen malli, joka rakentuu asiakkaiden kokemusten pohjalle.</p>"
        ),
        "co_development": (
            "<p>Kehittäjäryhmään kootaan asiakkaita, läheisiä ja ammattilaisia eri palveluista. "
            "Yhteiskehittämisessä voidaan käyttää esimerkiksi asiakaspolkujen kuvaamista ja "
            "työpajoja.</p>"
        ),
        "implementation": [
            (
                "Kehittäjäryhmän kokoaminen",
                "Kootaan asiakkaista, läheisistä ja eri palvelujen ammattilaisista kehittäjäryhmä.",
            ),
            (
                "Asiakaspolkujen kuvaaminen",
                (
                    "Kuvataan yhdessä, miten asiakkaat kulkevat palveluissa ja missä ohjausta "
                    "tarvitaan."
                ),
            ),
            (
                "Mallin luonnostelu",
                "Kehittäjäryhmä luonnostelee palveluohjauksen mallin ja sopii vastuista.",
            ),
            ("Kokeilu", "Mallia kokeillaan käytännössä, ja siitä kerätään kokemuksia."),
            (
                "Arviointi ja vakiinnuttaminen",
                "Malli arvioidaan yhdessä, sitä korjataan ja se otetaan pysyvään käyttöön.",
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Asiakkaat ja läheiset kuvaavat kokemuksiaan palveluista ja osallistuvat "
                    "mallin kehittämiseen ja arviointiin."
                ),
            ),
            (
                "professionals",
                (
                    "Ammattilaiset kehittävät mallia yhdessä asiakkaiden kanssa ja toteuttavat "
                    "palveluohjausta."
                ),
            ),
            (
                "public_sector",
                "Palvelujen järjestäjä sitoutuu yhteiseen malliin ja sopii palvelujen vastuista.",
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["yhteistuotanto", "vaikuttavuus"],
        "service_phases": ["suunnittelu", "tuotanto"],
        "procurement_phases": [],
        "target_groups": ["paljon-tukea-tarvitsevat", "ammattilaiset"],
        "topics": ["sosiaalityo-ja-sosiaalinen-kuntoutus", "osallisuus"],
        "related": ["yhteiskehittaminen-sosiaalisessa-kuntoutuksessa"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Palvelusafari nuorten vaikuttamisen välineenä",
        "slug": "palvelusafari",
        "lead": (
            "Palvelusafarilla nuoret suunnittelevat ja tekevät vierailun johonkin palveluun ja "
            "arvioivat sitä omasta näkökulmastaan. Havainnot viedään palvelun kehittäjille, ja "
            "nuoret pääsevät vaikuttamaan palveluun."
        ),
        "core_idea": (
            "<p>Palvelusafari on nuorten vaikuttamisen väline. Nuoret valitsevat palvelun, johon "
            "he tutustuvat, suunnittelevat vierailun ja sen, mihin he kiinnittävät huomiota, ja "
            "tekevät vierailun itse.</p>"
            "<p>Vierailun jälkeen nuoret arvioivat palvelua omasta näkökulmastaan: miten palveluun "
            "pääsee, miten siellä kohdataan ja onko tieto ymmärrettävää. Havainnot ja "
            "kehittämisehdotukset esitetään palvelun edustajille, jolloin nuorten kokemus "
            "vaikuttaa palvelun kehittämiseen.</p>"
        ),
        "setting": (
            "<p>Malli sopii nuorten parissa tehtävään työhön, kuten etsivään nuorisotyöhön, "
            "työpajoihin ja nuorten palveluihin. Mallia on kehitetty Haminassa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat 16–29-vuotiaat nuoret, jotka ovat koulutuksen ja työn "
            "ulkopuolella ja tarvitsevat erityistä tukea. Palvelut voivat tuntua heistä vaikeasti "
            "lähestyttäviltä, ja heidän näkemyksensä jäävät helposti kuulematta palvelujen "
            "kehittämisessä.</p>"
        ),
        "adoption_conditions": (
            "<p>Safari edellyttää ohjaajaa, joka tukee nuoria suunnittelussa ja vierailussa, sekä "
            "palvelua, joka on aidosti valmis ottamaan palautteen vastaan. Nuorille on kerrottava, "
            "mitä heidän ehdotuksilleen tapahtuu.</p>"
        ),
        "resources": (
            "<p>Tarvitaan ohjaajan työaikaa, mahdolliset matkakulut sekä palvelun edustajien aikaa "
            "vierailuun ja palautteen käsittelyyn.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että nuoret kokevat voivansa vaikuttaa, heidän tietonsa "
            "palveluista lisääntyy ja palvelut muuttuvat nuorille helpommin lähestyttäviksi.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata nuorten kokemuksilla vaikuttamisesta, palveluissa nuorten "
            "ehdotusten pohjalta tehdyillä muutoksilla ja nuorten halukkuudella käyttää "
            "palveluja.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty Siä päätät -hankkeessa, jota rahoitti Euroopan sosiaalirahasto "
            "vuosina 2015–2017. Kehittäjä on Kaakkois-Suomen ammattikorkeakoulu (Xamk).</p>"
        ),
        "needs": (
            "<p>Nuorten palveluja kehitetään usein ilman nuoria. Tarvittiin konkreettinen ja "
            "nuorille mielekäs tapa tuoda nuorten kokemus palvelujen kehittämiseen.</p>"
        ),
        "co_development": (
            "<p>Nuoret suunnittelevat safarin itse ohjaajan tukemina. Palvelun edustajat "
            "osallistuvat havaintojen käsittelyyn.</p>"
        ),
        "implementation": [
            (
                "Palvelun valinta",
                "Nuoret valitsevat palvelun, johon he haluavat tutustua ja vaikuttaa.",
            ),
            (
                "Vierailun suunnittelu",
                "Nuoret suunnittelevat, mitä he haluavat palvelussa havainnoida ja kysyä.",
            ),
            ("Vierailu", "Nuoret tekevät vierailun ja kirjaavat havaintonsa."),
            (
                "Arviointi",
                "Nuoret arvioivat palvelua ja kokoavat havainnot ja kehittämisehdotukset.",
            ),
            (
                "Palaute palvelulle",
                (
                    "Nuoret esittävät havaintonsa palvelun edustajille, jotka kertovat, miten "
                    "ehdotuksia käsitellään."
                ),
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Nuoret suunnittelevat ja tekevät vierailun, arvioivat palvelua ja esittävät "
                    "kehittämisehdotuksia."
                ),
            ),
            ("professionals", "Ohjaaja tukee nuoria safarin suunnittelussa ja toteutuksessa."),
            (
                "public_sector",
                (
                    "Palvelun edustajat ottavat nuorten havainnot vastaan ja kertovat, miten niitä "
                    "käsitellään."
                ),
            ),
            ("researchers", "Ammattikorkeakoulu kehittää mallia ja tukee sen käyttöönottoa."),
        ],
        "project_name": "Siä päätät",
        "project_start_year": 2015,
        "project_end_year": 2017,
        "implemented_where": "Hamina",
        "regions": ["hamina"],
        "funders": ["esr"],
        "developers": [
            ("xamk", "developer"),
        ],
        "stage": "valmis-levitettavaksi",
        "principles": ["yhteistuotanto", "vaikuttavuus"],
        "service_phases": ["arviointi", "suunnittelu"],
        "procurement_phases": [],
        "target_groups": ["nuoret", "tyottomat"],
        "topics": ["paatoksenteko-ja-vaikuttaminen", "osallisuus"],
        "related": [],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": (
            "Poikkeustilanteiden toimintamalli heikoimmassa asemassa olevien avun koordinointiin"
        ),
        "slug": "poikkeustilanteiden-toimintamalli",
        "lead": (
            "Toimintamallissa kunnan palvelut, järjestöt ja seurakunnat koordinoivat yhdessä "
            "heikoimmassa asemassa olevien auttamista poikkeustilanteissa. Tavoitteena on, ettei "
            "kukaan jää ilman apua."
        ),
        "core_idea": (
            "<p>Poikkeustilanteissa heikoimmassa asemassa olevien ihmisten avun tarve kasvaa, ja "
            "tavalliset palvelut voivat olla tavoittamattomissa. Toimintamallissa kunnan palvelut, "
            "järjestöt ja seurakunnat sopivat etukäteen, miten ne koordinoivat apua yhdessä.</p>"
            "<p>Mallissa sovitaan yhteisestä tilannekuvasta, työnjaosta, tiedonkulusta ja siitä, "
            "miten avun tarvitsijat tavoitetaan. Malli on peräisin covid-19-pandemian ajalta.</p>"
        ),
        "setting": (
            "<p>Malli sopii kuntien ja hyvinvointialueiden varautumiseen, ja se toteutetaan "
            "yhteistyössä paikallisten järjestöjen ja seurakuntien kanssa.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat heikoimmassa asemassa olevat ihmiset kriisitilanteessa. He eivät "
            "aina itse hakeudu avun piiriin, joten heidät on tavoitettava aktiivisesti.</p>"
        ),
        "adoption_conditions": (
            "<p>Malli toimii, kun yhteistyösuhteet on rakennettu jo ennen kriisiä, vastuut on "
            "kirjattu ja yhteystiedot ovat ajan tasalla. Tietosuojasta ja tietojen luovuttamisesta "
            "on sovittava ennakkoon.</p>"
        ),
        "resources": (
            "<p>Tarvitaan koordinoiva taho, yhteiset viestintäkanavat, vapaaehtoisten koordinointi "
            "ja valmius suunnata resursseja nopeasti avun antamiseen.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että heikoimmassa asemassa olevat saavat apua nopeasti myös "
            "poikkeustilanteissa ja että toimijoiden työ ei mene päällekkäin.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata tavoitettujen ihmisten määrällä, avun saamisen viiveellä ja "
            "toimijoiden yhteisellä arvioinnilla poikkeustilanteen jälkeen.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana ovat kokemukset covid-19-pandemian ajalta, jolloin avun koordinointia "
            "kunnan palvelujen, järjestöjen ja seurakuntien kesken tarvittiin nopeasti.</p>"
        ),
        "needs": (
            "<p>Kriisitilanteessa apu voi hajautua, ja osa avun tarvitsijoista jää tavoittamatta. "
            "Tarvittiin etukäteen sovittu tapa koordinoida apua.</p>"
        ),
        "co_development": (
            "<p>Malli laaditaan yhdessä kunnan, hyvinvointialueen, järjestöjen ja seurakuntien "
            "kanssa. Avun tarvitsijoiden kokemuksia voidaan hyödyntää mallin päivittämisessä.</p>"
        ),
        "implementation": [
            (
                "Toimijoiden kokoaminen",
                "Kootaan kunnan palvelut, järjestöt ja seurakunnat yhteiseen verkostoon.",
            ),
            (
                "Työnjaon sopiminen",
                (
                    "Sovitaan vastuista, yhteyshenkilöistä ja siitä, kuka koordinoi apua "
                    "poikkeustilanteessa."
                ),
            ),
            (
                "Tilannekuva ja tiedonkulku",
                "Sovitaan, miten tietoa avun tarpeesta ja tarjolla olevasta avusta jaetaan.",
            ),
            (
                "Avun tarvitsijoiden tavoittaminen",
                (
                    "Heikoimmassa asemassa oleviin otetaan aktiivisesti yhteyttä, ja apu ohjataan "
                    "heille."
                ),
            ),
            (
                "Jälkiarviointi",
                (
                    "Poikkeustilanteen jälkeen toimijat arvioivat yhdessä, mikä toimi ja mitä on "
                    "muutettava."
                ),
            ),
        ],
        "roles": [
            (
                "public_sector",
                "Kunta tai hyvinvointialue koordinoi apua ja vastaa lakisääteisistä palveluista.",
            ),
            ("ngos", "Järjestöt ja seurakunnat tavoittavat avun tarvitsijoita ja antavat apua."),
            (
                "residents",
                "Vapaaehtoiset asukkaat voivat osallistua avun antamiseen koordinoidusti.",
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "kehitteilla",
        "principles": ["4p-kumppanuus"],
        "service_phases": ["viriaminen", "tuotanto"],
        "procurement_phases": [],
        "target_groups": ["heikoimmassa-asemassa-olevat", "jarjestot"],
        "topics": ["sosiaalityo-ja-sosiaalinen-kuntoutus", "johtaminen"],
        "related": ["kumppanuusilta"],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Sosiaalinen raportointi palveluiden kehittämisen tukena",
        "slug": "sosiaalinen-raportointi",
        "lead": (
            "Sosiaalisessa raportoinnissa kootaan tietoa ihmisten hyvinvoinnista ja palvelujen "
            "toimivuudesta ja tuodaan se palvelujen kehittämisen ja päätöksenteon tueksi."
        ),
        "core_idea": (
            "<p>Sosiaalinen raportointi on tapa koota järjestelmällisesti asiakastyössä kertyvää "
            "tietoa ihmisten elinoloista, hyvinvoinnista ja palvelujen toimivuudesta. Tieto "
            "jäsennetään ja välitetään niille, jotka suunnittelevat palveluja ja tekevät "
            "päätöksiä.</p>"
            "<p>Raportoinnissa ammatillinen tieto ja palvelujen käyttäjien kokemustieto "
            "täydentävät tilastotietoa. Näin päätöksenteossa voidaan ottaa huomioon myös ilmiöt, "
            "jotka eivät näy tilastoissa.</p>"
        ),
        "setting": (
            "<p>Malli sopii sosiaalityöhön ja muihin sosiaali- ja terveyspalveluihin sekä kuntien "
            "ja hyvinvointialueiden hyvinvointityöhön ja päätöksentekoon.</p>"
        ),
        "target_group_insight": (
            "<p>Sosiaalisen raportoinnin tekijöinä ovat tyypillisesti sosiaalialan ammattilaiset, "
            "ja raporttien tieto on tarkoitettu palvelujen kehittäjille ja päättäjille. Palvelujen "
            "käyttäjät voivat osallistua raportointiin tuomalla esiin oman kokemustietonsa.</p>"
        ),
        "adoption_conditions": (
            "<p>Raportointi vaikuttaa vain, jos sille on sovittu vastaanottaja ja reitti "
            "päätöksentekoon. Lisäksi tarvitaan yhteiset välineet havaintojen kirjaamiseen ja "
            "aikaa tiedon analysointiin.</p>"
        ),
        "resources": (
            "<p>Tarvitaan työaikaa tiedon kokoamiseen, analysointiin ja raportointiin sekä "
            "tarvittaessa yksinkertaiset välineet havaintojen kirjaamiseen.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että palvelujen kehittäminen ja päätöksenteko perustuvat "
            "monipuoliseen tietoon ihmisten hyvinvoinnista ja palvelujen toimivuudesta.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata laadittujen raporttien määrällä ja sillä, miten raporttien "
            "havainnot on käsitelty ja otettu huomioon palvelujen kehittämisessä ja "
            "päätöksissä.</p>"
        ),
        "starting_point": (
            "<p>Lähtökohtana on ajatus, että asiakastyössä ja asukkaiden arjessa syntyvä tieto on "
            "arvokasta palvelujen kehittämisessä ja päätöksenteossa.</p>"
        ),
        "needs": (
            "<p>Asiakastyössä tehdyt havainnot hyvinvoinnin puutteista ja palvelujen "
            "toimimattomuudesta jäävät usein yksittäisten työntekijöiden tietoon. Tarvittiin "
            "järjestelmällinen tapa viedä tieto eteenpäin.</p>"
        ),
        "co_development": (
            "<p>Raportoinnin teemoista ja tavoista voidaan sopia yhdessä ammattilaisten, "
            "palvelujen käyttäjien ja päätöksentekijöiden kanssa.</p>"
        ),
        "implementation": [
            (
                "Tavoitteiden sopiminen",
                "Sovitaan, mistä aiheista raportoidaan, kenelle ja millä aikataululla.",
            ),
            (
                "Tiedon kokoaminen",
                (
                    "Ammattilaiset kirjaavat havaintojaan, ja palvelujen käyttäjien kokemuksia "
                    "kootaan sovituin tavoin."
                ),
            ),
            (
                "Analyysi",
                "Koottu tieto jäsennetään ja sitä verrataan muuhun saatavilla olevaan tietoon.",
            ),
            (
                "Raportointi",
                "Havainnot ja kehittämisehdotukset viedään palvelujen kehittäjille ja päättäjille.",
            ),
            ("Palaute", "Raportoijille kerrotaan, miten tietoa on käytetty."),
        ],
        "roles": [
            (
                "professionals",
                (
                    "Ammattilaiset kokoavat ja analysoivat asiakastyössä kertyvää tietoa ja "
                    "laativat raportit."
                ),
            ),
            ("service_users", "Palvelujen käyttäjät tuovat raportointiin kokemustietonsa."),
            (
                "public_sector",
                (
                    "Päättäjät ja palvelujen kehittäjät käsittelevät raportit ja kertovat, miten "
                    "niitä on hyödynnetty."
                ),
            ),
        ],
        "project_name": "",
        "project_start_year": None,
        "project_end_year": None,
        "implemented_where": "",
        "regions": [],
        "funders": [],
        "developers": [],
        "stage": "idea",
        "principles": ["vaikuttavuus"],
        "service_phases": ["arviointi", "viriaminen"],
        "procurement_phases": [],
        "target_groups": ["ammattilaiset"],
        "topics": ["sosiaalityo-ja-sosiaalinen-kuntoutus", "paatoksenteko-ja-vaikuttaminen"],
        "related": [],
        "sokra_evaluated": False,
        "contact": "",
    },
    {
        "title": "Teemapäivät – romanien ja romaniyhdistysten kohtaamispaikka",
        "slug": "teemapaivat-romanien-kohtaamispaikka",
        "lead": (
            "Teemapäivät ovat kohtaamispaikka, jossa kaikenikäiset paikalliset romanit ja "
            "romaniyhdistykset tapaavat palvelujärjestelmän toimijoita. Päivät rakentavat "
            "luottamusta ja vuoropuhelua."
        ),
        "core_idea": (
            "<p>Teemapäivät ovat paikallisesti järjestettäviä tilaisuuksia, joissa romanit ja "
            "romaniyhdistykset kohtaavat palvelujärjestelmän edustajia. Kullakin päivällä on oma "
            "teemansa, joka voi liittyä esimerkiksi hyvinvointiin, koulutukseen tai "
            "palveluihin.</p>"
            "<p>Päivät tarjoavat tietoa palveluista ja mahdollisuuden keskustella niiden "
            "toimivuudesta. Samalla ne vahvistavat romaniyhdistysten roolia yhteisönsä äänenä ja "
            "rakentavat luottamusta romanien ja palvelujen välille.</p>"
        ),
        "setting": (
            "<p>Teemapäiviä voidaan järjestää eri paikkakunnilla yhteistyössä paikallisten "
            "romaniyhdistysten ja palvelujen kanssa. Mallia on kehitetty valtakunnallisesti.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat kaikenikäiset paikalliset romanit ja romaniyhdistykset. Romanit "
            "voivat kohdata palveluissa ennakkoluuloja, ja luottamuksen rakentaminen edellyttää "
            "kohtaamista tasavertaisina.</p>"
            "<p>Suunnittelussa on hyvä ottaa huomioon romanikulttuurin tavat ja se, että päiville "
            "osallistuu eri-ikäisiä ihmisiä.</p>"
        ),
        "adoption_conditions": (
            "<p>Onnistuminen edellyttää, että romaniyhdistykset ovat mukana suunnittelussa alusta "
            "asti ja että palvelujen edustajat tulevat päiville aidosti kuuntelemaan. Päivien "
            "jälkeen on sovittava, miten esiin nousseet asiat viedään eteenpäin.</p>"
        ),
        "resources": (
            "<p>Tarvitaan tila, tarjoilu, järjestelytyö ja palvelujen edustajien työaikaa sekä "
            "tarvittaessa palkkiot romaniyhdistysten edustajille.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että romanien tieto palveluista lisääntyy, palvelut tuntevat "
            "paremmin romanien tarpeet ja romaniyhdistysten vaikutusmahdollisuudet vahvistuvat.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata osallistujamäärillä, osallistujien palautteella ja sillä, "
            "millaisia yhteistyön muotoja päivien jälkeen syntyy.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty Nevo tiija – uusi aika -hankkeessa, jota rahoitti Euroopan "
            "sosiaalirahasto vuosina 2016–2018. Kehittäjä on Diakonia-ammattikorkeakoulu.</p>"
        ),
        "needs": (
            "<p>Romanien ja palvelujärjestelmän välillä voi olla etäisyyttä ja epäluottamusta. "
            "Tarvittiin kohtaamispaikka, jossa romanit ja palvelujen edustajat voivat keskustella "
            "tasavertaisesti.</p>"
        ),
        "co_development": (
            "<p>Päivät suunnitellaan yhdessä romaniyhdistysten ja palvelujen edustajien kanssa.</p>"
        ),
        "implementation": [
            (
                "Yhteistyön sopiminen",
                "Romaniyhdistykset ja palvelujen edustajat sopivat päivien järjestämisestä.",
            ),
            (
                "Teeman ja ohjelman suunnittelu",
                "Päivän teema ja ohjelma suunnitellaan yhdessä romaniyhdistysten kanssa.",
            ),
            (
                "Teemapäivä",
                (
                    "Romanit ja palvelujen edustajat kohtaavat, jakavat tietoa ja keskustelevat "
                    "palveluista."
                ),
            ),
            (
                "Jatkotoimet",
                (
                    "Päivässä esiin nousseet asiat viedään eteenpäin, ja osallistujille kerrotaan, "
                    "mitä niille on tapahtunut."
                ),
            ),
        ],
        "roles": [
            (
                "residents",
                (
                    "Kaikenikäiset paikalliset romanit osallistuvat päiviin ja tuovat esiin "
                    "kokemuksiaan palveluista."
                ),
            ),
            ("ngos", "Romaniyhdistykset suunnittelevat päiviä ja toimivat yhteisönsä äänenä."),
            (
                "public_sector",
                "Palvelujen edustajat kertovat palveluista ja kuuntelevat romanien näkemyksiä.",
            ),
            (
                "researchers",
                "Ammattikorkeakoulu kehittää toimintamallia ja tukee sen levittämistä.",
            ),
        ],
        "project_name": "Nevo tiija – uusi aika",
        "project_start_year": 2016,
        "project_end_year": 2018,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr"],
        "developers": [
            ("diak", "developer"),
        ],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus", "yhteistuotanto"],
        "service_phases": ["viriaminen", "tuotanto"],
        "procurement_phases": [],
        "target_groups": ["romanit", "jarjestot"],
        "topics": ["osallisuus", "hyvinvoinnin-ja-terveyden-edistaminen"],
        "related": ["kototori-tukee-kotoutujaa"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Viisi tapaa perustaa avoin yhteinen tila",
        "slug": "viisi-tapaa-perustaa-avoin-yhteinen-tila",
        "lead": (
            "Malli esittelee viisi tapaa saattaa tilojen haltijat sekä tiloja tarvitsevat asukkaat "
            "ja yhdistykset yhteen niin, että syntyy avoin yhteinen tila."
        ),
        "core_idea": (
            "<p>Moni tila on osan aikaa tyhjillään, samalla kun asukkaat ja yhdistykset etsivät "
            "paikkaa kokoontua ja toimia. Malli kuvaa viisi tapaa saattaa tilan haltijat ja tilan "
            "tarvitsijat yhteen ja perustaa avoin yhteinen tila, jota eri toimijat voivat "
            "käyttää.</p>"
            "<p>Tilan haltija, esimerkiksi kunta, järjestö tai muu toimija, voi valita tavoista "
            "omaan tilanteeseensa sopivan. Tilan käyttäjät osallistuvat tilan toiminnan "
            "suunnitteluun ja sen pelisääntöjen laatimiseen.</p>"
        ),
        "setting": (
            "<p>Malli sopii kuntiin ja asuinalueille, joilla on vajaakäytössä olevia tiloja ja "
            "toimijoita, jotka tarvitsevat paikan toiminnalleen. Mallia on kehitetty "
            "valtakunnallisesti.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat tiloja tarvitsevat asukkaat ja yhdistykset sekä tilojen "
            "haltijat. Sopivan tilan löytäminen voi olla pienelle yhdistykselle tai asukasryhmälle "
            "vaikeaa ja kallista.</p>"
        ),
        "adoption_conditions": (
            "<p>Avoin tila edellyttää selkeää sopimista käyttövuoroista, vastuista, avaimista ja "
            "kustannuksista sekä ihmistä tai ryhmää, joka pitää tilan toiminnan käynnissä.</p>"
        ),
        "resources": (
            "<p>Tarvitaan tila ja sen perusvarustus, sopimusten laatiminen ja käyttäjien yhteisen "
            "toiminnan koordinointi.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että asukkailla ja yhdistyksillä on käytössään avoimia tiloja, "
            "tilat ovat tehokkaammassa käytössä ja asuinalueelle syntyy yhteisöllistä "
            "toimintaa.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata tilan käyttöasteella, käyttäjäryhmien määrällä ja käyttäjien "
            "kokemuksilla.</p>"
        ),
        "starting_point": (
            "<p>Malli pohjautuu Hyvinvoinnin tilat -hankkeeseen, jota rahoitti Euroopan "
            "sosiaalirahasto vuosina 2018–2020, sekä muihin STEAn ja sosiaali- ja "
            "terveysministeriön rahoittamiin hankkeisiin.</p>"
        ),
        "needs": (
            "<p>Asukkaat ja yhdistykset tarvitsevat kokoontumistiloja, ja samaan aikaan moni tila "
            "on vajaakäytössä. Tarvittiin tapoja saattaa nämä yhteen.</p>"
        ),
        "co_development": (
            "<p>Tilan perustamisesta ja toiminnasta sovitaan yhdessä tilan haltijan ja tulevien "
            "käyttäjien kanssa.</p>"
        ),
        "implementation": [
            (
                "Tilojen ja tarpeiden kartoitus",
                (
                    "Selvitetään alueen vajaakäytössä olevat tilat sekä asukkaiden ja yhdistysten "
                    "tilatarpeet."
                ),
            ),
            (
                "Sopivan tavan valinta",
                (
                    "Tilan haltija ja käyttäjät valitsevat viidestä tavasta tilanteeseensa "
                    "parhaiten sopivan."
                ),
            ),
            (
                "Sopimukset ja pelisäännöt",
                "Sovitaan käyttövuoroista, vastuista, avaimista ja kustannuksista.",
            ),
            ("Tilan avaaminen", "Tila avataan, ja sen toimintaa pyörittävät käyttäjät yhdessä."),
            (
                "Arviointi",
                "Tilan käyttöä ja pelisääntöjen toimivuutta arvioidaan yhdessä säännöllisesti.",
            ),
        ],
        "roles": [
            ("residents", "Asukkaat käyttävät tilaa ja osallistuvat sen toiminnan suunnitteluun."),
            (
                "ngos",
                (
                    "Yhdistykset käyttävät tilaa toimintaansa, ja järjestöt voivat myös tarjota "
                    "tiloja."
                ),
            ),
            (
                "public_sector",
                "Kunta voi tarjota tiloja yhteiseen käyttöön ja tukea sopimusten laatimista.",
            ),
        ],
        "project_name": "Hyvinvoinnin tilat",
        "project_start_year": 2018,
        "project_end_year": 2020,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr", "stea", "stm"],
        "developers": [],
        "stage": "valmis-levitettavaksi",
        "principles": ["4p-kumppanuus", "yhteistuotanto"],
        "service_phases": ["viriaminen", "tuotanto"],
        "procurement_phases": [],
        "target_groups": ["asukkaat", "jarjestot"],
        "topics": ["asuminen-ja-lahiot", "osallisuus"],
        "related": ["avoin-olohuone-ilman-vaatimusta-paihteettomyydesta"],
        "sokra_evaluated": True,
        "contact": "",
    },
    {
        "title": "Yhteiskehittäminen sosiaalisessa kuntoutuksessa ja sosiaalityössä",
        "slug": "yhteiskehittaminen-sosiaalisessa-kuntoutuksessa",
        "lead": (
            "Asiakkaat, ammattilaiset ja esihenkilöt kehittävät sosiaalista kuntoutusta ja "
            "sosiaalityötä jatkuvasti yhdessä. Yhteiskehittäminen on osa palvelujen arkea eikä "
            "erillinen projekti."
        ),
        "core_idea": (
            "<p>Yhteiskehittämisessä asiakkaat, ammattilaiset ja esihenkilöt kehittävät palveluja "
            "tasavertaisesti yhdessä. Asiakkaiden kokemustieto ja ammattilaisten tieto "
            "yhdistetään, ja kehittämisen kohteet valitaan yhdessä.</p>"
            "<p>Yhteiskehittäminen on jatkuvaa: siitä tulee osa sosiaalisen kuntoutuksen ja "
            "sosiaalityön arkea eikä kertaluonteinen hanke. Esihenkilöiden tuki ja sitoutuminen "
            "ovat tärkeitä, jotta kehittämiselle on aikaa ja sen tulokset otetaan käyttöön.</p>"
        ),
        "setting": (
            "<p>Malli sopii kuntien ja hyvinvointialueiden sosiaalityöhön ja sosiaaliseen "
            "kuntoutukseen. Mallia on kehitetty valtakunnallisesti.</p>"
        ),
        "target_group_insight": (
            "<p>Kohderyhmänä ovat sosiaalisen kuntoutuksen ja sosiaalityön asiakkaat, "
            "ammattilaiset ja esihenkilöt. Asiakkaiden voi olla vaikea tuoda näkemyksiään esiin, "
            "jos heitä ei kohdata tasavertaisina, minkä vuoksi kunnioittava ja luokittelematon "
            "kohtaaminen on yhteiskehittämisen perusta.</p>"
        ),
        "adoption_conditions": (
            "<p>Yhteiskehittäminen edellyttää johdon sitoutumista, työaikaa kehittämiselle, "
            "yhteisesti sovittuja toimintatapoja sekä asiakkaiden osallistumisen tukemista, "
            "esimerkiksi matkakulujen korvaamista.</p>"
        ),
        "resources": (
            "<p>Tarvitaan työntekijöiden ja esihenkilöiden työaikaa, fasilitointiosaamista, tilat "
            "tapaamisille ja asiakkaiden osallistumisesta aiheutuvien kulujen korvaukset.</p>"
        ),
        "intended_change": (
            "<p>Tavoitteena on, että palvelut vastaavat paremmin asiakkaiden tarpeita, asiakkaat "
            "kokevat tulevansa kuulluiksi ja yhteiskehittäminen vakiintuu osaksi työtä.</p>"
        ),
        "change_measurement": (
            "<p>Muutosta voi seurata kehittämisryhmien toiminnalla, toteutetuilla muutoksilla sekä "
            "asiakkaiden ja työntekijöiden kokemuksilla.</p>"
        ),
        "starting_point": (
            "<p>Malli on kehitetty SOSKU-hankkeessa, jota rahoitti Euroopan sosiaalirahasto "
            "vuosina 2015–2018 ja jota johti Terveyden ja hyvinvoinnin laitos. THL on mallin "
            "ylläpitäjä.</p>"
        ),
        "needs": (
            "<p>Sosiaalista kuntoutusta ja sosiaalityötä on usein kehitetty ilman asiakkaita. "
            "Tarvittiin pysyvä tapa tuoda asiakkaiden kokemustieto kehittämiseen.</p>"
        ),
        "co_development": (
            "<p>Kehittäjäryhmiin kootaan asiakkaita, työntekijöitä ja esihenkilöitä. Ryhmät "
            "sopivat yhdessä kehittämisen kohteista ja tavoista.</p>"
        ),
        "implementation": [
            (
                "Sitoutuminen",
                "Johto ja esihenkilöt sitoutuvat yhteiskehittämiseen ja varaavat sille työaikaa.",
            ),
            (
                "Kehittäjäryhmän kokoaminen",
                "Ryhmään kutsutaan asiakkaita, työntekijöitä ja esihenkilöitä.",
            ),
            (
                "Kehittämiskohteiden valinta",
                (
                    "Ryhmä valitsee yhdessä kehitettävät asiat asiakkaiden ja työntekijöiden "
                    "kokemusten pohjalta."
                ),
            ),
            ("Kokeilut", "Uusia toimintatapoja kokeillaan käytännössä."),
            (
                "Yhteinen arviointi",
                "Kokeilujen tuloksia arvioidaan yhdessä, ja toimivat käytännöt vakiinnutetaan.",
            ),
        ],
        "roles": [
            (
                "service_users",
                (
                    "Asiakkaat tuovat kehittämiseen kokemustietonsa ja osallistuvat "
                    "kehittämiskohteiden valintaan ja arviointiin."
                ),
            ),
            (
                "professionals",
                (
                    "Sosiaalityöntekijät ja sosiaalisen kuntoutuksen työntekijät kehittävät työtä "
                    "yhdessä asiakkaiden kanssa."
                ),
            ),
            (
                "public_sector",
                (
                    "Esihenkilöt ja johto sitoutuvat yhteiskehittämiseen ja huolehtivat tulosten "
                    "käyttöönotosta."
                ),
            ),
        ],
        "project_name": "SOSKU",
        "project_start_year": 2015,
        "project_end_year": 2018,
        "implemented_where": "Valtakunnallinen",
        "regions": ["valtakunnallinen"],
        "funders": ["esr"],
        "developers": [
            ("thl", "maintainer"),
        ],
        "stage": "vakiintunut",
        "principles": ["yhteistuotanto", "vaikuttavuus"],
        "service_phases": ["suunnittelu", "arviointi"],
        "procurement_phases": [],
        "target_groups": ["sosiaalipalvelujen-asiakkaat", "ammattilaiset", "esihenkilot-ja-johto"],
        "topics": ["sosiaalityo-ja-sosiaalinen-kuntoutus", "osallisuus"],
        "related": [
            "asiakasosallisuusryhmat-vammaispalveluissa",
            "palveluohjauksen-mallin-yhteiskehittaminen",
        ],
        "sokra_evaluated": True,
        "contact": "",
    },
]
