#!/usr/bin/env python3
"""Writes countries.json from Debian's iso-codes and the table below.

Run by hand after editing the table (the output is committed):
    python3 ingest/lexicons/generate_countries.py > ingest/lexicons/countries.json

iso-codes gives each country's ISO 3166-1 alpha-3 code and its names (name,
common_name, official_name). It has no demonyms, capitals or everyday
alternative names: those are the table below, written for kgraph.

Dependent territories (DEPENDENCIES below, also written for kgraph) are entries
with a "sovereign": the alpha-3 of the state that acts for them, as a governor
of a US state acts for the United States ("Puerto Rico's governor" -> USA).
Self-governing states in free association (Cook Islands, Niue) and places whose
status is disputed or that CAMEO codes on their own (Hong Kong, Macao, Taiwan,
Western Sahara, Palestine) are not listed.

Table columns, separated by "|":
  alpha-3 | canonical short name ("" = iso-codes' common name, else its name)
          | other names, ";"-separated | capitals and major cities standing for
          the state | adjectives and demonyms (adjective first, then nouns)
"""
import json
import sys

# territory alpha-3 -> sovereign alpha-3
DEPENDENCIES = {
    "USA": "ASM GUM MNP PRI UMI VIR",
    "GBR": "AIA BMU CYM FLK GGY GIB IMN IOT JEY MSR PCN SGS SHN TCA VGB",
    "FRA": "ATF BLM GLP GUF MAF MTQ MYT NCL PYF REU SPM WLF",
    "NLD": "ABW BES CUW SXM",
    "DNK": "FRO GRL",
    "NOR": "BVT SJM",
    "AUS": "CCK CXR HMD NFK",
    "NZL": "TKL",
    "FIN": "ALA",
}
SOVEREIGN = {territory: state for state, territories in DEPENDENCIES.items()
             for territory in territories.split()}

ISO_FILE = "/usr/share/iso-codes/json/iso_3166-1.json"

TABLE = """
ABW||||Aruban;Arubans
AFG|||Kabul|Afghan;Afghans;Afghani
AGO|||Luanda|Angolan;Angolans
AIA||||Anguillan;Anguillans
ALA||Aland Islands|Mariehamn|Ålandic
ALB|||Tirana|Albanian;Albanians
AND|||Andorra la Vella|Andorran;Andorrans
ARE||UAE;U.A.E.;Emirates;the Emirates|Abu Dhabi;Dubai|Emirati;Emiratis
ARG|||Buenos Aires|Argentine;Argentinian;Argentines;Argentinians
ARM|||Yerevan|Armenian;Armenians
ASM||||American Samoan;American Samoans
ATA||||Antarctic
ATF||||
ATG|||St. John's|Antiguan;Antiguans
AUS|||Canberra;Sydney|Australian;Australians;Aussie;Aussies
AUT|||Vienna|Austrian;Austrians
AZE|||Baku|Azerbaijani;Azerbaijanis;Azeri;Azeris
BDI|||Bujumbura;Gitega|Burundian;Burundians
BEL|||Brussels|Belgian;Belgians
BEN|||Porto-Novo;Cotonou|Beninese
BES||||
BFA|||Ouagadougou|Burkinabe;Burkinabè
BGD|||Dhaka|Bangladeshi;Bangladeshis
BGR|||Sofia|Bulgarian;Bulgarians
BHR|||Manama|Bahraini;Bahrainis
BHS||The Bahamas|Nassau|Bahamian;Bahamians
BIH||Bosnia;Herzegovina|Sarajevo|Bosnian;Bosnians;Herzegovinian
BLM||||
BLR||Byelorussia|Minsk|Belarusian;Belarusians;Byelorussian
BLZ|||Belmopan|Belizean;Belizeans
BMU||||Bermudian;Bermudians
BOL|||La Paz;Sucre|Bolivian;Bolivians
BRA|||Brasilia;Brasília|Brazilian;Brazilians
BRB|||Bridgetown|Barbadian;Barbadians
BRN|Brunei|Brunei||Bruneian;Bruneians
BTN|||Thimphu|Bhutanese
BVT||||
BWA|||Gaborone|Botswanan;Motswana;Batswana
CAF||CAR|Bangui|Central African;Central Africans
CAN|||Ottawa|Canadian;Canadians
CCK||||
CHE||Swiss Confederation|Bern;Berne|Swiss
CHL|||Santiago|Chilean;Chileans
CHN||People's Republic of China;PRC;P.R.C.;Mainland China|Beijing;Peking|Chinese
CIV|Ivory Coast|Ivory Coast;Cote d'Ivoire|Yamoussoukro;Abidjan|Ivorian;Ivorians
CMR|||Yaounde;Yaoundé|Cameroonian;Cameroonians
COD|Democratic Republic of the Congo|DR Congo;DRC;D.R.C.;Congo-Kinshasa;Zaire|Kinshasa|Congolese;Zairean
COG|Republic of the Congo|Congo;Congo-Brazzaville|Brazzaville|
COK||||Cook Islander;Cook Islanders
COL|||Bogota;Bogotá|Colombian;Colombians
COM|||Moroni|Comorian;Comorians
CPV|Cape Verde|Cape Verde|Praia|Cape Verdean;Cape Verdeans
CRI|||San Jose;San José|Costa Rican;Costa Ricans
CUB|||Havana|Cuban;Cubans
CUW||Curacao||Curaçaoan
CXR||||
CYM||||Caymanian;Caymanians
CYP|||Nicosia|Cypriot;Cypriots;Greek-Cypriot;Greek Cypriot;Greek Cypriots;Greek-Cypriots
CZE|Czech Republic|Czechia;Czechoslovakia|Prague|Czech;Czechs;Czechoslovak
DEU|Germany|West Germany;East Germany;Federal Republic of Germany|Berlin;Bonn|German;Germans;West German;East German;West Germans;East Germans
DJI||||Djiboutian;Djiboutians
DMA|||Roseau|
DNK|||Copenhagen|Danish;Danes;Dane
DOM|||Santo Domingo|Dominican;Dominicans
DZA|||Algiers|Algerian;Algerians
ECU|||Quito|Ecuadorian;Ecuadorean;Ecuadorians;Ecuadoreans
EGY|||Cairo|Egyptian;Egyptians
ERI|||Asmara|Eritrean;Eritreans
ESH||||Sahrawi;Sahrawis;Saharawi
ESP|||Madrid|Spanish;Spaniards;Spaniard
EST|||Tallinn|Estonian;Estonians
ETH|||Addis Ababa|Ethiopian;Ethiopians
FIN|||Helsinki|Finnish;Finns;Finn
FJI|||Suva|Fijian;Fijians
FLK||Falklands;Falkland Islands;Malvinas|Stanley|Falkland Islander;Falkland Islanders
FRA|||Paris|French;Frenchman;Frenchmen;Frenchwoman
FRO||Faroes|Torshavn;Tórshavn|Faroese
FSM|Micronesia|Micronesia|Palikir|Micronesian;Micronesians
GAB|||Libreville|Gabonese
GBR|United Kingdom|UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland;United Kingdom of Great Britain and Northern Ireland|London|British;Britons;Briton;Brits;English;Scottish;Scots;Welsh;Englishman
GEO|||Tbilisi|Georgian;Georgians
GGY||||
GHA|||Accra|Ghanaian;Ghanaians;Ghanian;Ghanians
GIB||||Gibraltarian;Gibraltarians
GIN|||Conakry|Guinean;Guineans
GLP||||Guadeloupean
GMB||The Gambia|Banjul|Gambian;Gambians
GNB|||Bissau|Bissau-Guinean;Bissau-Guineans
GNQ|||Malabo|Equatorial Guinean;Equatoguinean
GRC|||Athens|Greek;Greeks;Hellenic
GRD|||St. George's|Grenadian;Grenadians
GRL|||Nuuk|Greenlandic;Greenlanders
GTM|||Guatemala City|Guatemalan;Guatemalans
GUF||||
GUM||||Guamanian;Guamanians
GUY|||Georgetown|Guyanese
HKG||||Hongkonger;Hongkongers
HMD||||
HND|||Tegucigalpa|Honduran;Hondurans
HRV|||Zagreb|Croatian;Croatians;Croat;Croats
HTI|||Port-au-Prince|Haitian;Haitians
HUN|||Budapest|Hungarian;Hungarians
IDN|||Jakarta|Indonesian;Indonesians
IMN||||Manx
IND|||New Delhi;Delhi;Mumbai|Indian;Indians
IOT||||
IRL||Eire;Republic of Ireland|Dublin|Irish;Irishman
IRN||Persia|Tehran;Teheran|Iranian;Iranians;Persian
IRQ|||Baghdad|Iraqi;Iraqis
ISL|||Reykjavik;Reykjavík|Icelandic;Icelanders
ISR|||Jerusalem;Tel Aviv|Israeli;Israelis
ITA|||Rome|Italian;Italians
JAM|||Kingston|Jamaican;Jamaicans
JEY||||
JOR|||Amman|Jordanian;Jordanians
JPN|||Tokyo|Japanese
KAZ|||Astana;Almaty|Kazakh;Kazakhs;Kazakhstani
KEN|||Nairobi|Kenyan;Kenyans
KGZ||Kyrgyz Republic;Kirghizia|Bishkek|Kyrgyz;Kirghiz
KHM||Kampuchea|Phnom Penh|Cambodian;Cambodians;Kampuchean;Khmer
KIR|||Tarawa|I-Kiribati
KNA||Saint Kitts;St. Kitts and Nevis|Basseterre|Kittitian
KOR|South Korea|Korea;Republic of Korea;ROK;S. Korea|Seoul|South Korean;South Koreans
KWT|||Kuwait City|Kuwaiti;Kuwaitis
LAO||Lao PDR|Vientiane|Lao;Laotian;Laotians
LBN|||Beirut|Lebanese
LBR|||Monrovia|Liberian;Liberians
LBY|||Tripoli|Libyan;Libyans
LCA||St. Lucia|Castries|Saint Lucian;St. Lucian
LIE|||Vaduz|Liechtensteiner
LKA||Ceylon|Colombo|Sri Lankan;Sri Lankans
LSO|||Maseru|Basotho;Mosotho
LTU|||Vilnius|Lithuanian;Lithuanians
LUX|||Luxembourg City|Luxembourgish;Luxembourger;Luxembourgers
LVA|||Riga|Latvian;Latvians
MAC||Macau||Macanese
MAF||||
MAR|||Rabat|Moroccan;Moroccans
MCO||||Monegasque
MDA|||Chisinau;Chișinău|Moldovan;Moldovans
MDG|||Antananarivo|Malagasy
MDV|||Male|Maldivian;Maldivians
MEX|||Mexico City|Mexican;Mexicans
MHL|||Majuro|Marshallese
MKD|North Macedonia|Macedonia;FYROM;Former Yugoslav Republic of Macedonia|Skopje|Macedonian;Macedonians
MLI|||Bamako|Malian;Malians
MLT|||Valletta|Maltese
MMR||Burma|Naypyidaw;Yangon;Rangoon|Myanmar;Burmese
MNE|||Podgorica|Montenegrin;Montenegrins
MNG|||Ulaanbaatar;Ulan Bator|Mongolian;Mongolians
MNP||||
MOZ|||Maputo|Mozambican;Mozambicans
MRT|||Nouakchott|Mauritanian;Mauritanians
MSR||||
MTQ||||Martinican
MUS|||Port Louis|Mauritian;Mauritians
MWI|||Lilongwe|Malawian;Malawians
MYS|||Kuala Lumpur|Malaysian;Malaysians
MYT||||
NAM|||Windhoek|Namibian;Namibians
NCL||||New Caledonian
NER|||Niamey|Nigerien;Nigeriens
NFK||||
NGA|||Abuja;Lagos|Nigerian;Nigerians
NIC|||Managua|Nicaraguan;Nicaraguans
NIU||||Niuean
NLD||Holland;The Netherlands|Amsterdam;The Hague|Dutch;Dutchman;Netherlander
NOR|||Oslo|Norwegian;Norwegians
NPL|||Kathmandu|Nepali;Nepalese;Nepalis
NRU||||Nauruan
NZL|||Wellington|New Zealander;New Zealanders;Kiwi
OMN|||Muscat|Omani;Omanis
PAK|||Islamabad;Karachi|Pakistani;Pakistanis
PAN|||Panama City|Panamanian;Panamanians
PCN||||
PER|||Lima|Peruvian;Peruvians
PHL||Phillippines;Philipines|Manila|Philippine;Filipino;Filipinos;Filipina
PLW||||Palauan
PNG|||Port Moresby|Papua New Guinean;Papuan
POL|||Warsaw|Polish;Poles;Pole
PRI||||Puerto Rican;Puerto Ricans
PRK|North Korea|Democratic People's Republic of Korea;DPRK;N. Korea|Pyongyang|North Korean;North Koreans
PRT|||Lisbon|Portuguese
PRY|||Asuncion;Asunción|Paraguayan;Paraguayans
PSE|Palestine|Palestinian territories;Palestinian Territories;Occupied Palestinian Territories;West Bank;Gaza;Gaza Strip;East Jerusalem|Ramallah|Palestinian;Palestinians
PYF||Tahiti||French Polynesian;Tahitian
QAT||Quatar|Doha|Qatari;Qataris
REU||Reunion||Reunionese
ROU||Rumania|Bucharest|Romanian;Romanians;Rumanian
RUS|Russia|Russia;Soviet Union;USSR;U.S.S.R.|Moscow|Russian;Russians;Soviet;Soviets
RWA|||Kigali|Rwandan;Rwandans;Rwandese
SAU|||Riyadh|Saudi;Saudis;Saudi Arabian
SDN|||Khartoum|Sudanese
SEN|||Dakar|Senegalese
SGP||||Singaporean;Singaporeans
SGS||||
SHN||Saint Helena||Saint Helenian
SJM||||
SLB|||Honiara|Solomon Islander
SLE|||Freetown|Sierra Leonean;Sierra Leoneans
SLV|||San Salvador|Salvadoran;Salvadorans;Salvadorean
SMR||||Sammarinese
SOM|||Mogadishu|Somali;Somalis;Somalian
SPM||||
SRB||Yugoslavia;Federal Republic of Yugoslavia|Belgrade|Serbian;Serbs;Serb;Yugoslav;Yugoslavs
SSD|||Juba|South Sudanese
STP|Sao Tome and Principe|São Tomé and Príncipe|Sao Tome|Santomean
SUR|||Paramaribo|Surinamese
SVK|||Bratislava|Slovak;Slovaks;Slovakian
SVN|||Ljubljana|Slovenian;Slovenians;Slovene;Slovenes
SWE|||Stockholm|Swedish;Swedes;Swede
SWZ||Swaziland|Mbabane|Swazi;Swazis;Eswatini
SXM||||
SYC|||Victoria|Seychellois
SYR|||Damascus|Syrian;Syrians
TCA||||
TCD|||N'Djamena|Chadian;Chadians
TGO|||Lome;Lomé|Togolese
THA||Siam|Bangkok|Thai;Thais
TJK|||Dushanbe|Tajik;Tajiks;Tajikistani
TKL||||Tokelauan
TKM|||Ashgabat|Turkmen;Turkmens
TLS|East Timor|Timor-Leste;East Timor;Timor Leste|Dili|Timorese;East Timorese
TON|||Nuku'alofa|Tongan;Tongans
TTO||Trinidad;Tobago|Port of Spain|Trinidadian;Trinidadians;Tobagonian
TUN|||Tunis|Tunisian;Tunisians
TUR|Turkey|Turkey;Türkiye;Turkiye|Ankara|Turkish;Turks;Turk
TUV|||Funafuti|Tuvaluan
TWN||Republic of China;Formosa|Taipei|Taiwanese
TZA||United Republic of Tanzania|Dodoma;Dar es Salaam|Tanzanian;Tanzanians
UGA|||Kampala|Ugandan;Ugandans
UKR||the Ukraine|Kyiv;Kiev|Ukrainian;Ukrainians
UMI||||
URY|||Montevideo|Uruguayan;Uruguayans
USA|United States|U.S.;US;U.S.A.;USA;America;United States of America;the States|Washington;Washington, D.C.|American;Americans;U.S.;US
UZB|||Tashkent|Uzbek;Uzbeks;Uzbekistani
VAT|Vatican|Vatican;Vatican City;Holy See|Vatican City|Vatican
VCT||Saint Vincent;St. Vincent and the Grenadines|Kingstown|Vincentian
VEN||Bolivarian Republic of Venezuela|Caracas|Venezuelan;Venezuelans
VGB|British Virgin Islands|British Virgin Islands||
VIR|U.S. Virgin Islands|U.S. Virgin Islands||
VNM|Vietnam|Viet Nam;South Vietnam;North Vietnam|Hanoi;Saigon;Ho Chi Minh City|Vietnamese
VUT|||Port Vila|Ni-Vanuatu
WLF||||
WSM||Western Samoa|Apia|Samoan;Samoans
YEM|||Sanaa;Sana'a|Yemeni;Yemenis
ZAF|||Pretoria;Cape Town;Johannesburg|South African;South Africans
ZMB|||Lusaka|Zambian;Zambians
ZWE||Rhodesia|Harare|Zimbabwean;Zimbabweans
"""


def split(field):
    return [part.strip() for part in field.split(";") if part.strip()]


def main():
    with open(ISO_FILE, encoding="utf-8") as f:
        iso = {c["alpha_3"]: c for c in json.load(f)["3166-1"]}
    rows = {}
    for line in TABLE.strip().splitlines():
        code, canonical, names, capitals, adjectives = (line.split("|") + [""] * 5)[:5]
        rows[code] = (canonical, split(names), split(capitals), split(adjectives))
    bad = sorted(code for code in set(SOVEREIGN) | set(SOVEREIGN.values()) if code not in iso)
    if bad:
        sys.exit(f"DEPENDENCIES name codes iso-codes does not have: {bad}")
    missing = sorted(set(iso) - set(rows))
    unknown = sorted(set(rows) - set(iso))
    if missing or unknown:
        sys.exit(f"table out of step with iso-codes: missing {missing}, unknown {unknown}")

    entries = []
    for code, country in sorted(iso.items()):
        canonical, names, capitals, adjectives = rows[code]
        canonical = canonical or country.get("common_name") or country["name"]
        all_names = [canonical]
        for name in [country.get("common_name"), country["name"], country.get("official_name")] + names:
            # iso-codes' inverted forms ("Korea, Republic of") are not said in text.
            if name and "," not in name and name not in all_names:
                all_names.append(name)
        entry = {"name": canonical, "code": code, "names": all_names[1:],
                 "capitals": capitals, "adjectives": adjectives}
        if code in SOVEREIGN:
            entry["sovereign"] = SOVEREIGN[code]
        entries.append(entry)
    out = {"kind": "countries",
           "about": "Generated by generate_countries.py from Debian iso-codes (ISO 3166-1) "
                    "and kgraph's own tables of demonyms, capitals, common names and the "
                    "sovereign states of dependent territories. "
                    "Do not edit by hand: edit the script's table, or add a file of kind "
                    "countries (see docs/lexicons.md).",
           "entries": entries}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
