"""Demo vocabularies: the controlled terms the demo catalogue is classified with.

Plain data, no logic. Each term has a stable ASCII slug, its name in Finnish, Swedish and
English, and an optional short Finnish description. Regions also have a "kind" and
organisations an "org_type". YSO URIs are deliberately left out: they could not be verified
when this data was written, and a URI must never be guessed.
"""

VOCABULARIES = {
    "GovernancePrinciple": [
        {
            "slug": "4p-kumppanuus",
            "fi": "Kumppanuus julkisten, yksityisten ja kansalaisten kesken (4P-kumppanuus)",
            "sv": "Partnerskap mellan offentliga, privata och medborgare (4P-partnerskap)",
            "en": (
                "Partnership of public, private and people (4P, Public-Private-People Partnership)"
            ),
            "description_fi": (
                "Julkiset, yksityiset ja kansalaiset toimivat kumppaneina; kumppanuus on "
                "yhteistuotannon ja yhteisluomisen edellytys."
            ),
        },
        {
            "slug": "yhteistuotanto",
            "fi": "Yhteistuotanto ja yhteisluominen",
            "sv": "Samproduktion och samskapande",
            "en": "Co-production and co-creation",
            "description_fi": (
                "Kansalaiset kehittävät, tuottavat ja arvioivat palveluja yhdessä ammattilaisten "
                "kanssa."
            ),
        },
        {
            "slug": "vaikuttavuus",
            "fi": "Tulos- ja vaikuttavuusperusteisuus",
            "sv": "Resultat- och effektbaserad verksamhet",
            "en": "Outcome- and impact-based working",
            "description_fi": (
                "Toimitaan yhdessä sovittuja tavoitteita kohti, ja niiden toteutumista mitataan "
                "alusta asti sovituin tavoin."
            ),
        },
    ],
    "ServicePhase": [
        {
            "slug": "viriaminen",
            "fi": "Valmistelun viriäminen",
            "sv": "Initiering av beredningen",
            "en": "Initiation",
            "description_fi": "Tarve tunnistetaan ja valmistelu käynnistyy.",
        },
        {
            "slug": "suunnittelu",
            "fi": "Suunnittelu ja kehittäminen",
            "sv": "Planering och utveckling",
            "en": "Planning and development",
            "description_fi": "Palvelua tai toimintaa suunnitellaan ja kehitetään.",
        },
        {
            "slug": "tuotanto",
            "fi": "Tuotanto",
            "sv": "Produktion",
            "en": "Production and delivery",
            "description_fi": "Palvelua tai toimintaa tuotetaan ja toteutetaan.",
        },
        {
            "slug": "arviointi",
            "fi": "Arviointi",
            "sv": "Utvärdering",
            "en": "Evaluation",
            "description_fi": "Palvelun tai toiminnan tuloksia ja vaikutuksia arvioidaan.",
        },
    ],
    "ProcurementPhase": [
        {
            "slug": "valmistelu",
            "fi": "Valmistelu",
            "sv": "Förberedelse",
            "en": "Preparation",
            "description_fi": (
                "Seminaarit, kyselyt, asiakas- ja asukasraadit, palvelumuotoilu ja "
                "markkinavuoropuhelu käyttäjäjärjestöjen kanssa."
            ),
        },
        {
            "slug": "kilpailutus",
            "fi": "Kilpailutus",
            "sv": "Konkurrensutsättning",
            "en": "Tendering",
            "description_fi": (
                "Käyttäjät auttavat viimeistelemään tavoitteet, palvelukuvauksen ja "
                "vertailuperusteet."
            ),
        },
        {
            "slug": "sopimusaika",
            "fi": "Sopimusaika",
            "sv": "Avtalsperiod",
            "en": "Contract period",
            "description_fi": (
                "Käyttäjät kehittävät, tuottavat ja arvioivat palveluja kokemusasiantuntijoina "
                "ja vertaisina."
            ),
        },
    ],
    "TargetGroup": [
        {
            "slug": "asukkaat",
            "fi": "Asukkaat",
            "sv": "Invånare",
            "en": "Residents",
            "description_fi": "",
        },
        {
            "slug": "heikoimmassa-asemassa-olevat",
            "fi": "Heikoimmassa asemassa olevat",
            "sv": "De mest utsatta",
            "en": "The worst-off",
            "description_fi": "",
        },
        {
            "slug": "paljon-tukea-tarvitsevat",
            "fi": "Paljon tukea tarvitsevat",
            "sv": "Personer med stort stödbehov",
            "en": "People needing much support",
            "description_fi": "Ihmiset, jotka tarvitsevat useita palveluja ja paljon tukea.",
        },
        {
            "slug": "sosiaalipalvelujen-asiakkaat",
            "fi": "Sosiaalipalvelujen asiakkaat",
            "sv": "Klienter inom socialservicen",
            "en": "Social-service clients",
            "description_fi": "Esimerkiksi sosiaalityön ja sosiaalisen kuntoutuksen asiakkaat.",
        },
        {
            "slug": "vammaispalvelujen-asiakkaat",
            "fi": "Vammaispalvelujen asiakkaat ja omaiset",
            "sv": "Klienter inom handikappservicen och deras anhöriga",
            "en": "Disability-service clients and relatives",
            "description_fi": "",
        },
        {
            "slug": "kehitysvammaiset",
            "fi": "Kehitysvammaiset henkilöt",
            "sv": "Personer med intellektuell funktionsnedsättning",
            "en": "People with intellectual disabilities",
            "description_fi": "",
        },
        {
            "slug": "mielenterveyskuntoutujat",
            "fi": "Mielenterveyskuntoutujat",
            "sv": "Personer i psykiatrisk rehabilitering",
            "en": "Mental-health rehabilitees",
            "description_fi": "",
        },
        {
            "slug": "paihteita-kayttavat",
            "fi": "Päihteitä käyttävät",
            "sv": "Personer som använder rusmedel",
            "en": "People who use substances",
            "description_fi": "",
        },
        {
            "slug": "tyottomat",
            "fi": "Työttömät ja työelämän ulkopuolella olevat",
            "sv": "Arbetslösa och personer utanför arbetslivet",
            "en": "Unemployed people and people outside working life",
            "description_fi": "",
        },
        {
            "slug": "nuoret",
            "fi": "Nuoret",
            "sv": "Unga",
            "en": "Young people",
            "description_fi": "",
        },
        {
            "slug": "ikaantyneet",
            "fi": "Ikääntyneet",
            "sv": "Äldre",
            "en": "Older people",
            "description_fi": "",
        },
        {
            "slug": "maahanmuuttajat",
            "fi": "Maahanmuuttajat ja kotoutujat",
            "sv": "Invandrare och personer under integration",
            "en": "Immigrants and people in integration",
            "description_fi": "",
        },
        {
            "slug": "romanit",
            "fi": "Romanit",
            "sv": "Romer",
            "en": "Roma",
            "description_fi": "",
        },
        {
            "slug": "kokemusasiantuntijat",
            "fi": "Kokemusasiantuntijat",
            "sv": "Erfarenhetsexperter",
            "en": "Experts by experience",
            "description_fi": "",
        },
        {
            "slug": "jarjestot",
            "fi": "Järjestöt ja yhdistykset",
            "sv": "Organisationer och föreningar",
            "en": "NGOs and associations",
            "description_fi": "",
        },
        {
            "slug": "ammattilaiset",
            "fi": "Ammattilaiset",
            "sv": "Yrkesverksamma",
            "en": "Professionals",
            "description_fi": "Esimerkiksi sosiaali- ja terveysalan sekä kunnan työntekijät.",
        },
        {
            "slug": "esihenkilot-ja-johto",
            "fi": "Esihenkilöt ja johto",
            "sv": "Chefer och ledning",
            "en": "Managers and supervisors",
            "description_fi": "Esimerkiksi kuntien ja hyvinvointialueiden esihenkilöt ja johto.",
        },
    ],
    "Topic": [
        {
            "slug": "osallisuus",
            "fi": "Osallisuus",
            "sv": "Delaktighet",
            "en": "Participation",
            "description_fi": "",
        },
        {
            "slug": "paatoksenteko-ja-vaikuttaminen",
            "fi": "Päätöksenteko ja vaikuttaminen",
            "sv": "Beslutsfattande och påverkan",
            "en": "Decision-making and influence",
            "description_fi": "",
        },
        {
            "slug": "sosiaalityo-ja-sosiaalinen-kuntoutus",
            "fi": "Sosiaalityö ja sosiaalinen kuntoutus",
            "sv": "Socialt arbete och social rehabilitering",
            "en": "Social work and social rehabilitation",
            "description_fi": "",
        },
        {
            "slug": "vammaispalvelut",
            "fi": "Vammaispalvelut",
            "sv": "Handikappservice",
            "en": "Disability services",
            "description_fi": "",
        },
        {
            "slug": "kotoutuminen",
            "fi": "Kotoutuminen",
            "sv": "Integration",
            "en": "Integration",
            "description_fi": "",
        },
        {
            "slug": "hyvinvoinnin-ja-terveyden-edistaminen",
            "fi": "Hyvinvoinnin ja terveyden edistäminen",
            "sv": "Främjande av välfärd och hälsa",
            "en": "Health and wellbeing promotion",
            "description_fi": "",
        },
        {
            "slug": "kulttuuri-ja-liikunta",
            "fi": "Kulttuuri ja liikunta",
            "sv": "Kultur och motion",
            "en": "Culture and physical activity",
            "description_fi": "",
        },
        {
            "slug": "asuminen-ja-lahiot",
            "fi": "Asuminen ja lähiöt",
            "sv": "Boende och förorter",
            "en": "Housing and neighbourhoods",
            "description_fi": "",
        },
        {
            "slug": "julkiset-hankinnat",
            "fi": "Julkiset hankinnat",
            "sv": "Offentlig upphandling",
            "en": "Public procurement",
            "description_fi": "",
        },
        {
            "slug": "johtaminen",
            "fi": "Johtaminen",
            "sv": "Ledarskap",
            "en": "Leadership and management",
            "description_fi": "",
        },
    ],
    "Region": [
        {
            "slug": "valtakunnallinen",
            "fi": "Valtakunnallinen",
            "sv": "Riksomfattande",
            "en": "National",
            "description_fi": "",
            "kind": "national",
        },
        {
            "slug": "hamina",
            "fi": "Hamina",
            "sv": "Fredrikshamn",
            "en": "Hamina",
            "description_fi": "",
            "kind": "municipality",
        },
        {
            "slug": "jyvaskyla",
            "fi": "Jyväskylä",
            "sv": "Jyväskylä",
            "en": "Jyväskylä",
            "description_fi": "",
            "kind": "municipality",
        },
        {
            "slug": "oulu",
            "fi": "Oulu",
            "sv": "Uleåborg",
            "en": "Oulu",
            "description_fi": "",
            "kind": "municipality",
        },
        {
            "slug": "tampere",
            "fi": "Tampere",
            "sv": "Tammerfors",
            "en": "Tampere",
            "description_fi": "",
            "kind": "municipality",
        },
        {
            "slug": "uusimaa",
            "fi": "Uusimaa",
            "sv": "Nyland",
            "en": "Uusimaa",
            "description_fi": "",
            "kind": "region",
        },
        {
            "slug": "vantaan-ja-keravan-hyvinvointialue",
            "fi": "Vantaan ja Keravan hyvinvointialue",
            "sv": "Vanda och Kervo välfärdsområde",
            "en": "Vantaa and Kerava wellbeing services county",
            "description_fi": "",
            "kind": "wellbeing_county",
        },
    ],
    "Funder": [
        {
            "slug": "esr",
            "fi": "Euroopan sosiaalirahasto (ESR)",
            "sv": "Europeiska socialfonden (ESF)",
            "en": "European Social Fund (ESF)",
            "description_fi": "",
        },
        {
            "slug": "stea",
            "fi": "STEA",
            "sv": "STEA",
            "en": "STEA",
            "description_fi": "Sosiaali- ja terveysjärjestöjen avustuskeskus.",
        },
        {
            "slug": "stm",
            "fi": "STM",
            "sv": "SHM",
            "en": "Ministry of Social Affairs and Health",
            "description_fi": "Sosiaali- ja terveysministeriö.",
        },
        {
            "slug": "kunta",
            "fi": "Kunta",
            "sv": "Kommun",
            "en": "Municipality",
            "description_fi": "",
        },
        {
            "slug": "muu-ministerio",
            "fi": "Muu ministeriö",
            "sv": "Annat ministerium",
            "en": "Other ministry",
            "description_fi": "",
        },
        {
            "slug": "muu-eu",
            "fi": "Muu EU-rahoitus",
            "sv": "Annan EU-finansiering",
            "en": "Other EU funding",
            "description_fi": "",
        },
        {
            "slug": "terveyden-edistamisen-maararaha",
            "fi": "Terveyden edistämisen määräraha",
            "sv": "Anslag för hälsofrämjande",
            "en": "Health promotion appropriation",
            "description_fi": "",
        },
        {
            "slug": "ei-erillisrahoitusta",
            "fi": "Ei erillisrahoitusta",
            "sv": "Ingen separat finansiering",
            "en": "No separate funding",
            "description_fi": "",
        },
    ],
    "DevelopmentStage": [
        {
            "slug": "idea",
            "fi": "Idea",
            "sv": "Idé",
            "en": "Idea",
            "description_fi": "Toimintamalli on ajatuksen tai suunnitelman asteella.",
        },
        {
            "slug": "kehitteilla",
            "fi": "Kehitteillä",
            "sv": "Under utveckling",
            "en": "In development",
            "description_fi": "Toimintamallia kehitetään ja kokeillaan.",
        },
        {
            "slug": "valmis-levitettavaksi",
            "fi": "Valmis levitettäväksi",
            "sv": "Redo för spridning",
            "en": "Ready to spread",
            "description_fi": "Toimintamalli on kuvattu niin, että muut voivat ottaa sen käyttöön.",
        },
        {
            "slug": "vakiintunut",
            "fi": "Vakiintunut",
            "sv": "Etablerad",
            "en": "In established use",
            "description_fi": "Toimintamalli on vakiintunut osaksi organisaatioiden toimintaa.",
        },
    ],
    "DeveloperOrganisation": [
        {
            "slug": "thl",
            "fi": "Terveyden ja hyvinvoinnin laitos (THL)",
            "sv": "Institutet för hälsa och välfärd (THL)",
            "en": "Finnish Institute for Health and Welfare (THL)",
            "description_fi": "",
            "org_type": "public",
        },
        {
            "slug": "diak",
            "fi": "Diakonia-ammattikorkeakoulu (Diak)",
            "sv": "Diakonia-yrkeshögskolan (Diak)",
            "en": "Diaconia University of Applied Sciences (Diak)",
            "description_fi": "",
            "org_type": "research_education",
        },
        {
            "slug": "jamk",
            "fi": "Jyväskylän ammattikorkeakoulu (JAMK)",
            "sv": "Jyväskylä yrkeshögskola (JAMK)",
            "en": "JAMK University of Applied Sciences",
            "description_fi": "",
            "org_type": "research_education",
        },
        {
            "slug": "jyvaskylan-kaupunki",
            "fi": "Jyväskylän kaupunki",
            "sv": "Jyväskylä stad",
            "en": "City of Jyväskylä",
            "description_fi": "",
            "org_type": "public",
        },
        {
            "slug": "xamk",
            "fi": "Kaakkois-Suomen ammattikorkeakoulu (Xamk)",
            "sv": "Sydöstra Finlands yrkeshögskola (Xamk)",
            "en": "South-Eastern Finland University of Applied Sciences (Xamk)",
            "description_fi": "",
            "org_type": "research_education",
        },
        {
            "slug": "ymparistoministerio",
            "fi": "Ympäristöministeriö",
            "sv": "Miljöministeriet",
            "en": "Ministry of the Environment",
            "description_fi": "",
            "org_type": "public",
        },
        {
            "slug": "vantaan-ja-keravan-hyvinvointialue",
            "fi": "Vantaan ja Keravan hyvinvointialue",
            "sv": "Vanda och Kervo välfärdsområde",
            "en": "Vantaa and Kerava Wellbeing Services County",
            "description_fi": "",
            "org_type": "public",
        },
    ],
    "PromisingPracticeCriterion": [
        {
            "slug": "vapaaehtoinen-osallistuminen",
            "fi": "Vapaaehtoinen osallistuminen",
            "sv": "Frivilligt deltagande",
            "en": "Voluntary participation",
            "description_fi": (
                "Osallistuminen perustuu ihmisen omaan haluun eikä ole palvelun tai tuen ehto."
            ),
        },
        {
            "slug": "yksilolliset-ratkaisut",
            "fi": "Yksilölliset ratkaisut",
            "sv": "Individuella lösningar",
            "en": "Individual solutions",
            "description_fi": (
                "Toiminta joustaa ihmisen omien tarpeiden, toiveiden ja voimavarojen mukaan."
            ),
        },
        {
            "slug": "kunnioittava-kohtaaminen",
            "fi": "Kunnioittava kohtaaminen ilman luokittelua",
            "sv": "Respektfullt bemötande utan kategorisering",
            "en": "Respectful encounter without categorising",
            "description_fi": (
                "Ihminen kohdataan tasavertaisena, eikä häntä määritellä ongelman, diagnoosin "
                "tai asiakasryhmän kautta."
            ),
        },
        {
            "slug": "eristyksissa-elavien-tavoittaminen",
            "fi": "Eristyksissä elävien tavoittaminen",
            "sv": "Att nå isolerade människor",
            "en": "Reaching isolated people",
            "description_fi": (
                "Toiminta tavoittaa myös ihmisiä, jotka ovat jääneet yhteisöjen ja palvelujen "
                "ulkopuolelle."
            ),
        },
        {
            "slug": "palvelun-yhteiskehittaminen",
            "fi": "Palvelun yhteiskehittäminen",
            "sv": "Samutveckling av tjänsten",
            "en": "Co-developing the service",
            "description_fi": (
                "Osallistujat suunnittelevat, kehittävät ja arvioivat toimintaa yhdessä "
                "ammattilaisten kanssa."
            ),
        },
        {
            "slug": "vaikuttaminen-toiminnan-ulkopuolella",
            "fi": "Vaikutusmahdollisuuksien vahvistuminen toiminnan ulkopuolella",
            "sv": "Stärkt inflytande utanför verksamheten",
            "en": "Strengthening influence beyond the activity",
            "description_fi": (
                "Osallistujien mahdollisuudet vaikuttaa myös palveluihin, lähiympäristöön tai "
                "päätöksentekoon vahvistuvat."
            ),
        },
        {
            "slug": "merkityksellinen-yhteiso",
            "fi": "Pääsy merkitykselliseen yhteisöön",
            "sv": "Tillgång till en meningsfull gemenskap",
            "en": "Access to a meaningful community",
            "description_fi": (
                "Toiminta antaa mahdollisuuden kuulua itselle merkitykselliseen yhteisöön."
            ),
        },
        {
            "slug": "yhteinen-hyva",
            "fi": "Yhteisestä hyvästä nauttiminen ja sen tuottaminen yhdessä",
            "sv": "Att ta del av och tillsammans skapa det gemensamma goda",
            "en": "Enjoying and co-producing the common good",
            "description_fi": (
                "Osallistujat voivat nauttia yhteisistä voimavaroista ja olla mukana tuottamassa "
                "niitä."
            ),
        },
    ],
}
