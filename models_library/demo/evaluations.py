"""Demo evaluations: illustrative participation evaluations of the Sokra-evaluated models.

Plain data, no logic. These are example evaluations written for the demo from the model
descriptions in catalogue.py; they are not THL's or Sokra's findings. Each entry is keyed by
model slug and rates THL's three areas of participation, checks the promising-practice
criteria of vocabularies.py and notes strengths, development needs and conditions for
transfer.
"""

EVALUATIONS = {
    "asiakasosallisuusryhmat-vammaispalveluissa": {
        "date": "2020-03-12",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Mallin tavoitteena on, että asiakkaat kokevat voivansa vaikuttaa omiin "
                "palveluihinsa. Ryhmä kehittää kuitenkin palveluja yhteisesti eikä käsittele "
                "yksittäisen asiakkaan palveluja."
            ),
        ),
        "community": (
            "clearly",
            (
                "Asiakkaat ja omaiset kehittävät ja arvioivat palveluja säännöllisesti "
                "kokoontuvassa ryhmässä, ja heidän ehdotuksensa viedään sovitulla tavalla "
                "päätöksentekoon. Ryhmälle kerrotaan, miten ehdotukset on käsitelty."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Ryhmän työ voi parantaa palveluja myös muille asiakkaille. Kuvauksessa ei ole "
                "toimintaa, jossa osallistujat tuottaisivat yhteistä hyvää palvelujen kehittämisen "
                "ulkopuolella."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "met"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "partly"),
            ("yhteinen-hyva", "partly"),
        ],
        "strengths": (
            "Malli luo pysyvän rakenteen, jonka kautta asiakkaiden ja omaisten kokemustieto kulkee "
            "säännöllisesti palvelujen kehittämiseen. Ryhmälle kerrotaan, mitä sen ehdotuksille on "
            "tapahtunut, mikä tekee vaikuttamisesta näkyvää. Kuvauksessa on otettu huomioon "
            "osallistumisen esteiden poistaminen esimerkiksi tulkkauksen, selkokielen ja "
            "etäosallistumisen avulla."
        ),
        "development_needs": (
            "Kuvauksesta ei käy ilmi, miten ryhmään tavoitetaan myös ne asiakkaat, jotka eivät "
            "tavallisesti osallistu. Ehdotusten toteutumisen seurantaa kannattaa kuvata tarkemmin."
        ),
        "transfer_conditions": (
            "Käyttöönotto edellyttää johdon sitoutumista ryhmän havaintojen käsittelyyn, "
            "vastuullista ohjaajaa ja sovittuja tapoja viedä ehdotukset päätöksentekoon. Tilojen "
            "ja viestinnän saavutettavuus on varmistettava."
        ),
        "evidence_level": "documented",
    },
    "kumppanuusilta": {
        "date": "2020-05-20",
        "basis": "documentation",
        "own_life": (
            "not_identifiable",
            (
                "Kumppanuusilta kohdistuu toimijoiden väliseen yhteistyöhön. Kuvauksesta ei "
                "tunnistu, miten se vahvistaisi yksittäisten ihmisten mahdollisuuksia elää "
                "haluamaansa elämää tai valita palveluja."
            ),
        ),
        "community": (
            "partly",
            (
                "Ilta kokoaa paikalliset toimijat ja kokemusasiantuntijat yhteen, ja kokemustieto "
                "on mukana tasavertaisena ammatillisen tiedon rinnalla. Vaikuttaminen rajautuu "
                "kuitenkin kumppanuuksien synnyttämiseen, ja sen jatkuvuus riippuu illan jälkeen "
                "sovittavista toimista."
            ),
        ),
        "common_good": (
            "clearly",
            (
                "Mallin tavoitteena on, että julkiset toimijat, järjestöt, yritykset, seurakunnat "
                "ja kokemusasiantuntijat löytävät yhteisiä tavoitteita ja aloittavat konkreettista "
                "yhteistyötä. Yhteisen hyvän tuottaminen yli sektorirajojen on mallin ydin."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "met"),
            ("yksilolliset-ratkaisut", "not_met"),
            ("kunnioittava-kohtaaminen", "partly"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "partly"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "partly"),
            ("merkityksellinen-yhteiso", "partly"),
            ("yhteinen-hyva", "met"),
        ],
        "strengths": (
            "Ilta tuo saman alueen julkiset toimijat, järjestöt, yritykset, seurakunnat ja "
            "kokemusasiantuntijat yhteen, mikä on kumppanuuden edellytys. Kokemusasiantuntijat "
            "ovat mukana sekä illan suunnittelussa että keskusteluissa."
        ),
        "development_needs": (
            "Yksittäinen tapahtuma ei yksin riitä pitämään kumppanuuksia yllä, joten illan jatko "
            "on sovittava ja kuvattava. Kuvauksesta ei käy ilmi, miten asukkaiden ja palvelujen "
            "käyttäjien ääni kuuluu kokemusasiantuntijoiden lisäksi."
        ),
        "transfer_conditions": (
            "Onnistuminen edellyttää, että kutsu tavoittaa kaikki sektorit ja järjestelyvastuu on "
            "selvä. Resursseja tarvitaan tilaan, suunnitteluun ja fasilitointiin, viestintään sekä "
            "kokemusasiantuntijoiden palkkioihin."
        ),
        "evidence_level": "documented",
    },
    "kokemusasiantuntija-ohjausryhmassa": {
        "date": "2022-09-14",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Kokemusasiantuntijan roolista ja palkkiosta sovitaan hänen kanssaan, ja hän saa "
                "tukea osallistumiseensa. Palvelujen käyttäjien oman elämän valintoihin malli ei "
                "laajemmin kohdistu."
            ),
        ),
        "community": (
            "clearly",
            (
                "Mallin tavoitteena on, että kokemustieto vaikuttaa ohjausryhmän päätöksiin eikä "
                "osallistuminen jää muodolliseksi. Kuvaus nimeää tähän konkreettiset keinot "
                "perehdytyksestä ja selkeistä materiaaleista tukihenkilöön ja puheenjohtajan "
                "vastuuseen."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Kokemusasiantuntijan osallistuminen voi parantaa hankkeiden ja palvelujen "
                "ohjausta muidenkin hyväksi. Yhdessä tekeminen rajautuu kuitenkin ohjausryhmän "
                "työhön."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "met"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "met"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "partly"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "not_assessed"),
            ("yhteinen-hyva", "not_assessed"),
        ],
        "strengths": (
            "Malli tekee näkyväksi, mitä ohjausryhmän on muutettava, jotta kokemusasiantuntija voi "
            "osallistua tasavertaisesti. Palkkio, perehdytys ja tukihenkilö ovat osa mallia, ja "
            "kokemusasiantuntija on ryhmässä täysivaltainen jäsen eikä pelkkä kuulija."
        ),
        "development_needs": (
            "Kuvaus perustuu kahden hankkeen esimerkkeihin, joten mallin soveltuvuutta muunlaisiin "
            "ohjausryhmiin kannattaa koetella. Sitä, miten kokemusasiantuntijan esitykset näkyvät "
            "päätöksissä, kannattaa seurata järjestelmällisesti."
        ),
        "transfer_conditions": (
            "Ohjausryhmän on oltava valmis muuttamaan työtapojaan: materiaalit lähetetään ajoissa "
            "ja selkeällä kielellä, ja puheenjohtaja huolehtii, että kokemusasiantuntijan "
            "näkemykset tulevat kuulluiksi. Palkkioon, perehdytykseen ja tukihenkilön työhön on "
            "varattava resurssit."
        ),
        "evidence_level": "documented",
    },
    "osallisuus-sote-palvelujen-hankinnassa": {
        "date": "2020-11-05",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Malli pyrkii siihen, että hankittavat palvelut vastaavat käyttäjien tarpeita, "
                "mikä tukee välillisesti heidän mahdollisuuksiaan saada itselleen sopivia "
                "palveluja. Yksittäisen ihmisen valintoja malli ei suoraan käsittele."
            ),
        ),
        "community": (
            "clearly",
            (
                "Käyttäjät osallistuvat hankinnan kaikkiin vaiheisiin valmistelusta "
                "kilpailutukseen ja sopimusaikaan, ja heidän näkemyksensä kirjataan "
                "hankinta-asiakirjoihin. Vaikuttaminen kohdistuu palvelun tavoitteisiin, "
                "palvelukuvaukseen ja vertailuperusteisiin."
            ),
        ),
        "common_good": (
            "clearly",
            (
                "Sopimusaikana käyttäjät kehittävät, tuottavat ja arvioivat palvelua "
                "kokemusasiantuntijoina ja vertaisina yhdessä palveluntuottajan ja hankintayksikön "
                "kanssa. Malli tekee käyttäjistä julkisten palvelujen yhteistuottajia."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "not_assessed"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "met"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "not_assessed"),
            ("yhteinen-hyva", "met"),
        ],
        "strengths": (
            "Malli kattaa hankinnan koko elinkaaren ja nimeää kullekin vaiheelle konkreettiset "
            "osallistumisen tavat. Se on linjassa valtiovarainministeriön suosituksen kanssa ottaa "
            "palvelujen käyttäjät mukaan hankintojen suunnitteluun."
        ),
        "development_needs": (
            "Kuvauksesta ei käy ilmi, miten paljon palveluja tarvitsevat käyttäjät tavoitetaan ja "
            "miten heidän osallistumistaan tuetaan eri vaiheissa. Osallistumisen tavat on "
            "sovitettava hankintalainsäädännön vaatimuksiin, kuten tarjoajien tasapuoliseen "
            "kohteluun ja esteellisyyssääntöihin."
        ),
        "transfer_conditions": (
            "Hankintayksikön on varattava aikaa käyttäjien osallistumiselle jo hankinnan "
            "valmistelussa ja kirjattava heidän näkemyksensä hankinta-asiakirjoihin. Lisäksi "
            "tarvitaan hankintahenkilöstön työaikaa, osallistumismenetelmien fasilitointia ja "
            "kokemusasiantuntijoiden palkkioita."
        ),
        "evidence_level": "documented",
    },
    "osallisuussparraus-kunnan-esihenkiloille": {
        "date": "2023-05-24",
        "basis": "documentation",
        "own_life": (
            "not_identifiable",
            (
                "Sparraus on suunnattu kunnan esihenkilöille ja johdolle. Kuvauksesta ei tunnistu, "
                "miten se vahvistaisi asukkaiden tai palvelujen käyttäjien osallisuutta omassa "
                "elämässään."
            ),
        ),
        "community": (
            "partly",
            (
                "Malli tähtää siihen, että osallisuudesta tulee johdettu osa kunnan toimintaa ja "
                "päätöksentekoa, mikä voi avata asukkaille uusia vaikutusmahdollisuuksia. Vaikutus "
                "asukkaiden osallisuuteen on kuitenkin välillinen."
            ),
        ),
        "common_good": (
            "not_identifiable",
            (
                "Kuvauksesta ei tunnistu toimintaa, jossa asukkaat tekisivät yhdessä tai "
                "tuottaisivat yhteistä hyvää. Malli voi vaikuttaa tähän korkeintaan välillisesti "
                "johtamisen kautta."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "partly"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "partly"),
            ("merkityksellinen-yhteiso", "not_assessed"),
            ("yhteinen-hyva", "not_assessed"),
        ],
        "strengths": (
            "Malli tarttuu osallisuustyön johtamiseen, jonka vastuu jää kuvauksen mukaan usein "
            "epäselväksi. Sparraus lähtee osallistujien omista työtilanteista, ja se tukee "
            "osallisuuden viemistä suunnitelmalliseksi osaksi kunnan toimintaa, esimerkiksi "
            "osallisuusohjelman kautta."
        ),
        "development_needs": (
            "Malli on vielä kehitteillä, eikä kuvaus kerro, miten asukkaiden tai palvelujen "
            "käyttäjien näkökulma tulee mukaan sparraukseen. Vaikutusta kunnan toimintaan "
            "kannattaa seurata esimerkiksi itsearvioinneilla ennen sparrausta ja sen jälkeen."
        ),
        "transfer_conditions": (
            "Sparraus edellyttää osallistujien sitoutumista ja aikaa sekä sparraajaa, joka tuntee "
            "sekä osallisuustyön että kunnan johtamisen. Se hyödyttää eniten, kun osallistujilla "
            "on käynnissä ajankohtainen kehittämistehtävä."
        ),
        "evidence_level": "documented",
    },
    "osallisuustyon-vertaismentorointi": {
        "date": "2023-10-11",
        "basis": "documentation",
        "own_life": (
            "not_identifiable",
            (
                "Mentorointi on suunnattu osallisuustyötä tekeville ammattilaisille. Kuvauksesta "
                "ei tunnistu suoraa yhteyttä asukkaiden tai asiakkaiden osallisuuteen omassa "
                "elämässään."
            ),
        ),
        "community": (
            "partly",
            (
                "Mentorointi rakentaa ammattilaisten vertaisverkostoa yli organisaatiorajojen, ja "
                "sen rakenteesta ja teemoista sovitaan yhdessä osallistujien kanssa. Vaikutus "
                "asukkaiden ja asiakkaiden vaikutusmahdollisuuksiin on välillinen."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Vastavuoroisessa mentoroinnissa osallistujat jakavat osaamistaan, mikä voi lisätä "
                "organisaatioiden välistä yhteistyötä. Toiminta rajautuu kuitenkin ammattilaisten "
                "keskinäiseen tukeen."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "partly"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "not_assessed"),
            ("merkityksellinen-yhteiso", "met"),
            ("yhteinen-hyva", "not_assessed"),
        ],
        "strengths": (
            "Organisaatiorajat ylittävä mentorointi tuo vertaistukea osallisuustyön tekijöille, "
            "jotka voivat olla organisaatiossaan alansa ainoita asiantuntijoita. Vastavuoroisuus "
            "tekee jokaisesta osallistujasta sekä oppijan että toisen tukijan."
        ),
        "development_needs": (
            "Malli on kehitteillä, ja sen yhteys asukkaiden ja asiakkaiden osallisuuteen kannattaa "
            "kuvata tarkemmin. Mentorointijakson kestosta ja tapaamisten tiheydestä voisi antaa "
            "suosituksen käyttöönoton tueksi."
        ),
        "transfer_conditions": (
            "Mentorointi edellyttää työnantajien lupaa ja työaikaa, selkeää rakennetta sekä "
            "koordinaattoria, joka muodostaa parit tai ryhmät. Luottamuksellisuudesta on sovittava "
            "yhdessä."
        ),
        "evidence_level": "documented",
    },
    "palvelusafari": {
        "date": "2019-03-27",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Nuoret valitsevat itse palvelun, johon tutustuvat, ja heidän tietonsa palveluista "
                "lisääntyy. Tämä voi madaltaa kynnystä käyttää palveluja, mutta omiin valintoihin "
                "malli vaikuttaa välillisesti."
            ),
        ),
        "community": (
            "clearly",
            (
                "Nuoret suunnittelevat, tekevät ja arvioivat vierailun itse ja esittävät "
                "havaintonsa palvelun edustajille. Mallin nimenomainen tavoite on, että nuoret "
                "kokevat voivansa vaikuttaa ja että heidän kokemuksensa vaikuttaa palvelun "
                "kehittämiseen."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Nuorten kehittämisehdotukset voivat tehdä palveluista helpommin lähestyttäviä "
                "myös muille nuorille. Kuvaus ei kuitenkaan kerro, jatkuuko yhteinen tekeminen "
                "safarin jälkeen."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "partly"),
            ("palvelun-yhteiskehittaminen", "met"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "not_assessed"),
            ("yhteinen-hyva", "partly"),
        ],
        "strengths": (
            "Safari on konkreettinen ja nuorille mielekäs tapa tuoda heidän kokemuksensa "
            "palvelujen kehittämiseen, ja nuoret ovat päätekijöitä suunnittelusta arviointiin. "
            "Malli on suunnattu koulutuksen ja työn ulkopuolella oleville nuorille, joiden "
            "näkemykset jäävät helposti kuulematta."
        ),
        "development_needs": (
            "Vaikuttaminen riippuu siitä, ottaako palvelu palautteen aidosti vastaan, joten "
            "palautteen käsittelystä on hyvä sopia etukäteen. Kuvauksesta ei käy ilmi, miten eri "
            "safareiden havainnot kootaan laajemmin palvelujen kehittämiseen."
        ),
        "transfer_conditions": (
            "Safari edellyttää ohjaajaa, joka tukee nuoria suunnittelussa ja vierailussa, sekä "
            "palvelua, joka on valmis ottamaan palautteen vastaan. Nuorille on kerrottava, mitä "
            "heidän ehdotuksilleen tapahtuu."
        ),
        "evidence_level": "documented",
    },
    "teemapaivat-romanien-kohtaamispaikka": {
        "date": "2019-06-12",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Päivät lisäävät romanien tietoa palveluista, mikä tukee heidän mahdollisuuksiaan "
                "hakeutua itselleen sopiviin palveluihin. Yksilöllistä ohjausta tai tukea kuvaus "
                "ei mainitse."
            ),
        ),
        "community": (
            "clearly",
            (
                "Romaniyhdistykset suunnittelevat päiviä alusta asti ja toimivat yhteisönsä "
                "äänenä, ja päivissä esiin nousseet asiat viedään eteenpäin. Romaniyhdistysten "
                "vaikutusmahdollisuuksien vahvistaminen on mallin nimetty tavoite."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Päivät ovat romanien ja palvelujen yhteinen kohtaamispaikka, joka rakentaa "
                "luottamusta ja vuoropuhelua. Yhdessä tekeminen painottuu kuitenkin päivien "
                "suunnitteluun ja järjestämiseen."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "met"),
            ("yksilolliset-ratkaisut", "not_assessed"),
            ("kunnioittava-kohtaaminen", "met"),
            ("eristyksissa-elavien-tavoittaminen", "partly"),
            ("palvelun-yhteiskehittaminen", "partly"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "partly"),
            ("yhteinen-hyva", "partly"),
        ],
        "strengths": (
            "Romaniyhdistykset ovat mukana suunnittelussa alusta asti, mikä vahvistaa niiden "
            "roolia yhteisönsä äänenä. Päivät rakentavat luottamusta romanien ja "
            "palvelujärjestelmän välille, ja kohtaaminen tasavertaisina on toiminnan lähtökohta."
        ),
        "development_needs": (
            "Yksittäiset tapahtumat eivät yksin takaa jatkuvaa vuoropuhelua, joten päivien "
            "jatkotoimet ja palaute osallistujille on kuvattava selkeästi. Kuvaus ei kerro, miten "
            "päivissä esiin nousseet asiat ovat vaikuttaneet palveluihin."
        ),
        "transfer_conditions": (
            "Onnistuminen edellyttää, että romaniyhdistykset ovat mukana suunnittelussa alusta "
            "asti ja että palvelujen edustajat tulevat päiville aidosti kuuntelemaan. "
            "Suunnittelussa on otettava huomioon romanikulttuurin tavat ja se, että osallistujat "
            "ovat eri-ikäisiä."
        ),
        "evidence_level": "documented",
    },
    "viisi-tapaa-perustaa-avoin-yhteinen-tila": {
        "date": "2021-02-17",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Avoin tila antaa asukkaille ja yhdistyksille paikan toteuttaa itselleen tärkeää "
                "toimintaa. Yksilöllisiä valintoja tukevaa toimintaa kuvaus ei kuitenkaan "
                "erittele."
            ),
        ),
        "community": (
            "clearly",
            (
                "Tilan käyttäjät osallistuvat toiminnan suunnitteluun ja pelisääntöjen "
                "laatimiseen, ja tilaa pyörittävät käyttäjät yhdessä. Tavoitteena on, että "
                "asuinalueelle syntyy yhteisöllistä toimintaa."
            ),
        ),
        "common_good": (
            "clearly",
            (
                "Vajaakäytössä olevat tilat otetaan yhteiseen käyttöön, ja käyttäjät ja tilan "
                "haltija huolehtivat niistä yhdessä sovituin vastuin. Avoin yhteinen tila on "
                "konkreettinen yhteinen hyvä, jota käyttäjät sekä käyttävät että ylläpitävät."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "met"),
            ("yksilolliset-ratkaisut", "not_assessed"),
            ("kunnioittava-kohtaaminen", "not_assessed"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "met"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "partly"),
            ("merkityksellinen-yhteiso", "met"),
            ("yhteinen-hyva", "met"),
        ],
        "strengths": (
            "Malli yhdistää kaksi tarvetta: asukkaiden ja yhdistysten tilantarpeen sekä "
            "vajaakäytössä olevat tilat. Viisi vaihtoehtoista tapaa antavat tilan haltijalle "
            "mahdollisuuden valita omaan tilanteeseensa sopivan ratkaisun."
        ),
        "development_needs": (
            "Kuvauksesta ei käy ilmi, miten tila tavoittaa myös ne asukkaat, jotka eivät kuulu "
            "yhdistyksiin tai muihin järjestäytyneisiin ryhmiin. Toiminnan jatkuvuus on kuvauksen "
            "mukaan sen varassa, että joku pitää tilan toimintaa käynnissä, joten vastuunjakoa "
            "kannattaa suunnitella pitkällä aikavälillä."
        ),
        "transfer_conditions": (
            "Avoin tila edellyttää selkeää sopimista käyttövuoroista, vastuista, avaimista ja "
            "kustannuksista. Lisäksi tarvitaan ihminen tai ryhmä, joka pitää tilan toiminnan "
            "käynnissä."
        ),
        "evidence_level": "documented",
    },
    "yhteiskehittaminen-sosiaalisessa-kuntoutuksessa": {
        "date": "2019-09-18",
        "basis": "documentation",
        "own_life": (
            "partly",
            (
                "Tavoitteena on, että palvelut vastaavat paremmin asiakkaiden tarpeita ja että "
                "asiakkaat kokevat tulevansa kuulluiksi. Malli kohdistuu kuitenkin palvelujen "
                "yhteiseen kehittämiseen eikä yksittäisen asiakkaan oman palvelun suunnitteluun."
            ),
        ),
        "community": (
            "clearly",
            (
                "Asiakkaat, ammattilaiset ja esihenkilöt valitsevat kehittämisen kohteet ja "
                "arvioivat kokeiluja tasavertaisesti yhdessä. Yhteiskehittäminen on jatkuva osa "
                "työtä eikä kertaluonteinen hanke."
            ),
        ),
        "common_good": (
            "partly",
            (
                "Kehittäjäryhmien työ voi parantaa palveluja myös muille asiakkaille, ja asiakkaat "
                "ovat mukana luomassa uusia toimintatapoja. Toiminta rajautuu kuitenkin palvelujen "
                "kehittämiseen."
            ),
        ),
        "criteria": [
            ("vapaaehtoinen-osallistuminen", "not_assessed"),
            ("yksilolliset-ratkaisut", "partly"),
            ("kunnioittava-kohtaaminen", "met"),
            ("eristyksissa-elavien-tavoittaminen", "not_assessed"),
            ("palvelun-yhteiskehittaminen", "met"),
            ("vaikuttaminen-toiminnan-ulkopuolella", "met"),
            ("merkityksellinen-yhteiso", "partly"),
            ("yhteinen-hyva", "partly"),
        ],
        "strengths": (
            "Yhteiskehittäminen on tehty osaksi palvelujen arkea, ja esihenkilöiden sitoutuminen "
            "tukee sitä, että kehittämiselle on aikaa ja tulokset otetaan käyttöön. Kunnioittava "
            "ja luokittelematon kohtaaminen on nimetty yhteiskehittämisen perustaksi."
        ),
        "development_needs": (
            "Kuvauksesta ei käy ilmi, miten kehittäjäryhmiin tavoitetaan asiakkaita, joiden on "
            "vaikea tuoda näkemyksiään esiin. Toteutettujen muutosten ja asiakkaiden kokemusten "
            "seurantaa kannattaa kuvata tarkemmin."
        ),
        "transfer_conditions": (
            "Käyttöönotto edellyttää johdon sitoutumista, työaikaa kehittämiselle, yhteisesti "
            "sovittuja toimintatapoja ja fasilitointiosaamista. Asiakkaiden osallistumista on "
            "tuettava esimerkiksi korvaamalla matkakulut."
        ),
        "evidence_level": "documented",
    },
}
