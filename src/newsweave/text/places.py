"""One-word place names a news story may write bare: facts, kept as data.

The small recogniser types a lone place name a person when nothing around it says place
("request Ankara's renewed role", "countries like Ivory Coast and Togo", "Brittany Lewis of
Wilmington"). The entities stage (:mod:`newsweave.synthesis.entity_types`) reads this list
only for a one-word name typed a person that nothing in the event says is a person (no title,
no saying, no first name before it, no person of that surname named in full), so a surname
that is also a place ("Angus Houston said") stays a person; and for a one-word name typed a
place that nothing in the event places (never "in Flint", no dateline, no list of places),
which keeps that type only when listed here ("America", "Hollywood"), not "Netflix" or
"Diplodocus".

Kept modest: the countries, capitals, US states, major world cities and regions in the news
whose names are one word, written as news writes them (no diacritics: names are compared
folded). Places whose names are common given names ("Jordan", "Georgia", "Chad", "Victoria")
are listed all the same: the stage leaves a given name a person.
"""

from __future__ import annotations

_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia
Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea
Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece
Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan
Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar
Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco
Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands
Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles
Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine
Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
England Scotland Wales Britain Greenland Tibet Chechnya Kurdistan Somaliland
"""

_CAPITALS = """
Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Sofia
Ottawa Santiago Beijing Bogota Havana Nicosia Prague Copenhagen Quito Cairo Tallinn Addis
Helsinki Paris Tbilisi Berlin Accra Athens Budapest Reykjavik Delhi Jakarta Tehran Baghdad
Dublin Jerusalem Rome Kingston Tokyo Amman Astana Nairobi Pristina Bishkek Vientiane Riga
Beirut Tripoli Vilnius Antananarivo Lilongwe Bamako Valletta Chisinau Ulaanbaatar Podgorica
Rabat Maputo Naypyidaw Windhoek Kathmandu Amsterdam Wellington Managua Niamey Abuja
Pyongyang Skopje Oslo Muscat Islamabad Ramallah Asuncion Lima Manila Warsaw Lisbon Doha
Bucharest Moscow Kigali Riyadh Dakar Belgrade Freetown Bratislava Ljubljana Mogadishu
Pretoria Seoul Juba Madrid Colombo Khartoum Stockholm Bern Damascus Taipei Dushanbe Dodoma
Bangkok Lome Tunis Ankara Ashgabat Kampala Kyiv Kiev London Montevideo Tashkent Caracas
Hanoi Sanaa Lusaka Harare Edinburgh Cardiff Belfast
"""

# The states whose names are one word.
_US_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
"""

_CITIES = """
Atlanta Austin Baltimore Boston Brooklyn Buffalo Charlotte Chicago Cincinnati Cleveland
Columbus Dallas Denver Detroit Honolulu Houston Indianapolis Jacksonville Manhattan Memphis
Miami Milwaukee Minneapolis Nashville Newark Oakland Omaha Orlando Philadelphia Phoenix
Pittsburgh Portland Sacramento Seattle Tampa Tucson Wilmington Anchorage Albuquerque
Toronto Montreal Vancouver Calgary Sydney Melbourne Brisbane Perth Auckland
Manchester Liverpool Birmingham Glasgow Leeds Bristol Oxford Cambridge Munich Hamburg
Frankfurt Cologne Milan Naples Venice Florence Barcelona Seville Marseille Lyon Geneva
Zurich Istanbul Odessa Odesa Kharkiv Mariupol Bakhmut Kherson Zaporizhzhia Sevastopol
Aleppo Homs Idlib Raqqa Mosul Fallujah Basra Gaza Haifa Dubai Karachi Lahore Mumbai
Kolkata Chennai Bangalore Shanghai Wuhan Guangzhou Shenzhen Osaka Busan Lagos Johannesburg
Mombasa Casablanca Benghazi Rio Sochi Petersburg Tijuana Guadalajara Monterrey
Acapulco Waterloo Hollywood Queens Malibu Burbank Irvine Fresno Boulder Hiroshima Nagasaki
Nagoya Saigon
"""

_REGIONS = """
Donbas Donbass Donetsk Luhansk Lugansk Crimea Kashmir Darfur Sinai Siberia Chechnya
Catalonia Bavaria Flanders Kurdistan Balochistan Xinjiang Patagonia Appalachia Scandinavia
Balkans Caucasus Sahara Sahel Africa Asia Europe Antarctica Arctic Oceania Orkney
Ontario Quebec Alberta Manitoba Saskatchewan Tasmania Queensland America Anatolia Rajasthan
Abkhazia
"""

# Every place above, as written ("Ankara", "Luhansk").
ONE_WORD_PLACES = frozenset(
    word
    for block in (_COUNTRIES, _CAPITALS, _US_STATES, _CITIES, _REGIONS)
    for word in block.split()
)

__all__ = ["ONE_WORD_PLACES"]
