"""Documents -> outage and strike events, one per (document, place, event_type).

Per sentence: find place mentions, split into clause-like segments, and type each place by
the cues in its own segment (an outage cue: power cut, blackout, left without water...; a
strike cue: missile, drone attack, shelling...). A place is not an event when its context
says it is the site of talks, the attacker ("Russia's attacks"), the origin of a launch, the
place over which drones were shot down, a comparison or precedent, spared ("no outages in
X"), or merely locates another place ("Sudzha in Kursk").
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date as _date, timedelta

from ..gazetteer import Gazetteer, default_gazetteer, distance_km, normalize, skeleton
from ..geocoding import COMPASS_WORD, NEAR_GAP, _entry_place, bearing_key, directional_part, is_qualifier, resolve_mentions
from ..models import Document, Event, Evidence, Mention, Place
from .dates import document_date, find_date, has_day, has_full_date, year_of, year_told_for_day, years_of_days
from .facilities import DAMAGE, POWER_KINDS, find_facilities, is_descriptive, place_facilities
from .figures import _ORDINALS, NTH_DEATH, TOLL_UPDATE, NUMBER, WHO, Quantity, parse_number, find_affected, find_casualties, find_temperature
from .mentions import STOPWORDS, _UTILITY_WORDS, find_mentions
from .mentions import demonym_ccs as _demonym_ccs
from .siblings import list_siblings, repeat_list_names
from .text import Span, is_dateline, join_line_lists, split_segments, split_sentences, unwrap_lines

_SERVICE_WORDS = {
    "power": r"power|electricity|electric|electrical|energy (?:infrastructure|facilities|facility|system|grid|sector)|(?<!internet )(?<!communications )(?<!telecom )(?<!telecoms )(?<!phone )(?<!mobile )(?<!media )(?<!news )(?<!information )blackouts?|black-outs?|grid|energy supply|lights?|de-?energi[sz]ed|substations?|power plants?|power stations?|thermal power|hydroelectric|transformers?",
    "heating": r"heating|heat supply|heat and hot water|central heating|district heating|boilers?|radiators?|without heat|no heat|unheated",
    "water": r"(?<!hot )(?<!hot and cold )water|water supply|running water|sewage|pumping|desalination|thirsty",
    "gas": r"\bgas\b(?!\s+(?:and|&)\s+[Ee]lectric)(?!\s+[Cc]ompany)|gas supply|natural gas|pipeline",
    "communications": r"internet|browsing|fib(?:er|re)[- ]optic|fib(?:er|re)\s+(?:cuts?|links?|cables?|networks?)|cable\s+cuts?|modems?|SATCOM|satellite\s+(?:internet|connections?|links?)|(?:television|TV|radio) (?:broadcast\w*|signals?)|broadcasting|mobile (?:(?:voice|data|phone)\s+)?(?:network|service|connection|signal|coverage)s?|mobile data|(?:phone|cell|no) signal|cell towers?|cell(?:ular)? (?:service|network)|phone|telephone|telecom\w*|communications?|connectivity|connection (?:problems|issues)|(?:make|place|receive|making|placing|receiving) (?:voice |phone )?calls|voice and data|data connectivity|mobile (?:customers|users|subscribers|operators?|carriers?)|calling 9-?1-?1|called 9-?1-?1|"
                      # ("Platforms such as WhatsApp, Facebook and Twitter were effectively unusable")
                      r"WhatsApp|social media|"
                      r"(?:alerts?|sirens?|warning systems?)\W+(?:\w+\W+){0,16}?(?:were|was)\s+(?:also\s+)?(?:disrupted|knocked out|down|silenced)",
}
_OUTAGE = re.compile(
    # ("Tenerife has just experienced an island wide black out")
    r"blackouts?|black-outs?|\b(?:power|electricity|electric|total|complete|a|the)\s+black\s+outs?\b|\bblack\s+out\s+(?:occurred|event|hit|lasted)\b|"
    r"\b(?:an?|the)\s+(?:island|country|nation|city|state|province|region)[- ]wide\s+(?:black\s+outs?|shut[- ]?downs?)\b|"
    # ("90 percent of electric and water was out of service for the main island of Tutuila")
    r"\b(?:electric(?:ity)?|power|water|gas)\s+(?:(?:and|or)\s+(?:electric(?:ity)?|power|water|gas)\s+)?(?:supply\s+|service\s+)?(?:was|were|is|are|remain(?:ed|s)?)\s+"
    r"(?:\w+ly\s+)?out\s+of\s+service\b|"
    # ("Brades, Little Bay and other Northern communities had power intermittently throughout the day")
    r"\b(?:had|have|has|got)\s+(?:power|electricity)\s+(?:only\s+)?(?:intermittently|on\s+and\s+off|sporadically)\b|"
    r"\bpower\s+disconnections?\b|\b(?:rotating|rolling|scheduled)\s+disconnections?\b|\bdisconnection\s+schedules?\b|\bloadshedding\b|\blights\s+(?:are|were|went)\s+(?:\w+ly\s+)?dead\b|"
    # ("Lights out and back on in several districts across Barbados")
    r"^\W*lights\s+out\s+(?:and\s+back\s+on\s+)?(?:in|across)\b|outages?|power cuts?|power failures?|power shut-?downs?|electric(?:al|ity)? failures|load[- ]shedding|load[- ]reduction|water[- ]?shedding|water rationing|rationing of water|\bshed(?:s|ding)?\s+load\b|de-?energi[sz]ed|"
    r"(?:supply|electricity|water|gas|heating|energy)\s+cuts\b|\bimpos\w*\s+(?:\w+\s+)?cuts\b|"
    # ("The situation with electricity supply in Kherson region is difficult")
    r"\bsituation\s+with\s+(?:the\s+)?(?:electricity|power|energy|water|gas|heat(?:ing)?)(?:\s+supply)?\s+(?:in\s+[^.;]{1,60}?\s+)?(?:is|was|remains|remained)\s+"
    r"(?:very\s+|extremely\s+|quite\s+)?(?:difficult|critical|dire|grave|serious|complicated)\b|"
    # ("There is a critical situation with water supply in some settlements", "a critical situation with water supply has arisen")
    r"\b(?:critical|dire|difficult|grave)\s+situation\s+with\s+(?:the\s+)?(?:electricity|power|energy|water|gas|heat(?:ing)?)(?:\s+supply)?\b|"
    # ("The electricity situation is serious in the region of Varna")
    r"\b(?:electricity|power|energy|water|heating)\s+(?:supply\s+)?situation\s+(?:is|was|remains|remained)\s+(?:\w+\s+)?(?:serious|critical|dire|grave)\b|"
    # ("with five settlements still powerless despite temporary restorations"; not "powerless to stop it")
    r"\b(?:still|remain(?:s|ed)?|left|are|were|is|was|been)\s+(?:[\w-]+\s+)?powerless\b(?!\s+(?:to|against|in\s+the\s+face)\b)|"
    # ("Several places in various Romanian counties are isolated and short of electric power")
    r"\b(?:are|is|were|was|left|remain(?:ed|s)?)\s+(?:[\w-]+\s+){0,3}?short\s+of\s+(?:electric\s+)?(?:power|electricity|(?:drinking\s+)?water|gas|heating)\b|"
    # ("Thousands of subscribers in both X and Y region experienced shorter or longer failures": a utility's people)
    r"\b(?:customers|subscribers|consumers|households)\s+(?:[\w-]+\s+){0,8}?experienced\s+(?:[\w-]+\s+){0,4}?(?:failures|interruptions)\b|"
    # ("The internet in the capital Mogadishu, Hiran, Mudug ... regions is completely off the air")
    r"\b(?:internet|networks?|(?:phone|telephone|mobile|cellular)\s+services?|broadcasts?)\b[^.;]{0,120}?\b(?:is|are|was|were|went|remains?|remained)\s+(?:\w+ly\s+)?off\s+the\s+air\b|"
    # "Mobile phone networks were disrupted", "Morocco reported brief disruptions"
    r"\b(?:mobile|cell(?:ular)?)\s+(?:phone\s+)?(?:networks?|services?|coverage)\s+(?:\w+\s+){0,2}?(?:disrupted|down|cut|lost|failed|interrupted)\b|"
    # (not "reported significant disruptions at Schiphol Airport, with numerous flight cancellations": travel's)
    r"\breported\s+(?:\w+\s+){0,2}disruptions\b(?![^.;]{0,60}\b(?:airports?|flights?|rail\w*|trains?|traffic|travel|ferr(?:y|ies)|roads?)\b)|"
    # "Communication lines and government websites remained down", "electricity and water are still affected in
    # Port Vila", "severely restricting access to drinking water, power and fuel"
    r"\b(?:communications?|telephone|phone|telecom\w*)\s+lines\b(?:\s+and\s+(?:[\w-]+\s+){1,2}?)?\s*(?:remain(?:ed|s)?|were|are|went|have\s+been)\s+down\b|"
    # ("the whole of the South of Peru was blacked out", "The blacked out regions include ...")
    # ("demonstrations have rocked blacked-out neighbourhoods on the outskirts of Guinea's capital")
    r"\b(?:was|were|is|are|been|got|get)\s+(?:\w+\s+)?blacked[- ]out\b|"
    # ("With over 200 homes across 11 parishes blacked out at the height of the emergency")
    r"\b(?:homes|houses|households|properties|premises|customers)\s+(?:[\w-]+\s+){0,4}?blacked[- ]out\b|\bblacked[- ]out\s+(?:regions|areas|cities|towns|districts|provinces|departments|"
    r"neighbou?rhoods|suburbs|sections|villages|streets|homes|parts)\b|"
    # ("neighbourhoods that have not had regular electricity for three months")
    r"\b(?:have|has|had)\s+not\s+(?:yet\s+)?had\s+(?:any\s+|regular\s+|reliable\s+|stable\s+|steady\s+|running\s+)?(?:power|electricity|light|water|gas|heating)\b|"
    r"\b(?:haven[’']t|hasn[’']t|hadn[’']t)\s+had\s+(?:any\s+|regular\s+|reliable\s+|stable\s+|steady\s+|running\s+)?(?:power|electricity|light|water|gas|heating)\b|"
    # ("power is being restored in a phased manner and parts of Kampala are back on": they were off)
    r"\bparts\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:are|were|is|was)\s+(?:now\s+)?back\s+on\b|"
    # ("leaving its residents cut off after power cables were downed and communications severed")
    r"\b(?:communications|telecommunications|(?:tele)?phone\s+lines)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?(?:severed|knocked\s+out)\b|"
    r"\b(?:electricity|power|water|gas|heating)(?:\s+(?:and|or)\s+(?:electricity|power|water|gas|heating))?\s+(?:are|is|were|was|remain(?:ed|s)?)\s+"
    r"(?:still\s+|badly\s+|severely\s+)?affected\b|"
    r"\brestrict\w*\s+(?:\w+\s+)?access\s+to\s+(?:drinking\s+|clean\s+|running\s+)?(?:water|power|electricity)\b|"
    # "natural gas cannot be supplied to the regions of X", "electricity is not available in 27 centres", "obstructed
    # natural gas supply": a supply that does not reach
    r"\b(?:cannot|could\s+not|can[’']t|couldn[’']t)\s+be\s+supplied\b|\b(?:electricity|power|gas|water|heating)\s+(?:is|was|are|were)\s+not\s+available\b|"
    r"\bobstruct\w*\s+(?:the\s+)?(?:natural\s+)?(?:gas|power|electricity|water|heat(?:ing)?)\s+suppl(?:y|ies)\b|"
    # "almost 500 household consumers were disconnected": people cut off (not a line or a plant disconnected)
    r"\b(?:consumers|customers|subscribers|households|homes|residents|users)\s+(?:were|was|have been|had been|are|remain)\s+(?:\w+ly\s+)?(?:disconnected|de-?energi[sz]ed)\b|"
    # "2,800 homes in Aberdeen without power with a further 230 in Moray also disconnected"
    r"\b(?:also|still)\s+disconnected\b(?!\s+(?:from\s+)?(?:the\s+)?(?:talks|negotiations|reality|world))|"
    # "About 16,000 customers are still off the grid"
    r"\b(?:are|were|is|was|remain(?:ed|s)?|left|still|been)\s+(?:still\s+)?off\s+the\s+grid\b|"
    # "Kyivstar ... leaving millions without service": a network's service
    r"\b(?:operators?|providers?|carriers?|networks?|telecom\w*|mobile|cellular|internet|subscribers|customers)\b[^.;]{0,150}?\bwithout\s+service\b|"
    # "A water main break left large sections of Atlanta without service": a utility's service
    r"\b(?:water\s+mains?|mains?\s+breaks?|pipes?|power\s+lines?|substations?|transformers?|pumping\s+stations?)\b[^.;]{0,80}?\bwithout\s+service\b|"
    # "The city switched to emergency power schedules" (Ukraine's scheduled cuts)
    r"\b(?:emergency|hourly|rolling|stabili[sz]ation)\s+(?:power\s+)?(?:outage\s+|shutdown\s+)?schedules\b|"
    # "Gazprom halted gas deliveries to Moldova's breakaway Transnistria region"
    r"\b(?:halted|stopped|suspended|cut off|ended)\s+(?:all\s+)?(?:gas|power|electricity|water|fuel|heat)\s+(?:deliveries|supplies|supply|flows?)\s+to\b|"
    # "the shutdown of several power lines and stations in the South"
    r"\bshut-?\s?down\s+of\s+(?:\w+\s+){0,3}?(?:power lines|lines|stations|substations|power stations|power plants|plants|pumping stations)\b|"
    # "a significant drop in voltage in the city, which directly affected the heat supply"
    r"\b(?:drop|drops|fall|dip)\s+in\s+voltage\b|\bvoltage\s+drops?\b|\baffected\s+the\s+(?:heat|heating|power|electricity|water|gas)\s+supply\b|"
    # ("A major water main break in northwest Calgary on Wednesday evening has prompted water restrictions": the mains that carry
    # a town's water broke there)
    r"\bwater[- ]?mains?\s+(?:breaks?|ruptures?|bursts?)\b|\b(?:burst|broken|ruptured)\s+water[- ]?mains?\b|\bwater[- ]?mains?\s+(?:broke|burst|ruptured)\b|"
    # ("the country's 1.8 million people have been forced to get bottled water", "residents are being forced to drink salty
    # tap water": the tap water lost or undrinkable)
    r"\b(?:forced|had|have|has|having|made)\s+to\s+(?:(?:get|buy|rely\s+on|use|queue\s+for|collect|depend\s+on)\s+(?:\w+\s+)?bottled\s+|"
    r"drink\s+(?:salty|brackish|contaminated|dirty|untreated)\s+(?:tap\s+)?)water\b|"
    # ("Closer to Tifton, workers worked to repair the power in about 13,000 homes")
    r"\brepair(?:ed|ing|s)?\s+(?:the\s+)?(?:power|electricity)\s+(?:supply\s+)?(?:in|to|for)\b|"
    # ("DownDetector shows folk in A, B and C reporting the most issues": users there reporting the outage)
    r"\b(?:down\s?detector|outage\s+(?:map|tracker))\b[^.;]{0,150}?\breport(?:ing|ed|s)?\s+(?:the\s+most\s+|many\s+|more\s+|numerous\s+)?(?:issues|problems|outages|disruptions?)\b|"
    # ("the flooding incident has played havoc with telephone lines in A and B")
    r"\b(?:play(?:ed|ing|s)?|wreak(?:ed|ing|s)?|wrought)\s+havoc\s+(?:with|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:telephone|phone|power|electricity|internet|broadband|landline|mobile|water|gas)\b|"
    # ("a break in a key water supply pipe, which has impacted not only water availability in Calgary, but in A, B and C")
    r"\b(?:impacted|affected|disrupted|reduced|curtailed)\s+(?:not\s+only\s+)?(?:the\s+)?(?:water|power|electricity|gas|heat(?:ing)?)\s+availability\b|"
    # "as the electricity grid crashed"
    r"\b(?:power|electricity|electric|national)?\s*grid\s+(?:had\s+|has\s+)?(?:crashed|collapsed|failed|went down|broke down|tripped)\b|"
    # "2,000 residents have been disconnected from electricity"
    # (not "disconnected from the power grid of Russia and Belarus ... and synchronised with Europe": a grid switched)
    r"\b(?:disconnected|cut off)\s+from\s+(?:the\s+)?(?:electricity|power|gas|water|heating|heat|(?:power|electricity|gas|water|heat)\s+suppl(?:y|ies)|grid)\b(?![^.;]{0,120}\bsynchroni[sz])|"
    # ("forced it to disconnect entire Yerevan neighborhoods from the water supply")
    r"\bdisconnect(?:s|ing)?\s+(?:[\w’'-]+\s+){1,5}?from\s+(?:the\s+)?(?:electricity|power|gas|water|heating|heat|(?:power|electricity|gas|water|heat)\s+suppl(?:y|ies)|grid)\b|"
    # "a complete disconnection of the ZNPP (Zaporizhzhia Nuclear Power Plant) from the power grid"
    r"\bdisconnection\s+of\s+[^.;]{1,80}?\bfrom\s+(?:the\s+)?(?:power\s+|electricity\s+|national\s+|external\s+|energy\s+)?(?:grid|system|power|electricity|supply)\b|"
    # "150k consumers in the Odesa region ... were cut off"
    r"\b(?:consumers|customers|subscribers|households|homes|residents)\b[^.;]{0,80}?\b(?:were|was|had been|have been)\s+(?:\w+\s+)?cut\s+off\b|"
    # "during the shelling, the village of Tetkino, as well as the villages of A and B, were cut off"
    r"\b(?:villages?|settlements?|towns?|communities|districts|streets)\b[^.;]{0,120}?\b(?:were|was|had been|have been)\s+cut\s+off\b"
    r"(?!\s+(?:by|from\s+the\s+(?:outside|rest|world)|from\s+(?:road|food|aid)))|"
    # "reported only brief interruptions", "Power remained out across most of Panay"
    r"\b(?:brief|short|momentary|intermittent)\s+(?:power\s+|supply\s+|service\s+)?interruptions?\b|"
    # "disruptions in the cities of A, B and C in recent days were also reported": more of the outages told before
    r"\b(?:disruptions|disturbances|interruptions)\b[^.;]{0,80}?\b(?:were|was|have|has|had)\s+(?:been\s+)?also\s+(?:been\s+)?reported\b|"
    # "Hot water and heating failed in more than 100 homes", "affected by storms and heating failures"
    r"\b(?:heating|heat\s+supply|hot\s+water|central\s+heating|district\s+heating)(?:\s+(?:and|or)\s+(?:heating|hot\s+water|water|electricity|power))?\s+"
    r"(?:failed|failures?|broke\s+down|breakdowns?)\b|"
    # ("Donetsk and Makiivka will switch to supplying water once every three days"): rationed to one day in several
    r"\b(?:suppl\w+|gave|given|give|deliver\w*|provid\w+|turn(?:ed)?\s+on)\s+(?:\w+\s+){0,2}?(?:only\s+)?(?:once|one\s+time)\s+every\s+"
    r"(?:two|three|four|five|\d)(?:\s+(?:to|or)\s+(?:two|three|four|five|\d))?\s+days\b|"
    # ("Khartsyzk, Ilovaisk, Zuhres – once every two days": the schedule told before, for a list)
    r"(?:^|\s)[–—-]\s+(?:only\s+)?(?:once|one\s+time)\s+every\s+(?:two|three|four|five|\d)(?:\s+(?:to|or)\s+(?:two|three|four|five|\d))?\s+days\b|"
    # ("There is also no light in the Ukrainian-controlled part of the Zaporizhia region": no electricity)
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:also\s+|still\s+)?no\s+lights?\s+(?:in|at|on)\b|"
    # ("after being out of power and drinking water for several days")
    # ("my house and the others in some parts of Brunei-Muara district were not able to receive the electricity supply")
    # ("Residents of A, B and C did not get cooking gas supply the entire day"; not "did not get power cuts")
    r"\b(?:(?:not\s+able|unable)\s+to\s+(?:receive|get|obtain)|(?:did|do|does)\s+not\s+(?:receive|get)|(?:didn|don|doesn)[’']t\s+(?:receive|get))\s+"
    r"(?:the\s+|any\s+)?(?:cooking\s+|piped\s+|drinking\s+|running\s+)?(?:electricity|power|water|gas)(?:\s+supply)?\b(?!\s+(?:cuts?|outages?|shortages?|interruptions?|rationing|bills?))|"
    # ("it will not be able to supply electricity to Goma and Nyiragongo residents due to fighting")
    r"\b(?:not\s+(?:be\s+)?able|unable)\s+to\s+(?:supply|provide|deliver)\s+(?:any\s+)?(?:electricity|power|water|gas|heating)\s+to\b|"
    # ("with disruptions reported in Lumut and Mumong")
    r"\b(?:disruptions?|interruptions?|outages?)\s+(?:were\s+|was\s+|have\s+been\s+)?reported\s+in\b|"
    # ("most parts of north Mahe and certain other areas were out of supply")
    r"\b(?:being|been|be|is|are|was|were|remain(?:s|ed)?)\s+(?:still\s+)?out\s+of\s+(?:power|electricity|supply)\b|"
    # ("Trees went down, and so did power as strong winds howled")
    r"\b(?:went|came|were|was)\s+down,?\s+(?:and\s+)?so\s+did\s+(?:the\s+)?(?:power|electricity|lights|power\s+lines)\b|"
    # ("the light disappeared in some districts of Chisinau", "the lights vanished across the city")
    r"\b(?:the\s+)?(?:light|lights|electricity|power)\s+(?:had\s+|has\s+|have\s+)?(?:disappeared|vanished)\b|"
    # "Rylsk had already been reconnected to backup sources": cut off before
    r"\b(?:was|were|(?:had|has|have)\s+(?:already\s+|since\s+|now\s+)?been)\s+(?:already\s+|since\s+|now\s+|partly\s+|partially\s+)?reconnected\s+to\s+(?:the\s+)?"
    r"(?:backup|reserve|power|electricity|grid|network|supply)\b|"
    # "resulted in electric service interruptions peaking at approximately 325,000 customers"
    r"\b(?:electric(?:al)?|power|electricity)\s+(?:service\s+|supply\s+)?interruptions?\b|"
    r"\b(?:power|electricity|the lights)\s+(?:was|were|remained|remains|stayed|is|are)\s+(?:still\s+)?out\b|"
    # "Air raid alerts in parts of the X region, which rely on the network, were also disrupted"
    r"\b(?:alerts?|sirens?|warning systems?)\W+(?:\w+\W+){0,16}?(?:were|was)\s+(?:also\s+)?(?:disrupted|knocked out|silenced)\b|"
    # ("remain without any form of telecommunications")
    r"without (?:(?:stable|reliable|regular|steady|any|proper|adequate|sufficient|full|functional|functioning|working|basic|normal|central(?:i[sz]ed)?)\s+)?"
    r"(?:(?:form|kind|type|source)\s+of\s+)?(?:power|electricity|heat(?:ing)?|water|gas|light|internet|(?:tele)?communications?|mobile|(?:tele)?phones?|"
    r"cell(?:ular)?\s+service|connectivity)|"
    # ("Thousands of Manitobans are still without natural gas")
    r"without (?:natural|piped|mains|cooking)\s+gas\b|"
    # ("300,000 people have been without a central water supply")
    r"without (?:(?:normal |regular |reliable |safe |proper |any )?access to |an? )?(?:(?:safe|drinking|running|clean|tap|piped|potable|hot|reliable|stable|regular|central(?:i[sz]ed)?) ){0,2}water|"
    # "By Sunday, power had returned to parts of Havana": it had been out there
    # ("Reports now indicate that power has been returned in Mosta")
    # ("Electricity largely returned to Karachi and Lahore overnight")
    r"\b(?:power|electricity|water|supply|supplies|service)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+)?"
    r"(?:(?:largely|mostly|partly|partially|gradually|slowly|fully|finally)\s+)?(?:returned|come back|came back)\s+(?:to|in)\b|"
    # "Brovary and Irpin also reported heating interruptions"
    r"\b(?:power|electricity|heating|heat|water|gas|utility)\s+(?:supply\s+)?(?:interruptions?|disruptions?)\b|"
    # "In Balti, power returned within three hours"; "face intermittent supply"
    r"\b(?:power|electricity|water|gas|heating|heat|supplies|supply)\s+(?:had\s+|has\s+)?(?:returned|came back|come back)\b|"
    # ("power lines had been damaged ..., resulting in service disruption in the following areas:"; not a bus service's)
    r"\b(?:power|electric\w*|water)\b[^.;]{0,150}?\bservice\s+(?:disruptions?|interruptions?)\b|"
    # ("the first one was hooked into the power plant by late Monday, allowing normal power to return to most of the island")
    r"\b(?:allow\w*|enabl\w*)\s+(?:normal\s+|full\s+)?(?:power|electricity|water|supply)\s+to\s+return\b|"
    # ("Several neighborhoods ... are suffering from lack of drinking water supplies", "drinking water has been in short
    # supply for months now and residents are rationed a barrel a week": water lost or rationed)
    r"\b(?:lack|shortages?)\s+of\s+(?:drinking|tap|running|potable)\s+water\b|\black\s+of\s+water\s+suppl(?:y|ies)\b|"
    # ("Residents in the suburb of Stannington have not been able to use their heating or cooking facilities since Friday")
    r"\b(?:unable\s+to|(?:have|has|had)\s+not\s+been\s+able\s+to|(?:were|was)\s+not\s+able\s+to|(?:could|can)(?:\s+not|n[o’']t))\s+use\s+"
    r"(?:their|the|its|his|her)\s+(?:gas\s+|central\s+)?(?:heating|gas|cookers?|boilers?|hobs?|electricity|water\s+suppl(?:y|ies)|taps)\b|"
    # ("more than 150,000 residents lack clean and reliable running water")
    r"\b(?:lack|lacked|lacking)\s+(?:access\s+to\s+)?(?:(?:clean|safe|reliable|consistent|regular|and|,)\s*){0,4}(?:running|piped|tap)\s+water\b|"
    r"\b(?:drinking|tap|running|potable)\s+water\s+(?:has\s+been\s+|had\s+been\s+|is\s+|was\s+|remains\s+)?in\s+short\s+supply\b|"
    r"\b(?:are|were|is|was|been)\s+rationed\s+(?:to\s+)?(?:a|one|two)\s+(?:barrel|bucket|jerry\s*can)s?\b|"
    # ("the attack resulted in a complete shutdown of the electricity supply", "Residents of El Obeid woke to darkness")
    r"\bshut\s*-?\s*down\s+of\s+(?:the\s+)?(?:electricity|power|water|gas)\s+(?:supply|supplies|grid|network)\b|\bwoke\s+(?:up\s+)?to\s+(?:total\s+)?darkness\b|"
    # ("the water supply to about 40 towns and villages in Iqlim al-Tuffah and Nabatieh came to a halt")
    r"\b(?:water|power|electricity|gas|heat(?:ing)?)\s+suppl(?:y|ies)\b[^.;]{0,120}?\bcame\s+to\s+a\s+(?:halt|standstill|stop)\b|"
    # a headline's "power restored in Chuuk, regular flights resume": it had been off there
    r"\b(?:power|electricity|water|gas|heating|lights)\s+(?:supply\s+)?restored\s+(?:in|to|across)\s+(?=(?:parts\s+of\s+|most\s+of\s+)?(?:the\s+)?[A-Z])|"
    r"\b(?:intermittent|irregular|erratic|sporadic)\s+(?:water\s+|power\s+|electricity\s+|gas\s+)?(?:supply|supplies|service)\b|"
    # "Meralco said electricity was back for most of Metro Manila"
    r"\b(?:power|electricity|water|supply|supplies|service)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:largely\s+|mostly\s+|partly\s+)?back\s+(?:on\s+)?(?:for|in|to|across)\b|"
    # "Water supply to the city of X and to much of Y, which ..., was disrupted": subject and verb far apart
    # ("The electricity supply to 1.55 crore customers ... has been halted": a decimal point is no sentence's end)
    r"^(?:The\s+)?(?:water|power|electricity|gas|heat(?:ing)?)\s+(?:supply|supplies|services?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,200}?\b(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:disrupted|cut|interrupted|suspended|halted|lost)\b|"
    # "officials said power supply to A, B, C, ... and Q had been suspended": a long list between the supply and its verb
    r"\b(?:water|power|electricity|gas|heat(?:ing)?)\s+suppl(?:y|ies)\s+to\s+(?:the\s+)?[A-Z][^.;]{0,300}?\b(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?(?:disrupted|cut|interrupted|suspended|halted|restored)\b|"
    # "Supplies of Russian natural gas to Armenia and Georgia unexpectedly resumed": they had been cut
    r"\b(?:(?:water|power|electricity|gas)\s+suppl(?:y|ies)|suppl(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,3}?(?:gas|electricity|power|water))\s+to\s+"
    r"(?:the\s+)?[A-Z][^.;]{0,80}?\b(?:\w+ly\s+)?resumed\b|"
    # "Officials expected power to be restored to nearly all homes in the X area by Wednesday": out until then
    # ("Electricity to the western port city of X wasn't expected to be restored for three days": out till then)
    r"\b(?:power|electricity|water|heat(?:ing)?|gas|service|supplies|supply)\s+(?:to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+)?"
    r"(?:(?:is|was|are|were)(?:n[’']t|\s+not)?\s+)?(?:expected|due|set|scheduled|likely)\s+"
    r"to\s+be\s+(?:fully\s+|completely\s+|largely\s+)?restored\b|"
    r"\bexpect(?:s|ed|ing)?\s+(?:power|electricity|water|heat(?:ing)?|gas|service|supplies|supply)\s+to\s+be\s+(?:fully\s+|completely\s+|largely\s+)?restored\b|"
    # ("the last communities of Oxbow and Carnduff had power restored around 10 p.m.": it had been out)
    r"\b(?:had|have|has|got|gets|getting)\s+(?:their\s+|its\s+)?(?:power|electricity|water|gas|heat(?:ing)?)\s+(?:service\s+|supply\s+)?(?:fully\s+|finally\s+|partly\s+)?restored\b|"
    # "Trees and electricity pylons lie felled in the snow", "power poles were toppled": the lines they carry are down
    r"\b(?:power|electricity|electric|utility|transmission)\s+(?:pylons?|poles?|towers?)\s+(?:\w+\s+){0,2}?(?:felled|toppled)\b|"
    # "A and B should have electricity by midnight Friday", "The lights are expected to be back on in C by noon Saturday", "D
    # won't see 100-percent restoration until Saturday evening": out until a near hour or day (not "will have electricity by 2030")
    r"\b(?:should|will|would|could|may|might)\s+(?:not\s+)?(?:have|get|see)\s+(?:their\s+|its\s+)?(?:power|electricity|(?:the\s+)?lights|water|heat(?:ing)?|gas)\s+"
    r"(?:back\s+(?:on\s+)?|restored\s+)?(?:by|before|until)\s+(?=(?:midnight|noon|tonight|tomorrow|(?:early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:this|the)\s+(?:morning|afternoon|evening|weekend|end\s+of\s+the\s+day)|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b))|"
    r"\b(?:the\s+)?(?:lights|power|electricity)\s+(?:are|is|were|was)\s+(?:expected|due|set|likely|scheduled)\s+to\s+(?:be\s+back|come\s+back)(?:\s+on)?\b|"
    r"\b(?:won[’']t|will\s+not|wouldn[’']t|would\s+not)\s+see\s+(?:full\s+|complete\s+|100-percent\s+|100\s+percent\s+|100%\s+)?(?:power\s+)?restoration\b|"
    # "Heating restoration under way in X", "the restoration of power to X", "heating services in X are set to restart",
    # "expected to resume heating supplies", "the heating system would be fully restored": out until then
    r"\b(?:heating|heat|power|electricity|water|gas)\s+(?:supply\s+|services?\s+)?(?:restoration|restart)\b|"
    r"\brestoration\s+of\s+(?:the\s+)?(?:heating|heat|power|electricity|water|gas)\b(?!\s+(?:plants?|stations?|infrastructure|lines?|grid))|"
    r"\b(?:heating|heat|power|electricity|water|gas)\s+(?:supply\s+|supplies\s+|services?\s+)(?:[\w’'-]+\s+){0,10}?(?:is|are|was|were)\s+(?:set|due|expected|scheduled)\s+to\s+(?:restart|resume)\b|"
    r"\b(?:expect\w*|due|set|scheduled|plan(?:s|ned)?)\s+to\s+resume\s+(?:the\s+)?(?:heating|heat|power|electricity|water|gas)\s+(?:supply|supplies|services?)\b|"
    r"\b(?:heating|heat|power|electricity|water|gas)\s+(?:system|network|supply|supplies)\s+(?:would|will)\s+be\s+(?:fully\s+|completely\s+)?restored\b|"
    # "immediately disabling telecommunications", "paralyzing the fixed-line, mobile and Internet networks", "the disruption
    # of phone lines in the city"
    r"\b(?:disabl(?:e|ed|es|ing)|paraly[sz](?:e|ed|es|ing))\s+(?:the\s+|its\s+)?(?:telecommunications|communications|phones?|telephones?|internet|mobile|landlines?|fixed-line|cellular)\b|"
    r"\b(?:disruption|loss|interruption|severing)s?\s+of\s+(?:the\s+)?(?:phone|telephone|landline|mobile|internet|communications?|telecommunications?)\s+(?:lines|services?|networks?|links?)\b|"
    # ("Residents reported interruptions in communication in the city")
    r"\b(?:disruptions?|interruptions?|outages?|problems)\s+(?:in|with|to)\s+(?:the\s+)?(?:mobile\s+|cellular\s+)?(?:communications?|telecommunications?|internet|mobile\s+(?:service|network|connection))\b|"
    # "residents of Bamako have had only a few hours of electricity per day", "receive only two to five hours of power per day"
    r"\b(?:only|just|barely)\s+(?:a\s+few|[\w.-]+(?:\s+and\s+a\s+half)?(?:\s+(?:to|or)\s+[\w.-]+(?:\s+and\s+a\s+half)?)?)\s+hours?\s+of\s+"
    r"(?:electricity|power|light|water|gas|heat(?:ing)?|supply)\s+(?:per|a|each|every)\s+day\b|"
    # ("the electricity supply in Atauro, which currently operates for only 18 hours per day")
    # ("In most cities, electricity is only available for a few hours a day")
    r"\b(?:operates?|operating|runs?|running|available|supplied)\s+(?:for\s+)?(?:only|just)\s+(?:\d+|[a-z]+)\s+hours?\s+(?:per|a|each|every)\s+day\b|"
    r"\b(?:is|are|was|were)\s+(?:only|just)\s+(?:available|supplied|on)\s+(?:for\s+)?(?:\d+|a\s+few|one|two|three|four|five|six|several)\s+hours?\s+(?:per|a|each|every)\s+day\b|"
    # "the government temporarily blocked mobile phone data", "Mobile internet access was restored in Dakar"
    # ("shuttering internet access for millions")
    r"\b(?:block(?:ed|ing|s)?|suspend(?:ed|ing|s)?|cut(?:ting|s)?|restrict(?:ed|ing|s)?|curtail(?:ed|ing|s)?|shut(?:ting)?\s+(?:off|down)|shutter(?:ed|ing|s)?)\s+"
    r"(?:access\s+to\s+)?(?:the\s+)?(?:mobile\s+(?:phone\s+)?(?:data|internet)|cell(?:phone|ular)\s+(?:data|internet)|internet\s+access)\b|"
    r"\b(?:mobile|internet|phone|data|network)\s+(?:internet\s+|data\s+)?access\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?restored\b|"
    # "a burst water main flooded the gas pipes network", "water infiltrating the gas pipes", "inundated the gas infrastructure"
    r"\b(?:flood(?:ed|ing|s)?|inundat(?:ed|ing|es))\s+(?:the\s+)?(?:local\s+)?gas\s+(?:pipes?|pipes\s+network|network|mains?|system|infrastructure)\b|"
    r"\bwater\s+(?:\w+\s+){0,2}?(?:in|into|entered|entering|infiltrat\w+)\s+(?:the\s+)?(?:local\s+)?gas\s+(?:pipes|network|mains?|system)\b|"
    # "it wasn't able to get gas flowing to more properties in X", "properties expected to be reconnected", "get gas back on"
    r"(?:\bnot|n[’']t|\bunable)\s+(?:able\s+)?to\s+(?:get|restore|bring)\s+(?:the\s+)?(?:gas|power|electricity|water|heating)\s+(?:flowing|back|on)\b|"
    r"\b(?:expected|due|set|scheduled|waiting|yet)\s+to\s+be\s+reconnected\b|"
    r"\b(?:get|got|getting|bring|brought|bringing|put|putting|turn(?:ed|ing)?)\s+(?:the\s+)?(?:gas|power|electricity|water|heating)\s+back\s+on\b|"
    # "Sierra Leone, Liberia and the Gambia experienced significant disruption" (of the internet told before)
    # (not "road, rail, and sea travel faced major disruption"; "has also seen significant disruptions, with 12,000 homes offline")
    r"(?<!travel )(?<!traffic )(?<!transport )(?<!flights )(?<!trains )(?<!services )"
    r"\b(?:experienced|suffered|saw|faced|(?:has|have|had)\s+(?:also\s+)?seen)\s+(?:(?:significant|major|severe|serious|widespread|some|minor|less\s+serious)\s+)?(?:disruptions?|interruptions?)\b|"
    r"\b(?:homes|households|customers|properties|premises|modems|subscribers)\s+(?:(?:were|are|remain(?:ed)?|left)\s+)?offline\b|"
    # ("Millions of people using mobile internet in Rajasthan suddenly found themselves stuck offline", "Platforms such as
    # WhatsApp and Facebook were effectively unusable ... for residents of Rajasthan")
    r"\b(?:stuck|left|knocked|forced)\s+offline\b|\bfound\s+themselves\s+(?:\w+\s+)?offline\b|"
    r"\b(?:internet|platforms?|social\s+media|websites?|apps?|WhatsApp|Facebook|mobile\s+data)\b[^.;]{0,60}?\b(?:were|was|became|are|is)\s+(?:\w+ly\s+)?"
    r"(?:unusable|inaccessible|unreachable)\b|"
    # ("228 substations in three districts of Terengganu have been closed due to floods", "23 power sub-stations ... had to close down")
    r"\b(?:sub-?stations?)\s+(?:[\w,()]+\s+){0,8}?(?:have\s+been|has\s+been|were|was|had\s+to)\s+(?:temporarily\s+)?(?:closed|close\s+down|closed\s+down)\b|"
    # a plant's own supply: "lost access to external power supply", "disconnected it from Ukraine's power grid", "disconnected from
    # external power supply"
    r"\b(?:lost|loses|lose|losing)\s+(?:(?:all|full|its|the|access\s+to|once\s+again)\s+)*(?:external|off-?site|outside)\s+(?:power|electricity)\b|"
    r"\bdisconnected\s+(?:it|the\s+(?:plant|facility|station|site))?\s*from\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w’']+[’']s\s+)?"
    # (not "the Baltic states disconnected from the power grid of Russia and Belarus": a grid left, no supply lost)
    r"(?:external\s+power(?:\s+supply)?|(?:electric(?:al|ity)?\s+|power\s+)grid(?!\s+(?:of|shared|controlled|operated|run|system)\b))\b|"
    # "leaks and bursts which have drained large parts of the network including in A, B and C"
    r"\bdrain(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:parts|much|sections|areas|most)\s+of\s+(?:the|our|its|their)\s+(?:water\s+|supply\s+)?(?:network|system)\b|"
    r"in (?:the )?dark(?:ness)?|plunged into (?:total\s+|complete\s+|near-total\s+)?darkness|"
    # "Israel stopped supplying electricity to the desalination plant in Deir al-Balah"
    r"\b(?:stopped|stops|halted|halts|ceased|cut off|suspended)\s+(?:supplying|providing|delivering|pumping)\s+(?:electricity|power|water|gas|heat)\s+to\b|"
    # ("nationwide network troubles affected up to nearly 40 million users", "a network failure caused customers across the
    # country to struggle with voice and data services", "problems making voice calls", "KDDI had restored data connectivity
    # in Western Japan", "maintenance work interrupted up to 39 million mobile connections")
    r"\b(?:network|mobile|telecoms?|telecommunications?|cellular)\s+(?:troubles?|failures?|errors|issues|problems|disruptions?|glitch(?:es)?|breakdowns?)\b|"
    r"\b(?:problems|trouble|difficult(?:y|ies)|unable|struggl\w+)\s+(?:\w+\s+){0,2}?(?:making|to\s+make)\s+(?:voice\s+|phone\s+)?calls\b|"
    r"\brestored\s+(?:data\s+|mobile\s+|internet\s+|network\s+)?(?:connectivity|coverage)\s+(?:in|to|across)\b|"
    r"\b(?:interrupted|disrupted)\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:million\s+)?(?:mobile\s+|phone\s+|internet\s+|broadband\s+)?connections\b|"
    # "CLSG has significantly reduced its supply to the south-eastern cities of A, B and C": a supplier's partial cut
    r"\b(?:reduced|decreased|curtailed|slashed|scaled\s+back|cut\s+back|cut)\s+(?:its|their|the)\s+(?:electricity\s+|power\s+)?(?:supply|supplies)\s+to\b|"
    # "woke up to find their radiators stone cold"
    r"\bradiators?\s+(?:were\s+|was\s+|had\s+gone\s+|went\s+|are\s+|stayed\s+)?(?:stone[- ]|ice[- ])?cold\b|\bcold radiators\b|"
    # "a transformer failure left 3,000 customers without air conditioning"
    r"\btransformers?\s+(?:failures?|failed|fires?|explosions?|exploded|blew|blowouts?)\b|without air[- ]?conditioning|"
    # "protesters blocked the highway over cuts lasting as long as 10 hours", "four-hour cuts"
    r"(?<!budget )(?<!funding )(?<!spending )(?<!job )(?<!tax )(?<!pay )(?<!wage )(?<!rate )(?<!staff )"
    r"\bcuts\s+(?:lasting|of)\s+(?:up\s+to\s+|as\s+long\s+as\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\w-]+\s+hours?\b(?!\s+of\b)|"
    r"\b[\w]+-hours?\s+(?:daily\s+|scheduled\s+|rolling\s+)?cuts\b|"
    # "cuts sometimes last for eight hours at a time", "cuts have reached 20 hours a day"
    r"(?<!budget )(?<!funding )(?<!spending )(?<!job )(?<!tax )\bcuts\s+(?:\w+\s+)?(?:last|lasted|have\s+lasted|reach|reached|have\s+reached|exceed|exceeded)\s+"
    r"(?:for\s+)?(?:up\s+to\s+|as\s+long\s+as\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?[\w-]+\s+hours?\b|"
    # "plunging the Red Sea city into darkness", "threw much of the country into darkness"
    # ("plunged over 3,000 homes and businesses in Tasmania into darkness")
    # ("has plunged major cities across Sudan, including the capital Khartoum and the coastal city of Port Sudan, into darkness")
    r"\b(?:plung\w*|thr[eo]w\w*|thrown|sen[dt]\w*)\s+(?:[\w’'.,-]+\s+){1,20}?into\s+(?:total\s+|complete\s+)?dark(?:ness)?\b|"
    # ("Limassol and other areas of Cyprus were sunk into darkness")
    r"\b(?:were|was|been|got|are|is)\s+(?:plunged|thrown|sunk|sank|cast)\s+into\s+(?:total\s+|complete\s+)?dark(?:ness)?\b|"
    # ("The Union substation was automatically interrupted at 2:09 p.m. resulting in loss of service to a number of
    # areas including A, B and C", "one area in the South and another in Castries were without service")
    r"\bloss\s+of\s+(?:electric(?:al|ity)?\s+|power\s+)?service\s+to\b|\b(?:were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+)?without\s+service\b|"
    # ("Saint Lucia experienced a total electricity system shutdown Tuesday", "The Macao SAR endured a power shutdown")
    r"\b(?:total\s+|complete\s+)?(?:electricity|power|electrical|grid)\s+(?:system\s+)?shut\s*-?\s*down\b|\btotal\s+system\s+shut\s*-?\s*down\b|"
    # ("service was interrupted to customers in the areas of Leeward and Leeward Palms", "an interruption in service to")
    r"\bservice\s+(?:was|were|has\s+been|had\s+been)\s+interrupted\b|\binterruption\s+(?:in|of)\s+service\s+to\b|"
    # ("Electricity loss has been wide"; not the grid's "power losses" of energy, nor a loss of revenue)
    r"\b(?:power|electricity)\s+loss\b(?!\s+(?:of|in\s+(?:the\s+)?(?:grid|network|lines|transmission)|rates?|ratio|reduction)\b)|"
    # ("some areas in Roseau back on the grid", "Canefield Industrial Estate has now been added back to the grid", "Power to parts
    # of St Helier was restored", "Potters Street ... have already been re-energized": they were off)
    r"\bback\s+on\s+(?:the\s+)?grid\b|\b(?:added|brought|put)\s+back\s+(?:on|onto|to)\s+(?:the\s+)?grid\b|\bre-?energi[sz]ed\b|"
    r"\b(?:power|electricity|supply|supplies|service)\s+to\s+(?:the\s+)?(?:parts|areas|sections|most|much|some|all)\s+of\s+(?:the\s+)?[A-Z][^.;]{0,80}?"
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:restored|reconnected)\b|"
    # ("Internet monitors reported national connectivity below 1% after fiber links were severed", "a rapid nationwide
    # switch-off")
    r"\bconnectivity\s+(?:(?:fell|dropped|plunged|collapsed|plummeted|was|is)\s+)?(?:to\s+)?(?:below|under|less\s+than)\s+\d|"
    r"\bfib(?:er|re)(?:[- ]optic)?\s+(?:links?|connections?)\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:severed|cut)\b|"
    r"\b(?:nationwide|countrywide)\s+(?:internet\s+|telecoms?\s+|communications?\s+)?switch-?offs?\b|"
    # A do-not-use order: the water still runs but cannot be used ("told not to use the tap water", "urged water customers in
    # ... to stop using water for everything but flushing toilets", "issued a DO NOT USE WATER NOTICE", "off limits for drinking")
    r"\b(?:told|warned|urged|advised|asked|instructed|ordered|telling|warning|urging|advising)\s+[^.;]{0,250}?"
    r"(?:not\s+to|to\s+(?:stop|avoid|refrain\s+from))\s+(?:use|using|drink|drinking|consum\w+)\s+(?:or\s+(?:use|using|drink|drinking)\s+)?"
    r"(?:the\s+|their\s+|any\s+)?(?:tap\s+|public\s+|municipal\s+|city\s+|running\s+)?water\b|"
    r"\bdo[- ]not[- ](?:use|drink|consume)(?:[- ]water)?[- ](?:notice|order|advisory|advisories|warning)\b|"
    r"\bwater\b(?:\s+\w+){0,8}?\s+off[- ]limits\b|\b(?:contaminated|tainted|poisoned)\s+(?:the\s+)?(?:public\s+|municipal\s+|city\s+|drinking\s+)?water\s+supply\b|"
    # ("connections cannot be restored safely at this time to around 150 properties": still off)
    r"\b(?:connections?|power|electricity|supply|supplies|service)\s+(?:cannot|can\s*not|could\s*not|couldn[’']t|can[’']t)\s+(?:yet\s+)?be\s+"
    r"(?:safely\s+)?(?:restored|reconnected|re-?energi[sz]ed)\b|"
    # ("SFR reported 'several fiber cuts' in Paris", "Cable cuts have been confirmed in Ile-de-France": a line cut)
    r"\b(?:fib(?:er|re)(?:[- ]optic)?|(?:internet\s+|telecoms?\s+)?cable)\s+cuts?\b(?!\s+(?:to|in)\s+(?:the\s+)?(?:budget|spending|funding|prices?)\b)|"
    # ("providers in Germany and France also saw their services disconnect", "connections were disconnected")
    r"\b(?:saw|had|found)\s+(?:their|its)\s+(?:internet\s+|phone\s+|mobile\s+|broadband\s+)?(?:services?|connections?)\s+"
    r"(?:disconnect(?:ed)?|drop(?:ped)?|go\s+down|cut(?:\s+off)?)\b|\b(?:services?|connections?)\s+(?:were|was|got|have\s+been)\s+disconnected\b|"
    # ("9,156 breakdowns on the fixed Internet in France")
    r"\b(?:breakdowns?|faults?)\s+on\s+(?:the\s+)?(?:fixed\s+|mobile\s+|landline\s+)?(?:internet|network|broadband|phone\s+lines?)\b|"
    # ("issues were reported by consumers throughout the country")
    r"\b(?:issues|problems|disruptions|outages)\s+(?:were|have\s+been|had\s+been)\s+reported\s+by\s+(?:\w+\s+)?(?:consumers|users|customers|subscribers|residents)\b|"
    # ("tens of thousands of SATCOM terminals suddenly stopped working in several European countries")
    r"\b(?:terminals|modems|routers|handsets|(?:cell|mobile)?\s*phones)\s+(?:\w+ly\s+)?(?:stopped|ceased)\s+(?:working|functioning)\b|"
    # ("a squirrel ... knocked out service to 177 customers")
    r"\b(?:knock(?:ed|ing|s)?\s+out|cut|cutting|disrupt(?:ed|ing)|interrupt(?:ed|ing))\s+(?:electric(?:al)?\s+|power\s+)?service\s+(?:to|for)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|around\s+)?(?:[\d,]+|thousands|hundreds|tens\s+of\s+thousands)\s+"
    r"(?:of\s+)?(?:customers|homes|households|residents|people|users|subscribers)\b|"
    # ("AFP lost mobile phone contact with its bureau in the capital Kabul", "reported losing contact with their Kabul offices":
    # a newsroom cut off is the communications lost there)
    r"\b(?:lost|losing|loses)\s+(?:all\s+)?(?:(?:mobile\s+)?(?:phone|telephone|internet)\s+)?contact\s+with\s+(?:its|their|our)\s+"
    # (its bureau or office there, not "Aid groups in Cairo said they had lost contact with their staff": the staff are elsewhere)
    r"(?:[\w-]+\s+){0,2}?(?:bureaus?|offices?)\b|"
    # ("announced on Thursday the implementation of programmed cuts in the Wafra and Abdali farms areas": cuts begun)
    r"\b(?:implementation\s+of|implemented|implementing|began|begun|started|imposed|introduced)\s+(?:the\s+)?(?:programmed|scheduled|rotating|rolling)\s+"
    r"(?:power\s+|electricity\s+)?(?:cuts|outages|blackouts|load[- ]shedding)\b|"
    # ("3,900 properties remain cut off in areas including the Highlands, Moray, and Aberdeenshire"; not villages cut off by
    # floods) ("SSEN said its network had been 'significantly affected' in many areas, particularly in the Highlands")
    r"\b(?:customers|homes|households|properties|premises|consumers)\s+(?:remain|remained|were|are|still)\s+(?:still\s+)?cut\s+off\b(?!\s+(?:by|from)\b)|"
    r"\b(?:its|the|their)\s+(?:power\s+|electricity\s+|distribution\s+)?network\s+(?:had\s+been|has\s+been|was|were|is)\s+['‘]?"
    r"(?:significantly|badly|severely|heavily|seriously)\s+affected\b|"
    # ("started battering the country's northeastern coast ahead of landfall on Sunday, knocking down power")
    r"\bknock(?:ed|ing|s)?\s+down\s+(?:the\s+)?(?:power|electricity)\b(?!\s+(?:lines?|poles?|pylons?|cables?|towers?)\b)|"
    # ("a stadium in Rubavu fell in total darkness due to power outage")
    r"\b(?:fell|falls|fallen)\s+(?:in|into)\s+(?:total\s+|complete\s+)?darkness\b|"
    r"\b(?:cut|cutting|cuts|knocked out|knocking out|lost|losing|loses|loss of|disrupt\w*|interrupt\w*|suspend\w*|shut off|shutting off|shut down|restor\w*(?!\s+(?:operations|production|output|generation|(?:the\s+)?equipment)\b)|reconnect\w*|paralyz\w*|paralys\w*|went out|failed|failure|collaps\w+|brought down|took down|taken down|take down|taking down|crippl\w+)\b"
    # (not "the dams collapsed, leaving outlying regions under water": a flood)
    # ("another catastrophic failure of Cuba's debilitated electrical infrastructure")
    r"(?:[^\w;]+\w+){0,6}?[^\w;]+(?:power|electricity|heating|heat|water|gas|supplies|supply|internet|broadband|landlines?|communications|grid|electrical\s+(?:infrastructure|system|grid|network))\b(?<!\bunder\swater)"
    # (nor "the dams collapsing caused a deluge of water": a flood's water)
    r"(?<!deluge\sof\swater)(?<!torrent\sof\swater)(?<!torrents\sof\swater)(?<!surge\sof\swater)(?<!wall\sof\swater)(?<!wave\sof\swater)|"
    # "leaving 6,450 consumers in six settlements without supply", said of gas or water
    r"\bwithout\s+supply\b|"
    # ("Helene destroys Asheville's water system", "ravaged essential components of the city's water system", "the
    # devastated water system in X", "the system was catastrophically damaged"): the water gone
    r"\b(?:destroy\w*|crippl\w*|ravag\w*|devastat\w*|wreck\w*|wip(?:e|es|ed|ing)\s+out|knock\w*\s+out)\s+(?:(?:essential\s+|key\s+|critical\s+)?(?:components|parts)\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?[’']s\s+)?(?:[\w-]+\s+)?water\s+(?:system|supply|network|infrastructure|utility)s?\b|"
    r"\b(?:water|sewer)\s+(?:system|supply|network|infrastructure)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:destroyed|crippled|ravaged|devastated|wrecked)\b|"
    # ("Running potable water still not available to Asheville residents")
    r"\b(?:running|potable|drinking|tap)\s+(?:potable\s+|drinking\s+|running\s+)?water\s+(?:is\s+|was\s+|remains?\s+|remained\s+)?(?:still\s+)?(?:not\s+|un)available\b|"
    # "Water pressure in Tehran has also been reduced", "reduced the water pressure at night": a partial cut
    r"\b(?:water|gas)\s+pressure\b[^.;]{0,60}?\b(?:(?:was|were|is|are|been|be)\s+(?:\w+\s+)?(?:reduced|lowered|cut|decreased)|(?:dropped|fell))\b|"
    r"\b(?:reduc\w+|lower\w*|cut\w*)\s+(?:the\s+)?(?:water|gas)\s+pressure\b|"
    # "About 9,500 homes in Killin had been reconnected", "4,100 properties ... still to be reconnected"
    r"\b(?:homes|properties|customers|households|premises|consumers|subscribers|villages|communities)\b[^.;]{0,100}?\breconnected\b|"
    r"(?:power|electricity|heating|heat|water|desalination\s+(?:plants?|stations?|facilit(?:y|ies))|gas|supplies|supply|internet|grid|communications|phone lines|(?:tele)?phone service|mobile (?:service|networks?)|telecom\w*|cell(?:ular)? (?:service|towers?|networks?)|(?:television|TV|radio) (?:broadcast\w*|signals?)|broadcasting)(?!\s+(?:damage|generators?|turbines?|generating\s+units?|generation\s+units?)\b)(?:\W+\w+){0,14}?\W+(?:cut|cut off|knocked out|lost|disrupted|interrupted|suspended|severed|snapped|paralyz\w*|paralys\w*|crippled|failed|went out|(?:has|have|had)\s+gone\s+out|collapsed|"
    # (not "The force of the water moved some homes off their foundations", "one house floated down a river")
    r"down(?!\s+(?:a|the)\s+(?:river|stream|street|road|hill|slope|creek|canal|valley|mountain)\b)|"
    r"off(?!\s+(?:their|its|his|her|the|a)\s+(?:foundations?|roofs?|hinges|coast|shore|roads?|ground|streets?)\b)|outed|out of action|out of service|stopped|halted|ceased)\b|"
    r"\brestor\w*\s+(?:(?:electric|power|phone|internet|mobile|water|gas)\s+)?service\b|\bservice\s+(?:was|were|has been|had been)\s+(?:partially\s+|fully\s+)?restored\b|"
    # "Parts of Warwick, Paget and St George's were among the last to get electricity back": it had been cut
    r"\b(?:get|got|getting|gets|had|have)\s+(?:their\s+|its\s+)?(?:electricity|power|water|heat(?:ing)?|gas|lights?)\s+back\b|"
    r"similar disruptions|\balso\s+(?:reported|saw|suffered|had)\s+(?:\w+\s+)?disruptions\b|"
    # "Cell and internet coverage is nonexistent at this point"
    r"\b(?:coverage|service|signal|internet|power|electricity|water)\s+(?:is|was|are|were|remains?|remained)\s+(?:\w+\s+)?(?:nonexistent|non-existent|unavailable)\b|"
    # "Many Canadians were unable to make phone calls or use the internet": communications lost
    r"\b(?:unable|could\s*n[o']t|could\s+not|can(?:no|')t)\s+(?:to\s+)?(?:make|place|receive)\s+(?:phone\s+|mobile\s+)?calls\b|"
    r"\b(?:unable|could\s*n[o']t|could\s+not|can(?:no|')t)\s+(?:to\s+)?(?:use|access|connect\s+to|get\s+on(?:to)?)\s+the\s+internet\b|"
    # "while similar problems were reported in the coastal part of Croatia, Bosnia and Albania"
    r"\bsimilar\s+(?:problems|issues|outages|blackouts|cuts|failures|disruptions)\s+(?:were|was|have been|had been|are being)\s+(?:reported|recorded|seen|observed)\b|emergency (?:power )?shutdowns?|rolling (?:cuts|shutdowns)|went dark|go dark|(?:fell|falls|fall)\s+dark|(?-i:\b[A-Z][\w’'-]+)\s+(?:is|are|was|were|remains|remained)\s+(?:still\s+)?(?:\w+ly\s+)?dark(?=[.,;]| at night| after)|"
    # ("The areas surrounding the X neighborhood, in the municipality of Y, were pitch black on Monday night": not a night's
    # own darkness, "the night was pitch black")
    r"(?<!night )(?<!nights )(?<!sky )(?<!skies )\b(?:is|are|was|were|remains?|remained|went|been|left)\s+(?:still\s+)?(?:completely\s+|totally\s+)?pitch[- ](?:black|dark)\b|"
    # ("The normally brightly lit streets of central Dhaka and other cities were dark on Tuesday evening")
    r"\b(?:streets|neighbou?rhoods|homes|houses|buildings|cities|towns)\b[^.;]{0,60}?\b(?:were|was|are|is|remained|remain|lay)\s+(?:still\s+)?(?:completely\s+|totally\s+)?dark\b(?!\s+(?:and|or)\s+(?:quiet|empty|deserted|silent))|"
    # ("14,000 residents of Taiwan's Matsu Islands struggle to find good internet", "struggled to get water")
    r"\bstruggl(?:e|es|ed|ing)\s+to\s+(?:find|get|access|obtain)\s+(?:any\s+|good\s+|reliable\s+|stable\s+|working\s+)?(?:internet|connectivity|mobile\s+signal|signal|power|electricity|(?:drinking\s+|running\s+)?water|heat(?:ing)?)\b|"
    # ("The first cable was cut by a Chinese fishing vessel", "two submarine internet cables were severed": a communications link lost)
    r"\b(?:internet|submarine|undersea|communications?|telecom\w*|fib(?:er|re)[- ]optic|optical)\s+(?:internet\s+|data\s+)?cables?\s+(?:were|was|have\s+been|had\s+been|got)\s+"
    r"(?:\w+ly\s+)?(?:cut|severed|snapped|damaged|broken|ruptured)\b|"
    # ("a fire at its only desalination plant led to the shortage that has affected the 130,000 inhabitants of the capital, Male")
    r"\b(?:desalination|water|power|electricity|gas)\b[^.;]{0,80}?\bshortages?\s+(?:that|which)\s+(?:has|have|had)\s+(?:\w+\s+)?affected\b|"
    # ("The Maldives, a tiny island nation in the Indian Ocean, has run out of water")
    r"\b(?:has|have|had)\s+(?:\w+\s+)?run\s+out\s+of\s+(?:drinking\s+|running\s+|fresh\s+|tap\s+)?water\b|\bran\s+out\s+of\s+(?:drinking\s+|running\s+|fresh\s+|tap\s+)?water\b|"
    # ("Many apartments in the capital still haven't had their heating turned on", "my apartment hasn't received heating
    # either", "the heating has not been supplied to those apartments": a supply that has not come)
    r"\b(?:haven[’']t|hasn[’']t|have\s+not|has\s+not|hadn[’']t|had\s+not)\s+(?:yet\s+|still\s+)?(?:had|received|got(?:ten)?|been\s+(?:given|supplied\s+with|connected\s+to))\s+"
    r"(?:their\s+|its\s+|any\s+)?(?:heating|heat|hot\s+water|central\s+heating)\b|"
    r"\b(?:heating|heat|hot\s+water)\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:supplied|turned\s+on|switched\s+on|connected|provided|given)\b|"
    r"\baffected\s+by\s+(?:the\s+)?(?:delayed|late)\s+(?:start\s+of\s+(?:the\s+)?)?heating\b|"
    # ("the heating systems of households ... have started to malfunction in the capital")
    r"\b(?:heating|heat|hot\s+water)\s+(?:systems?|supply|supplies|networks?)\b[^.;]{0,80}?\bmalfunction(?:ed|ing|s)?\b|"
    # ("the system was still unable to deliver electricity due to unexpected technical challenges, leaving four regencies
    # in partial darkness")
    r"\b(?:unable|not\s+able|aren[’']t\s+able|isn[’']t\s+able|weren[’']t\s+able|wasn[’']t\s+able)\s+to\s+(?:supply|deliver)\s+"
    r"(?:any\s+)?(?:electricity|power|water|gas|heat)\b|\bin\s+(?:partial|total|complete|near[- ]total)\s+darkness\b|"
    # ("leading to a power emergency for millions of civilians and leaving them in pitch dark")
    r"\b(?:plunged|plunging|plunges|left|leaving|leaves)\s+(?:[\w’'-]+\s+){0,3}?in(?:to)?\s+(?:darkness|pitch[- ]dark(?:ness)?)\b|"
    # ("Thermal power stations aren't able to provide an adequate amount of heat to buildings throughout the city")
    r"\b(?:unable|not\s+able|aren[’']t\s+able|isn[’']t\s+able|weren[’']t\s+able|wasn[’']t\s+able)\s+to\s+(?:provide|supply|deliver|produce)\s+"
    r"(?:an?\s+)?(?:adequate|enough|sufficient)\s+(?:amount\s+of\s+|levels?\s+of\s+)?(?:heat|heating|electricity|power|water|gas)\b|"
    # ("Azerbaijan has once again blocked the gas supply to Artsakh", "the gas supply ..., which it once again blocked on
    # February 8", "Armenia's electricity supplies to Karabakh were blocked")
    r"\bblock(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:gas|power|electricity|water)\s+(?:supply|supplies|flows?)\b|"
    r"\bblock(?:ed|s|ing)?\s+(?:the\s+)?(?:supply|supplies|flow|deliver(?:y|ies))\s+of\s+(?:natural\s+)?(?:gas|power|electricity|water)\b|"
    r"\b(?:gas|power|electricity|water)\s+(?:supply|supplies)\b[^.;]{0,60}?(?:\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?|,\s+which\s+[\w-]+\s+(?:had\s+)?(?:once\s+again\s+|again\s+)?)blocked\b|"
    # ("The canal damage has reduced water supply to about 25% capacity")
    r"\breduc(?:ed|es|ing)\s+(?:the\s+)?(?:drinking\s+)?(?:water|power|electricity|gas|heat(?:ing)?)\s+supply\s+to\b|"
    # ("Bangladesh ordered the countrywide shutdown of its mobile internet network", "Bangladesh shuts internet", "mobile
    # connectivity in Dhaka had been severely limited")
    r"\bshut\s*down\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:internet|mobile\s+data|telecom\w*|phone\s+(?:network|services))\b|"
    r"\bshuts?\s+(?:down\s+)?(?:the\s+|its\s+)?(?:mobile\s+)?internet\b|"
    r"\b(?:connectivity|internet\s+access|mobile\s+data|mobile\s+internet)\b[^.;]{0,60}?\b(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+"
    r"(?:\w+ly\s+)?(?:limited|restricted|disrupted|throttled|cut|blocked|suspended)\b|"
    # ("Since January 1 in Transnistria disconnected centralized heating and hot water supply")
    r"\bdisconnect(?:ed|s|ing)?\s+(?:the\s+)?(?:centrali[sz]ed\s+|central\s+|district\s+)(?:heating|heat|hot\s+water)\b|"
    # ("Azerbaijan has cutoff natural gas supply to Nagorno-Karabakh": the verb written as one word)
    r"\b(?:has|have|had)\s+cutoff\s+(?:the\s+)?(?:[\w-]+\s+)?(?:gas|power|electricity|water|heat(?:ing)?)\b|"
    # ("Civilians in Djibo were already facing shortages of food, now they are going thirsty too": the water gone)
    r"\b(?:are|were|is|was|been|be)\s+(?:now\s+|also\s+)?(?:going|gone|left)\s+thirsty\b|"
    # ("Thousands of people across south London have been left with no or little water")
    r"\b(?:no|little|low)\s+or\s+(?:no|little|low)\s+(?:running\s+|tap\s+|drinking\s+)?(?:water|power|electricity|heat(?:ing)?|gas)\b|"
    # ("Hurricane Ian ... on Tuesday brought Cuba's grid to collapse", "brought the power system to a standstill")
    r"\b(?:br(?:ought|ing|ings|inging))\s+(?:[\w’'-]+\s+){1,3}?(?:grid|power\s+system|electricity\s+system|energy\s+system|electrical\s+system|power\s+network)\s+to\s+(?:a\s+|its\s+)?(?:total\s+|complete\s+)?(?:collapse|standstill|halt|knees)\b|"
    r"lights (?:went|go|going|goes|have gone|had gone) out(?!\s+of\b)|\b(?:power|electricity)\s+to\s+go\s+out\b(?!\s+of\b)|(?:traffic |street )?lights (?:(?:\w+\s+){0,5}?)(?:failed|were out|stopped working|did not work|were not working|weren't working|didn't work|refused to work)|"
    # ("In Tashkent, due to non-functioning traffic lights, significant traffic jams arose")
    r"\bnon-?(?:functioning|working|operational)\s+(?:traffic\s+|street\s+)lights\b|"
    # "Ghana, Nigeria, and Cameroon are also experiencing varying degrees of impact" (after an outage): the same
    r"\b(?:are|were|is|was)\s+also\s+(?:experiencing|seeing|feeling|suffering)\s+(?:[\w-]+\s+){0,3}?(?:impacts?|disruptions?|problems)\b|"
    # "reported significant disruption to connectivity in eight West African nations"
    r"\bdisruptions?\s+(?:to|of)\s+(?:the\s+)?(?:internet\s+|mobile\s+|phone\s+|telecom\w*\s+)?(?:connectivity|internet|(?:mobile\s+|phone\s+|cell(?:ular)?\s+)?services?|"
    r"power\s+supply|electricity(?:\s+supply)?|water\s+supply|gas\s+supply|heat(?:ing)?\s+supply|communications?)\b|"
    # "substations across Taiwan short-circuited, causing the power supply to be unstable"
    r"\b(?:power|electricity|water|gas)\s+supply\s+(?:to\s+be|was|is|became|remained|remains)\s+(?:\w+\s+)?unstable\b|"
    # "Among those in Buffalo who haven't had power since Friday", "nine died in homes lacking heat"
    r"\b(?:haven[’']t|hasn[’']t|hadn[’']t|have\s+not|has\s+not|had\s+not)\s+(?:yet\s+)?had\s+(?:any\s+)?(?:power|electricity|heat(?:ing)?|water|gas|internet)\b|"
    r"\b(?:lacking|lacked)\s+(?:heat(?:ing)?|power|electricity|(?:running\s+)?water)\b|"
    # "the province of Golestan moved to close plants and ration electricity"
    r"\bration(?:s|ed|ing)?\s+(?:of\s+)?(?:drinking\s+|tap\s+|running\s+)?(?:electricity|power|gas|water|energy)\b|\b(?:electricity|electrical|power|gas|water|energy)\s+rationing\b|"
    # ("Power curbs in Chongqing have been extended", "began limiting electricity supply to homes", "rotating brownouts")
    r"\b(?:electricity|power)\s+(?:curbs|restrictions)\b|\blimit(?:s|ed|ing)?\s+(?:the\s+)?(?:electricity|power|gas|water)\s+suppl(?:y|ies)\b|"
    r"\b(?:rotating|rolling)\s+brown-?outs\b|"
    # ("Provinces with partial power transmission service are:")
    r"\bpartial\s+(?:power|electricity)\s+(?:transmission\s+)?(?:service|supply)\b|"
    # ("78 areas have got no access to power supply including Mimaropa and Caraga")
    r"\bno\s+access\s+to\s+(?:power|electricity|running\s+water|water)(?:\s+supply)?\b|"
    # ("Over two lakh people do not have a power supply in the state")
    r"\b(?:do|does|did)\s+not\s+have\s+(?:a\s+|any\s+)?(?:power|electricity|running\s+water|heat(?:ing)?)(?:\s+supply)?\b|"
    r"\b(?:don[’']t|doesn[’']t|didn[’']t)\s+have\s+(?:a\s+|any\s+)?(?:power|electricity|running\s+water|heat(?:ing)?)(?:\s+supply)?\b|"
    # ("the districts of Puri and parts of Khurda where the electricity infrastructure has been totally devastated")
    r"\b(?:electricity|power|energy)\s+(?:infrastructure|network|grid|supply\s+network)\s+(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+|is\s+)?"
    r"(?:totally\s+|completely\s+|entirely\s+|badly\s+|severely\s+|extensively\s+|largely\s+)?(?:devastated|destroyed|wrecked)\b|"
    # ("all power consumers in Cuttack will be able to get electricity on Saturday", "we will start supplying power in Puri
    # and Konark towns from May 15": without it until then)
    r"\bwill\s+(?:be\s+able\s+to\s+)?(?:get|have|receive)\s+(?:their\s+)?(?:electricity|power)(?:\s+back)?\s+(?:by|on|from|within)\b(?!\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)|"
    r"\b(?:start|begin|resume)\s+supplying\s+(?:power|electricity)\s+in\b|"
    # ("about 1700 customers in the Eagle Hawk Neck, Port Arthur area are affected", "2,500 customers still off in Ulverstone")
    r"\b(?:customers|properties|premises|connections)\b[^.;]{0,80}?\b(?:are|were|have\s+been|had\s+been)\s+(?:also\s+)?affected\b|"
    r"\b(?:customers|homes|properties|households|premises)\s+(?:are\s+|were\s+)?still\s+off\b|"
    # ("progress has slowed in reconnecting more than 2,800 customers in Bancroft and Tweed")
    # ("work is continuing to reconnect roughly 26,000 remaining consumers in parts of the Central and Uva provinces")
    r"\breconnect(?:ing|ed|s)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+|more\s+than\s+|over\s+|the\s+(?:last|remaining)\s+)?"
    r"[\d,.]+(?:\s+(?:thousand|million))?\s+(?:remaining\s+|more\s+|other\s+)?"
    r"(?:customers|homes|households|properties|people|residents|premises|consumers|users|subscribers)\b|"
    # ("residential buildings in the capital will have electricity for only two hours", "people there had just two hours
    # of power in the past day"): rationed to hours a day
    r"\b(?:have|has|had|get|gets|got|receive|receives|received)\s+(?:electricity|power|light)\s+(?:only\s+)?for\s+(?:only\s+|just\s+)?"
    r"(?:\d+|one|two|three|four|five|six|a\s+few|several)\s+(?:hours?|minutes)\b|"
    r"\b(?:only|just)\s+(?:\d+|one|two|three|four|five|six|a\s+few)\s+hours?\s+of\s+(?:power|electricity|light)\b|"
    # "The floods have also impacted water and electricity services"
    # ("knocking down electricity poles and affecting power supply in the province's districts")
    r"\b(?:impacted|affected|disrupted|hit|knocked out|damaged|affecting|impacting|disrupting)\s+(?:the\s+)?(?:water|electricity|power|gas|heating|telecom\w*|internet|phone)"
    r"(?:\s*(?:,|and|or)\s*(?:water|electricity|power|gas|heating|telecom\w*|internet|phone))*\s+(?:services|supplies|supply)\b|"
    # "the suspension of mobile internet services in Thoubal has been extended", "an internet ban": a shutdown ordered
    r"\bsuspension\s+of\s+(?:the\s+|all\s+)?(?:mobile\s+|broadband\s+|cellular\s+)?(?:internet|data|telecom\w*|phone|network)\b|"
    # ("GAS engineers have reconnected all the Marsden homes they have been able to access": homes that had lost it)
    r"\breconnect(?:ed|ing|s)?\s+(?:all\s+|most\s+|some\s+|many\s+|the\s+last\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:homes|properties|customers|households|premises)\b|"
    # ("Electric power supply restrictions that were imposed in Tajikistan last October", "the official limit on the
    # consumption of electricity was introduced in Tajikistan on November 1": rationing)
    r"\b(?:electric\s+power|electricity|power)\s+(?:supply\s+)?(?:restrictions|limits|limitations)\s+(?:that\s+|which\s+)?(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:imposed|introduced)\b|\b(?:restrictions?|limits?|limitations?)\s+on\s+(?:the\s+)?(?:consumption\s+of\s+electricity|(?:electricity|power)\s+"
    r"(?:consumption|supply|supplies))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:imposed|introduced)\b|"
    # ("noting the suspension of electricity in the city of Kobani")
    r"\bsuspension\s+of\s+(?:the\s+)?(?:electricity|electric\s+power|power|water|gas|heating)(?:\s+(?:supply|supplies|services?))?\s+(?:in|to|across)\b|"
    # ("a protest staged by local residents against the suspension of gas supply": a cut the residents have)
    r"\b(?:against|over)\s+(?:the\s+)?(?:prolonged\s+|continued\s+|frequent\s+)?suspension\s+of\s+(?:the\s+)?(?:domestic\s+)?(?:electricity|power|water|gas|heating)\s+(?:supply|supplies|services?)\b|"
    r"\b(?:internet|mobile\s+data|telecom\w*)\s+(?:ban|blackout|shutdowns?)\b|\bThe\s+suspension\b(?=[^.;]{0,60}\baffect)|"
    r"\b(?:do|does|did)\s+not\s+have\s+(?:any\s+)?(?:power|electricity|heat(?:ing)?|(?:hot\s+|running\s+)?water|gas|internet)\b|"
    r"\bno (?:centrali[sz]ed |central |district )?(?:power|electricity|energy|heat(?:ing)?|running water|water|gas|internet|mobile signal|communications?|(?:mobile |phone |cell )?(?:signal|service|connection|coverage))\b|"
    r"(?:internet|phone|mobile|telecom\w*|communications?|networks?)(?:\W+\w+){0,5}?\W+(?:went offline|offline|collapsed|shut down|blocked)\b|"
    # "households could face days without electricity following a fire that damaged power lines": how
    # long an outage that a past fire or attack caused will last
    r"\b(?:could|may|might|will|would)\s+face\s+(?:\w+\s+){0,2}?(?:hours|days|weeks|nights)\s+(?:more\s+)?without\s+(?:power|electricity|heat(?:ing)?|water|gas)\b"
    r"(?=[^.;]{0,40}\b(?:following|after)\s+(?:(?:a|an|the|last\s+\w+[’']s|\w+day[’']s)\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?|attacks?|strikes?|explosions?|blasts?|arson|sabotage|shelling)\b)|"
    # "half a million homes may not have their power restored until next week": out now
    r"\b(?:may|might|will|would|could|won[’']t|will\s+not)\s+(?:not\s+)?(?:have|get|see)\s+(?:their\s+|its\s+)?(?:power|electricity|service|lights)\s+(?:back|restored)\b|"
    # ("counties, which are expected to see power restored by Saturday morning"; "on track to restore nearly all the
    # 380,000 customers affected statewide": out until then)
    r"\b(?:are|is)\s+expected\s+to\s+(?:see|have|get)\s+(?:their\s+|its\s+)?(?:power|electricity|service|lights)\s+(?:back|restored)\b|"
    r"\brestore\s+(?:nearly\s+|almost\s+|about\s+)?(?:all\s+)?(?:of\s+)?the\s+(?:remaining\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+customers\s+affected\b|"
    # "16 families were left in the cold after a boiler cracked", "a broken boiler left them in the cold"
    r"\b(?:left|leaving|leaves)\s+(?:\w+\s+){0,3}?in\s+the\s+cold\b(?=[^.;]{0,80}\b(?:boilers?|heat|heating|furnaces?|radiators?)\b)|"
    r"\b(?:boilers?|heat|heating|furnaces?)\b[^.;]{0,60}?\b(?:left|leaving|leaves)\s+(?:\w+\s+){0,3}?in\s+the\s+cold\b|"
    # "overall access remains diminished and unstable", "Internet across the country has experienced widespread
    # disruptions": a service said to be impaired
    r"\b(?:internet\s+)?(?:access|connectivity)\s+(?:remains?|remained|is|was|has been|had been)\s+(?:\w+\s+)?(?:diminished|limited|restricted|unstable|disrupted|down|cut)\b|"
    r"\b(?:internet|power|electricity|water|gas|mobile|phone|telecom\w*|communications?|networks?)\s+(?:[\w\s]{0,30}?\s)?(?:has|have|had)?\s*(?:experienced|suffered|seen|faced)\s+(?:\w+\s+)?(?:disruptions?|outages?|blackouts?|shutdowns?|interruptions?)\b|"
    # "complained of slower internet speeds", "reported significant drops in internet speed and connectivity
    # issues", "experienced varying degrees of service degradation", "Connectivity deterioration was
    # reported": a network degraded, a partial loss of communications
    r"\b(?:slow(?:er|ed)?|sluggish|reduced|degraded|unstable)\s+(?:internet|network|broadband|browsing|mobile data|connection)\s+(?:speeds?|access|connectivity|connections?)\b|"
    r"\bdrops?\s+in\s+(?:internet|network|connection|broadband)\s+speeds?\b|\b(?:internet|connectivity|network|connection)\s+(?:issues|problems|slowdowns?|deteriorat\w+|degradation)\b|"
    r"\b(?:service|connectivity|network)\s+degradation\b|\bdegrad\w+\s+(?:internet\s+)?connectivity\b|\bintermittent\s+(?:internet\s+)?(?:access|connectivity)\b|"
    # "The widespread internet disruption, which began on Thursday"
    r"\b(?:internet|telecom\w*|communications?|mobile|phone|network)\s+(?:services?\s+)?(?:disruptions?|shutdowns?|outages?|blackouts?)\b|"
    # "Iran Endures Second Day of 'Unprecedented' Internet Blackout"
    r"\b(?:endur\w+|suffer\w*|fac(?:es|ed|ing)|enter\w*)\s+(?:a\s+|its\s+|the\s+)?(?:[\w'’\"“”-]+\s+){0,2}?(?:days?|weeks?|nights?)\s+of\s+(?:[\w'’\"“”-]+\s+){0,3}?(?:blackouts?|outages?|shutdowns?|darkness)\b|"
    # "which is depriving important parts of Kosovo of water supplies"
    r"\bdepriv(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,6}?of\s+(?:\w+\s+)?(?:power|electricity|heat(?:ing)?|water|gas|internet|communications)\b|"
    # "The power supply to several areas in Colombo, the Southern Province and Kurunegala was restored after over six hours"
    # ("Power in Tuvalu's capital has been fully restored after technicians ... repaired a cable")
    r"\b(?:power|electricity|water|gas|heat(?:ing)?)(?:\s+supply)?\s+(?:to|in)\s+[^.;]{1,200}?\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?restored\b|"
    # "Problems with electricity were also reported in Sumy and Poltava regions"
    r"\bproblems?\s+with\s+(?:the\s+)?(?:uninterrupted\s+|reliable\s+|regular\s+|stable\s+)?(?:electricity|power|water|heat(?:ing)?|gas)(?:\s+suppl(?:y|ies))?\b|"
    # "protest against the lack of gas in their homes", "cuts in the gas supply"
    r"\black\s+of\s+(?:gas|power|electricity|heat(?:ing)?|running\s+water|water|light|internet(?:\s+access)?|connectivity|communications?)\b|"
    # "Tonga was all but cut off from the world after an undersea communications cable was severed", "rendering
    # the entire Pacific archipelago offline", "a break in the cable that connects Tonga to the outside world"
    r"\brender(?:ing|ed|s)?\s+(?:[\w’'-]+\s+){0,5}?offline\b|"
    r"\b(?:break|cut|damage|fault)s?\s+(?:in|to|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?cables?\s+(?:that\s+|which\s+)?(?:connects?|links?)\b|\bcuts?\s+(?:in|to)\s+(?:the\s+)?(?:gas|power|electricity|water|heat(?:ing)?)\s+suppl(?:y|ies)\b|"
    # "up to 95% of households were powerless", "ordered 7 million people to boil tap water"
    r"\b(?:were|was|left|leaves|leaving|remained|remain|are|is|been)\s+(?:\w+\s+)?powerless\b|\bto\s+boil\s+(?:their\s+)?(?:tap\s+|drinking\s+)?water\b|"
    # "The affected customers were located in parts of Metro Manila, Bulacan and Cavite"
    r"\b(?:the\s+)?affected\s+(?:customers|households|homes|consumers|subscribers)\s+(?:were|are)\s+(?:located|mostly|mainly|chiefly)\b|"
    # "Barcelona and parts of Madrid saw partial restoration by the evening", "Lisbon regained power"
    r"\b(?:saw|sees|see)\s+(?:a\s+)?(?:partial|full|gradual)\s+restoration\b|\bregain(?:ed|ing|s)?\s+(?:power|electricity|(?:the\s+)?lights|communications?|internet(?:\s+access)?|(?:phone\s+|mobile\s+)?(?:signal|coverage))\b|"
    # ("Thousands of Tonga residents face a long wait for power and other services to be restored")
    r"\bfac(?:e|es|ed|ing)\s+(?:a\s+)?(?:long\s+|lengthy\s+)?wait\s+for\s+(?:power|electricity|water|(?:basic\s+)?services)\b(?:[^.;]{0,40}?\b(?:restored|to\s+return|back))?|"
    # ("Kathmandu Valley faced electricity tripping for 347 times in the Month of Mangsir")
    r"\b(?:faced|faces|face|facing|experienced|experiences|experiencing|suffered|suffers)\s+(?:frequent\s+|repeated\s+)?(?:electricity|power)\s+tripping\b|"
    # ("storm damage is impacting service for customers in parts of Middle and West Tennessee", "heavy ice to Yazoo City,
    # significantly impacting the electric system")
    r"\bimpact(?:ing|s|ed)?\s+(?:electric(?:al|ity)?\s+|power\s+)?service\s+(?:for|to)\s+(?:\w+\s+)?customers\b|"
    r"\b(?:significantly\s+|severely\s+|heavily\s+)?impact(?:ing|s|ed)\s+the\s+(?:electric(?:al)?|power|electricity)\s+(?:system|grid|network)\b|"
    # ("cities such as A, B, C recovered 100% energy supply", "only 41% of the service was recovered"): a service back, so it was out
    r"\brecover(?:ed|s|ing)?\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?)?(?:energy|power|electricity|electric)"
    r"(?:\s+supply|\s+service)?\b|\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:electric(?:ity)?\s+|power\s+)?service\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:recovered|restored)\b|"
    # "most of the town now has power again", "30 percent of the city has power back on", "as power came
    # on in parts of the city": a service back, so it was out
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:power|electricity|water|gas|heat(?:ing)?|internet)\s+(?:back(?:\s+on)?|again)\b|"
    r"\b(?:power|electricity|the\s+lights)\s+(?:came|comes|coming)\s+(?:back\s+)?on\b|"
    # "centres in Hamra, Sidon and Damour were the first to be reported as offline"
    r"\b(?:went|were|was|are|is|been|as|knocked|taken)\s+(?:\w+\s+)?offline\b|"
    r"shut(?:ting)? off power|power shutoffs?|(?:public safety )?shutoffs?|"
    # "An order said the suspension was extended in A, B and C" (of mobile internet, told before): still cut there
    r"\b(?:the|this)\s+(?:suspension|shutdown|ban|blackout)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:extended|prolonged|continued)\s+(?:in|to|across)\b|"
    # "mobile voice services in Mekelle city and Maychew have been restored": they had been cut
    r"\b(?:mobile|voice|phone|telephone|telecom\w*|internet|electricity|electric|power|water|gas|heating)\s+(?:\w+\s+)?services?\b[^.;]{0,100}?"
    r"\b(?:was|were|have|has|had)\s+(?:also\s+)?(?:been\s+)?(?:\w+ly\s+)?restored\b|"
    # "managed to get four of them - A, B, C and D - back on line": they had been cut off
    r"\b(?:get|got|bring|brought|put|come|came|are|were|is|was)\s+(?:\w+\s+){0,2}?back\s+on[- ]?line\b|(?:^|[-–—]\s+)back\s+on[- ]?line\b|"
    # "updates to our impacted customers in Napa, Lake and Sonoma counties": a utility's customers who lost service
    r"\b(?:impacted|affected)\s+(?:customers|subscribers|consumers)\s+in\b|"
    # "PG&E turned off power to communities in the North Bay", "has started turning off power in high fire-threat areas"
    r"\b(?:turn(?:ed|ing|s)?|switch(?:ed|ing|es)?)\s+off\s+(?:the\s+)?(?:power|electricity|gas|water|heat(?:ing)?)\b|"
    r"(?:power|energy|electricity|grid|heating|water) (?:crisis|shortages?|collapse|scarcity)|\bscarcity of (?:drinking |potable )?water\b|"
    # "The cuts severely impacted working-class Iztapalapa": the cuts told before, where they hit
    r"\b[Tt]he\s+(?:\w+\s+)?(?:cuts|cutoffs?|outages|blackouts|shutoffs)\s+(?:\w+\s+)?(?:impacted|affected|hit)\b|"
    # ("The fault, recorded a few minutes before 3pm, affects areas in A, B and C"): the fault told before, where it cut power
    r"\b[Tt]he\s+(?:\w+\s+)?(?:fault|failure|breakdown|malfunction)\b[^.;]{0,60}?\b(?:affects|affected|affecting|hit|hits)\s+"
    r"(?:\w+\s+)?(?:areas|parts|villages|neighbou?rhoods|communities|localities|homes|households|residents|customers|consumers)\b|"
    r"(?:grid|infrastructure|power|system) failures?|"
    r"shortages? of (?:natural |drinking |running |piped )?(?:\w+, )*(?:water|heat|heating|power|electricity|gas)|\bgas shortages?\b(?!\s+(?:at|in)\s+(?:petrol|filling|gas)\b)|remained (?:dark|unpowered|without)|partially powered|"
    r"water pressure (?:dropped|fell|was lost|collapsed)|lost water pressure|"
    # "residents were told not to drink tap water", "taps had been dry for a week", "the city's
    # electricity had not come on for 12 hours": a service lost, said another way
    r"\b(?:told|advised|urged|warned)\s+not\s+to\s+drink\b|\bdo[- ]not[- ]drink\b|\bboil[- ]water\s+(?:notices?|advisor(?:y|ies)|orders?)\b|"
    # ("Susheela's taps - like millions of others - in the city of X have run dry")
    r"\b(?:taps?|wells?|reservoirs?)\b(?:[^.;]{0,100}?\s|\s+)(?:had\s+been|have\s+been|has\s+been|were|was|ran|run|went|are|is|had\s+run|has\s+run|have\s+run|had\s+gone|to\s+run|to\s+go)\s+(?:\w+\s+)?dry\b|\bdry taps\b|"
    # "not a drop of water in Melville", "many communities left dry", "weeks of interrupted supply",
    # "Water woes continue in parts of Johannesburg", "families had to rely on water tankers"
    r"\bnot\s+a\s+(?:single\s+)?drop\s+of\s+water\b|\b(?:communities|residents|households|homes|suburbs|areas|people|families|towns)\b[^.;]{0,40}?\s(?:were\s+|are\s+|being\s+)?left\s+(?:high\s+and\s+)?dry\b|"
    r"\binterrupted\s+(?:water\s+|power\s+|electricity\s+|gas\s+)?supply\b|\bwater\s+woes\b|"
    r"\b(?:rely|relied|relying|depend(?:s|ed|ing)?)\s+on\s+(?:\w+\s+)?(?:water\s+tankers|tankers|bowsers|bottled\s+water|JoJo\s+tanks)\b|"
    # "water had started returning to their taps", "had already started getting water in their taps": back after a cut
    r"\b(?:water|power|electricity|gas|supply)\s+(?:had\s+|has\s+|have\s+)?(?:started|begun|began|starting)\s+(?:returning|to\s+return|coming\s+back)\b|"
    r"\b(?:started|begun|began|starting)\s+(?:to\s+get|getting|receiving|to\s+receive)\s+(?:water|power|electricity|gas)\b|"
    r"\b(?:electricity|power|water|gas|heating)\s+(?:had|has|have)\s+not\s+(?:come on|come back|returned|flowed|been restored)\b|"
    # "The cuts hit about 400,000 households", said after power cuts were named
    r"^(?:The|These|Those)\s+(?:rolling\s+|daily\s+|latest\s+)?cuts\s+(?:hit|hits|affected|affect|left|leave|lasted)\b|"
    # ("Recent cuts hit 10 districts that rely on the Cutzamala system"; not "Recent cuts hit the budget")
    r"^(?:Recent|Latest|New)\s+cuts\s+(?:hit|hits|affected|left)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
    r"(?:districts|neighbou?rhoods|areas|towns|homes|households|municipalities|boroughs|villages|customers|people|residents)\b|"
    # "The municipalities affected by the water cutoffs", "a reduction in the supply of drinking water", "the water reduction"
    r"\b(?:water|power|electricity|gas|heat(?:ing)?|supply)\s+cut-?offs?\b|\b(?:water|gas)\s+(?:supply\s+)?reductions?\b|"
    r"\breduction\s+(?:in|of)\s+(?:the\s+)?suppl(?:y|ies)\s+of\s+(?:drinking\s+|potable\s+|tap\s+)?(?:water|gas|electricity|power)\b|"
    r"(?:power|electricity|heating|heat|water|gas)(?: supply| supplies)? (?:was|were|is|ha[sd](?: also| now| since| already)? been|have(?: also| now| since| already)? been) (?:\w+ )?(?:cut|restored|lost|off|out)\b|"
    # "33 apartment blocks and a school remain unheated", "12 blocks face heat supply problems", "two
    # boilers of the thermal power plant went out of service": heating lost
    r"\b(?:remain(?:s|ed)?|left|leaving|leaves|were|was|are|is|been|stay(?:s|ed)?|went)\s+(?:\w+\s+)?unheated\b|"
    r"\b(?:electricity|power|water|heat(?:ing)?|gas)\s+supply\s+problems?\b|"
    r"\bboilers?\b[^.;]{0,60}?\b(?:went|were|was|been|are|is|taken)\s+out\s+of\s+(?:service|operation|order)\b|"
    # "61,000 of its customers were still waiting for crews": a utility's customers in the dark
    r"\b(?:customers|homes|households|residents)\s+(?:were|are|remained|remain)\s+(?:still\s+)?waiting\s+for\s+"
    r"(?:(?:repair\s+)?crews|repairs|power|electricity|the lights|restoration)\b|"
    # ("31,558 households were waiting for their water supply to resume", "100 households waiting to resume water supply")
    r"\b(?:customers|homes|households|residents|users|families)\s+(?:(?:were|are|remained|remain)\s+)?(?:still\s+)?waiting\s+"
    r"(?:for\s+(?:their\s+|the\s+)?(?:water|power|electricity|gas|heating|heat)(?:\s+supply)?\s+to\s+(?:resume|return|be\s+restored)|"
    r"to\s+(?:resume|have)\s+(?:their\s+)?(?:water|power|electricity|gas|heating)(?:\s+supply)?(?:\s+restored)?)\b",
    re.I,
)
_STRIKE = re.compile(
    r"\b(?:air ?strikes?|strikes?|struck|striking|came under (?:fire|attack|shelling)|fired (?:at|on|upon)|opened fire on|attack(?:s|ed|ing)?|shell(?:ing|ed|s)|bomb(?:ings?|ed|s|ardments?|arded)?|blitz(?:es)?|onslaught|rocketed|"
    r"missiles?|(?<!operates a )(?<!operating a )(?<!operated a )(?<!flying a )(?<!flies a )drones?(?!\s+(?:drones?\s+)?(?:racing|race|races|show|shows|light\s+show|competition|delivery|deliveries|pilots?\s+(?:school|licen[cs]e)))|rockets?|projectiles?|artillery|explosions?|explosives|(?:improvised\s+)?explosive\s+devices?|(?-i:IEDs?)|blasts?|shot at|gunfire|"
    r"hit by|(?:was|were|been|being) hit|targeted|barrage|assault|raid(?:s|ed)?|kamikaze|shahed|blew up|blown up|blowing up|"
    # "Boko Haram blew off a transmission tower": what was blown off, named next
    r"(?:blew|blown|blowing)\s+off\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:towers?|pylons?|poles?|lines?|transformers?|substations?|pipelines?|bridges?)\b|"
    # "Unidentified men destroyed four power transmission towers", "militants damaged a pylon": attackers that wreck infrastructure
    # ("Taliban fighters damaged pylons")
    # ("Russian forces destroyed the Kakhovka Dam")
    r"\b(?:militants|insurgents|gunmen|rebels|terrorists|saboteurs|attackers|fighters|guerrillas|bandits|(?:unidentified|unknown|armed|masked)\s+(?:men|assailants|persons|people|individuals|attackers)|"
    r"(?:forces|troops|army|occupiers|invaders)(?=\s+(?:\w+\s+){0,2}?(?:destroyed|blew)))"
    r"\s+(?:\w+\s+){0,2}?(?:destroyed|damaged|torched|toppled|severed|set\s+(?:fire\s+to|ablaze))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:towers?|pylons?|poles?|lines?|transformers?|substations?|pipelines?|stations?|plants?|cables?|grid|infrastructure|facilit(?:y|ies)|dams?|bridges?)\b|"
    # ("A UAV fragment had earlier fallen on the territory of the kindergarten in X": the attack's debris hit there)
    r"\b(?:UAV|drone|missile|rocket)\s+(?:fragments?|debris|wreckage)\b[^.;]{0,30}?\b(?:fell|fallen|landed|crashed)\s+(?:on|onto|into)\b|"
    r"\b(?:fragments?|debris|wreckage)\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:UAV|drone|missile|rocket)s?\b[^.;]{0,30}?\b(?:fell|fallen|landed|crashed)\s+(?:on|onto|into)\b|"
    # ("Authorities in Sumy region reported hits on the energy sector")
    r"hits\s+on\s+(?:the\s+|its\s+|an?\s+)?(?:\w+\s+){0,2}?(?:energy|power|infrastructure|grid|facilit\w+|substations?|plants?)|"
    # "Among the targets was Ukraine's largest dam"
    r"among the targets|targets included|"
    # "groups of armed men stormed a power plant and four substations in X", "gunmen raided a substation"
    r"(?:armed men|gunmen|gangs|attackers|assailants|militants|fighters|insurgents|bandits)\s+(?:\w+\s+){0,2}?(?:stormed|overran|raided|looted)\b|"
    # "People set fire to a power station to protest power cuts"
    r"set fire to (?=(?:\w+\s+){0,3}(?:power stations?|substations?|power plants?|transformers?|power lines?|pylons?))|torched|"
    # "Another substation was set on fire in Gorakhpur"
    r"(?<=substation )(?:was|were)\s+set\s+(?:on\s+)?fire|(?<=substations )(?:was|were)\s+set\s+(?:on\s+)?fire|"
    # a cyberattack on infrastructure is sabotage
    r"cyber-?\s?attacks?|cyber-?\s?attacked|hacker attacks?|ransomware attacks?|"
    # ("hackers turned off the heating in 600 apartment buildings in Lviv": a utility's controls sabotaged)
    r"\b(?:hackers|saboteurs)\s+(?:\w+\s+)?(?:turned\s+off|shut\s+(?:off|down)|cut\s+off|disabled|knocked\s+out|sabotaged)\b|"
    # ("the power grid in two western oblasts of Ukraine was hacked")
    r"(?<=\bgrid\s)(?:in\s+[^.;,]{1,60}?\s+)?(?:was|were|had\s+been|has\s+been)\s+hacked|(?:was|were|had\s+been|has\s+been)\s+hacked(?=,?\s+(?:which|causing|leaving|cutting))|"
    # vandalism of the grid is sabotage ("Vandals destroyed three transmission towers")
    r"vandals|vandali[sz]ed|vandali[sz]ing|vandalism)\b|"
    # sabotage of things, not of talks
    r"\bsabotag\w*(?=\s+(?:\w+\s+){0,3}(?:pipelines?|lines?|substations?|cables?|rail\w*|grid|plants?|stations?|facilit\w+|infrastructure|dams?|towers?))|"
    # ("27 power transmission towers were sabotaged in the provinces of A, B and C", "Terrorist acts targeting power lines in X")
    r"\b(?:towers?|pylons?|lines?|substations?|pipelines?|cables?|transformers?)\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?sabotaged\b|"
    r"\bterrorist\s+acts?\b|\bacts?\s+of\s+(?:terror|terrorism|sabotage)\b|"
    # arson of the grid is sabotage ("the power cut was due to arson, with two high-voltage pylons having caught fire",
    # "following the arson of high-voltage transmission poles")
    r"\barson\b(?=[^.;]{0,80}?\b(?:pylons?|poles?|cables?|substations?|power\s+lines?|masts?|transformers?|transmission\s+towers?)\b)",
    re.I,
)
# Words that are strikes only when no weather is around: "a storm struck", "lightning hit".
_AMBIGUOUS_STRIKE = re.compile(r"^(?:strikes?|struck|striking|hit by|(?:was|were|been|being) hit|attack(?:s|ed|ing)?|assault|blasts?|explosions?|barrage|targeted|onslaught)$", re.I)
_WEATHER = re.compile(r"\b(?:storms?|ice|icing|snow\w*|blizzard|hurricane|typhoon|cyclone|tornado|winds?|flood\w*|(?:earth)?quakes?|tremors?|aftershocks?|heat ?wave|lightning|freezing rain|wildfires?|bushfires?|forest fires?|cold wave|weather)\b", re.I)
# "strike" words that are not attacks
_NOT_STRIKE = re.compile(r"\b(?:often|usually|typically|routinely|commonly|regularly)\s+(?:\w+\s+){0,2}?(?:during|in|amid)\s+(?:\w+\s+)?(?:attacks|strikes|raids)\b|"  # ("a measure often taken during drone attacks")
                         # ("The drone strikes come as Sudanese authorities work to ... reopen Khartoum International Airport": the
                         # attacks told before, set against what else is going on)
                         r"\b(?:attacks|strikes|raids|bombings)\s+(?:come|came|comes)\s+(?:as|amid|after|just|days|weeks|hours|a\s+day)\b|"
                         # ("Houthi rebels, engaged in attacks targeting Israel in relation to the war in Gaza": a campaign, no attack told)
                         r"\bengaged\s+in\s+(?:\w+\s+)?(?:attacks|strikes|raids|shelling)\b|"
                         # ("Two more drones went to Belarus": where a drone strayed, nothing hit)
                         r"\b(?:drones?|UAVs?|missiles?)\s+(?:\w+\s+)?(?:went|headed|veered|strayed|drifted|flew\s+off)\s+(?:off\s+)?(?:in)?to(?:wards?)?\s+(?:the\s+)?(?:territory\s+of\s+)?(?-i:[A-Z])|"
                         r"\bstruck\s+a\s+match\b|"  # ("a resident struck a match to light a stove")
                         # ("leading the authorities to ask police and security forces to raid the party's headquarters": a search)
                         r"\b(?:police|policemen|officers|security\s+forces|investigators|agents)\b[^.;]{0,25}?\bto\s+raid\b|\bpolice\s+raid(?:s|ed)?\b|"
                         # ("The strikes come in response to a series of attacks by the Houthis": the cause cited, not an attack told)
                         r"^\W*(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids)\s+(?:come|came|were|are)\s+(?:\w+\s+)?in\s+(?:response|retaliation|reply)\b|"
                         r"\bin\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?:a\s+series\s+of\s+|repeated\s+|recent\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks|strikes)\b|"
                         # ("the Houthis, who have been firing drones and missiles at Israel": a campaign, no attack told)
                         r"\b(?:have|has)\s+been\s+(?:firing|launching|lobbing|sending)\s+(?:[\w-]+\s+){0,4}?(?:at|towards?|into)\b|"
                         # ("angry residents fought and attacked shops that rationed mineral water": a scuffle, no strike)
                         r"\b(?:residents|protesters|demonstrators|crowds?|mobs?|looters|rioters|people|customers)\s+(?:\w+\s+){0,3}?(?:attacked|stormed|looted|ransacked)\s+(?:\w+\s+){0,2}?(?:shops?|stores?|offices?|buildings?)\b|"
                         # ("a rocket element fell in Moldova, near the city of Brychany ... They did not find explosive
                         # substances": a piece that fell, nothing attacked)
                         r"\b(?:rocket|missile|drone)\s+(?:elements?|fragments?|parts?|pieces?|wreckage|remains)\s+(?:\w+\s+)?(?:fell|fallen|landed|was\s+found|were\s+found|found)\b|"
                         # ("Airports in the cities of Kazan and Kirov grounded all flights over the threat of drones")
                         r"\b(?:threat|danger|risk)\s+of\s+(?:\w+\s+)?(?:drones?|missiles?|attacks?|strikes?|air\s+raids?|shelling)\b|"
                         r"\b(?:after|before|since|following)\s+(?:the\s+|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day)[A-Z][\w-]*[’']s\s+)(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombing)\b|\b(?:shot down|brought down|intercepted|downed|repelled|destroyed|neutrali[sz]ed)\s+(?:[\w,]+\s+){0,4}?(?:drones?|missiles?|rockets?|shaheds?)\b|"
                         # "In Ukraine, Russian missiles and drones are aimed at energy infrastructure to force people to
                         # freeze": what a campaign targets in general, no attack told
                         r"\b(?:are|is)\s+(?:being\s+)?aimed\s+at\b|"
                         # "killed in Ghent after being hit by branches": a falling tree, not an attack
                         r"\b(?:hit|struck|killed|crushed)\s+by\s+(?:an?\s+|the\s+)?(?:falling\s+|fallen\s+|flying\s+)?(?:branch(?:es)?|trees?|lightning|waves?|cars?|vehicles?|trucks?|buses|bus|trains?)\b|"
                         # "renewing his call for a protection zone to prevent shelling near the facility": a purpose
                         r"\bto\s+(?:prevent|avoid|stop|deter|halt|end|protect\s+\w+\s+from)\s+(?:further\s+|more\s+|the\s+|any\s+)?(?:shelling|attacks?|strikes?|bombing|bombardment)\b|"
                         # "In response to Pakistani attacks, authorities enforced blackouts": the reason, elsewhere
                         r"\bin\s+(?:response|retaliation|reply)\s+to\s+(?:[\w’'-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombing)\b|"
                         # "officials reported attempts to strike the Kashira Power Plant; however, no damage"
                         r"\b(?:attempts?|attempted|tried|trying)\s+to\s+(?:strike|attack|hit|target)\b|"
                         # "due to the threat of missile attacks by Russia on western Ukraine, Poland raised readiness"
                         r"\bthreats?\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\b|"
                         # "as India thwarts second wave of Pakistan drone attacks": attacks that failed
                         # ("bomb experts deactivated the explosives planted on a stretch of the pipeline": nothing went off)
                         r"\b(?:deactivat\w*|defus\w*|disarm\w*|dismantl\w*)\s+(?:[\w’'-]+\s+){0,3}?(?:explosives?|charges?|bombs?|(?:explosive\s+)?devices?|IEDs?|mines?)\b|"
                         r"\bbomb\s+(?:experts?|squads?|disposal|technicians?)\b|"
                         r"\b(?:thwart\w*|foil\w*|repuls\w*|repel\w*)\s+(?:[\w’'-]+\s+){0,5}?(?:attacks?|strikes?)\b|\b(?:attacks?|strikes?)\s+(?:[\w’'-]+\s+){0,4}?(?:were|was)\s+(?:\w+ly\s+)?(?:thwarted|foiled|repulsed|repelled)\b|"
                         # "Pakistani drones are being engaged in Jammu": air defence at work; "the sound of explosions"
                         r"\b(?:drones?|missiles?|rockets?|UAVs?)\s+(?:are|were|was|is)\s+(?:being\s+)?engaged\b|\bsounds?\s+of\s+(?:\w+\s+){0,3}?(?:explosions?|blasts?)\b|\b(?:drones?|missiles?|rockets?|shaheds?|UAVs?)\s+(?:were|was|had been|have been|being)\s+(?:all\s+|also\s+)?[\x22“]?(?:shot down|brought down|intercepted|downed|repelled|destroyed|neutrali[sz]ed|thwarted)\b(?![^.;]{0,40}\b(?:but|while|though|although)\b[^.;]{0,40}\b(?:hit|struck|fell|damaged|exploded)\b)|\b(?:hear|heard|hearing|hears|reported|reporting)\s+(?:\w+\s+){0,4}(?:explosions?|blasts?)|\b(?:explosions?|blasts?)\s+(?:were|was)\s+(?:also\s+)?heard\b|\b(?:trying|working|attempting)\s+to\s+(?:shoot down|intercept|repel)\s+(?:\w+\s+){0,2}?(?:drones?|missiles?|rockets?)\b|\b(?:hunger|labou?r|general|workers?['’]?|lightning|lighting|storm|storms?|blackout|outage|quake|earthquake|ice|failure|breakdown|collapse|fault|malfunction)\s+(?:strikes?|struck)|\bstruck\s+(?:a deal|an agreement|down)|\bstrike (?:a|the) (?:deal|balance)|outage that struck|blackout that struck|(?:heart|panic|asthma) attacks?|\bair[- ]raid\s+(?:alerts?|alarms?|sirens?|warnings?|shelters?)|\bair[- ]raid\s+(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:announced|declared|issued|sounded|in effect)|(?:missiles?|drones?|rockets?) (?:\w+ )?(?:crossed|entered|violated) (?:its |the |their )?airspace|\b(?:suppl(?:y|ying|ied|ies)|provid(?:e|ing|ed)|sell(?:ing|s)?|sold|deliver(?:ing|ed|s)?|transfer(?:ring|red)?|export(?:ing|ed)?|manufactur(?:e|ing|ed)|produc(?:e|ing|ed)|buy(?:ing)?|bought|acquir(?:e|ing|ed))\s+(?:\w+\s+){0,3}?(?:drones?|missiles?|rockets?|weapons|munitions)", re.I)
# a strike of workers ("strikes begun last week by telecoms sector employees", "their own strike
# action", "Strikers are demanding") and an accident ("natural gas fires and explosions") are no attacks
_LABOUR_STRIKE = re.compile(
    r"\bstrikes?\s+(?:\w+\s+){0,4}?by\s+(?:[\w-]+\s+){0,4}?(?:employees|workers|staff|unions?|teachers|doctors|nurses|drivers|miners|dockers)\b|"
    r"\b(?:employees|workers|staff|unions?|teachers|doctors|nurses|drivers|miners|dockers)['’]?\s+(?:\w+\s+){0,3}?strikes?\b|"
    r"\bstrike\s+action\b|\bon\s+strike\b|\bstrikers\b|\bindustrial\s+action\b", re.I)
_ACCIDENT = re.compile(r"\b(?:natural\s+)?gas(?:[- ]leak)?\s+(?:(?:fires?|leaks?)\s+and\s+)?(?:explosions?|blasts?)\b", re.I)
# Negation of the whole clause: "No outages were reported in X", "X was spared".
_NEGATION = re.compile(
    # (not "Thermal Power Plant No. 5 and damaged ...": a number; not "killed no fewer than two": a bound;
    # "adding that there were no casualties" says the attack hurt no one, not that there was none)
    # (but "encountered unplanned power outages despite not being scheduled for cuts": a concession, the outage real;
    # "the metro is still not running due to a blackout": what the outage stopped)
    # (nor "had no electricity after Ukrainian shelling damaged high-voltage infrastructure": a service lost, the damage told)
    r"(?<!\bdespite\s)\b(?:no(?!\.?\s*\d)(?!\s+(?:fewer|less|more)\s+than)(?!\s+(?:electricity|power|heat|heating|running\s+water|water|gas)\s+"
    r"(?:after|following|because|due|since|as\s+a\s+result)\b)|not(?!\s+(?:fewer|less|more)\s+than)(?!(?:\W+\w+){0,2}?\W+(?:due\s+to|because\s+of|owing\s+to|amid|caused\s+by)\b)|never|without any|none|neither|nor)\b(?:\W+\w+){0,4}?\W+(?:outages?|blackouts?|damage|affected|disruptions?|cuts?|strikes?|attacks?|hit|interrupted|disrupted|(?:power|electricity|water|gas|heat(?:ing)?|supply)\s+loss(?:es)?)|"
    # (but "the quake spared neither city dwellers nor ...", "no town was spared": it hit them all)
    r"\b(?<!not\s)(?<!wasn[’']t\s)(?<!weren[’']t\s)(?:spared|avoided|unaffected)\b(?!\s+(?:neither|no\b|nobody|none|no\s+one))|"
    # ("power outages were not very common", "they are rarely interrupted in winter": how often, told in general)
    r"\b(?:outages?|blackouts?|power\s+cuts?|interruptions?)\s+(?:were|are|was|is)\s+(?:not\s+(?:very\s+|that\s+|so\s+)?(?:common|frequent)|(?:rare|uncommon|infrequent))\b|"
    r"\b(?:are|were|is|was)\s+(?:rarely|seldom)\s+(?:interrupted|cut|disrupted|off)\b|\bunusual\s+to\s+have\b|"
    # "the boil-water advisory no longer included Buckhead": the place is out of it now
    r"\bno\s+longer\s+(?:included|includes|include|covers|covered|applies\s+to|applied\s+to|affects|affected)\b",
    re.I,
)
# Unreal or negated just before a cue: "had not cut power", "could affect", "warned of blackouts".
_UNREAL_BEFORE = re.compile(
    # (not "it wasn't just the immediate blackout affecting 530,000 homes that raised alarm": not only, so it was)
    r"\b(?:did not|didn't|was not|were not|wasn't|weren't|has not|have not|had not|hasn't|haven't|hadn't)(?!\s+(?:just|only|merely|simply)\b)|\b(?:"
    # (not "25 neighborhoods would remain without water in the short term": without it now, and for some time yet)
    r"would(?!\s+(?:still\s+)?(?:remain|stay)\b)|could|should|threat\w* to|fears?|fearing|feared|risk|warn\w*|plans? to|planned|planning|prepar\w*|"
    # ("it will undertake interruptions in power supply to interconnect load": cuts to come)
    r"will\s+(?:undertake|carry\s+out|implement|conduct|impose|introduce)|"
    # ("Juba braces for power shutdown": what is to come; "will experience" is in _live)
    r"(?:braces?|braced|bracing)\s+(?:itself\s+|themselves\s+)?for|"
    # ("Power outages can occur in Laos due to various reasons": what may happen, told in general)
    r"can\s+(?:also\s+|sometimes\s+|often\s+|still\s+)?(?:occur|happen|lead\s+to|result\s+in|cause|damage|disrupt)|"
    # ("the flat was prone to water outages": a liability, told in general)
    r"(?:(?:was|were|is|are|remains?|remained|be)\s+)?(?:prone|susceptible)\s+to|"
    # ("What happens when it's -40 C outside and the heat goes off?": a case put, not one that happened)
    r"what\s+(?:happens|would\s+happen|will\s+happen|could\s+happen)\s+(?:when|if)|"
    r"consider\w*|possible|possibly|potential|potentially|alleged|allegedly|purported|purportedly|if|unless|expected to|likely to|in case of|avoid\w*|den(?:y|ies|ied|ying)|"
    # "Germany remains on high alert for sabotage of critical infrastructure"
    # ("we came uncomfortably close to triggering a blackout": one that did not happen)
    r"close\s+to\s+(?:triggering|causing|sparking|a)|"
    r"alert for|on (?:high |heightened )?alert|guard against|protect\w* (?:\w+ )?against|(?:is|are|was|were)\s+set\s+to|escap(?:ed|es)|spared|necessary\s+to|avert\w*|stav(?:e|ed|es|ing)\s+off|stop(?:ped|s)?\s+short\s+of)\b|(?-i:\b(?:may|might)\b)|"
    # ("PG&E to shut off power in Napa, Sonoma counties", "Eskom to cut power": a headline's infinitive, what is to come)
    # (not "According to telecom operators, internet access was disrupted": a source)
    # (but "Efforts to restore power to Svishtov continued": the work goes on, the outage is real)
    r"(?-i:(?<![\w&])(?!(?:According|Thanks|Due|Owing|Next|Prior|Compared|Similar|Up|Efforts|Attempts|Work|Works|Race|Bid|Struggle)\b)[A-Z][\w&.’'-]*\s+to\s+$)",
    re.I,
)


_WILL_BE_CUT = re.compile(r"\b(?:will|shall)\s+(?:also\s+|then\s+|again\s+|only\s+)?be\s+(?:temporarily\s+|partially\s+|completely\s+|fully\s+)?"
                          r"(?:cut|suspended|interrupted|switched\s+off|turned\s+off|shut\s+(?:off|down)|disconnected|halted|stopped|de-?energi[sz]ed)\b", re.I)
_WILL_UNDERGO = re.compile(r"\bwill\s+(?:also\s+)?(?:experience|face|suffer|undergo|go\s+into)\s+(?:[\w-]+\s+){0,3}$", re.I)


@lru_cache(maxsize=4096)
def _planned_affecting(s: str, x: re.Match) -> bool:
    """Whether cue ``x`` is told as "planned <cuts> affecting" places."""
    return bool(re.search(r"\bplanned $", s[max(0, x.start() - 12) : x.start()]) and re.match(r"\s+affecting\b", s[x.end() :]))


_SUSPECTED_CAUSE = re.compile(r"\b(?:vandalism|sabotage|arson|foul\s+play|an?\s+(?:deliberate\s+)?attack)\s+(?:or\s+(?:vandalism|sabotage|arson|foul\s+play)\s+)?"
                              r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+|not\s+)?(?:suspected|blamed|ruled\s+out|being\s+investigated)\b", re.I)
_RESTORATION_TABLE_HEAD = re.compile(r"\b(?:estimated\s+)?restoration\s+(?:times?|dates?|estimates?)\s+(?:for|by|in)\s+(?:the\s+)?(?:affected\s+|impacted\s+)?"
                                     r"(communities|areas|parishes|counties|regions|districts|towns|cities|municipalities|neighbou?rhoods)\b", re.I)
_UNIT_OF_PLURAL = {"parishes": "parish", "counties": "county", "districts": "district", "municipalities": "municipality"}
_RESTORATION_ROW = re.compile(r"^\W*(?P<name>(?-i:[A-Z])[\w.’'-]*(?:\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*){0,3})(?:\s*[-–]\s*(?-i:[A-Z])[\w ]{1,20}?)?(?:\s*\([^)\n]{1,80}\))?"
                              r"\s*[:,–-]?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")


# the head of a list or table of outage counts by place ("reported the largest outages in:", "The following table lists the
# major outages by state as reported:", "Customers without power by county:")
_COUNT_TABLE_HEAD = re.compile(r"(?:\b(?:outages?|without\s+power|without\s+electricity|(?P<unit>customers|outages))\b[^:\n]{0,60}:\s*$)|"
                               r"\btable\b[^.:\n]{0,60}\boutages?\s+by\s+(?:state|county|parish|province|region|district|area)\b", re.I)
# a row of it: "- Tennessee: 308,000+ customers", "| Tennessee | 138,099 |", "Texas 18,662"
_COUNT_ROW = re.compile(r"^[ \t]*(?:[-*•–|][ \t]*)?(?P<name>(?-i:[A-Z])[\w.’'-]*(?:[ \t]+(?-i:[A-Z])[\w.’'-]*){0,3})[ \t]*[:|–-]?[ \t]*"
                        r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<plus>\+)?[ \t]*(?P<unit>customers|homes|households|outages|people|residents|consumers)?"
                        r"[ \t]*\|?[ \t]*$")
# a table's rule or column heads ("| State | Outages |\n|---|---|"): the table goes on
_COUNT_TABLE_RULE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*(?:\n[ \t]*\|[-:| \t]+\|[ \t]*)?$")


def _restoration_row_place(name, unit, text, sent, sm, mentions, places, gz) -> Place | None:
    """The place a row of a restoration table names: with the table's unit word ("St. Bernard" under "PARISH" is St.
    Bernard Parish, in the state the text names), else the row's first mention as resolved."""
    if unit and gz is not None:
        cands = [c for c in gz.lookup(normalize(f"{name} {unit}")) if c.kind == "region"]
        named = [c for c in cands if c.admin1 and re.search(rf"\b{re.escape(c.admin1)}\b", text)]
        pick = named[0] if len(named) == 1 else cands[0] if len(cands) == 1 else None
        if pick is not None:
            return _entry_place(pick, 0.7)
    j = next((j for j in sm if places[j] is not None and mentions[j].start == sent.start + len(sent.text) - len(sent.text.lstrip())), None)
    return places[j] if j is not None else None


_SABOTAGE_TOLD = re.compile(r"\b(?:sabotage[ds]?|saboteurs?|vandal(?:s|ism|i[sz]ed)|malicious\s+acts?|deliberately\s+(?:cut|severed|damaged))\b", re.I)
_CABLES_CUT_IN = re.compile(r"\b(?:underground\s+|fib(?:er|re)(?:[- ]optic)?\s+|telecom\w*\s+|internet\s+|power\s+|electricity\s+)?cables?\s+(?:were|was|had\s+been|have\s+been)\s+"
                            r"(?:deliberately\s+)?(?:cut|severed|sabotaged)\s+(?:overnight\s+)?(?:in|at|near)\s+", re.I)
_FIBRE_TOLD = re.compile(r"\bfib(?:er|re)|\binternet\b|\btelecom", re.I)
# A sentence that tells one event, with its count or its day ("knocked out service to 177 customers Monday"; not "Mass
# power cuts are now the rule")
_TOLD_AS_ONE_EVENT = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\bovernight\b|\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b", re.I)


def _past_a_relative_clause(window: str) -> str:
    """The part of a cue's window after a relative clause closed before the cue: "The attack, which did not result in
    casualties, caused a disruption in the water supply" (the clause's "not" is no negation of the disruption)."""
    closed = None
    for closed in re.finditer(r",\s*(?:which|who)\b[^,;]*,", window):
        pass
    return window[closed.end() :] if closed else window


def _live(pattern: re.Pattern, s: str) -> list[re.Match]:
    """Cue matches in ``s`` not made unreal by a word in the 60 characters before them (cached:
    a sentence is asked once per place it names). Callers must not change the list."""
    # ("suspended electricity exports to Ecuador", "the plants cut output": a trade or a plant's
    # production, not a supply lost)
    # (but "detailed planned power cuts affecting densely populated areas such as Hawalli": cuts in place, told with the
    # places they affect, so the window stops before "planned")
    return [x for x in _cue_matches(pattern, s)
            if not _unreal_before(_past_a_relative_clause(s[max(0, x.start() - 60) : x.start() - (8 if _planned_affecting(s, x) else 0)]), x.group(0))
            # ("the next step will be cutting the water and electricity, and opening the gates of hell on
            # Gaza with a ... strike": a threat, all of it)
            and not _NEXT_STEP.search(s, 0, x.start())
            # ("Internet service will be suspended for three hours daily", "Power will be cut in Lviv on Monday": to come)
            and not _WILL_BE_CUT.search(s, max(0, x.start() - 30), x.end())
            # ("Juba will experience a total power cut on Monday": to come, told with its day; but "customers will experience
            # an interruption in power supply while our team works to restore service": going on)
            and not (_WILL_UNDERGO.search(s, max(0, x.start() - 50), x.start())
                     and re.match(r"[^.;]{0,30}?\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\s+\w+|this\s+(?:weekend|week|evening|"
                                  r"afternoon|morning|night)|from\s+\d)", s[x.end() :], re.I))
            # ("Water Supply Disruptions Possible Again in Kherson": what may come)
            and not (pattern is _OUTAGE and re.match(r"\s+(?:(?:are|is|were|was)\s+)?(?:possible|likely|feared|looming)\b", s[x.end() :], re.I))
            # (but "an 80% collapse in electricity production across the Kurdistan Region" is the supply lost)
            and not (pattern is _OUTAGE and re.match(r"\s+(?:its\s+|their\s+)?(?:exports?|imports?|sales|output|production)\b", s[x.end() :])
                     and not re.match(r"collapse\s+(?:of|in)\b", x.group(0), re.I))
            # ("Calgary will be put at increased risk of insufficient water to fight fires, low water pressure and ...
            # system failure resulting in no water": every item of the risks listed is to come)
            and not (pattern is _OUTAGE and _AT_RISK_OF_LIST.search(s, max(0, x.start() - 200), x.start()))
            # ("the system suddenly lost 25 million cubic feet of gas": a volume gone from a network, no one's supply)
            and not (pattern is _OUTAGE and _VOLUME_LOST.match(x.group(0)))
            # ("without supply" says what was lost only beside a service: "halting gas production and leaving ...")
            and not (pattern is _OUTAGE and re.fullmatch(r"without\s+supply", x.group(0), re.I) and not _services_in(s))
            # ("gas production facilities in the Poltava region were shut down": a producer's plant, not a supply cut)
            and not (pattern is _OUTAGE and re.search(r"\b(?:production|extraction|processing|drilling)\s+(?:facilities|sites|units?|plants?)\b[^.;]{0,60}"
                                                      r"\b(?:shut|suspend|halt|stop)\w*(?:\s+down)?$", s[max(0, x.start() - 80) : x.end()], re.I))
            # ("attacks aim to cut Ukrainians' gas and heat", "aimed solely at ... disrupting the heating season": a purpose)
            and not (pattern is _OUTAGE and re.search(r"\b(?:aim(?:s|ed|ing)?|intended|designed|seeks?|sought)\s+(?:\w+\s+){0,2}?(?:to|at)\s+(?:[\w’'-]+\s+){0,5}?$",
                                                      s[max(0, x.start() - 60) : x.start()]))
            # ("cutting off the necessary water flow for cooling the stations": a plant's process water)
            and not (pattern is _OUTAGE and re.match(r"[^.;]{0,30}?\bwater\s+(?:flow|intake)?\s*(?:for|to)\s+(?:the\s+)?(?:cool\w*|(?:power\s+)?(?:stations?|plants?|reactors?|turbines?))\b",
                                                     s[x.start() :]))
            # ("power outage schedules will apply on Tuesday", "blackouts are expected in X if ...": not yet)
            # (and 'issued the "Public Safety Power Shutoff" warning': the notice's name closed by a quote)
            and not (pattern is _OUTAGE and _TO_COME_AFTER.match(s, x.end() + (s[x.end() : x.end() + 1] in ("\"", "”", "’", "'"))))
            # ("Brown-outs and black-outs cannot be ruled out in Honduras": a possibility)
            and not (pattern is _OUTAGE and _NOT_RULED_OUT.match(s, x.end()))
            # ("On Sunday, August 12, Alberttown and Kingston will be without electricity for two hours": a notice of cuts
            # to come, not a restoration)
            and not (pattern is _OUTAGE and _WILL_GO_WITHOUT.search(s, max(0, x.start() - 60), x.start()) and not _RESTORED.search(x.group(0)))]


_AT_RISK_OF_LIST = re.compile(r"\bat\s+(?:(?:an?\s+)?(?:increased|higher|greater|high|serious|grave)\s+)?risk\s+of\s+"
                              r"(?:(?!\b(?:after|since|because|as|following|amid|due|when|while|now|already|and\s+(?:has|have|had|is|are|was|were))\b)[^.;:!?])*$", re.I)
_VOLUME_LOST = re.compile(r"(?:lost|losing|loses|loss\s+of)\s+(?:about\s+|some\s+|nearly\s+|over\s+|around\s+|almost\s+)?[\d.,]+\s*(?:million\s+|billion\s+|thousand\s+)?"
                          r"(?:cubic|mmcfd|mmscfd|mcm|bcm|barrels|litres|liters|gallons|tonnes|tons)\b", re.I)
_NOT_RULED_OUT = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:cannot|can[’']t|could\s+not|couldn[’']t)\s+be\s+(?:ruled\s+out|excluded)\b", re.I)
# (not "customers in parts of Georgetown will experience an interruption" while the disruption lasts, nor "parts of Accra
# will face irregular supply, starting today": the notice's own day)
_WILL_GO_WITHOUT = re.compile(r"\bwill\s+(?:also\s+)?be\s+$|"
                              # ("states further south will be included in the rotating blackouts, including Puebla")
                              r"\bwill\s+(?:also\s+)?be\s+(?:included|added)\s+(?:in|to)\s+(?:the\s+)?(?:[\w-]+\s+)?$")


def _cue_matches(pattern: re.Pattern, s: str) -> list[re.Match]:
    """The pattern's matches in ``s``, except one that starts at the service word of a company's name
    ("Pacific Gas and Electric said ... it's necessary to turn off power"): the search goes on past that word,
    so a cue inside the span it would have taken ("Tupelo Water & Light said outages affected") is still found."""
    out, pos = [], 0
    while (x := pattern.search(s, pos)) is not None:
        if pattern is _OUTAGE and (w := _COMPANY_WORD.match(x.group(0))) and _COMPANY_BEFORE.search(s[max(0, x.start() - 30) : x.start()]):
            pos = x.start() + w.end()
            continue
        out.append(x)
        pos = max(x.end(), x.start() + 1)
    return out


_COMPANY_WORD = re.compile(r"(?:Gas|Water|Power|Electric|Electricity|Energy)\b")
_COMPANY_BEFORE = re.compile(r"(?<![\w&.’'-])(?!(?:The|A|An|Of|In|On|At|For|And|To|From|With|By|After|Amid|As)\s)[A-Z][\w&.’'-]*\s+$")


def _unreal_before(window: str, cue: str = "") -> bool:
    """An unreal or negated word governs what follows it, up to another verb of the same subject
    ("claim they have not seen water tanks and have been without water for days": real). A warning that
    something has happened tells it as done ("warned that all the plants in the north have also shut down":
    ``cue`` is the cue's own text)."""
    last = None
    for last in _UNREAL_BEFORE.finditer(window):
        pass
    if last is not None and last.group(0).lower().startswith("warn") and re.match(r"\s+that\s", window[last.end() :]) and re.search(
            r"\b(?:has|have|had)\s+(?:also\s+|already\s+|now\s+|all\s+)?(?:been\s+)?(?:\w+ed|shut|cut|gone|run)\b", window[last.end() :] + cue):
        return False
    return last is not None and not re.search(r"\b(?:and|but)\s+(?:have|has|had|were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+)?(?:been\s+)?|"
                                              # ("warnings from police in Toronto, who reported connection problems")
                                              r",\s*(?:who|which)\s+(?:also\s+)?(?:reported|confirmed|experienced|saw|suffered)\b|"
                                              # ("schools would move online due to the utility outages": the cause is real)
                                              r"\b(?:due to|because of|owing to|amid|in view of)\s+(?:the\s+|ongoing\s+|these\s+)*(?:[\w-]+\s+)?$|"
                                              # ("it may be several days until power is restored to remote customers": out now)
                                              r"\b(?:days|weeks|hours|time)\s+(?:before|until)\s+$|"
                                              # ("a cyber-attack may have caused a power outage": the cause is supposed, the outage real)
                                              r"^\s+(?:also\s+)?have\s+(?:caused|triggered|led\s+to|sparked|resulted\s+in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                                              window[last.end() :])


_NEXT_STEP = re.compile(r"\b(?:the\s+)?next\s+steps?\s+(?:will|would|could|is|are)\s+(?:be\s+)?", re.I)
_TO_COME_AFTER = re.compile(r"\s+(?:schedules?\s+|plans?\s+|supply\s+|supplies\s+)?(?:will|would|could|may|might)\s+(?:(?:also|then|likely|soon)\s+)?(?:apply|be\s+(?:applied|introduced|imposed)|come|follow|hit|occur|resume|impact|affect)\b|"
                            # ("an extended power blackout, which would bring the island and economy to a standstill, could possibly
                            # happen": a risk)
                            r"(?:\s*,\s*which\s+[^,.;]{0,100},)?\s+(?:could|may|might)\s+(?:(?:possibly|potentially|well|also|even)\s+)?(?:happen|occur)\b|"
                            # ("Power outages can occur in Laos due to various reasons": what may happen, told in general)
                            r"\s+can\s+(?:also\s+|sometimes\s+|often\s+)?(?:occur|happen)\b|"
                            # ("Electricity Cuts to Affect Costa Rica Next Week": a headline's infinitive, what is to come)
                            r"\s+to\s+(?:affect|hit|impact|begin|start|resume|return)\b|"
                            # ("the electricity cuts that will be carried out in different parts of the country")
                            r"\s+(?:that|which)\s+(?:will|would|are\s+to|is\s+to)\s+(?:also\s+)?(?:be\s+)?(?:carried\s+out|implemented|applied|introduced|imposed|enforced|made|"
                            r"take\s+place|begin|start|last)\b|"
                            # ("Rolling blackouts will not be enacted Monday night")
                            r"\s+(?:will|would)\s+not\s+be\s+(?:enacted|implemented|ordered|imposed|needed|necessary|required|introduced)\b|"
                            # ("Public Safety Power Shutoff notices were sent to 16,000 users", "blackout warnings"): notice of one to come
                            r"\s+(?:notices?|notifications?|warnings?|alerts?|advisories|watch(?:es)?)\b|"
                            # ("Outages expected to occur in cities affected by earthquake")
                            r"\s+(?:expected|likely|forecast|feared)\s+to\s+(?:occur|hit|follow|come|resume|spread)\b|"
                            r"\s+(?:are|is|were|was)\s+(?:also\s+)?(?:expected|likely|possible|forecast|planned|feared)\b", re.I)


_INTERCEPT = re.compile(
    r"\b(?:shot down|shooting down|brought down|intercepted|intercepting|downed|downing|destroyed(?!\s+(?:[\w-]+\s+){0,4}?(?:towers?|pylons?|poles?|lines?|substations?|transformers?|pipelines?|plants?|bridges?)\b)|repelled|neutrali[sz]ed)\b(?:\W+\w+){0,6}?\W+(?:over|above|near|(?<=repelled\sin\s)|(?<=intercepted\sin\s)|(?<=down\sin\s))\s*(?:the\s+)?"
    # ("51 drones were destroyed over occupied Crimea", "over occupied Crimea, and the Black Sea")
    r"(?:(?:temporarily\s+)?(?:occupied|annexed)\s+)?"
    r"(?:[^.;]{0,40}?\b(?:including|such as|among them)\s+(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w-]*\s+)?(?:regions?|oblasts?|provinces?|territories)\s+of\s+)?"
    r"(?:[A-ZА-Я][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:occupied\s+)?)*"  # "over Tver, Kaluga and Oryol"
    r"(?:(?:[A-Z][\w’'-]*\s+){0,2}?(?:Region|Oblast|Province)?\s*,?\s*and\s+(?:another|a further|one more)\s+(?:\w+\s+){0,2}?(?:in|over|above|near)\s+(?:the\s+)?)?$",
    re.I,
)
# (not "Arson Attack Triggers Massive Power Outage": what the attack caused)
_OUTAGE_NOUN_AFTER = re.compile(r"^\s+(?:by\s+)?(?!(?:\w+\s+){0,2}?(?:trigger|caus|leav|left|spark|prompt|knock|plung|result|brought|bring|led)\w*\s)(?:[\w-]+\s+){0,3}?(?:blackouts?|black[- ]outs?|outages?|power cuts?|shortages?|breakdowns?|failures?|collapses?|storms?|snow|ice|floods?|heat|troubles?|problems?|disruptions?|glitch(?:es)?|errors|interruptions?|"
                                # ("Lebanon has been hit by a fuel crisis": what hit was a crisis)
                                r"crisis|crises|crash(?:es)?|recessions?|downturns?|inflation|deficits?|shortfalls?|rationing|load[- ]shedding)\b", re.I)
# Context right before a place that makes it a non-event site.
_NON_EVENT_BEFORE = re.compile(
    # (not "Houthi-held", "Russian-occupied": a hyphen makes the word an adjective of control)
    r"\b(?<![-‐])(?:talks|negotiations|meetings?|summit|conference|ceremony|visit|visited|visiting|travel(?:led|ed)?|flew|arrived|"
    r"signed|hosted|held|met|meet|forum|delegation|embassy|envoys?|headquartered|headquarters|based|born|trained|recruited|radicali[sz]ed|"
    r"speaking|spoke|speech|told reporters|addressing|interview|press conference|news conference|press briefing|news briefing|"
    r"flew in|originat\w*|sent|export(?:s|ed|ing|ers?)?|import(?:s|ed|ing|ers?)?|according|border with|(?i:line of control|frontier|boundary)\s+with|"
    r"compared|comparison|(?<!more )(?<!less )(?<!fewer )(?<!greater )(?<!rather )than|unlike|similar to|as happened in|"
    r"route|road|highway|train|flights?|airline|(?:tanker\s+)?trucks|tankers|convoys|accused|accusing|accuses|blamed|blaming|blames)\s+(?:\w+\s+){0,3}?(?:in|at|to|from|with|of|on|for)?\s*(?:the\s+)?$|"
    # ("A similar countrywide power outage occurred in Kenya, in December 2023": the comparison's place)
    r"\b[Aa]\s+similar\s+(?:[\w-]+\s+){0,2}?(?:outage|blackout|power\s+cut|failure)s?\s+(?:had\s+)?(?:occurred|happened|hit|struck|took\s+place)\s+(?:in|across)\s+(?:the\s+)?$|"
    # ("said Vicky Grieve, Cadent Gas's director of network for the east of England": a speaker's title)
    r"\b(?:director|head|manager|chief|minister|secretary|commissioner|officer)\s+(?:of\s+(?:\w+\s+){1,3})?for\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+)?(?:the\s+)?$|"
    # ("During the 12-day war (with Israel in June), the pipelines also suffered damage": the other party to a war, not where
    # the damage was)
    r"\b(?:war|conflict|clashes|fighting|hostilities|confrontation)\s+(?:\(\s*)?with\s+(?:the\s+)?$|"
    # ("a substation near Enerhodar, a city already under heavy scrutiny due to its proximity to the Zaporizhzhia Nuclear Power
    # Plant": what the city lies near)
    r"\b(?:due\s+to|because\s+of|given)\s+(?:its|their)\s+(?:\w+\s+)?proximity\s+to\s+(?:the\s+)?$|"
    # ("There has been no official word from the government in Tehran on why internet service was blocked": the seat of a
    # government, speaking)
    r"\b(?:word|statement|comment|response|explanation)\s+from\s+the\s+(?:central\s+|federal\s+)?(?:government|regime|leadership)\s+in\s+$|"
    # "during the TVA board meeting on Feb. 16 in Muscle Shoals": a meeting's day, then its place
    r"\b(?:meetings?|summit|conference|hearing|session)\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+\d{4})?\s+(?:in|at)\s+(?:the\s+)?$|"
    # "drones launched from Crimea", "rockets fired at Haifa" (no hit told): where from, where aimed
    # (but "launched an attack on Kyiv": the target)
    r"\b(?:launched|fired)\s+(?:\w+\s+){0,3}?(?:in|from|off|by|with|at|toward|towards)\s+(?:the\s+)?$|"
    # "Kyiv's shock incursion into the border region of Kursk", "a cross-border offensive into Russia's Kursk
    # region": a ground operation, no strike on infrastructure
    r"\b(?:incursion|offensive|invasion|ground\s+operation|counter-?offensive)\s+(?:into|in|of)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:region|oblast|province)\s+of\s+)?(?:[A-Z][\w-]*[’']s\s+)?$|"
    # "aircraft taking off from airfields in Engels": where the bombers flew from
    r"\b(?:tak(?:ing|es?)|took)\s+off\s+from\s+(?:\w+\s+){0,2}?(?:in|at)?\s*(?:the\s+)?$|\b(?:airfields?|air\s?bases?)\s+(?:in|at|near)\s+(?:the\s+)?$|"
    # "the Nord Stream pipelines, which transport natural gas from Russia to Europe": a pipeline's route
    r"\b(?:transport|carr(?:y|ies|ied|ying)|deliver|pump|ship)\w*\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:[A-Z][\w-]*\s+to\s+(?:the\s+)?)?$|"
    # "The main direction of the attack was Kyiv": where it was aimed, not what it hit
    r"\bdirections?\s+of\s+(?:the\s+|their\s+|this\s+|that\s+)?(?:\w+\s+)?(?:attacks?|strikes?|assaults?|offensive)\s+(?:was|were|is)\s+(?:the\s+)?$|"
    # "having already destroyed the Kakhovka hydroelectric power plant, are now attempting ...": an earlier deed
    r"\bhaving\s+(?:already\s+|previously\s+|earlier\s+)?(?:destroyed|blown\s+up|blew\s+up|struck|hit|attacked|bombed|shelled|flooded)\s+(?:the\s+)?$|"
    # ("Hurricane Ian, now plowing north along the southeast coast of the United States, on Tuesday brought Cuba's grid to
    # collapse": where the storm is now, not where it did what is told)
    r"\bnow\s+(?:plowing|moving|heading|headed|churning|barrell?ing|tracking|spinning|bearing\s+down|crossing|racing|pushing|lashing|pounding)\b[^.;,()]{0,60}?\b(?:on|in|over|across|along|toward|towards|into|off|of|near|at|to|through)\s+(?:the\s+)?$|"
    # "people who were still protesting outside Lucknow's Indira Nagar substation": where they stood
    r"\bprotest\w*\s+outside\s+(?:the\s+)?$|"
    # ("head of the U.N. Office for the Coordination of Humanitarian Affairs regional office for the Pacific": whose office)
    r"\b(?:office|bureau|representative|envoy|coordinator|director)\s+for\s+(?:the\s+)?$|"
    # "said in an announcement through the stock exchange in the southern city of Shenzhen that ...": where it is listed
    r"\b(?:stock\s+exchange|bourse)\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:city\s+of\s+)?$|"
    # "an issue with the interconnector to Victoria left South Australia without power": the line's far end
    r"\binterconnect(?:or|ors|ion|ions)\s+(?:to|with)\s+(?:the\s+)?$|"
    # "pylons that supplied power to Crimea", "its grid is linked to Ukraine's": what is served, not hit
    # (but "crews were able to reconnect supplies to A, B and C": the supplies they lost)
    r"\b(?:linked|connected|tied|synchroni[sz]ed|supplied|(?<!restore )(?<!restored )(?<!reconnect )(?<!reconnected )(?<![Ww]ater )(?<![Pp]ower )(?<![Gg]as )(?<![Hh]eat )(?<![Hh]eating )(?<![Ee]lectricity )supplies|supplying|delivered|exported|exports)"
    r"\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?$",
    re.I,
)
_EXCEPT_AROUND = re.compile(r"\b(?:except|excepting|excluding|apart from|other than|save for|with the exception of)\s+(?:for\s+)?"
                            r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,?\s+(?:and|or)\s+(?:its|their|the)\s+surround\w*(?:\s+areas?)?)?,?\s+in\s+(?:the\s+)?$")
_EXCEPT_BEFORE = re.compile(r"\b(?:except|excepting|excluding|apart from|other than|save for|with the exception of)\s+(?:for\s+)?(?:the\s+)?(?:(?:island|islands|region|regions|province|provinces|city|state|states)\s+of\s+)?"
                            # ("except North Rift and West Kenya (Kisumu, Eldoret and Kitale)": the towns in brackets too)
                            r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*(?:,\s*|\s+and\s+|\(\s*))*$", re.I)
# ("contractors from as far away as New Brunswick, Canada braved high winds": where the crews came from)
_CAME_FROM_BEFORE = re.compile(r"\b(?:coming|came|come)\s+(?:\w+\s+){0,3}?(?:from|via)\s+(?:the\s+)?$|\bfrom\s+as\s+far\s+(?:away\s+)?as\s+(?:the\s+)?$|"
                               # ("Crews from around the country and Canada are working to restore power")
                               r"\b(?:crews|linemen|line\s+workers|lineworkers|workers|technicians|contractors|teams)\s+from\s+"
                               r"(?:(?:around|across|all\s+over)\s+the\s+(?:country|state|region|nation)\s+and\s+|other\s+states\s+and\s+)?(?:the\s+)?$", re.I)
_WEATHER_ALSO_HIT = re.compile(r"\b(?:as|while|when|and)\s+(?:[\w-]+\s+){0,2}?(?:downpours?|rain(?:s|storms?)?|storms?|snow(?:fall)?|winds?|floods?|flooding|"
                               r"wildfires?|heat\s?waves?)\s+(?:also\s+)?(?:affected|hit|lashed|battered|drenched|pounded|soaked|swept|struck)\s+"
                               r"(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?", re.I)
_SUPPLIER_AFTER = re.compile(r"\s+(?:(?:parties|party|sides?|authorities|governments?|utilities|grids?)\s+)?(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:(?:been|be|started|begun|began|resumed|continued|also|now)\s+){0,2}"
                             r"(?:supply|supplies|supplying|supplied|deliver(?:s|ing|ed)?|provid(?:es|ing|ed)|sell(?:s|ing)?|sold|export(?:s|ing|ed)?|send(?:s|ing)?|sent)\s+"
                             r"(?:[\w\"“”'-]+\s+){0,2}?(?:electricity|power|energy|gas|fuel|water)\s+to\b|"
                             # ("South Africa supplies Botswana with more than 250mw of power")
                             r"\s+(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:(?:been|be|also|now)\s+)?(?:supply|supplies|supplying|supplied|provid(?:es|ing|ed))\s+"
                             r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+with\s+(?:[\w,.]+\s+){0,5}?(?:electricity|power|energy|gas|fuel)\b|"
                             # ("the Thai and Laos parties have increased electricity supply to the kingdom")
                             r"\s+(?:(?:parties|party|sides?|authorities|governments?|utilities|grids?)\s+)?(?:has|have|had)\s+(?:also\s+)?(?:increased|boosted|raised|stepped\s+up)\s+"
                             r"(?:their\s+|its\s+)?(?:electricity|power|energy|gas)\s+(?:supply|supplies|exports?|deliveries)\s+to\b", re.I)
# ("A number of residents from Sliema, Dingli and Rabat reported power outages": where the people live, not whence something came)
_PEOPLE_FROM = re.compile(r"\b(?i:residents|people|families|households|customers|consumers|inhabitants|villagers|locals|homeowners|businesses)\s+"
                          r"from\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*|\s+and\s+))*$")  # (a list: each item's people)
_SOURCE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Source|Sources|Via|Credit|Credits|Courtesy)[ \t]*:[ \t]*(?:[\w’'.&-]+[ \t]+){0,3}$")
_SOURCE_BEFORE = re.compile(r"\baccording to\s+(?:[\w’'-]+\s+){0,5}?(?:in|at|of|from)\s+(?:the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"(?<!followed )(?<!withdrawal )(?<!withdrawing )(?<!retreat )(?<!evacuation )(?<!pullout )(?<!moving away )(?<!moved away )(?<!moves away )\b(?:from|toward|towards|into|by|against)\s+(?:the\s+)?"
                          # ("launched from areas in the Kordofan region, particularly from the city of Bara")
                          r"(?:(?:neighbou?ring|nearby|hostile|enemy)\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:(?<=from the )(?:city|town|village)\s+of\s+)?$")
# "strikes against Kharkiv": the target (but "the war against Ukraine" is no place of an event)
_ATTACK_AGAINST = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|assaults?|raids?|shelling|bombing|bombardment)\s+(?:\w+\s+){0,2}?against\s+(?:the\s+)?$", re.I)
_AGENT_AFTER = re.compile(r"^[’']s\s+(?:\w+\s+)?cuts?\s+(?:of|in|to)\s+(?:[\w-]+\s+){0,3}?(?:exports?|supplies|deliveries|imports)\b|"
                          # ("Armenia's electricity supplies to Karabakh were blocked by Baku": the supplier's)
                          r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:supplies|supply|deliveries|exports|flows?)\s+(?:of\s+[\w-]+\s+)?to\s+(?:the\s+)?(?-i:[A-Z])|"
                          # ("Iran's recent cuts of electricity and gas exports": the supplier's)
                          r"^[’']s\s+(?:\w+\s+)?(?:decision|order|move|refusal|plan)\s+to\s+(?:cut|halt|stop|suspend|sever|block|shut|switch)\b(?:\s+off)?\s+"
                          # ("following Israel's decision to cut off the electricity supply to the territory": the supplier's decision)
                          r"(?:[\w-]+\s+){0,3}?(?:to|for)\b|"
                          r"^[’']s\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|salvos?|barrages?|onslaughts?|assaults?|blitz|forces?|army|navy|military|troops|air defen[cs]es?|ministry|ministers?|president|prime minister|governor|mayor|authorities|spokes(?:man|woman|person)|(?:grid |network |system )?operator|utility|state company|drones?|missiles?|bombing|shelling|(?:counter-?)?offensive|campaign|war|invasion|ability|tactics|government|officials?|strategy|response|security\s+service|intelligence|general\s+staff|special\s+services|"
                          # ("the commander of France's Space Command confirmed that a cyberattack had occurred")
                          r"command|agency|agencies|regulator|watchdog|prosecutors?|"
                          r"blitz(?:es)?|onslaught|bombardment|barrage|assault|bombs?)", re.I)
# The place acts: "Ukraine has turned the tables, cutting power to ...", "Russia launched ..."
_SUBJECT_AFTER = re.compile(
    r"^\s+(?:has|have|had|is|was|will|would)?\s*(?:been\s+)?(?:\w+ly\s+|also\s+|then\s+|again\s+|later\s+|once again\s+|since\s+|now\s+|already\s+|overnight\s+|today\s+|yesterday\s+){0,2}(?:strikes|attacks|hits|fires|launches|shells|bombs|targets|"
    r"seized|captured|occupied|took|invaded|controls|controlled|annexed|"
    # ("when Kyiv refused to extend a transit agreement": who decided)
    r"refused|refuses|declined|declines|denies|"
    r"trying|tried|tries|seeks|aims|carried out|conducted|unleashed|launched|fired|attacked|struck|targeted|turned|"
    r"cut|cuts|sent|shelled|bombed|used|sought|accused|blamed|said|says|claimed|claims|denied|responded|retaliated|refuted|refutes|"
    r"argu(?:es|ed|ing)|insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|claiming|saying|denying|"
    r"attacking|shelling|targeting|striking|bombing|(?:is|was|are|were)\s+(?:\w+ly\s+)?responsible\s+for|"
    r"hit back|warned|threatened|plans?|planned|wants?|wanted|demanded|agreed|offered|"
    # "Germany also believes the incidents were sabotage", "Serbia described the accusations as groundless"
    r"believes|believed|suspects|considers|described|describes|labell?ed|called|"
    # "Washington denounced the strikes", "where Kyiv has been battling for three weeks"
    r"denounced|condemned|denounces|condemns|battling|fighting|advancing|pressing|"
    # "as Moscow ramps up attacks ahead of winter", "Russia hit Ukraine with a massive strike"
    r"ramps? up|ramped up|steps? up|stepped up|escalat(?:es|ed)|intensifi(?:es|ed)|hit(?=\s+[A-Z])|"
    # "Moscow began targeted attacks on the neighbouring country's energy supply"
    r"(?:began|begun|started|resumed)\s+(?:\w+\s+){0,2}?(?:attacks|strikes|shelling|bombing|bombardments?|offensives?|assaults|campaign|war)|"
    r"scrambled|deployed|condemned|urged|summoned|vowed|pledged|announced|"
    # ("Russia Restores Gas Supplies To Armenia": the supplier)
    r"restor(?:es|ed)\s+(?:[\w-]+\s+){0,3}?(?:supplies|supply|deliveries|exports|flows?)\s+to\b|"
    # ("Russia has left Moldova in the dark": the place that did it, the one named after is where)
    r"left(?=\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:in\s+the\s+dark|without)\b)|"
    r"had nothing to do|has nothing to do|was behind|is behind|rejected|dismissed)\b",
    re.I,
)
_PRECEDENT = re.compile(r"^\W*(?:This|It|That|The\s+(?:move|decision|relocation|redeployment|withdrawal|step))\s+(?:follows|followed|comes after|came after)\b|"
                        # ("It happened in New Orleans after Hurricane Katrina, when ... electricity and water cut out": an
                        # earlier storm's case, recalled)
                        r"^\W*(?:And\s+)?(?:It|This|That)\s+(?:also\s+)?(?:happened|occurred)\s+[^.;]{0,60}?\b(?:after|during|in)\s+(?:the\s+)?"
                        r"(?:Hurricane|Superstorm|Storm|Typhoon|Cyclone|Tropical\s+Storm)\s+(?-i:[A-Z])\w+|"
                        # ("The electricity outage comes little more than a week after an Island-wide gas network shutdown
                        # affected roughly 4,000 households": the earlier event's figure)
                        r"^\W*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:outage|blackout|cut|incident|disruption|failure)\s+(?:comes|came)\s+(?:[\w-]+\s+){0,5}?after\b|"
                        # ("A week ago, Ukraine said it hit the Ryazan refinery", "As previously reported, a drone attack recently caused fires")
                        # (but not a state that has lasted since: "Three weeks ago, the Dili power supply encountered problems and
                        # there have been numerous and lengthy power cuts right across the city ever since")
                        r"^\W*(?:a|one|two|three|four)\s+weeks?\s+ago\b(?![^.;]*\b(?:ever\s+since|since\s+then)\b)|^\W*As\s+(?:previously|earlier)\s+reported\b|"
                        # ("Previously, due to a drone attack on a car in the village of X, 3 people were killed")
                        r"^\W*Previously\s*,|"
                        # ("This is the second major power outage this week, following the widespread disruption in the Netherlands")
                        r"^\W*(?:\w+\s*:\s*)?(?:This|It)\s+(?:is|was|marks)\s+the\s+(?:second|third|fourth|fifth)\b[^.;]{0,80}\b(?:following|after)\b|"
                        # ("This is the second major outage to hit St. Maarten this year; the first was in June 2024")
                        r"^\W*(?:\w+\s*:\s*)?(?:This|It)\s+(?:is|was|marks)\s+the\s+(?:second|third|fourth|fifth)\b.{0,100}?\bthe\s+(?:first|previous|last|other)\s+(?:one\s+)?(?:was|came|occurred|happened|took\s+place)\s+(?:back\s+)?(?:in|on|last)\b|"
                        # ("the situation was a repeat of Nov 15, when Moldova also suffered blackouts")
                        r"\b(?:was|is|were|are|as)\s+(?:\w+\s+)?(?:a|an)\s+(?:\w+\s+)?repeat\s+of\b|"
                        # ("a pattern that has been increasingly observed in both Kursk and Belgorod Regions")
                        r"\ba\s+pattern\s+(?:that\s+(?:has|had)\s+been\s+)?(?:\w+\s+)?(?:observed|seen|noted|repeated)\b|\b(?:an?\s+similar\s+(?:\w+\s+)?(?:attack|strike|blackout|outage|incident|event|storm|failure|accident|breakdown|collapse)(?![^.;]*\b(?:(?:earlier|later)\s+(?:the|that|this|in\s+the)\s+day|same\s+day|earlier\s+today)\b)|(?<!a )(?<!an )\bsimilar\s+(?:\w+\s+)?(?:attacks|strikes|blackouts|outages|incidents)\s+(?:had|have)\b|(?<!caused by the )(?<!due to the )(?<!because of the )(?<!following the )previous(?!\s+(?:day|night|evening|morning|afternoon)\b)|(?<!hours )(?<!hour )(?<!minutes )(?<!moments )(?<!reported )(?<!announced )(?<!mentioned )(?<!noted )(?<!said )(?<!had )(?<!has )(?<!have )(?<!following an )(?<!after an )(?<!\bA day )(?<!\ba day )(?<!\bone day )(?<!\bOne day )earlier(?!,?\s+(?:on|that|this week|in the day|the day|that day|today|the same day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?!,?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:said|says|reported|told|wrote|announced|stated)\b)|(?<!in the )(?<!over the )(?<!during the )(?<!within the )last (?:year|month|week)|in the past(?!\s+(?:day|days|24|48|72|few|several|couple|one|two|three|four|five|six|seven|hours?|night|week|weeks|weekend|month|fortnight)\b)|recalled|recalling|reminiscent|I\s+(?:can\s+|still\s+|only\s+)?(?:remember|recall)|anniversary|precedent|(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:months|years)\b[^.;]{0,40}?\b(?:two|three|four|five|six|several|\d+)\s+(?:outages|blackouts|power\s+cuts)|as it did|as they did|as happened|similar to (?:the|a) \d{4}|similar to (?:those|the ones?|that)\s+(?:\w+\s+)?(?:occur+\w*|seen|experienced|suffered|recorded)\b|as in \d{4}|since \d{4}|(?:frequently|regularly|repeatedly|routinely|constantly|often|periodically)\s+(?:been\s+)?(?:targeted|attacked|shelled|struck|hit|bombed|subject(?:ed)?\s+to)|since the (?:start|beginning|outbreak) of|(?:this|the|its|their)\s+(?:\w+\s+)?campaign\s+(?:involves|includes|has included|consists of)|last (?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:another|a similar|an earlier)|(?:an?\s+)?(?:increase|rise|uptick|surge)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:strikes|attacks|shelling)|(?:occurred|happened|taken place|took place)\s+(?:\w+\s+)?(?:multiple|several|many|numerous|a number of)\s+times|\b(?:follows|followed|came after|comes after)\s+(?:the\s+)?(?:Hurricane|Storm|Typhoon|Cyclone|Tropical Storm|Winter Storm)\s+[A-Z]\w+|\b(?:hit|struck|battered|swept through|occurred|happened|took place)\s+[^.;]{0,40}?\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few|a dozen|\d+)\s+(?:weeks|months|years)\s+ago|\b(?:hit|struck|occurred|happened|took place)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?(?:a|one)\s+(?:month|year)\s+ago|\b(?:the|its)\s+last\s+(?:such\s+|major\s+|nationwide\s+|island-wide\s+)?(?:outage|blackout|collapse|failure|attack|strike)\b[^.;]{0,80}?\b(?:happened|occurred|was|took place))\b", re.I)


_COUNTRY_FIGHTERS = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:rebels|militants|militias?|fighters|insurgents|guerrillas)\b", re.I)
# ("resolved at about 1:30 a.m. local time on Friday, or 7:30 a.m. in the Netherlands"): the same hour told in another
# country's time, no place of the story
_CLOCK_ELSEWHERE = re.compile(r"(?:\bor|\(|\bi\.e\.)\s*(?:about\s+|around\s+|roughly\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|hrs|hours|h)?\s+"
                              r"(?:local\s+time\s+)?in\s+(?:the\s+)?$", re.I)
_FIGHTERS_BASED_IN = re.compile(r"\b(?:rebels|militants|militias?|fighters|insurgents|guerrillas)\s+(?:operating|based)\s+(?:in|from|out\s+of)\s+$", re.I)
# ("two New Zealand navy ships carrying large amounts of water would arrive"): a country's forces, who send help, not where
_COUNTRY_FORCES = re.compile(r"\s+(?:navy|naval|air\s+force|army|military|coast\s+guard|defen[cs]e\s+forces?)\s+(?:ships?|vessels?|planes?|aircraft|"
                             r"helicopters?|troops|personnel|teams?|units?|engineers)\b", re.I)
# ("a repair ship prepares to make its way out of Papua New Guinea", "the ship left Port Moresby"): where a vessel sails from
_VESSEL_FROM = re.compile(r"\b(?:ships?|vessels?|boats?|barges?|tankers?)\b[^.;]{0,60}?\b(?:(?:make|makes|made|making)\s+(?:its|their)\s+way\s+out\s+of|"
                          r"sail(?:s|ed|ing)?\s+from|left|leaves|leaving|depart(?:s|ed|ing)?(?:\s+from)?)\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)
_COUNTRY_WEAPON = re.compile(r"\s+(?:(?:ballistic|cruise|hypersonic|guided)\s+)?(?:missile|drone|rocket|air|artillery|kamikaze)\s+"
                             r"(?:strikes?|attacks?|barrages?|salvos?|raids?|assaults?)\b", re.I)


@dataclass
class _Draft:
    place: Place
    mention: str
    event_type: str
    services: set = field(default_factory=set)
    evidence: list = field(default_factory=list)
    affected: tuple | None = None
    killed: int | None = None
    injured: int | None = None
    scope: tuple | None = None
    temperature: tuple | None = None
    date: tuple | None = None
    headline_figures: set = field(default_factory=set)  # figures taken from the headline: the text's replace them
    headline_services: frozenset = frozenset()  # what the headline's people lost
    since: bool = False  # dated by "has been without power since March 2024": later days do not move the start

    def open_to(self, figure: str, in_headline: bool = False, services: set | frozenset = frozenset()) -> bool:
        """Whether ``figure`` ("affected", "temperature") may be set: it is empty, or it is the
        headline's and the text now states one ("half a million" in the headline, "more than
        530,000" in the text) about what the headline's people lost ("402,000 left in the dark" in
        the headline, "120,000 people are dealing with water outages" in the text: not the same)."""
        return getattr(self, figure) is None or (figure in self.headline_figures and not in_headline and not (
            figure == "affected" and services and self.headline_services and not (services & self.headline_services)))

    def set_figure(self, figure: str, value, in_headline: bool = False, services: set | frozenset = frozenset()) -> None:
        if figure == "affected" and figure in self.headline_figures and not in_headline and self.affected is not None \
                and not _vague(self.affected) and (_vague(value) or _size(value) < 0.75 * _size(self.affected)):
            # ("more than 60 thousand users" in the headline, then "Thousands of homes" in the text, or "about 35
            # thousand users of one distributor", a part or a later count of it: the headline's count stays)
            return
        setattr(self, figure, value)
        self.headline_figures.discard(figure)
        if in_headline:
            self.headline_figures.add(figure)
            if figure == "affected":
                self.headline_services = frozenset(services) or frozenset({"power"})  # ("left in the dark")


_VAGUE_WORDS = re.compile(r"\b(?:dozens|hundreds|thousands|millions)\b", re.I)


def _vague(figure) -> bool:
    """ "tens of thousands", "hundreds": a figure of the GUIDELINES' vague kind."""
    return figure is not None and bool(_VAGUE_WORDS.search(figure[2] or ""))


def _size(figure) -> float:
    """A count's size, from its lower bound or else its upper one (a (min, max, text) tuple or a Quantity)."""
    if figure is None:
        return 0
    lo, hi = (figure[0], figure[1]) if isinstance(figure, tuple) else (figure.min, figure.max)
    return lo or hi or 0


def _grows(old, new) -> bool:
    """Whether a new count is the larger extent of the same outage (over 10 % more: a restatement of
    about the same size, "nearly 90% of 1.47 million" after "more than 1.3 million", is not)."""
    return _size(new) > 1.1 * _size(old)


def _refines(old, new) -> bool:
    """An exact count or a bound inside the vague figure's range ("tens of thousands", then "about 68,000"), or
    above it ("left thousands of homes without electricity", then "affected 700,000 customers in the area")."""
    lo, hi, text = new if isinstance(new, tuple) else (new.min, new.max, new.text)
    if _VAGUE_WORDS.search(text):
        return False
    # ("hundreds of thousands", then "more than 500,000" or "up to 500,000 people in Catania": a bound inside or above it)
    return (lo is not None and (lo == hi or hi is None) and (old[0] or 0) <= lo) or (
        lo is None and hi is not None and (old[0] or 0) <= hi <= (old[1] or hi))


_READ_ALSO = re.compile(r"^[ \t]*(?i:read\s+also|also\s+read|read\s+more|see\s+also|related|watch|read)\s*:[^\n]*$"
                        # ("... when the security situation allows it.Read also: Nighttime attack causes power outages":
                        # a link run into the sentence before it on a scraped page)
                        r"|(?<=[a-z][.!?])(?i:read\s+also|also\s+read|read\s+more|see\s+also)\s*:[^\n]*$", re.M)
# ("More To Read / - UN agency reports 375 deaths in western Sudan landslide / - ...": a heading over a bulleted list of
# other stories, inside the page)
_LINK_LIST = re.compile(r"^[ \t]*(?i:more\s+to\s+read|read\s+more|more\s+(?:stories|reading|on\s+this)|related(?:\s+(?:stories|articles|news|posts))?|"
                        r"you\s+may\s+also\s+like|also\s+read|recommended(?:\s+for\s+you)?)[ \t]*:?[ \t]*\n(?:[ \t]*[-•*▪][^\n]*(?:\n|$))+", re.M)
# "Home / Normal / Blackout sweeps through west and south Libya": a page's path to the story, not its places (the
# headline at its end is kept)
_BREADCRUMB = re.compile(r"^[ \t]*(?i:home)[ \t]*[/»>›|][ \t]*(?:[^\n/»>›|]{1,40}?[ \t]*[/»>›|][ \t]*)*", re.M)
_RELATED_TAIL = re.compile(r"^[ \t]*(?i:related\s+(?:articles|stories|news|posts)|you\s+may\s+also\s+like|recommended\s+for\s+you|read\s+next|"

                           r"most\s+(?:viewed|read|popular|shared)|trending(?:\s+now)?|popular(?:\s+(?:stories|news|posts))?|news\s+by\s+theme|more\s+stories|hot\s+this\s+week)[ \t]*$", re.M)
_OTHER_STORIES_HEAD = re.compile(r"^[ \t]*(?i:top\s+(?:news|stories|headlines)|latest\s+(?:news|stories|headlines)|more\s+(?:headlines|news))[ \t]*$", re.M)
_COMPLAINTS_FROM = re.compile(r"^\W*(?:Similar\s+)?(?:Complaints|Reports|Calls)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:come|came|coming|been\s+coming|poured\s+in)\s+"
                             r"(?:\w+\s+){0,2}?from\b|"
                             # ("As a result, the city is in total blackout. A similar situation is reported further down the river in X")
                             r"^\W*(?:A|The)\s+(?:similar|same)\s+(?:situation|picture)\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:reported|observed|seen)\b|"
                             # ("Local residents reported that such a measure was taken without warning in A, B and C")
                             r"^[^.;]{0,60}?\b(?:such\s+a|this|the\s+same|a\s+similar)\s+(?:measure|step|cut|restriction)s?\s+(?:was|were|has\s+been|had\s+been)\s+"
                             r"(?:taken|introduced|applied|imposed|implemented)\b")
_INCIDENT_WORD = re.compile(r"\b(?:fires?|blazes?|explosions?|blasts?|accidents?|breakdowns?|malfunctions?|leaks?|ruptures?)\b", re.I)
_LIST_NOUN_BEFORE = re.compile(r"\b(?:regions|oblasts|provinces|cities|towns|areas|districts|settlements|villages|states|counties|"
                               # ("suspended power supply to the addresses: Chaplinsky, Novotroitsky ... districts")
                               r"municipalities|communities|neighbou?rhoods|localities|locations|addresses)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
                               # ("in portions of 22 counties and 7 tribal communities, including:")
                               r"(?:[^.;:]{0,40}?,?\s+(?:including|namely|among\s+them))?\s*$")
# (not a toll's list: "Among the 11 killed were two men in Sakai and Yokkaichi")
_AMONG_THOSE = re.compile(r"^\W*Among\s+(?:those|these|them|the)\s+(?!(?:[\w-]+\s+){0,2}?(?:killed|dead|injured|wounded|hurt|victims|deaths|fatalities|missing)\b)"
                          r"(?:[\w-]+\s+){0,2}?(?:countries|nations|cities|towns|places|areas|regions|states|provinces)?\s*(?:were|are|was|is)\b")
_NAMED_WEATHER_WORD = re.compile(r"(?-i:Winds?|Ice|Snow|Lightning|Tremors?)$")


def _name_before(text: str, pos: int) -> bool:
    """A capitalised word right before ``pos`` on the same line ("Crimean Wind"), not a sentence's end."""
    return bool(re.search(r"(?<![.!?]\s)\b[A-Z][\w’'-]*\s+$", text[max(0, pos - 30) : pos]))


def _without_other_stories(text: str) -> str:
    """The text with other stories blanked, offsets kept: headlines listed around the article ("California
    Faces Fire Threat Amid Strong Winds - 11 hours ago", "Read also: Moscow under massive drone attack") and
    all that follows "Related articles". They are not this report's events, nor its kind."""
    text = _LINK_LINE.sub(lambda m: " " * len(m.group(0)), text)
    text = _READ_ALSO.sub(lambda m: " " * len(m.group(0)), text)
    text = _BREADCRUMB.sub(lambda m: " " * len(m.group(0)), text)
    text = _LINK_LIST.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    # ("The story appears on / Related News / Taiwan hit by rolling blackouts ...": a heading above the story is the page's
    # chrome, not a tail; a tail follows a body, a sentence at least)
    tail = next((x for x in _RELATED_TAIL.finditer(text) if re.search(r"\w[.!?][\x22”’)]?\s", text[: x.start()])), None)
    # ("Top news", "MORE HEADLINES" under the story: a list of other stories; not "Latest News" that heads the page)
    tail = tail or next((x for x in _OTHER_STORIES_HEAD.finditer(text) if x.start() > len(text) // 3), None)
    return text[: tail.start()] + re.sub(r"[^\n]", " ", text[tail.start() :]) if tail else text


# open waters reports name beside a coastal town ("Vladivostok on the Pacific"): a name with its water word, or one of these
_SEAS = {"pacific", "atlantic", "arctic", "mediterranean", "caribbean", "adriatic", "aegean"}



def _is_sea(m: Mention) -> bool:
    """Whether a mention names open water ("the Pacific", "the South Pacific", "the Black Sea")."""
    return m.norm.split()[-1] in _SEAS or bool(re.search(r"\b(?:sea|ocean)\b", m.norm))


def _sea_of_a_country(text: str, m: Mention) -> bool:
    """ "struck the South Pacific archipelago", "a tiny island nation in the Pacific", "the Pacific island
    nation": open water that tells where a country lies, no place of the story."""
    if re.match(r"\s+states\b", text[m.end : m.end + 10]) and re.search(r"[A-Z][\w’'-]*,?\s+and\s+$", text[max(0, m.start - 40) : m.start]):
        return False  # ("outages spread to the River Nile and Red Sea states": the last of a list of states)
    return _is_sea(m) and bool(
        re.search(r"\b(?:nation|country|archipelago|state|islands?)\s+(?:in|of)\s+the\s+(?:(?i:south|north|western|eastern|central)\s+)?$",
                  text[max(0, m.start - 60) : m.start])
        or re.match(r"\s+(?:island\s+)?(?:archipelago|nations?|islands?|countr(?:y|ies)|states?|territor(?:y|ies))\b", text[m.end : m.end + 40])
        # ("Tumaco, one of the country's main Pacific ports", "the Caribbean coast town": the water names the kind of place)
        or re.match(r"\s+(?:sea)?(?:ports?|coast(?:line)?s?|coastal|harbou?rs?|shores?|seaboard|rim|port\s+cit(?:y|ies)|coast\s+towns?)\b", text[m.end : m.end + 30]))


_LINK_LINE = re.compile(r"^[^\n]*\S[ \t]+[-–—|][ \t]+(?:\d{1,2}|an?|one)[ \t]+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)[ \t]+ago[ \t]*$", re.M)


def extract_events(doc: Document, gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events stated in one document (see the module docstring for the rules)."""
    gz = gazetteer or default_gazetteer()
    text = unwrap_lines(_without_other_stories(doc.text))
    sentences = join_line_lists(text, split_sentences(text))
    sent_starts = [x.start for x in sentences]
    mentions = _list_region_hints(text, find_mentions(text, gz, {s.start for s in sentences}))
    # ("Source: Kantipur" under a story: the newspaper named after Kathmandu, not a place of the story)
    mentions = [m for m in mentions if not _sea_of_a_country(text, m) and not _SOURCE_LABEL.search(text, max(0, m.start - 40), m.start)]
    utility_ccs = _utility_ccs(text, gz)
    demonym_ccs = _demonym_ccs(text, gz) + utility_ccs
    actors = frozenset(i for i, m in enumerate(mentions) if _is_actor(text, m))
    places = resolve_mentions(mentions, text, gz, demonym_ccs, actors)
    places = [_city_of_city_region(p, gz) for p in places]
    mentions, places = _with_facilities(text, sentences, mentions, places, gz)
    places = _city_districts(text, mentions, places)
    places = _neighbourhoods(text, sentences, mentions, places, gz)
    mentions, places = list_siblings(text, sentences, mentions, places, gz, utility_ccs)
    places = _bracketed_other_names(text, mentions, places)
    mentions, places = repeat_list_names(text, mentions, places)
    places = [_named_part(text, m, p, gz) or p for m, p in zip(mentions, places)]
    places = _parts_after_a_label(text, mentions, places)
    # "after deadly Iran missile strike": a country's name before its weapon's attack is who fired
    # ("Yemen's Houthi rebels claimed the drone attacks", "Houthi militants operating in Yemen have claimed"): whose
    # fighters attacked, not where
    places = [None if p is not None and (p.granularity == "country" and (
        _COUNTRY_WEAPON.match(text, m.end) or _COUNTRY_FIGHTERS.match(text, m.end) or _COUNTRY_FORCES.match(text, m.end)
        or _FIGHTERS_BASED_IN.search(text, max(0, m.start - 40), m.start)) or _CLOCK_ELSEWHERE.search(text, max(0, m.start - 40), m.start)
        or _VESSEL_FROM.search(text, max(0, m.start - 90), m.start)) else p
              for m, p in zip(mentions, places)]
    # (attack words that are attacks: not "consumers have been hit by power outages")
    doc_strikes = any(not (_AMBIGUOUS_STRIKE.match(x.group(0)) and _OUTAGE_NOUN_AFTER.match(text[x.end() : x.end() + 80]))
                      for x in _STRIKE.finditer(text)) and not _WEATHER.search(text[:2000])
    # ("one of the boilers exploded ... Five people were injured": an accident's toll, as a storm's)
    mishap_doc = bool(_MISHAP.search(text))
    # ("A bush fire ... spread to explosives stored at the naval base", "we are ruling out sabotage"): the blasts the
    # text tells were an accident, not an attack
    accident_doc = bool(_ACCIDENTAL_BLAST.search(text)) and not _BLAMED.search(text) or (
        # ("a blackout after an explosion occurred at the Mingachevir Hydro Power Plant", in a text that names no
        # weapon, attack or troops anywhere: a plant's accident)
        bool(_PLANT_BLAST.search(text)) and not _ARMED.search(text) and not _BLAMED.search(text))
    # (not "the Crimean Wind Telegram channel": a weather word inside a name; and "the UAV attack" is an attack)
    weather_doc = any(not _NAMED_WEATHER_WORD.match(x.group(0)) or not _name_before(text, x.start()) for x in _WEATHER.finditer(text[:2000])) \
        and not any(x for x in _strike_cues(text[:2000], False)
                    if not _AMBIGUOUS_STRIKE.match(x.group(0)) or _ARMED.search(text, max(0, x.start() - 40), x.end() + 40))
    # a report of sabotage, where "cables were cut in X" is an attack there ("after suspected sabotage", "malicious acts")
    sabotage_doc = bool(_SABOTAGE_TOLD.search(text))
    base_date = document_date(text, doc.date)
    base_year = year_of(base_date)
    # (the page's own day, from its metadata or a "Published:" line, not a date the text tells)
    base_from_page = base_date if doc.date or re.search(r"(?im)^[ \t]*(?:Published|Date published|Publication date)\s*:\s*\d{4}-\d{2}-\d{2}[ \t]*$", text[:3000]) else None

    drafts: dict[tuple[str, str], _Draft] = {}
    last: dict = {}  # the latest sentence with events: its drafts and where it ends
    doc_struck: dict = {}  # places a storm was said to hit, no outage told with them (gazetteer id -> last["struck"] item)
    temps: list[tuple[Span, list[Place]]] = []
    orphans: list[tuple[str, object, Span]] = []  # figures of sentences that name no place, far from any
    onset: tuple | None = None  # (date, end) of a placeless sentence that dates an outage or strike
    mi = 0
    was_precedent = False  # the sentence before told of an earlier event
    subject_now: int | None = None  # the place a sentence opens with ("The X plant is ...")
    narrative: tuple | None = None  # (date, end) of the sentence before when it states a full date
    last_day: str | None = None  # the last full day a sentence stated
    # The story's day: the day of the first sentence that tells of an event on a stated day
    # ("The grid collapsed on Friday ..."); a later paragraph that states no day of its own
    # ("In Havana, water pumps stopped") is that day's story, not the dateline's
    story_day: str | None = None
    story_counted: str | None = None  # (the story's day when counted back from the report's: "Eleven days after Hurricane X made landfall")
    story_weak = False  # told by a weather sentence that is no storm's arrival (a caption "as Typhoon X moves away")
    pending_tolls: dict = {}  # place -> (killed, injured, evidence) told before its event
    prev_places: list[Place] = []  # the places of the sentence before (for a placeless temperature)
    prev_end = 0
    told_outage_at: int | None = None  # the end of the sentence before, when it told an outage and named no place
    told_services: set = set()  # what that sentence said was lost
    named_city: tuple | None = None  # (place, mention, end) of the last sentence that named one city
    cities_named: set = set()  # the cities named so far (not a stop on a route)
    mishap_at: tuple | None = None  # (place, mention, end) of a sentence that told a fire or explosion at one place and no event
    unplaced: list[Span] = []  # sentences that told an outage and named no place
    only_located, not_only_located = set(), set()  # places named only to locate, measure or speak; and places named otherwise
    title_end = _title_end(text)
    sent_starts = [x.start for x in sentences]
    mention_starts = [m.start for m in mentions]
    # a list of key events, each item its own story, dates its items ("- On November 23, ...") or tells attacks ("- Drones
    # hit an oil depot ..."); a list of the latest updates of one story ("- Hydro Ottawa says power has been restored ...",
    # "- ... as of Sunday evening") does neither
    item_lines = [text[b.end() : (text.find("\n", b.end()) + 1 or len(text) + 1) - 1] for b in _BULLET.finditer(text)]
    interruption_notice = _INTERRUPTION_NOTICE.search(text) is not None  # (a notice's "Affected areas:" line needs one)
    bulleted = len(item_lines) >= 3 and (sum(1 for line in item_lines if find_date(line, base_date)) >= 2
                                         or sum(1 for line in item_lines if _STRIKE.search(line)) >= 2)
    downed_at: tuple | None = None  # the one place of the sentence before, where drones were downed
    heading: tuple | None = None  # the place a line names alone, heading the lines about it
    dateline_at: tuple | None = None  # (place, mention, end) of a wire dateline that names one town
    # under "estimated restoration times for affected communities": (where the head ends, whether rows have begun, the unit
    # word its table names, "parish"), each row a place and the day its power is due back
    restoration_table: tuple | None = None
    count_table: tuple | None = None  # (end of its head, whether a row came, the unit its head names)
    background_past: str | None = None  # the heading of a background section whose earlier events are being told
    section_heads = _section_heads(text)
    head_ends = [e for e, _ in section_heads]
    bg_heads = any(_BACKGROUND_HEAD.fullmatch(t) for _, t in section_heads)
    scheduled_ahead = False  # the text has told of cuts scheduled for days after its own
    # the places an attack is told to be on ("Russian strikes on Ukraine's energy infrastructure"), and their countries
    attacked_at = {i for i, m in enumerate(mentions) if places[i] is not None and _ATTACK_ON.search(text, max(0, m.start - 60), m.start)}
    attacked_countries = {places[i].country_code for i in attacked_at}
    for sent in sentences:
        list_head = _places_list_head(text, sentences, sent_starts, sent)  # (the sentence that announced the list of places this item is of)
        if bulleted and _bullet_at(text, sent.start) and not list_head:
            # a list of key events: each item is its own story, dated by itself or by the list's day
            # (not a list of the places of one story: "the following communities that are still in the dark")
            story_day, story_weak = None, False
        # "Earlier, in 2022, a bomb hit the bridge. In response, Russia struck Kyiv.": the same past
        # ("But the 2021 freeze led to rolling outages. In Bexar County, though, those outages hit unequally.")
        after_precedent = was_precedent  # (the sentence before told of an earlier event)
        continues_past = was_precedent and bool(_BACK_REFERENCE.match(sent.text) or _THOSE_EVENTS.search(sent.text)) \
            and not has_full_date(sent.text)
        # ("Background: On 26 August, seven settlements in Kursk Oblast were left without electricity", a month before the
        # report: told as background; but "Background: - On the morning of 25 September, drones struck Nizhyn" the same day is news)
        background = re.search(r"(?:^|\n)[ \t]*(?:Background|Context|Reminder|Recall)\s*:\s*$", text[max(0, sent.start - 40) : sent.start])
        told_day = find_date(sent.text, base_date) if background else None
        continues_past = continues_past or bool(background and told_day and told_day[1] == 1 and len(told_day[0]) == 10 and base_date
                                                and len(base_date) == 10 and told_day[0] < base_date and _days_apart(told_day[0], base_date) > 3)
        if sent.start > title_end and _BACKGROUND_HEAD.fullmatch(sent.text.strip()):
            continue  # a section's heading ("Blackouts in Europe") tells no event of its own
        if bg_heads and (head := _section_head(section_heads, head_ends, sent.start)) is not None and _BACKGROUND_HEAD.fullmatch(head) and (
                ((day := find_date(sent.text, base_date)) and day[0] not in (base_date, story_day)
                 and base_date and day[0] < base_date[: len(day[0])])
                or (not base_date and has_day(sent.text)) or (background_past == head and not has_day(sent.text))):
            # "Blackouts in Europe / On April 28, Spain, Portugal, and Andorra experienced a sudden power outage.
            # The incident left millions ... in Portugal" after the story of Czechia's: a section of other, earlier events
            continues_past, background_past = True, head
        # ("Gaylord, where a tornado killed two people in 2022, was among the hardest-hit towns": the
        # earlier year is the relative clause's, not the sentence's)
        stated = find_date(_RELATIVE_CLAUSE.sub(" ", sent.text), base_date)
        past_event = _YEAR_EVENT.search(sent.text)
        was_precedent = bool(_PRECEDENT.search(_own_years(sent.text))) or continues_past or bool(_CAMPAIGN_SINCE.search(sent.text)) or bool(
            stated and _earlier_than(stated[0], base_date)) or bool(
            past_event and base_date and int(past_event.group(1)) < int(base_date[:4]))
        told_before = narrative
        own_date = find_date(sent.text, base_date)
        day_before = None
        if own_date is None and last_day and (back := _DAY_BEFORE_LEAD.match(sent.text)):
            # ("... in Kherson on Saturday morning ... A day earlier, Russia launched dozens of missiles": the day
            # before the last day told)
            n = parse_number(back.group(1) or "1") or 1
            day_before = own_date = ((_date.fromisoformat(last_day) - timedelta(days=int(n))).isoformat(), 1)
        if own_date and own_date[1] == 1 and len(own_date[0]) == 10 and not was_precedent:
            last_day = own_date[0]
        if own_date and own_date[1] == 1 and (_state_at_a_time(sent.text) or re.search(r"\bsince\s+(?:\w+\s+)?[A-Z]", sent.text)):
            # "were still without electricity on Sunday": a state's day, not an event's ("their
            # electricity had been cut twice a day since Saturday": that place's, not the next sentence's)
            narrative = None
        elif own_date and own_date[1] == 1:
            narrative = (own_date, sent.end)
        elif own_date is None and narrative and sent.start - narrative[1] < 5 and "\n" not in text[narrative[1] : sent.start]:
            narrative = (narrative[0], sent.end)  # the day goes on through the paragraph
        else:
            narrative = None
        sm: list[int] = []
        while mi < len(mentions) and mentions[mi].start < sent.end:
            if mentions[mi].start >= sent.start:
                sm.append(mi)
            mi += 1
        subject_before, subject_now = subject_now, next(
            (i for i in sm if re.fullmatch(r"\W*(?:The\s+)?", text[sent.start : mentions[i].start])), None)
        if not sm and subject_before is not None and places[subject_before] is not None and _IT_STRUCK.match(sent.text) \
                and not _NEGATION.search(sent.text):
            # "The Gaza Power Plant is the only power station there. It was bombed on 28 June 2006."
            p = places[subject_before]
            key = (p.gazetteer_id or p.name, "strike")
            d = drafts.get(key) or drafts.setdefault(key, _Draft(p, mentions[subject_before].text, "strike"))
            when = _day_told(sent, base_date)
            if when and (d.date is None or d.date[1] > when[1] or (d.date[1] == when[1] and when[0] < d.date[0])):
                d.date = when
            d.evidence.append(Evidence(sent.text, sent.start, sent.end))
            last = {"end": sent.end, "keys": [key], "n": 0}
            continue
        got_through = not sm and downed_at is not None and sent.start - downed_at[3] < 5 and bool(_GOT_THROUGH.search(sent.text)) \
            and not _NEGATION.search(sent.text)
        if got_through:
            # "Air defences engaged ten targets over the X region. However, one drone managed to hit a
            # substation, causing a local blackout.": the attack reached the place after all
            p, mention, when = downed_at[:3]
            keys = [(p.gazetteer_id or p.name, "strike")] + ([(p.gazetteer_id or p.name, "outage")] if _live(_OUTAGE, sent.text) else [])
            ev = Evidence(sent.text, sent.start, sent.end)
            for key in keys:
                d = drafts.get(key) or drafts.setdefault(key, _Draft(p, mention, key[1], date=when))
                d.services |= _services_in(sent.text) or {"power"} if key[1] == "outage" or _INFRA.search(sent.text) else set()
                d.evidence.append(ev)
            last = {"end": sent.end, "keys": keys, "n": 0}
            downed_at = None
            continue
        if not sm and downed_at is not None and sent.start - downed_at[3] < 5 and _DEBRIS.search(sent.text) \
                and find_casualties(sent.text) != (None, None) and not _NEGATION.search(sent.text):
            # "In Sevastopol, air defences downed 12 drones. A man was injured by falling debris there.":
            # the attack reached the place after all
            p, mention, when = downed_at[:3]
            key = (p.gazetteer_id or p.name, "strike")
            d = drafts.get(key) or drafts.setdefault(key, _Draft(p, mention, "strike", date=when))
            killed, injured = find_casualties(sent.text)
            _take_toll(d, killed, injured, Evidence(sent.text, sent.start, sent.end))
            last = {"end": sent.end, "keys": [key], "n": 0}
            continue
        downed_at = None
        if not sm and heading is not None and sent.start - heading[2] < 400 and _live(_OUTAGE, sent.text) \
                and not _NEGATION.search(sent.text) and not was_precedent and not _MANY_PLACES.search(sent.text):
            # "Jefferson Parish\nMore than 195,000 customers are without power as of 7 p.m.": a report told
            # place by place under headings, the lines under a heading that place's
            # (but "2022.10.04\nDhaka\nMore than 120 million Bangladeshis suffered from a nearly nationwide blackout": the
            # line was the dateline's city, the outage the whole country's)
            hp, hm = heading[:2]
            if hp.granularity == "city" and re.search(_COUNTRY_WIDE, sent.text, re.I) and gz is not None \
                    and (country := _country_place(gz, hp.country_code)) is not None:
                hp, hm = country, country.name
            last = _outage_of_the_place_before(sent, drafts, hp, hm, base_date)
            heading = None
            continue
        if (head := _RESTORATION_TABLE_HEAD.search(sent.text)) and not was_precedent:
            restoration_table = (sent.end, False, _UNIT_OF_PLURAL.get(head.group(1).lower()))
            continue
        if restoration_table and (unit_row := re.match(r"^\W*(PARISH|COUNTY|DISTRICT|PROVINCE|MUNICIPALITY|COMMUNITY|AREA)\b", sent.text)):
            restoration_table = (restoration_table[0], restoration_table[1], unit_row.group(1).lower())  # ("PARISH RESTORATION DATE")
            continue
        if restoration_table and (row := _RESTORATION_ROW.match(sent.text)) is not None:
            # ("Below is a list of estimated restoration times for affected communities ... St. Bernard Sept. 12, 10 p.m.": each
            # place listed with the day its power is due back is out now; that day is the restoration's, not the outage's)
            restoration_table = (restoration_table[0], True, restoration_table[2])
            place = _restoration_row_place(row.group("name"), restoration_table[2], text, sent, sm, mentions, places, gz)
            if place is not None:
                key = place.gazetteer_id or place.name
                _outage_told_by(sent, drafts, key, place, row.group("name"), None)
                last = {"end": sent.end, "keys": [(key, "outage")], "n": 0}
            continue
        if restoration_table and (restoration_table[1] or sent.start - restoration_table[0] > 800):
            restoration_table = None  # (the rows have ended, or none came within a paragraph or two of the head)
        if count_table and (row := _COUNT_ROW.match(sent.text)) is not None:
            # ("PowerOutage.us reported the largest outages in:\n- Tennessee: 308,000+ customers", "The following table lists the
            # major outages by state:\n| Tennessee | 138,099 |"): each row's place is out, with the row's count
            count_table = (count_table[0], True, count_table[2])
            j = next((j for j in sm if places[j] is not None and sent.start + row.start("name") <= mentions[j].start < sent.start + row.end("name")), None)
            place = places[j] if j is not None else None
            if place is not None:
                key = place.gazetteer_id or place.name
                _outage_told_by(sent, drafts, key, place, row.group("name"), (story_day, 1) if story_day else (base_date, 2) if base_date else None)
                n = int(row.group("num").replace(",", ""))
                unit = row.group("unit") or count_table[2] or ""
                d = drafts[(key, "outage")]
                if d.open_to("affected"):
                    d.set_figure("affected", (n, None if row.group("plus") else n, f"{row.group('num')}{row.group('plus') or ''} {unit}".strip()))
                last = {"end": sent.end, "keys": [(key, "outage")], "n": 0}
            continue
        if count_table and (count_table[1] or sent.start - count_table[0] > 400) and not _COUNT_TABLE_RULE.match(sent.text):
            count_table = None  # (the rows have ended, or none came soon after the head)
        if (head := _COUNT_TABLE_HEAD.search(sent.text)) and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text) and not was_precedent:
            count_table = (sent.end, False, (head.group("unit") or "").lower())
        heading = _heading(text, sent, sm, mentions, places) if sm else heading
        told = (bool(_live(_OUTAGE, sent.text)), bool(_strike_cues(sent.text, bool(_WEATHER.search(sent.text))))) \
            if not sm and dateline_at is not None else (False, False)
        if any(told) and sent.start - dateline_at[2] < 5 and not _NEGATION.search(sent.text) and not was_precedent \
                and not _beyond_town(sent.text, gz, dateline_at[0]) and (len(dateline_at) == 3 or _TOLD_AS_ONE_EVENT.search(sent.text)):
            # "COLUMBUS (WCMH) – Columbia Gas said less than 10 homes are still without gas service":
            # the story that opens after a town's dateline and names no place is that town's (the
            # sentence then goes on as one that continues it)
            p, mention = dateline_at[:2]
            # (not "RESIDENTS in the country's second largest city": the town, told by its rank in the country)
            if told[0] and gz is not None and p.country_code and (_NATIONWIDE.search(sent.text) or re.search(
                    r"\b(?:the|whole|entire)\s+(?:country|nation)\b(?![’']s)", sent.text, re.I)) \
                    and (cp := _country_place(gz, p.country_code)) is not None:
                # ("Kampala — Most parts of the country have been plunged into darkness": the dateline town's country)
                p, mention = cp, cp.name
            keys = [(p.gazetteer_id or p.name, t) for t, said in zip(("outage", "strike"), told) if said]
            for key in keys:
                d = drafts.get(key) or drafts.setdefault(key, _Draft(p, mention, key[1], date=(base_date, 2) if base_date else None))
                if key[1] == "strike":
                    d.evidence.append(Evidence(sent.text, sent.start, sent.end))
                    if _INFRA.search(sent.text):
                        d.services |= _services_in(sent.text) & {"power", "heating", "water", "gas", "communications"}
            last = {"end": dateline_at[2], "keys": keys, "n": 0}
        if dateline_at is not None and not sm and not any(told) and len(dateline_at) == 3 and not was_precedent:
            # ("ASHLAND, Wis. (AP) — It was an unlucky day for two squirrels. ... a squirrel knocked out service to
            # 177 customers": one opening sentence that names no place and tells nothing, and the story goes on)
            dateline_at = (*dateline_at[:2], sent.end, 1)
        else:
            dateline_at = None
        towns = [j for j in sm if places[j] is not None and places[j].granularity == "city"] \
            or [j for j in sm if places[j] is not None and places[j].granularity == "region"]  # ("Northern Michigan –")
        if len(towns) == 1 and is_dateline(sent.text) and not sent.text.endswith(":"):  # ("KHARKIV, Ukraine (AP) —": the town, its country its qualifier)
            dateline_at = (places[towns[0]], mentions[towns[0]].text, sent.end)
        if not sm:
            # (a future told after the outage is no future outage: "246,000 customers are still without power but expects
            # most will have electricity back by January 31")
            if (cues_here := _live(_OUTAGE, sent.text)) and not _NEGATION.search(sent.text) \
                    and not ((fut_here := _FUTURE.search(sent.text)) and (fut_here.start() < cues_here[0].start() or not _STATE_NOW.search(sent.text, 0, fut_here.start()))) \
                    and not was_precedent and not after_precedent \
                    and not _people_of_an_unknown_place(sent.text):
                # (not one told of a place the gazetteer lacks: "thousands of residents in Dipaculao left without electricity")
                unplaced.append(sent)  # (an outage told at no place, for the text's one country if it has one)
            t_here = find_temperature(sent.text)
            unit = re.search(r"\bin the (region|province|oblast|state|country)\b", sent.text)
            if t_here and unit:
                # "Temperatures in the region dropped to minus 5": the region the text is about
                gran = "country" if unit.group(1) == "country" else "region"
                held = list(dict.fromkeys(d.place.gazetteer_id for d in drafts.values() if d.place.granularity == gran))
                if len(held) == 1:
                    temps.append((t_here, [next(d.place for d in drafts.values() if d.place.gazetteer_id == held[0])]))
            elif t_here and prev_places and "\n" not in text[prev_end : sent.start]:
                # "With night temperatures near 3C, families are burning plastic": a sentence that
                # names no place speaks of the places named before it in the paragraph
                temps.append((t_here, prev_places))
            elif t_here:
                orphans.append(("temperature", t_here, sent))
            # (not when the sentence before named the place it goes on about: the carry gives it there)
            # (or a peak told after several places' outages, their total: "... reconnect roughly 26,000 remaining consumers in
            # parts of the Central and Uva provinces. ... At the height of the crisis, an estimated 4.1 million electricity users
            # were left without power")
            if (not last.get("keys") or sent.start - last["end"] > 400 or last["n"] >= 2
                    or (_AT_PEAK.search(sent.text) and len({k[0] for k in last["keys"]}) > 1)) and sent.start >= title_end \
                    and not (last.get("named") and sent.start - last["end"] <= 400 and not last.get("keys")) \
                    and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text) and not _MANY_PLACES.search(sent.text) \
                    and not _NATIONWIDE.search(sent.text) and not after_precedent and not _FUTURE.search(sent.text) \
                    and not _PRECEDENT.search(sent.text) and (q := find_affected(sent.text)) is not None:
                # ("... another major heating disruption that Alchevsk suffered back in winter 2006. Some of the pipes
                # froze, cutting off almost 700 houses": the earlier event's figure, after it is told)
                # (nor cuts still to come: "For tomorrow, there will be power outages in some 28,000 homes")
                orphans.append(("affected", q, sent))
            if (not last.get("keys") or sent.start - last["end"] > 400 or last["n"] >= 2) and sent.start >= title_end \
                    and (weather_doc or mishap_doc) and not _strike_cues(sent.text, True) and not _NEGATION.search(sent.text) \
                    and not _PRECEDENT.search(sent.text) and find_casualties(sent.text) != (None, None):
                orphans.append(("toll", find_casualties(sent.text), sent))  # ("2 people have died" in a storm's report)
            if (began := _ONSET_TOLD.search(sent.text)) and not _NEGATION.search(sent.text) and not after_precedent \
                    and (day := find_date(sent.text[began.end() :], base_date) or (
                        (wd := _ONSET_WEEKDAY.match(sent.text, began.end())) and find_date(f"on {wd.group(1)}", base_date))) and day[1] == 1:
                # ("The outage that began past noon Wednesday left 1.4 million customers without electricity"): the start
                orphans.append(("onset", day, sent))
            prev_end = sent.end
            told_outage_at = sent.end if _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text) else None
            told_services = _services_in(sent.text) if told_outage_at is not None else set()
            if stated and stated[1] == 1 and _earlier_than(stated[0], base_date):
                # "On January 22, 2006, the district heating system of the city collapsed" in a report of 2014:
                # an earlier event, told by its own day
                last = {}
                continue
            if not last or sent.start - last["end"] > 400:
                _anaphoric_casualties(sent, drafts)
                _anaphoric_outage(sent, drafts)
            if (told := _demonym_outage(sent, drafts, base_date, gz)) is not None:
                # "The number of Czech households without electricity reached 290,000."
                last = {"end": sent.end, "keys": [told], "n": 0}
                continue
            unit_o = re.search(r"\bin\s+the\s+(prefecture|province|oblast|parish|county|voivodeship|governorate)\b", sent.text, re.I)
            if unit_o and told_outage_at and not was_precedent and not after_precedent and not _FUTURE.search(sent.text) \
                    and not _MANY_PLACES.search(sent.text):
                # ("Many schools in Chiba Prefecture reopened ... As of 10 p.m. Tuesday, about 58,000 households in the prefecture
                # were still without power": the unit the text last named so)
                word = unit_o.group(1).lower()
                held = [j for j in range(len(mentions)) if mentions[j].end <= sent.start and places[j] is not None
                        and places[j].granularity == "region" and (word in mentions[j].text.lower() or word in (places[j].name or "").lower())]
                if held:
                    last = _outage_of_the_place_before(sent, drafts, places[held[-1]], mentions[held[-1]].text, base_date)
                    continue
            both = re.search(r"\b(?:in|across|for)\s+both\s+(?:countries|nations|cities|towns|regions|states|provinces)\b", sent.text)
            if both and len({p.gazetteer_id for p in prev_places}) == 2 and sent.start - prev_end < 5 and _live(_OUTAGE, sent.text) \
                    and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text):
                # "ZRA has forced both Zimbabwe and Zambia to reduce the water they use. This has caused long power
                # cuts in both countries.": the two places the sentence before named
                keys = []
                for p in {p.gazetteer_id: p for p in prev_places}.values():
                    key = p.gazetteer_id or p.name
                    _outage_told_by(sent, drafts, key, p, p.name, _day_told(sent, base_date))
                    keys.append((key, "outage"))
                last = {"end": sent.end, "keys": keys, "n": 0}
                prev_end = sent.end
                continue
            if mishap_at is not None and sent.start - mishap_at[2] < 200 and not last.get("keys") and _live(_OUTAGE, sent.text) \
                    and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text):
                # "The fire in the Orenburg region has been extinguished. Several villages were temporarily cut off
                # from the gas supply.": the outage the incident caused, where it was
                last = _outage_of_the_place_before(sent, drafts, *mishap_at[:2], base_date)
                mishap_at = None
                continue
            told_region = _to_the_region(text, sent, sm, sentences, sent_starts, mention_starts, mentions, places, drafts,
                                         find_date(sent.text, base_date) or ((story_day, 1) if story_day else (base_date, 2) if base_date else None))
            struck_city = None if told_region else (_the_city_struck(sent, drafts, base_date) or _struck_by_foreign(sent, drafts, base_date, gz))
            if struck_city is not None:
                # ("Officials said the capital was struck overnight. Four people were killed.": the next
                # sentence's toll is that strike's)
                last = {"end": sent.end, "keys": [struck_city], "n": 0}
                if _live(_OUTAGE, sent.text) and _the_city(sent, drafts, base_date, named_city):
                    # ("The attack also resulted in power outages across the city": its outage too)
                    last["keys"].append((struck_city[0], "outage"))
            elif not told_region and not _the_city(sent, drafts, base_date, named_city) \
                    and not _nationwide(sent, mentions, places, drafts, base_date, gz, prev_places, text) \
                    and not _statewide(sent, mentions, places, drafts, base_date):
                if (not last.get("keys") and not last.get("struck") and not last.get("named") and weather_doc and len(doc_struck) == 1
                        and not any(k[1] == "outage" for k in drafts) and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text)
                        and not _FUTURE.search(sent.text) and not _PRECEDENT.search(sent.text)):
                    # ("Cyclone Chido battered Mayotte ... [other places named] ... More than 15,000 homes were without
                    # electricity": in a storm's report the outage no place is named for is the one struck place's)
                    last = {"end": sent.start, "keys": [], "n": 0, "struck": list(doc_struck.values())}
                _carry_over(sent, last, drafts, base_date, gz)
            when = find_date(sent.text, base_date)
            cued = _live(_OUTAGE, sent.text) or _live(_STRIKE, sent.text)
            incident = not cued and _GRID_INCIDENT.search(sent.text)  # ("a major incident affecting the nation's power grid occurred on Tuesday night")
            onset = (when, sent.end) if when and when[1] == 1 and (cued or incident) and not _NEGATION.search(sent.text) and not _EXTENDED.search(sent.text) else None
            if (story_day is None and onset and sent.start >= title_end and not was_precedent and not _FUTURE.search(sent.text)
                    and (incident or not all(_RESTORED.search(x.group(0)) for x in cued))):
                story_day = when[0]  # "A storm knocked out power to 250,000 homes on Tuesday": the story's day
            elif ((story_day is None or story_weak and when and when[0] < story_day and _days_apart(when[0], story_day) <= 3)
                  and when and when[1] == 1 and not cued and sent.start >= title_end and not was_precedent
                  and _STORM_CAME.search(sent.text) and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text)
                  and base_date and len(base_date) == 10 and 0 <= _days_apart(when[0], base_date) <= 7 and when[0] <= base_date):
                story_day, story_weak = when[0], False  # ("The storm hit late Wednesday night, bringing flooding", no place named): the story's day
            continue
        sent_date = find_date(_COMPARED_SINCE.sub(" ", sent.text), base_date) or day_before
        fut = _FUTURE.search(sent.text)
        if sent_date and fut and find_date(sent.text[fut.end() :], base_date) == sent_date and find_date(sent.text[: fut.start()], base_date) is None:
            sent_date = None  # "cuts would apply across most of the country on Sunday": a day to come starts nothing
        if (story_day is not None and sent_date and sent_date[1] == 1 and sent_date[0] < story_day and _days_apart(sent_date[0], story_day) <= 3
                and sent.start >= title_end and not was_precedent and _STORM_CAME.search(sent.text) and not _live(_OUTAGE, sent.text)
                and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text)):
            # ("... still without power and water Wednesday ... Faxai made landfall near the city of Chiba early Monday": the day
            # the storm came, told after a state on a later day, is the story's)
            story_day = sent_date[0]
        if (story_day is None and sent_date and sent_date[1] == 1 and sent.start >= title_end and not was_precedent
                and not _earlier_than(sent_date[0], base_date) and (_WEATHER.search(sent.text) or _GRID_INCIDENT.search(sent.text))
                and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text)):
            # "A magnitude 7.7 earthquake struck central Myanmar on Friday": the story's day
            story_day = (_onset_of_state(sent.text, base_date) or _counted_back(sent_date, sent.text) or sent_date)[0]
            story_weak = not _STORM_CAME.search(sent.text)
        if (story_day is None and sent_date is None and base_date and len(base_date) == 10 and sent.start >= title_end and not was_precedent
                and _WEATHER.search(sent.text) and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text)
                and (back := _counted_back((base_date, 1), sent.text))):
            # ("Eleven days after Hurricane Sandy made landfall, hundreds of thousands ... are still without power", in a report
            # of that eleventh day): the day the storm came is the story's, already counted back
            story_day = story_counted = back[0]
        # (a date that is the report's own day is when it was said: "has entered its fourth day ..., DABS said on Monday")
        # ("were without running water on Tuesday for the third consecutive day": counted back from the day the sentence tells)
        ref_day = sent_date[0] if sent_date and sent_date[1] == 1 and len(sent_date[0]) == 10 and base_date and sent_date[0] <= base_date else base_date
        if (sent_date is None or sent_date[0] == base_date or ref_day != base_date) and ref_day and len(ref_day) == 10 \
                and (ongoing := _ONGOING_FOR.search(sent.text)) and not _NEGATION.search(sent.text):
            # "residents have been living without heating for the fourth day": it began three days
            # before the report's day (an ordinal counts that day; "for three days" does not)
            o = ongoing.group("ord") or ongoing.group("ord2") or ongoing.group("ord3")
            if o:
                n = _ORDINALS.get(o.lower(), 0) - 1
            elif ongoing.group("n"):
                n = parse_number(ongoing.group("n")) or 0
            else:  # ("for four weeks")
                weeks = ongoing.group("nw").lower()
                n = 7 * (1 if weeks in ("a", "one") else parse_number(weeks) or 0)
            if 0 < n < 60:
                sent_date = ((_date.fromisoformat(ref_day) - timedelta(days=n)).isoformat(), 1)
        sent_date = _hours_back(sent.text, sent_date, base_date)
        if sent_date is None and onset and sent.start - onset[1] < 5 and _ANAPHOR_START.match(sent.text):
            # "The grid collapse began on 3 February. It left Sumy dark ...": the date carries forward
            sent_date = onset[0]
        if sent_date is None and told_before and sent.start - told_before[1] < 5 and "\n" not in text[told_before[1] : sent.start]:
            # "On 25 August the plant was cut off. Enerhodar lost power and water.": the story's
            # day goes on into the next sentence of the paragraph
            sent_date = told_before[0]
        onset = None
        if sent_date and base_date and len(base_date) > len(sent_date[0]) and base_date.startswith(sent_date[0]):
            sent_date = (base_date, 2)  # "the storm of 1998" in an article dated 1998-01-04
        if sent_date and _earlier_than(sent_date[0], base_date):
            sent_date = None  # an earlier year is a precedent's; the clause check below skips it
        if sent_date and _EXTENDED.search(sent.text):
            sent_date = None  # "on Wednesday extended the suspension of mobile internet": the day it was prolonged, not begun
        if _told_as_precedent(_own_years(sent.text)) or _INFOBOX_NOT_WHERE.match(sent.text) or continues_past or _CAMPAIGN_SINCE.search(sent.text) or (
                # "Earlier, on 20 March 2023, a bomb damaged a dam near Izium" in a 2024 report
                stated and stated[1] == 1 and _earlier_than(stated[0], base_date) and not _SINCE_STATE.search(sent.text)) \
                or _restored_long_ago(sent.text, stated, base_date) \
                or _month_long_before(sent.text, stated, base_date):
            continue
        if base_date and len(base_date) == 10 and (planned := _SCHEDULED_CUTS.search(sent.text)) and (
                ((later := find_date(sent.text[planned.start():], base_date)) and len(later[0]) == 10 and later[0] > base_date)
                or (scheduled_ahead and not find_date(sent.text, base_date))):
            # ("Power cuts scheduled in western Algiers February 10-16" in a notice of 7 February, then "Power cuts are
            # scheduled between 09:00 to 16:00 each day": cuts to come)
            scheduled_ahead = True
            continue
        t_here = find_temperature(sent.text)
        if t_here:
            temps.append((t_here, [places[i] for i in sm if places[i] is not None]))
        prev_end = sent.end
        if _DEMONYM_PART.search(sent.text):
            # "Some 1.2 million French people are without electricity, of which 780,000 reside in Brittany":
            # the whole is the country's, the part the place's
            _demonym_outage(sent, drafts, base_date, gz)
        segs = split_segments(sent)
        complained = None
        if _COMPLAINTS_FROM.match(sent.text) and (k := bisect_left(sent_starts, sent.start)) > 0:
            # "Residents of rural areas complain they have had no electricity since September 21. Complaints come from
            # all regions of the country: A; B; C": the places the complaints come from had the outage
            before = sentences[k - 1].text
            if _live(_OUTAGE, before) and not _NEGATION.search(before) and not _FUTURE.search(before):
                complained = _services_in(before) or {"power"}
        complained_anywhere = False  # (the complaints' places may be countries: "Among those countries were A, B")
        if complained is None and _AMONG_THOSE.match(sent.text) and (k := bisect_left(sent_starts, sent.start)) > 0:
            # "At least 10 countries appeared to have been affected by the cable cuts. Among those countries were
            # India, Pakistan and the United Arab Emirates.": the places of the outage the text has told
            before = sentences[k - 1].text
            told = [d for key, d in drafts.items() if key[1] == "outage"]
            if not _NEGATION.search(before) and (_live(_OUTAGE, before) or (re.search(r"\b(?:affected|impacted|hit)\b", before) and (told or _live(_OUTAGE, text[: sent.start])))):
                complained = _services_in(before) or set().union(*(d.services for d in told)) or _services_in(text[: sent.start]) or {"power"}
                complained_anywhere = True
        listed_first = None  # the place that opens an item of a list of places the sentence before the list said lost a service
        if list_head and _live(_OUTAGE, list_head) and not _NEGATION.search(list_head) and not _FUTURE.search(list_head) \
                and (firsts := [i for i in sm if places[i] is not None]):
            # "The operator has sent welfare facilities to the following communities that are still in the dark.
            # - Aboyne, Old Huntly Car Park - Alford, ...": each item's first place (not the hall or car park after it)
            # ("- Hollingbourne, Headcorn, Ulcombe and surrounding areas": an item that is itself a list, every place of it)
            sibling = re.search(r"\band\s+(?:[A-Z]|(?:the\s+)?surrounding\b)", sent.text) and all(places[k].granularity == "city" for k in firsts)
            listed_first = (set(firsts) if sibling else {firsts[0]}, _services_in(list_head) or {"power"})
        hits: list[tuple[int, str, set]] = []
        struck: list[int] = []  # places a storm or an attack is said to have hit, no outage yet
        excluded: set[int] = set()
        secondary: set[int] = set()  # places typed only as "also affected" / "hardest hit"
        described: set[int] = set()  # places that only qualify or describe another ("Pakistan's financial heart")
        one_place = len({places[j].gazetteer_id for j in sm if places[j] is not None}) <= 1
        for i in sm:
            m, p = mentions[i], places[i]
            if p is None or is_qualifier(mentions, text, i, places) or _possessive_qualifier(text, mentions, places, i):
                described.add(i)
                continue
            if _only_locates(text, sent, m, p, [places[j] for j in sm if j != i]):
                excluded.add(i)
                continue
            if p.granularity == "country" and re.match(r"\s+(?:peacekeeping|military|army|naval|air\s+force)\s+(?:base|camp|contingent|battalion|mission|unit)\b", text[m.end :]):
                excluded.add(i)  # ("a drone attack on a Bangladesh peacekeeping base in Kadugli": whose base, not where)
                continue
            if re.match(r"\s+(?:government|regime)\s+(?:troops|forces|soldiers|army|militias?)\b", text[m.end :]):
                excluded.add(i)  # ("Damascus government troops ... carried out attacks on ... Deir ez-Zor": whose troops)
                continue
            if _non_event_context(text, m, sent) or (
                # "In Cheboygan County, Presque Isle Electric said 22,000 members ...": a utility's
                # name speaks for its town only when its clause names no other place
                # (a region before it that holds it only locates it: "In northern Mississippi, Tupelo Water
                # & Light said")
                _UTILITY_NAME.match(text, m.end) and any(
                    j != i and places[j] is not None and _half_of(sent, mentions[j].start) == _half_of(sent, m.start)
                    # (not a dateline's town: "Dar es Salaam — The Tanzania Electric Supply Company ... announced")
                    and not (re.fullmatch(r"\W*", text[sent.start : mentions[j].start])
                             and re.match(r"\s*(?:\([^)]{1,30}\)\s*)?[—–]\s", text[mentions[j].end :]))
                    and not (mentions[j].start < m.start and places[j].granularity in ("region", "country")
                             and places[j].country_code == p.country_code
                             and (places[j].granularity == "country" or p.admin1 == places[j].name))
                    for j in sm)
            ) or (
                # "from Russia's Kursk and Oryol regions": a list shares its first member's role
                i - 1 in excluded and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", text[mentions[i - 1].end : m.start])
            ):
                if ((_INSTITUTION_AFTER.match(text, m.end) or (p.granularity == "country" and _OWN_CUTS_AFTER.match(text, m.end)))
                        and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text)
                        and p.granularity in ("country", "region") and (
                            len([j for j in sm if places[j] is not None]) == 1
                            # "Louisiana's largest utility said 30,000 were without power in the state, mostly around X"
                            or re.search(rf"\bin the (?:{_UNIT_WORDS[p.granularity]})\b", text[m.end : sent.end]))):
                    # "Kuwait's electricity ministry ordered rolling power cuts in dozens of areas":
                    # the cuts an institution orders are in its own country
                    hits.append((i, "outage", _services_in(sent.text) or {"power"}))
                    if (_strike_cues(sent.text, bool(_WEATHER.search(sent.text))) and re.search(
                            r"\b(?:attacks?|strikes?|cyber-?\s?attacks?)\s+on\s+[A-Z]", text[sent.start : m.start])) or _CYBER.search(sent.text):
                        # "A cyberattack on Kyivstar, Ukraine's largest mobile operator, knocked out ...":
                        # an attack on a country's utility is one on the country
                        hits.append((i, "strike", _services_in(sent.text) & {"power", "heating", "water", "gas", "communications"}))
                    continue
                excluded.add(i)
                continue
            seg = next((s for s in segs if s.start <= m.start < s.end), sent)
            ca, cb = _clause_of(sent, m.start)
            fronted = _FRONTED_YEAR.match(sent.text)
            year_when = re.search(r"\b((?:19|20)\d\d)\s*,\s*(?:when|as)\s+[^,;]*$", text[sent.start : m.start])
            # ("the coldest winter since 2008 in Tashkent": a comparison's year, no precedent)
            # ("has been without power since 10 Dec 2009" in January 2010: the state's start, not a precedent)
            if base_year and (any(int(y) < base_year for y in _YEAR_TOKEN.findall(_own_years(
                    _SINCE_STATE.sub(lambda x: x.group(0)[: x.start(1) - x.start()], text[ca:cb]))))
                              # ("But the 2021 freeze prompted a power shortage across the Texas grid, which led to
                              # rolling outages": the whole sentence tells of the earlier event)
                              or (past_event and int(past_event.group(1)) < base_year)
                              or (fronted and int(fronted.group(1)) < base_year)
                              # ("than in 2022, when Kherson and Mykolaiv spent weeks without water")
                              or (year_when and int(year_when.group(1)) < base_year)):
                continue  # "after the 1999 Southern Brazil blackout": a precedent in this clause
            cause = _CAUSE.search(seg.text)
            if cause and seg.start + cause.start() < m.start and not re.search(r",\s+(?:and|but|while|leaving|cutting|knocking out|which affected|that affected|affecting|which hit|hitting)\s|"
                                                                              # ("A power outage caused by a disruption in the undersea cable affected
                                                                              # electricity supply across Bali": the sentence's own verb after its subject)
                                                                              r"\b(?!that\b|which\b|who\b)\w+\s+(?:affected|hit|left|knocked\s+out|plunged|cut)\s+(?:electricity|power|supplies|supply|"
                                                                              r"the|much|most|parts|large|homes|households|customers|millions|thousands)\b", text[seg.start + cause.end() : m.start]):
                continue  # "the blackout's cause was a bug at the control room in Akron": locates the cause
            cause = _CAUSE_SUBJECT.match(sent.text)
            if cause and m.start < sent.start + cause.start("verb") and (
                    any(mentions[j].start > sent.start + cause.end("verb") for j in sm)
                    # (with no place after it, an outage it caused was where the cause was: "A fire at the Cuiabá
                    # substation in Mato Grosso caused a power outage"; but not "blackouts caused by fuel shortages")
                    or cause.group("verb") != "left" and not _OUTAGE_NOUN_NEXT.match(text, sent.start + cause.end("verb"), sent.end)):
                continue  # ("an explosion at a substation in X left 80,000 without power": X is the place)
            if (re.match(r"after\b", seg.text, re.I) and _live(_OUTAGE, text[sent.start : seg.start])
                    and not _strike_cues(seg.text, bool(_WEATHER.search(seg.text)))
                    # (but "... Tuesday after more than 50,000 were affected by outages Sunday night in the city and Westchester
                    # County": an after-clause that tells an outage of its own, at its place)
                    and not (_live(_OUTAGE, text[seg.start : m.start]) and not _NEGATION.search(seg.text)
                             # (not "The outages came a week after a blackout in the heart of Manhattan": an earlier one)
                             and not re.search(r"\b(?:days?|weeks?|months?|years?|came|comes|follow(?:s|ed|ing)?)\s+$", text[sent.start : seg.start])
                             and re.search(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?$", text[seg.start : m.start]))
                    # ("Thousands Without Power After Victorian Storms": the storms' own region is where the outage was)
                    and not (p.granularity in ("region", "country") and _STORM_NOUN_AFTER.match(text, m.end, sent.end))
                    # (but "lost power after the quake, most of them in Hualien County": where the outage was)
                    and not re.search(r",\s+(?:most|many|some|all|half|including|mostly|mainly|chiefly|especially)\b",
                                      text[seg.start : m.start], re.I)
                    # ("raised load-shedding after breakdowns at eight units, meaning households across X face
                    # ... without power": the result clause's place)
                    and not re.search(r",\s+(?:meaning|leaving|cutting|knocking out|plunging|so that)\b", text[seg.start : m.start], re.I)
                    # ("restored supplies after leaks from pipes left parts of Rugby with no water at all": the after-clause's own
                    # outage, told of the place its verb left without)
                    and not (re.search(r"\b(?:left|leaving|leaves)\s+(?:(?:parts|much|most|some|areas|sections|swathes)\s+of\s+)?(?:the\s+)?$",
                                       text[seg.start : m.start]) and _live(_OUTAGE, text[m.end : seg.end]))):
                # ("Nearly 20,000 customers still in the dark 1 week after deadly storm in Tulsa": a city too)
                if not (_WEATHER.search(seg.text) and (p.granularity in ("region", "country") or re.search(
                        r"\b(?:in|lashed|hit|struck|battered|pounded|ravaged|slammed\s+into|swept\s+through|tore\s+through)\s+$", text[seg.start : m.start]))
                        and not any(sent.start <= mentions[j].start < seg.start for j in sm)
                        # ("Ten thousand people have been left without electricity after wild storms lashed northern Tasmania")
                        and re.search(r"\b(?:across|throughout|through|over|in|lashed|hit|struck|battered|pounded|ravaged|slammed(?:\s+into)?|"
                                      r"swept\s+(?:through|across|over)|tore\s+(?:through|across))\s+(?:the\s+)?"
                                      r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?"
                                      # ("after Storm Amy got under way across the island of Ireland")
                                      r"(?:(?:island|state|province|region|county)\s+of\s+)?$",
                                      text[seg.start : m.start], re.I)) and (
                        # ("Heat supply was restored after the accident at the thermal power plant in
                        # Temirtau": when the outage names no place, the plant's town is where it was)
                        # ("In the X region, ... homes lost power after a power line was damaged in the city of Y": the region
                        # holds Y; but "A nationwide blackout hit Sri Lanka after ... a substation in Panadura": the country's)
                        any(sent.start <= mentions[j].start < seg.start and not (
                            places[j] is not None and places[j].granularity == "region" and _holds(places[j], p)) for j in sm)
                        or not _PLANT_IN.search(text[seg.start : m.start])) \
                        and not (not any(sent.start <= mentions[j].start < seg.start for j in sm) and _THROUGH_TOWNS.search(text[seg.start : m.start])):
                    # (but "18,000 homes are without power in the Merrimack Valley, after fires tore through
                    # Lawrence, Andover and North Andover": with no known place of its own, the outage is where the fires went)
                    continue  # "an outage hit Taiwan after workers at the X plant in Taoyuan cut ...": the cause's place
                # ("400,000 customers were still without power, two days after an ice storm brought down
                # lines across central Ontario": an outage that names no place is in the storm's area)
                typed_here = [("outage", _services_in(text[sent.start : seg.start]) or {"power"})]
            else:
                typed_here = _types_in(seg, m, weather_doc)
                if not typed_here and sabotage_doc and (cut_in := _CABLES_CUT_IN.search(sent.text)) and m.start >= sent.start + cut_in.end() \
                        and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text):
                    # ("Underground cables were cut in Meaux and Souppes-sur-Loing" in a report of suspected sabotage: the sites
                    # the saboteurs cut, not where service was lost)
                    typed_here = [("strike", _services_in(sent.text) or ({"communications"} if _FIBRE_TOLD.search(text) else {"power"}))]
                if (re.match(r"after\b", seg.text, re.I) and any(t == "strike" for t, _ in typed_here)
                        and not any(t == "outage" for t, _ in typed_here)
                        and _live(_OUTAGE, text[sent.start : seg.start]) and not _NEGATION.search(text[sent.start : seg.start])
                        and not any(sent.start <= mentions[j].start < seg.start for j in sm)
                        and re.match(r"[’']s\s+(?:\w+\s+)?(?:energy|power|electricity|heating|water)\s+(?:facilities|infrastructure|plants?|stations?|grid|system)\b",
                                     text[m.end : m.end + 50])):
                    # "Almost 60,000 people remain without electricity after another rocket attack on
                    # Belgorod's energy facilities": the town whose grid was struck is where the lights went out
                    typed_here = typed_here + [("outage", _services_in(text[sent.start : seg.start]) or {"power"})]
                if any(t == "strike" for t, _ in typed_here) and not any(t == "outage" for t, _ in typed_here) \
                        and (sup := _STRUCK_SUPPLY_TO.search(text, max(seg.start, m.start - 60), m.start)):
                    # "Boko Haram bombs power supply to Borno": the supply to the place was struck, the place lost it
                    typed_here = [("outage", _services_in(sup.group(0)) or {"power"})]
                if (atk := _ATTACK_SUBJECT.match(sent.text)) and m.start < sent.start + atk.start("verb") and any(
                        places[j] is not None and mentions[j].start > sent.start + atk.end("verb") for j in sm):
                    # "An attack against electricity infrastructure in Tumaco has left more than 200,000 people without
                    # power in Nariño department": the attack's place is struck, the outage is where the verb puts it
                    typed_here = [t for t in typed_here if t[0] != "outage"]
                elif atk and m.start > sent.start + atk.end("verb") and any(
                        places[j] is not None and places[j].granularity != "country" and mentions[j].start < sent.start + atk.start("verb") for j in sm):
                    # (not "an assault on Ukraine's energy infrastructure has left the city of Kremenchuk without electricity")
                    typed_here = [t for t in typed_here if t[0] != "strike"]  # (and the place the verb puts the outage is not struck)
            main = _main_clause(seg.text)
            if any(t == "outage" for t, _ in typed_here) and m.start >= seg.start + len(main) and len(main) < len(seg.text) \
                    and re.search(rf"\bthe (?:country|nation|region|province|state|city|town)\b(?![’']s)|{_THERE}", main) \
                    and _live(_OUTAGE, main) and not _live(_OUTAGE, seg.text[len(main):]):
                # ("... while 1.2 million people in the country were without power, as winds hit the department of
                # Finistère": the outage is the country's told before; the clause after names where the winds hit)
                typed_here = [t for t in typed_here if t[0] != "outage"]
            if not typed_here and _ISOLATED.search(seg.text) and m.start < seg.start + _ISOLATED.search(seg.text).start() \
                    and re.search(r"\b(?:cables?|internet|communications?|telecom\w*|phones?|connectivity)\b", sent.text, re.I) \
                    and not _NEGATION.search(seg.text):
                # "Tonga was all but cut off from the world after an undersea communications cable was severed"
                typed_here = [("outage", {"communications"})]
            fronted_cause = _FRONTED_CAUSE.match(sent.text)
            if fronted_cause and m.start < sent.start + fronted_cause.end() and any(t == "outage" for t, _ in typed_here) \
                    and not _live(_OUTAGE, fronted_cause.group(0)) and any(
                        places[j] is not None and mentions[j].start >= sent.start + fronted_cause.end() for j in sm):
                # "After the Russian occupiers blew up the Kakhovka HPP on June 6, more than 200,000 residents of
                # the Nikopol district were left without water": the fronted cause's place is not the outage's
                typed_here = [t for t in typed_here if t[0] != "outage"]
            said_by = _SAID_BY_RESIDENT.search(text, sent.start, m.start)
            if not typed_here and said_by and said_by.end() == m.start:
                # ('"The gas that was before was gone. The lights are off, the water is frozen. ...," a resident of Namangan
                # told Kun.uz': a quote of several sentences, then who said it, and where they live)
                close = said_by.start()
                quote_open = max(text.rfind("“", max(0, close - 800), close), text.rfind('"', max(0, close - 800), close))
                quote = text[quote_open + 1 : close] if quote_open >= 0 else ""
                if _live(_OUTAGE, quote) and not _NEGATION.search(quote):
                    typed_here = [("outage", _services_in(quote) or {"power"})]
            incident = _INCIDENT_AT.match(sent.text)
            if not typed_here and incident and m.start >= sent.start + incident.end() - 1:
                # "Falling debris from a downed drone caused a fire at a substation in Russia. The incident
                # occurred in the city of Kropotkin.": what the sentence before told happened here
                k0 = bisect_right(sent_starts, sent.start) - 1
                prev = sentences[k0 - 1].text if k0 >= 1 else ""
                if not _NEGATION.search(prev) and not _WEATHER.search(prev) and (
                        _strike_cues(prev, False) or (_DEBRIS.search(prev) and _WEAPON.search(prev))):
                    typed_here = [("strike", _services_in(prev) & {"power", "heating", "water", "gas", "communications"} if _INFRA.search(prev) else set())]
                if _live(_OUTAGE, prev) and not _NEGATION.search(prev):
                    typed_here = typed_here + [("outage", _services_in(prev) or {"power"})]
            area = _AFFECTED_AREA.match(sent.text)
            listed = _AFFECTED_LIST.match(sent.text) or _AFFECTED_INCLUDED.search(sent.text) or _AFFECTED_UNITS_INCLUDING.search(sent.text) \
                or _PROBLEMS_SEEN_IN.match(sent.text) or (
                # (only the list that follows: not "..., runs along the border with Ecuador")
                area if area and _only_list_between(text[sent.start + area.end() : m.start]) else None) or (
                _INCIDENT_AFFECTED.match(sent.text) if any(k[1] == "outage" for k in drafts) or told_outage_at is not None else None) or (
                # ("20 electric cooperatives across 12 affected regions declared total power failures. The storm severely
                # impacted the Bicol region and the provinces of Aurora, ...": right after an outage told at no place)
                _STORM_IMPACTED.match(sent.text) if told_outage_at is not None and sent.start - told_outage_at < 5 else None)
            if listed and (k0 := bisect_right(sent_starts, sent.start) - 1) >= 1 and _CLOSURES.search(sentences[k0 - 1].text) \
                    and not _live(_OUTAGE, sentences[k0 - 1].text) and not _live(_OUTAGE, sent.text):
                # "public offices will be shut or run reduced hours. Provinces affected include A and B": the closures' places
                listed = None
            label = None if listed else _AFFECTED_LABEL.match(sent.text)
            if not typed_here and label and m.start >= sent.start + label.end() and not drafts and told_outage_at is None \
                    and interruption_notice:
                # a utility's notice ("Time of interruption: 2:20 PM / Affected areas: A, B, C"): the places of its interruption
                typed_here = [("outage", _services_in(text) & {"power", "water", "gas", "communications"} or {"power"})]
            listed = listed or label
            if not typed_here and listed and m.start >= sent.start + listed.end() and (drafts or told_outage_at is not None):
                # "The affected municipalities are: Macapá (capital), Santana, ...": the places of the event
                # the text has told (its outage, else its strike; an outage told at no place just before)
                kinds = {k[1] for k in drafts} | ({"outage"} if told_outage_at is not None else set())
                kind = "outage" if "outage" in kinds else "strike"
                # (the services of the outage told at no place just before: "left without heating. Problems were observed in A, B")
                told_svc = told_services & {"power", "heating", "water", "gas", "communications"} if told_outage_at is not None and kind == "outage" else set()
                typed_here = [(kind, set().union(*(d.services for k, d in drafts.items() if k[1] == kind)) or told_svc
                               or ({"power"} if kind == "outage" else set()))]
            not_alone = _NOT_THE_ONLY.search(sent.text)  # ("Lae is not the only area affected": it is one of them)
            tail = _LIST_THEN_AFFECTED.search(sent.text) or not_alone
            if not typed_here and tail and m.start < sent.start + tail.start() and (
                    any(k[1] == "outage" for k in drafts) or told_outage_at is not None or (not_alone and _live(_OUTAGE, text[: sent.start]))) \
                    and (not_alone or not _NEGATION.search(sent.text)):
                # ("Ghana, Nigeria, and Cameroon were also affected", "A, B and C are among other countries impacted",
                # "with A, B and C taking the hardest hit": more places of the outage the text has told)
                typed_here = [("outage", set().union(*(d.services for k, d in drafts.items() if k[1] == "outage")) or {"power"})]
            if not typed_here and _OF_THEM_IN.search(text[sent.start : m.start]) and _live(_OUTAGE, text[sent.start : m.start]) \
                    and not _NEGATION.search(sent.text):
                # "87,000 households lost power after the quake, most of them in Hualien County and New Taipei"
                typed_here = [("outage", _services_in(sent.text) or {"power"})]
            if not any(t == "outage" for t, _ in typed_here):
                # "Lviv: explosions heard in the city; the mayor says ... parts of the city are without
                # power": a later part about "the city" that names no place of its own speaks of this one
                # ("In the nearby town of Vilniansk, a drone hit a gas pipeline; gas supply to about 1,200
                # households was cut": after a fronted place, any later part that names none)
                fronted_here = _FRONTED.fullmatch(text[sent.start : m.start]) is not None
                # ("warnings from police in Toronto and Ottawa, who reported connection problems when people
                # called 911": a relative clause right after tells what the place's people reported)
                later = next((x for x in segs if x.start >= seg.end and (fronted_here or re.search(r"\bthe (?:city|town|capital)\b", x.text)
                                                                        or (_WHO_REPORTED.match(x.text) and not text[seg.end : x.start].strip(" ,")))
                              and _live(_OUTAGE, x.text) and not _NEGATION.search(x.text)
                              and not any(x.start <= mentions[j].start < x.end for j in sm)), None)
                # (a list item's label is the city only when the item names no other place)
                ids = ({places[j].gazetteer_id for j in sm if places[j] is not None and not _is_label(text, mentions[j], sent)}
                       or {places[j].gazetteer_id for j in sm if places[j] is not None}) if later is not None else set()
                if later is None and p.granularity in ("country", "region"):
                    # ("At least one person in France was killed, while 1.2 million people in the country were
                    # without power, as winds hit Finistère": "the country", "there", of the one country named)
                    back_ref = rf"\bthe (?:country|nation)\b(?![’']s)|{_THERE}" if p.granularity == "country" else \
                        rf"\bthe (?:region|province|state|county|department)\b(?![’']s)|{_THERE}"
                    later = next((x for x in segs if x.start >= seg.end and re.search(back_ref, _main_clause(x.text))
                                  and _live(_OUTAGE, _main_clause(x.text)) and not _NEGATION.search(x.text)
                                  and not any(x.start <= mentions[j].start < x.start + len(_main_clause(x.text)) for j in sm)), None)
                    ids = {places[j].gazetteer_id for j in sm if places[j] is not None and places[j].granularity == p.granularity}
                if later is not None and ids == {p.gazetteer_id}:
                    typed_here = typed_here + [("outage", _services_in(later.text) or {"power"})]
            if not any(t == "strike" for t, _ in typed_here) and _FRONTED.fullmatch(text[sent.start : m.start]):
                # "In Kyiv, 12 drones were shot down, but one hit a substation": a later part that names
                # no place, after a fronted one, tells what hit it
                later = next((x for x in segs if x.start >= seg.end and not _NEGATION.search(x.text) and (_strike_cues(x.text, False) or (
                    _WEAPON.search(sent.text) and _HIT_VERB.search(x.text)))
                              and not any(x.start <= mentions[j].start < x.end for j in sm)), None)
                if later is not None:
                    services = _services_in(later.text)
                    typed_here = typed_here + [("strike", services if _INFRA.search(later.text) else set())]
            if not any(t == "strike" for t, _ in typed_here) and _INTERCEPTED.search(seg.text) and re.search(
                    r"\b(?:over|above|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", text[seg.start : m.start]):
                # "intercepted ten drones over the Kursk Region, but one of the UAVs managed to hit an
                # electrical substation, causing a local blackout": one got through, in the same sentence
                later = next((x for x in segs if x.start >= seg.end and _GOT_THROUGH.search(x.text) and not _NEGATION.search(x.text)
                              and not any(x.start <= mentions[j].start < x.end for j in sm)), None)
                if later is not None:
                    rest = text[later.start : sent.end]
                    typed_here = typed_here + [("strike", _services_in(rest) if _INFRA.search(rest) else set())] + (
                        [("outage", _services_in(rest) or {"power"})] if _live(_OUTAGE, rest) and not _NEGATION.search(rest)
                        and not any(t == "outage" for t, _ in typed_here) else [])
            if not typed_here and complained is not None and (complained_anywhere or p.granularity != "country"):
                typed_here = [("outage", set(complained))]
            if not typed_here and listed_first is not None and i in listed_first[0]:
                typed_here = [("outage", set(listed_first[1]))]
            if not typed_here and re.fullmatch(r"\W*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s*,\s*(?:and\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*\s*", seg.text) \
                    and (nxt_seg := next((x for x in segs if x.start >= seg.end), None)) is not None \
                    and re.match(r"\s*[–—-]", text[seg.end : nxt_seg.end]) and _live(_OUTAGE, nxt_seg.text) and not _NEGATION.search(nxt_seg.text) \
                    and not any(nxt_seg.start <= mentions[j].start < nxt_seg.end and places[j] is not None for j in sm):
                # (not a dateline before a story of other places: "Cape Town – Johannesburg residents have complained of
                # prolonged water outages")
                # "Khartsyzk, Ilovaisk, Zuhres – once every two days": a bare list of places, then what they get
                # (what they get is the service the text spoke of just before)
                typed_here = [("outage", _services_in(nxt_seg.text) or _services_in(text[max(0, sent.start - 300) : sent.start]) or {"power"})]
            if not typed_here and ";" in text[max(sent.start, seg.start - 3) : seg.start + 1] and not _FINITE.search(seg.text) \
                    and not _CLAUSE_VERB.search(seg.text):
                # (only names: not "; Congonhas Airport saw 300 flight cancellations" after "water shortages hit Morumbi")
                # "Power outages were also reported in A, B and C of Nueva Vizcaya; D and E of Isabela
                # province": a list that goes on past a semicolon keeps the clause's cue
                first = next((x for x in segs if x.end <= seg.start and _live(_OUTAGE, x.text) and not _NEGATION.search(x.text)), None)
                if first is not None and all(not _FINITE.search(x.text) for x in segs if first.end <= x.start < seg.start):
                    typed_here = [("outage", _services_in(first.text) or {"power"})]
            if not typed_here and (these := _THESE_ARE.match(sent.text)):
                # "... said that seven provinces had no power after transmission lines tripped. These are
                # Cagayan, Abra and Kalinga.": the list names the places the sentence before counted
                # ("PG&E turned off power to communities in the North Bay. Those communities are: A, B, ...")
                k0 = bisect_right(sent_starts, sent.start) - 1
                prev = sentences[k0 - 1].text if k0 >= 1 else ""
                if _live(_OUTAGE, prev) and not _NEGATION.search(prev) and (
                        _PLACE_COUNT.search(prev) or (these.group(1) and re.search(rf"\b{these.group(1)}\b", prev, re.I))):
                    typed_here = [("outage", _services_in(prev) or {"power"})]
            if not typed_here and (it_affects := _IT_AFFECTS.match(sent.text)) and m.start > sent.start + it_affects.start(1):
                # "After the storm Alfrida, a large number of households have been hit by power cuts. This mainly affects
                # Gotland, Stockholm and Uppsala county.": the places the loss told just before, at no place, reaches
                k0 = bisect_right(sent_starts, sent.start) - 1
                prev = sentences[k0 - 1] if k0 >= 1 else None
                if prev is not None and _live(_OUTAGE, prev.text) and not _NEGATION.search(prev.text) \
                        and not any(prev.start <= x.start < prev.end and places[j] is not None for j, x in enumerate(mentions)):
                    typed_here = [("outage", _services_in(prev.text) or {"power"})]
            if not typed_here:
                # "Memphis issued a boil-water notice after water pressure dropped": the cause clause
                # that names no place of its own speaks of this one
                nxt = next((x for x in segs if x.start >= seg.end), None)
                if (nxt is not None and re.match(r"after\b", nxt.text, re.I) and _live(_OUTAGE, nxt.text)
                        and not _NEGATION.search(nxt.text) and not any(
                            # ("after four days without electricity, and hospitals in Caracas ...": another half's place)
                            nxt.start <= mentions[j].start < min(nxt.end, _half_of(sent, nxt.start)[1])
                            # ("after Russia's latest blitz left a million people in the capital without heating")
                            and not _speaks(text, mentions[j], sent) and not _is_actor(text, mentions[j], sent.start, sent.end) for j in sm)):
                    # ("..., the Madison County coroner said": who speaks names no place of its own)
                    typed_here = [t for t in _types_in(nxt, m, weather_doc) if t[0] == "outage"]
            hit_verb = _HIT_VERB.search(seg.text)
            if doc_strikes and not any(t == "strike" for t, _ in typed_here) and not _WEATHER.search(sent.text) and (
                    (_WEAPON.search(sent.text) and hit_verb
                     # (but "one struck the power station, causing an outage in A and B states": the result's places)
                     and not (seg.start + hit_verb.end() < m.start and _RESULT_CLAUSE.search(text, seg.start + hit_verb.end(), m.start)))
                    # (but "power cuts were in place in Kyiv after the overnight attacks": an outage
                    # the attacks told before caused, nothing said to be hit there)
                    # ("Rylsk had already been reconnected to backup sources shortly after the attack": nor one restored)
                    # ("Bryansk left without power, heating after Ukraine's attack", "an interruption of the electricity supply
                    # in the city of Bryansk ... after an attack perpetrated by a Ukrainian drone": where the lights went out)
                    or ((aa := _AFTER_ATTACK.match(text, seg.end)) and not (
                        (_live(_OUTAGE, seg.text) or re.search(r"\b(?:reconnected|restored|switched\s+to\s+backup)\b", seg.text))
                        and not DAMAGE.search(seg.text)
                        # (but "after a drone slammed into the city's power plant": a hit told)
                        and re.match(r"\s*(?:shortly\s+|soon\s+|hours\s+|right\s+)?after\s+(?:the\b|(?:an?\s+|[A-Z][\w-]*[’']s\s+)(?:[\w-]+\s+){0,2}?"
                                     r"(?:attacks?|strikes?|shelling|bombardment)\b)", aa.group(0))))):
                # "Nine drones were shot down, but one hit a substation near Klintsy";
                # "A fire broke out at a depot in Bryansk after the drone attack"
                if not _INTERCEPT.search(text[seg.start : m.start]):
                    typed_here.append(("strike", set()))
            # ("150,000 consumers in Odesa Oblast lost power after a substation was damaged": the cause
            # clause that names no place of its own)
            cause_seg = next((x for x in segs if x.start >= seg.end), None)
            if cause_seg is not None and not (re.match(r"after\b", cause_seg.text, re.I)
                                              and not any(cause_seg.start <= mentions[j].start < cause_seg.end for j in sm)):
                cause_seg = None
            damaged = seg if _INFRA_DAMAGED.search(seg.text) else cause_seg if cause_seg and _INFRA_DAMAGED.search(cause_seg.text) else None
            if damaged is None and _SUFFERED_DAMAGE.match(text, m.end) and not _WEATHER.search(sent.text):
                damaged = seg  # "Chornomorsk, a nearby city, faced severe damage to homes" in a report of an attack
            if damaged is None and _DAMAGED_TOO.search(seg.text) and not _WEATHER.search(sent.text):
                damaged = seg  # "A second section of the same line near Pulawy was also damaged" in a report of sabotage
            if doc_strikes and not any(t == "strike" for t, _ in typed_here) and damaged is not None \
                    and not _NEGATION.search(damaged.text) and p.granularity != "facility":
                # "Odesa region: energy facilities damaged" in a report of an attack
                typed_here.append(("strike", {"power"} if re.search(r"energy|power|electric|substation|grid", damaged.text, re.I) else set()))
            if p.granularity == "facility" and not any(t == "strike" for t, _ in typed_here) and doc_strikes and DAMAGE.search(seg.text):
                # "The hydroelectric station was put out of action" in a report of strikes
                typed_here.append(("strike", {"power"} if POWER_KINDS.search(m.text) else set()))
            if not any(t == "outage" for t, _ in typed_here) and _LOST_CONTACT.search(seg.text) and re.search(
                    r"\b(?:blackouts?|communications?|internet|phones?|telecoms?|networks?)\b", sent.text, re.I) \
                    and not _NEGATION.search(seg.text):
                # "the blackout hampered dispatch; the Red Crescent said it had lost contact with its teams
                # in Khan Younis": where contact was lost, communications were
                typed_here = typed_here + [("outage", {"communications"})]
            if typed_here and all(t == "strike" for t, _ in typed_here) and re.match(r"\W*(?:after|following)\b", seg.text, re.I) \
                    and not any(mentions[j].start < seg.start for j in sm if places[j] is not None):
                head = text[sent.start : seg.start]
                if _live(_OUTAGE, head) and not _NEGATION.search(head) and not _FUTURE.search(head):
                    # "Thousands have been left without power after Russia launched a drone attack on X": the outage
                    # told at no place is the attacked place's
                    typed_here = typed_here + [("outage", _services_in(head) or {"power"})]
            typed_here = _split_at_when(text, sent, sm, mentions, places, i, typed_here)
            for etype, services in typed_here:
                hits.append((i, etype, services))
            half_start = _half_of(sent, m.start)[0]
            if not any(t == "strike" for t, _ in typed_here) and doc_strikes and not _WEATHER.search(sent.text) and (
                    re.match(r"^\W*In\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:(?:city|town|village)\s+of\s+)?$", text[sent.start : m.start])
                    # ("..., while in Voronezh two people were injured by falling debris")
                    or (half_start > sent.start and re.match(r"^\W*(?:while\s+|and\s+|but\s+)?in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", text[half_start : m.start]))) \
                    and re.match(r"^,?\s+(?:[\w-]+\s+){1,4}?(?:died|was killed|were killed|killed|was injured|were injured|injured|wounded)\b", text[m.end : sent.end]):
                # "In Dnipro, one person died and six were injured." in a report of strikes
                typed_here.append(("strike", set()))
                hits.append((i, "strike", set()))
            if not typed_here and doc_strikes and (_KILLED_IN.search(text[max(seg.start, m.start - 90) : m.start])
                                                   or _TOLL_AFTER.match(text, m.end, sent.end)):
                # "...; a woman was killed in Kostiantynivka" in a report of strikes: struck there ("The region of
                # Zaporizhzhia, which is partly occupied, also saw one fatality")
                typed_here.append(("strike", set()))
                hits.append((i, "strike", set()))
            if not typed_here and re.match(r"\s*[:–—]", seg.text) and _FIGURE_BEFORE.search(text[max(seg.start, m.start - 60) : m.start]):
                head = text[sent.start : seg.start]
                if _live(_OUTAGE, head) and not _NEGATION.search(head) and not _FUTURE.search(head) and find_affected(head) is not None:
                    # "A total of 114,796 households remained without water — 95,359 in Ishikawa, 19,100 in Toyama and 337 in
                    # Niigata": each place of the count's breakdown had the outage
                    typed_here.append(("outage", _services_in(head) or {"power"}))
                    hits.append((i, "outage", _services_in(head) or {"power"}))
            if not typed_here and seg.text.startswith(":") and _FIGURE_BEFORE.search(text[max(seg.start, m.start - 60) : m.start]):
                head = text[sent.start : seg.start]
                if _strike_cues(head, False) and not _WEATHER.search(head) and find_casualties(head) != (None, None):
                    # "Strikes killed seven people across Ukraine: four in Zaporizhzhia, two in ...": each
                    # place of the series after the colon was struck
                    typed_here.append(("strike", set()))
                    hits.append((i, "strike", set()))
            if not typed_here and re.match(r"[:–—]", seg.text) and _LIST_NOUN_BEFORE.search(text, max(sent.start, seg.start - 80), seg.start):
                head = text[sent.start : seg.start]
                if _strike_cues(head, False) and not _WEATHER.search(head) and not _NEGATION.search(head) and not _INTERCEPT.search(head) \
                        and not _FUTURE.search(head):
                    # "The Russians sent MLRS Grad and heavy artillery to four communities – A, B, C and D": the places the
                    # dash or colon lists were struck
                    typed_here.append(("strike", set()))
                    hits.append((i, "strike", set()))
                if _live(_OUTAGE, head) and not _NEGATION.search(head) and not _FUTURE.search(head):
                    # "long emergency power outages were introduced in 4 central regions of Ukraine: Zhytomyr, Chernihiv,
                    # Cherkasy, Kyiv and in the capital": the places the colon lists had the outage told before it
                    typed_here.append(("outage", _services_in(head) or {"power"}))
                    hits.append((i, "outage", _services_in(head) or {"power"}))
            hardest = _HARDEST.search(text, *_clause_of(sent, m.start))
            if hardest is None:
                later = _HARDEST.search(text, m.end, sent.end)
                if later and _only_list_between(_RELATIVE_CLAUSE.sub(" ", text[m.end : later.start()]).replace(" among ", " ")):
                    hardest = later  # "Nuevo León, Tamaulipas and Chihuahua were the worst hit"
            # (in a storm's report, schools closed and trains stopped by the weather are no sign of an
            # outage told sentences before)
            if not typed_here and _CONSEQUENCE.search(seg.text) and not _NEGATION.search(seg.text) and (
                    _last_had_outage(last, drafts, sent) or (not weather_doc and any(k[1] == "outage" for k in drafts))):
                # "In Montreal, the metro was shut down", right after the blackout
                typed_here.append(("outage", set()))
                hits.append((i, "outage", set()))
            # ("the majority of them are in the Montreal area", "six particularly hard-hit regions: Montreal,
            # Laval and ..."): where the outage's people are, said of the outage told before
            # (a sentence of its own that says where the people of the count told just before are)
            where_told = _MOST_IN_LIST.fullmatch(sent.text) or _THAT_NUMBER_IN.match(sent.text)
            if not typed_here and (_THEM_IN.search(text, max(sent.start, m.start - 60), m.start) or _HARD_HIT_LIST.search(
                    text, max(sent.start, m.start - 200), m.start) or where_told) and not _NEGATION.search(sent.text) and (
                    _last_had_outage(last, drafts, sent) or any(k[1] == "outage" for k in drafts)
                    or (where_told and told_outage_at is not None and sent.start - told_outage_at < 5)):
                typed_here.append(("outage", set()))
                hits.append((i, "outage", set()))
                secondary.add(i)
            similar = _SIMILAR_SITUATION.match(sent.text)
            if not typed_here and (((same := _SAME_GOES.match(sent.text)) and sent.start + same.end() <= m.start
                                    and _last_had_outage(last, drafts, sent))
                                   # (the story's outage, told sentences before: "similarly" compares with it)
                                   or (similar and m.end <= sent.start + similar.end() and any(k[1] == "outage" for k in drafts))) \
                    and not _NEGATION.search(sent.text):
                # "Much of Almaty is without power. The same goes for Tashkent, the capital of Uzbekistan, and Bishkek"
                svc = set().union(*(drafts[k].services for k in last.get("keys", []) if k[1] == "outage" and k in drafts))
                typed_here.append(("outage", svc or {"power"}))
                hits.append((i, "outage", svc or {"power"}))
            among = (_AMONG_AFFECTED.search(text, m.end, sent.end) or _ALSO_AFFECTED.search(text, m.end, sent.end)
                     or _WERE_AFFECTED.search(sent.text)
                     or (_IT_AFFECTED.match(sent.text) and sent.start + _IT_AFFECTED.match(sent.text).end() <= m.start))
            if among and (w := re.search(r"\baffected\s*,\s+with\s+", sent.text)) and not _live(_OUTAGE, sent.text[w.end() :]) \
                    and not _services_in(sent.text[w.end() :]):
                among = None  # "Southern England was also badly affected, with many schools closed": what the storm did there
            # ("More than 312,000 customers endured outages. Tennessee and Texas bore the brunt": the
            # outage told just before, at no place)
            told_just_before = told_outage_at is not None and sent.start - told_outage_at < 5
            if not typed_here and ((hardest and m.start < hardest.start() and (_last_had_outage(last, drafts, sent) or told_just_before))
                                   or (among and (any(k[1] == "outage" for k in drafts) or told_just_before))):
                # "It affected 21 million customers in Jakarta and Banten", said of the blackout
                # "London and the Midlands were among the areas affected" in a blackout's report
                # "Brittany and Normandy were hardest hit", right after the outage it speaks of
                typed_here.append(("outage", set()))
                hits.append((i, "outage", set()))
                secondary.add(i)
            if not typed_here and not _NEGATION.search(sent.text) and _live(_OUTAGE, sent.text) and re.search(
                    r"\b(?:are|were|is|was|have\s+been|had\s+been)\s+affected\s+in\s+(?:the\s+(?:city|town|province)\s+of\s+)?$",
                    text[max(seg.start, m.start - 40) : m.start]) and find_affected(seg.text) is not None:
                # "With more than 41 degrees and without light: more than 60 thousand users are affected in X"
                typed_here.append(("outage", _services_in(sent.text) or {"power"}))
                hits.append((i, "outage", _services_in(sent.text) or {"power"}))
            if not typed_here and p.granularity in ("region", "country") and _STORM_NOUN_AFTER.match(text, m.end, sent.end) \
                    and re.match(r"after\b", seg.text, re.I) and _live(_OUTAGE, text[sent.start : seg.start]) and not _NEGATION.search(sent.text):
                # "Thousands Without Power After Victorian Storms": the outage the storms of a region caused, there
                typed_here.append(("outage", _services_in(text[sent.start : seg.start]) or {"power"}))
                hits.append((i, "outage", typed_here[-1][1]))
            if not typed_here and doc_strikes and (dm := _DAMAGE_THERE.search(seg.text)) and dm.start() < m.start - seg.start < dm.end() \
                    and not _NEGATION.search(seg.text) and not _PRECEDENT.search(seg.text):
                # "Energy infrastructure in Kharkiv and Poltava regions was severely damaged" in a report of an
                # attack: damage done by the attack there
                svc = _services_in(seg.text) & {"power", "heating", "water", "gas", "communications"}
                typed_here.append(("strike", svc))
                hits.append((i, "strike", svc))
            # (the whole sentence when it names one place: "The province of Valencia woke up ... after the
            # devastation caused by the storm that struck on Tuesday")
            told_in = sent.text if one_place else seg.text
            if not typed_here and _WEATHER.search(told_in) and not _NEGATION.search(told_in) and re.search(
                    r"\b(?:struck|strikes|hit|hits|swept|sweeps|batter\w*|affected|lash\w*|pound\w*|devastat\w+|ravag\w+|inflicted|wreak\w*|wrought|"
                    r"shaken|shook|shakes|slam\w*|hammer\w*|bore down on|passage|passed through|made landfall|caus\w+\s+(?:\w+\s+)?(?:chaos|havoc))\b", told_in, re.I) \
                    and not _GEAR_NEAR.search(text[max(seg.start, m.start - 60) : m.start]):
                struck.append(i)  # (but not "collapsing transmission towers near Geelong": where the gear fell)
        for i, etype, _ in list(hits):
            p = places[i]
            if (p.gazetteer_id or "").startswith("outage-atlas:") and any(
                t == etype and j != i and places[j].lat is not None and p.lat is not None
                and distance_km(p.lat, p.lon, places[j].lat, places[j].lon) < 1500
                and mentions[j].start > mentions[i].end
                and (inc := re.search(r"\b(?:including|such as|notably|especially|in particular|namely|among them)\b",
                                      text[mentions[i].end : mentions[j].start]))
                # (but "attacks across the Gaza Strip killed at least 50, including 12 in Gaza City": a
                # figure of the area's own before the example keeps it)
                and find_casualties(text[mentions[i].end : mentions[i].end + inc.start()]) == (None, None)
                and find_affected(text[mentions[i].end : mentions[i].end + inc.start()]) is None
                for j, t, _ in hits
            ):
                # "parts of the Russian Arctic, including Murmansk": the named town is the place
                hits = [h for h in hits if not (h[0] == i and h[1] == etype)]
                continue
            if p.granularity == "country" and not _WHOLE_BEFORE.search(text[max(sent.start, mentions[i].start - 70) : mentions[i].start]) \
                    and not _OUTAGE_HIT_BEFORE.search(text[max(sent.start, mentions[i].start - 60) : mentions[i].start]) and any(
                t == etype and places[j].granularity != "country" and places[j].country_code == p.country_code
                and not _INCLUDING.search(text[max(sent.start, mentions[j].start - 40) : mentions[j].start])
                and not (mentions[j].start > mentions[i].end and _INCLUDING_ANY.search(text[mentions[i].end : mentions[j].start]))
                # ("left 14 of Chile's 16 regions without electricity, from Arica in the north to Los
                # Lagos in the south": the ends of the span the country's outage covers)
                and not (mentions[j].start > mentions[i].end and _SPAN_END.search(text[mentions[i].end : mentions[j].start]))
                # ("in France, 1.2 million people were left without power, around 780,000 of those ... in Brittany": a part of it)
                and not (mentions[j].start > mentions[i].end and _PARTITIVE.search(text[mentions[i].end : mentions[j].start]))
                # ("Localities across Malta and Gozo have had to contend with ... power cuts": the country and its island, two of a list)
                and not (mentions[j].start > mentions[i].end and re.fullmatch(r"\s+and\s+", text[mentions[i].end : mentions[j].start])
                         and re.search(r"\b(?:across|throughout|all\s+over|in)\s+(?:the\s+)?$", text[max(sent.start, mentions[i].start - 20) : mentions[i].start], re.I))
                # ("A power outage hit parts of Prague and the Czech Republic": the city and the country, two of a list)
                and not (mentions[j].end < mentions[i].start and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[mentions[j].end : mentions[i].start])
                         and not re.match(r"[’']s\b", text[mentions[i].end : mentions[i].end + 2]))
                # ("power cuts in Dhaka and other parts of Bangladesh": the city and the rest of the country)
                and not (mentions[j].end < mentions[i].start and re.fullmatch(
                    # ("Addis Ababa and several other cities in Ethiopia are experiencing power black out")
                    r"\s+(?:and|as well as)\s+(?:in\s+)?(?:other|several|many|various|some|most)\s+(?:other\s+)?(?:parts|areas|regions|cities|towns|districts|places)\s+(?:of|in|across)\s+(?:the\s+)?",
                    text[mentions[j].end : mentions[i].start]))
                for j, t, _ in hits
            ):
                # "power failed in Lviv, Ukraine": the city is the place; but "14 of Chile's 16
                # regions, including the capital Santiago" keeps the country beside its example
                hits = [h for h in hits if not (h[0] == i and h[1] == etype)]
        # "The outage in Puerto Rico became the largest blackout in United States history": the
        # place of the comparison is not another event
        hits = [h for h in hits if not (
            re.match(r"^(?:[’']s)?\s+history\b", text[mentions[h[0]].end : mentions[h[0]].end + 12])
            and any(mentions[j].start < mentions[h[0]].start and places[j].gazetteer_id != places[h[0]].gazetteer_id
                    for j, _, _ in hits))]
        # "pylons in Kherson Oblast were blown up, leaving 2 million people in Crimea without
        # electricity": the place of the result is not where the attack was
        struck_first = [mentions[h[0]].start for h in hits if h[1] == "strike"]
        # ("Vandals destroyed three towers on the X-Y line, cutting power supply to A and B states":
        # the attack named before the result clause, its places only after it)
        s_cues = [sent.start + x.start() for x in _strike_cues(sent.text, bool(_WEATHER.search(sent.text)))]
        rc0 = _RESULT_CLAUSE.search(text, min(s_cues), sent.end) if s_cues else None
        if rc0 is not None and (any(x[1] == "strike" and mentions[x[0]].start < rc0.start() for x in hits)
                                or _strike_cues(text[rc0.start() : sent.end], False)):
            rc0 = None
        hits = [h for h in hits if not (
            h[1] == "strike" and any(x[0] == h[0] and x[1] == "outage" for x in hits) and (
                (struck_first and min(struck_first) < mentions[h[0]].start
                 and _RESULT_CLAUSE.search(text[min(struck_first) : mentions[h[0]].start]))
                or (rc0 is not None and mentions[h[0]].start > rc0.start())))]
        if _WEATHER.search(sent.text) and (tw := _WEATHER_TOWARD.search(sent.text)):
            # "The outages coincided with the cascade of snowfall crawling over the landscape from the west toward the population
            # centers of A, B, C and the Gulf Coast": where the weather was heading, not where power was lost
            hits = [h for h in hits if not (h[1] == "outage" and mentions[h[0]].start >= sent.start + tw.end()
                                            and not _live(_OUTAGE, text[sent.start + tw.end() : sent.end]))]
        cause = _CAUSED_BY_ATTACK_ON.search(sent.text)
        if cause and _live(_OUTAGE, sent.text[: cause.start()]):
            # "water outages have occurred in A as a result of the Russians' explosion of the B power plant": the outage is
            # A's, the attack B's (the cause's own clause runs to the next comma)
            c_start, c_end = sent.start + cause.end(), sent.start + (re.search(r"[,;]|$", sent.text[cause.end():]).start() + cause.end())
            inside = {h[0] for h in hits if c_start <= mentions[h[0]].start < c_end}
            before = {h[0] for h in hits if mentions[h[0]].end <= sent.start + cause.start()}
            if inside and any(h[1] == "strike" and h[0] in inside for h in hits) and any(h[1] == "outage" and h[0] in before for h in hits):
                hits = [h for h in hits if not ((h[1] == "outage" and h[0] in inside) or (h[1] == "strike" and h[0] in before))]
        al = _ALERTS_ISSUED_IN.search(sent.text)
        if al:
            # "an explosion in Odesa, with subsequent air raid alerts issued in the Kharkiv, Poltava and Dnipropetrovsk regions":
            # where the sirens sounded, not where anything was hit
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].start >= sent.start + al.end())]
        fl = _FLOODING_AFTER.search(sent.text)
        if fl and any(h[1] == "strike" and mentions[h[0]].start < sent.start + fl.start() for h in hits):
            # "the army blew up the dam of the X power plant, causing flooding in parts of the A and B regions": where the
            # water went, not what was struck
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].start > sent.start + fl.start())]
        fa = re.match(r"\W*After\b([^,;]{5,200}),", sent.text)
        if fa and _strike_cues(fa.group(1), False) and not _strike_cues(sent.text[fa.end():], bool(_WEATHER.search(sent.text))) \
                and any(h[1] == "strike" and mentions[h[0]].start < sent.start + fa.end() for h in hits):
            # "After overnight shelling of energy facilities in Sumy region, more than 400,000 consumers in
            # Sumy and other areas were left without power": the main clause's places lost power, the
            # fronted clause says where the attack was
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].start >= sent.start + fa.end())]
        rv = _RESULT_VERB.search(sent.text)
        if rv is not None and len({places[h[0]].gazetteer_id for h in hits if h[1] == "outage"
                                   and mentions[h[0]].start >= sent.start + rv.end()}) >= 2:
            # (one facility struck cannot lie in each of the places its loss blacked out)
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].start >= sent.start + rv.end()
                                            and any(x[0] == h[0] and x[1] == "outage" for x in hits))]
        # "Strikes on the Kharkiv region injured four in Kupiansk and knocked out power to 3,000
        # homes in Petropavlivka": an outage that names where it was is not where the sentence began
        cues = _live(_OUTAGE, sent.text)
        if cues:
            first = min(cues, key=lambda x: x.start())
            cue_at, cue_end = sent.start + first.start(), sent.start + first.end()
            if any(t == "outage" and mentions[j].start > cue_end
                   and re.fullmatch(r"\s*(?:to|in|across|for|throughout)\b(?:[^.;,]|,(?=\d)){0,60}", text[cue_end : mentions[j].start])
                   and not re.search(r"\bthe (?:city|town|region|capital)\b", text[cue_end : mentions[j].start])
                   for j, t, _ in hits) and len(cues) == 1:
                hits = [h for h in hits if not (h[1] == "outage" and mentions[h[0]].end <= cue_at)]
        result = _RESULT_CLAUSE.search(sent.text)
        also_there = None
        if result and any(h[1] == "outage" and mentions[h[0]].start > sent.start + result.start() for h in hits) \
                and any(h[1] == "strike" for h in hits) and not re.search(
                    r"\bthe (?:city|town|region|capital)\b", sent.text[result.start():]) \
                and not (also_there := _AFFECTED_TOO.search(sent.text[result.start():])):
            # (but "..., causing a blackout that affected nearby Tirbespi as well": the struck town's too)
            # "drones struck energy facilities in Odesa, leaving 1.5 million people in Odesa Oblast
            # without power": the outage is where the result clause says
            hits = [h for h in hits if not (h[1] == "outage" and mentions[h[0]].end <= sent.start + result.start())]
        elif result and not also_there and any(h[1] == "outage" and mentions[h[0]].start > sent.start + result.start() for h in hits) \
                and not _live(_OUTAGE, sent.text[: result.start()]) \
                and not re.search(r"\bthe (?:city|town|village|region|capital)\b", sent.text[result.start():]):
            # "Milton made landfall near Siesta Key, knocking out power to 3.4 million homes in Florida":
            # the town where the storm came ashore is not where the result clause says the outage was
            # (but "battered France, leaving 1.2 million homes without power, mostly in Brittany": the
            # country or region that holds them is)
            hits = [h for h in hits if not (h[1] == "outage" and mentions[h[0]].end <= sent.start + result.start()
                                            and places[h[0]].granularity == "city")]
        # "gangs attacked the pumping station that supplies water to Tabarre and parts of Petion-Ville":
        # the places a struck facility serves are not where it was struck
        hits = [h for h in hits if not (h[1] == "strike" and _SERVED_BEFORE.search(
            text[max(sent.start, mentions[h[0]].start - 90) : mentions[h[0]].start]))]
        # ("Houthi attacks on shipping lanes in the Red Sea and Gulf of Aden have paused oil exports": ships at sea, no
        # place's infrastructure)
        hits = [h for h in hits if not (h[1] == "strike" and _AT_SEA_BEFORE.search(
            text[max(sent.start, mentions[h[0]].start - 120) : mentions[h[0]].start]))]
        # "Russian missile strikes on Ukraine's energy infrastructure have caused power cuts in half of Moldova",
        # "Moldova also suffered blackouts after Russian missile strikes" in a report of attacks on Ukraine: the
        # attack was on another country, the place only lost power
        on_here = {places[j].country_code for j in sm if j in attacked_at}
        hits = [h for h in hits if not (
            h[1] == "strike" and h[0] not in attacked_at and any(x[0] == h[0] and x[1] == "outage" for x in hits)
            and (places[h[0]].country_code not in on_here if on_here else (
                places[h[0]].granularity == "country" and attacked_countries
                and places[h[0]].country_code not in attacked_countries)))]
        # "Mass power outages also began in Moldova due to a massive missile attack on Ukraine": the attack's
        # place, told as the cause of another place's outage, did not itself lose power
        hits = [h for h in hits if not (
            h[1] == "outage" and h[0] in attacked_at and any(
                x[1] == "outage" and x[0] != h[0] and mentions[x[0]].end < mentions[h[0]].start
                and places[x[0]].gazetteer_id != places[h[0]].gazetteer_id
                and re.search(r"\b(?:due\s+to|after|following|because\s+of|caused\s+by|amid)\b", text[mentions[x[0]].end : mentions[h[0]].start], re.I)
                for x in hits))]
        if accident_doc and not _WEAPON_NAMED.search(sent.text):
            # ("A fire and explosion at a Cyprus naval base ... killed 12 people", "hit by flying metal" in the report of
            # an accidental blast at a munitions dump: no attack)
            hits = [h for h in hits if h[1] != "strike"]
        # "Russia launched 200 missiles at Ukraine's energy system, and Ukrenergo said 150k consumers in
        # the Odesa region were cut off": a half with no attack of its own tells only the outage
        if _HALF.search(sent.text):
            hits = [h for h in hits if not (
                h[1] == "strike" and any(x[0] == h[0] and x[1] == "outage" for x in hits)
                and not _strike_cues(text[slice(*_half_of(sent, mentions[h[0]].start))], bool(_WEATHER.search(sent.text)))
                and not _WEAPON.search(text[slice(*_half_of(sent, mentions[h[0]].start))])
                # (but "while in Odesa Oblast 150,000 lost power after a substation was damaged": damage of its own;
                # "air defense engaged targets over the Kursk region, but one of the drones managed to hit a substation": one got through)
                and not _INFRA_DAMAGED.search(text[slice(*_half_of(sent, mentions[h[0]].start))])
                and not _INTERCEPTED.search(text[slice(*_half_of(sent, mentions[h[0]].start))]))]
        # "Half of Moldova lost power after Russian strikes on Ukraine's energy system": the attack
        # names its own target, another place; the place of the outage was not struck
        s_all = _strike_cues(sent.text, bool(_WEATHER.search(sent.text)))
        if s_all and any(t == "strike" for _, t, _ in hits):
            targets = []
            for n, x in enumerate(s_all):
                if n + 1 < len(s_all) and s_all[n + 1].start() - x.end() <= 1:
                    continue  # "missile strikes on X": one phrase, its last word names the target
                tm = re.match(r"\s+(?:on|against|at|targeting)\s+(?:the\s+)?", sent.text[x.end() :])
                if tm is None and re.fullmatch(r"targeted|struck|shelled|bombed|attacked|rocketed", x.group(0), re.I):
                    tm = re.match(r"\s+(?:the\s+)?", sent.text[x.end() :])  # "strikes targeted the Ras Kathib power station"
                tj = next((j for j in sm if tm and mentions[j].start == sent.start + x.end() + tm.end()), None)
                if tj is None and tm and re.match(r"(?-i:[A-Z][\w’'-]+)(?:[’']s)?\b", sent.text[x.end() + tm.end() :]) and not any(
                        sent.start + x.end() + tm.end() <= m.start < sent.start + x.end() + tm.end() + 40 for m in mentions):
                    tj = -1  # ("saw their services disconnect due to the attack on Viasat": a company, no place, was attacked)
                targets.append(tj)
            if all(t is not None for t in targets):
                hit_ids = {places[t].gazetteer_id for t in targets if t >= 0 and places[t] is not None}
                fronted = _FRONTED_CAUSE.match(sent.text)
                hits = [h for h in hits if not (h[1] == "strike" and places[h[0]].gazetteer_id not in hit_ids and (
                    (mentions[h[0]].end <= sent.start + min(x.start() for x in s_all)
                     and (-1 not in targets or any(x[0] == h[0] and x[1] == "outage" for x in hits)))
                    # ("As a result of massive Russian strikes on Ukraine, part of the Kherson region has been
                    # left without power": the outage's place, after the cause that names its own target)
                    or (fronted and mentions[h[0]].start >= sent.start + fronted.end() and all(x.end() <= fronted.end() for x in s_all)
                        and any(x[0] == h[0] and x[1] == "outage" for x in hits))))]
        if s_all and (sus := _SUSPECTED_CAUSE.search(sent.text)) and all(sus.start() <= x.start() < sus.end() for x in s_all):
            # ("major internet outages in big cities like A, B and C, quoting officials saying that vandalism or sabotage
            # was suspected": the cause suspected, told at no place, was no attack on the places that lost service)
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].end <= sent.start + sus.start()
                                            and any(x[0] == h[0] and x[1] == "outage" for x in hits))]
        fc = _FRONTED_CAUSE.match(sent.text)
        if fc and s_all and all(x.end() <= fc.end() for x in s_all) and any(
                h[1] == "strike" and mentions[h[0]].end <= sent.start + fc.end() for h in hits):
            # "As a result of the enemy strikes on energy facilities in the Bryansk Region, there is no power in five
            # municipalities and a part of the city of Bryansk": the fronted cause names where the strikes were
            hits = [h for h in hits if not (h[1] == "strike" and mentions[h[0]].start >= sent.start + fc.end()
                                            and any(x[0] == h[0] and x[1] == "outage" for x in hits))]
        # "As a result of a massive combined attack on the energy infrastructure, 15 thousand consumers
        # in the Zhytomyr region were de-energized": the place of the people cut off by a country-wide
        # attack, no site struck there named
        if _COUNTRYWIDE_ATTACK.search(sent.text):
            hits = [h for h in hits if not (
                h[1] == "strike" and any(x[0] == h[0] and x[1] == "outage" for x in hits)
                and _PEOPLE_IN.search(text[max(sent.start, mentions[h[0]].start - 60) : mentions[h[0]].start])
                and not DAMAGE.search(text[slice(*_clause_of(sent, mentions[h[0]].start))]))]
        # "where floods cut power to about 1.9 million people": the outage told in a "where" clause
        # is the place's just before it, not the other places of the sentence
        wh = re.search(r",\s+where\s+", sent.text)
        if wh and cues and min(x.start() for x in cues) > wh.end():
            owner = max((j for j, _, _ in hits if mentions[j].end <= sent.start + wh.start()), key=lambda j: mentions[j].start, default=None)
            if owner is not None:
                # ("in Orleans and Jefferson parishes, where ...": the places of one list own it together)
                owners = {owner} | {j for j, _, _ in hits if mentions[j].end <= mentions[owner].start
                                    and _only_list_between(text[mentions[j].end : mentions[owner].start].replace(",", " "))}
                hits = [h for h in hits if not (h[1] == "outage" and h[0] not in owners and mentions[h[0]].end <= sent.start + wh.start())]
        # "an arson attack on a cable bridge near the Lichterfelde power plant": the plant only locates
        # what was attacked, which lies in the town the sentence names ("homes in south-west Berlin were
        # left without power after cables near the Lichterfelde power plant were damaged in an attack")
        near_plant = [h for h in hits if h[1] == "strike" and places[h[0]].granularity == "facility"
                      and re.search(r"(?:\b(?:a|an)\s+[\w\s-]{1,40}?|\b(?:cables?|lines?|pylons?|towers?|poles?|bridges?|pipes?|pipelines?|transformers?))"
                                    r"\s+(?:near|next to|close to|outside|beside|by)\s+(?:the\s+)?$",
                                    text[max(sent.start, mentions[h[0]].start - 60) : mentions[h[0]].start])]
        for h in near_plant:
            hits.remove(h)
            town = max((j for j in range(len(mentions)) if sent.start <= mentions[j].start < mentions[h[0]].start
                        and places[j] is not None and places[j].granularity in ("city", "region")),
                       key=lambda j: mentions[j].start, default=None)
            if town is not None and not any(x[0] == town and x[1] == "strike" for x in hits):
                hits.append((town, "strike", h[2]))
        # "airstrikes hit the Hezyaz power station south of Sanaa", "the KyivHES near Vyshhorod": the
        # town only locates the struck plant
        hits = [h for h in hits if not (
            h[1] == "strike" and places[h[0]].granularity != "facility"
            and re.search(r"\b(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$|"
                          r"\b(?:near|outside|close to|next to)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
                          text[max(sent.start, mentions[h[0]].start - 40) : mentions[h[0]].start], re.I)
            and any(x[1] == "strike" and places[x[0]].granularity == "facility" and mentions[x[0]].start < mentions[h[0]].start for x in hits))]
        # "Drones struck the Merowe Dam power station, causing a blackout across several states":
        # the plant is where the attack was; the blackout it caused is elsewhere
        hits = [h for h in hits if not (
            h[1] == "outage" and places[h[0]].granularity == "facility"
            and any(x[0] == h[0] and x[1] == "strike" for x in hits)
            and (rc := _RESULT_CLAUSE.search(text, mentions[h[0]].end, sent.end) or _AND_RESULT.search(text, mentions[h[0]].end, sent.end)) is not None
            and not _live(_OUTAGE, text[mentions[h[0]].end : rc.start()])
            and _ELSEWHERE.search(text, rc.end(), sent.end))]
        # "storms swept across Victoria, bringing down transmission towers near Geelong and cutting
        # power to 530,000 homes": the town near the fallen towers only locates the cause
        hits = [h for h in hits if not (
            h[1] == "outage" and _GEAR_NEAR.search(text[max(sent.start, mentions[h[0]].start - 60) : mentions[h[0]].start])
            and not _strike_cues(sent.text, bool(_WEATHER.search(sent.text)))
            and (any(x[1] == "outage" and places[x[0]] is not None and places[x[0]] != places[h[0]]
                     and mentions[x[0]].start < mentions[h[0]].start for x in hits)
                 # ("the storms inflicted significant damage statewide, ... collapsing transmission towers near Geelong";
                 # "six transmission towers near Anakie collapsed, which caused four units to go offline": the
                 # gear's fall is all the sentence tells, and the town only locates it)
                 or re.search(r"\b(?:statewide|nationwide|across the (?:state|country|region))\b", sent.text)
                 # ("the blackout occurred due to the opening of the grid ..., in a 500 kilovolt circuit near Imperatriz": the
                 # cause's place)
                 or re.search(r"\b(?:due\s+to|caused\s+by|because\s+of|triggered\s+by|originat\w+\s+(?:in|at|from))\b",
                              text[sent.start : mentions[h[0]].start], re.I)
                 or not re.search(r"\b(?:without\s+(?:power|electricity|light)|lost\s+(?:power|electricity)|outages?|blackouts?|power\s+cuts?|"
                                  r"in\s+the\s+dark|cut\s+(?:off\s+)?(?:power|electricity)|homes|customers|households|residents|consumers)\b", sent.text, re.I)))]
        # "Drones attacked energy infrastructure in the Odesa region, damaging a substation near
        # Chornomorsk and leaving 30,000 consumers without power": an outage told only by a result
        # clause that names no place is the place's just before it, not the whole attack's area
        rc = _RESULT_CLAUSE.search(sent.text)
        if rc and not _live(_OUTAGE, sent.text[: rc.start()]) and not any(
                mentions[h[0]].start > sent.start + rc.start() for h in hits):
            before_rc = sorted({h[0] for h in hits if h[1] == "outage"}, key=lambda i: mentions[i].start)
            services = next((h[2] for h in hits if h[1] == "outage"), {"power"})
            grid_of = next((j for j in sm if mentions[j].start > sent.start + rc.start() and places[j] is not None
                            and _GRID_OF.match(text, mentions[j].end)), None)
            near = max((j for j in sm if mentions[j].end <= sent.start + rc.start() and places[j] is not None),
                       key=lambda j: mentions[j].start, default=None)
            if grid_of is not None and before_rc:
                # "made landfall in Artemisa province, knocking out Cuba's national grid": the grid's country
                hits = [h for h in hits if h[1] != "outage"] + [(grid_of, "outage", services or {"power"})]
                before_rc = []
            elif (len(before_rc) > 1 and near is not None and near not in before_rc and places[near].granularity == "region"
                  and is_qualifier(mentions, text, near, places)
                  and not re.search(r"\bthe\s+(?:town|village|city|settlement|towns|villages|cities)\b", sent.text[rc.start():])):
                # "struck facilities in Bila Tserkva and Obukhiv in the Kyiv region, knocking out power to
                # 200,000 families": the region the result follows
                hits = [h for h in hits if h[1] != "outage"] + [(near, "outage", services or {"power"})]
                before_rc = []
            if len(before_rc) > 1:
                last_i = before_rc[-1]
                listed = [j for j in before_rc if j != last_i and re.fullmatch(
                    r"\s*(?:,\s*)?(?:and|or)?\s*", text[mentions[j].end : mentions[last_i].start])]
                # ("In Johannesburg, City Power said substations in Soweto had tripped, leaving some areas
                # without electricity": the fronted city holds the place the result follows)
                fronted = [j for j in before_rc if j != last_i and re.fullmatch(r"\W*(?:On\s+[^,]{1,30},\s*)?[Ii]n\s+", text[sent.start : mentions[j].start])
                           and places[j].granularity == "city" and places[last_i].lat is not None and places[j].lat is not None
                           and places[j].country_code == places[last_i].country_code
                           and distance_km(places[j].lat, places[j].lon, places[last_i].lat, places[last_i].lon) < 30]
                hits = [h for h in hits if not (h[1] == "outage" and h[0] != last_i and h[0] not in listed + fronted)]
        # "Shelling cuts power in Donetsk as Russia strikes Kharkiv region": the second clause is a strike only
        # (but "without power after the storm hit Ireland": where the weather struck is where the power went out)
        hits = [h for h in hits if not (h[1] == "outage" and (asb := _AS_STRIKE_BEFORE.search(
            text[max(sent.start, mentions[h[0]].start - 60) : mentions[h[0]].start])) and not _WEATHER.search(asb.group(0)))]
        if _RESULT_STATEMENT.match(sent.text):
            # "The strike left half of the Gaza Strip without electricity": what it left, not where it hit
            hits = [h for h in hits if h[1] != "strike" or not any(x[0] == h[0] and x[1] == "outage" for x in hits)]
        fronted_in = re.match(r"\W*In\s+(?:the\s+)?", sent.text)
        if fronted_in:
            # "In Jammu and Kashmir, Pakistani shelling resumed in border areas including Uri and Poonch":
            # the fronted region frames the sentence; the attacks were at the places it holds
            hits = [h for h in hits if not (
                h[1] == "strike" and places[h[0]].granularity == "region" and mentions[h[0]].start == sent.start + fronted_in.end()
                and any(x[1] == "strike" and x[0] != h[0] and places[x[0]].granularity in ("city", "facility")
                        and places[x[0]].country_code == places[h[0]].country_code and places[x[0]].lat is not None
                        and places[h[0]].lat is not None
                        and distance_km(places[x[0]].lat, places[x[0]].lon, places[h[0]].lat, places[h[0]].lon) < 400 for x in hits))]
        frame = _OUTAGE_FRAME.match(sent.text)
        if frame:
            # "The outage came as strikes hit Khan Younis": the places after "as" are not where it was
            hits = [h for h in hits if not (h[1] == "outage" and mentions[h[0]].start >= sent.start + frame.end())]
        _to_the_region(text, sent, sm, sentences, sent_starts, mention_starts, mentions, places, drafts,
                       sent_date or ((story_day, 1) if story_day else (base_date, 2) if base_date else None))
        if last.get("named") and not last.get("struck") and sm:
            last["struck"] = [last["named"]]  # ("In Scotland, the minister spoke. Around 117,000 homes remained without power, while ...")
        if last.get("struck") and sm:
            # "Storm Arwen struck the UK. About one million homes lost power, and 4,000 homes in
            # Aberdeenshire remained without electricity": the opening clause is the struck place's
            head = text[sent.start : min(mentions[i].start for i in sm)]
            cut = re.search(r",\s*(?:and|while|but)\s", head)
            if cut and _live(_OUTAGE, head[: cut.start()]) and not _NEGATION.search(head):
                q = find_affected(head[: cut.start()])
                for p, mention, date in last["struck"]:
                    k = (p.gazetteer_id or p.name, "outage")
                    d = drafts.get(k) or drafts.setdefault(k, _Draft(p, mention, "outage", date=date or ((base_date, 2) if base_date else None)))
                    d.services |= {"power"}
                    if q and d.affected is None:
                        d.affected = (q.min, q.max, q.text)
                    d.evidence.append(Evidence(sent.text, sent.start, sent.end))
        at = {places[i].gazetteer_id: i for i in sm if places[i] is not None and i not in excluded and places[i].granularity in ("city", "region")}
        mishap_at = (places[next(iter(at.values()))], mentions[next(iter(at.values()))].text, sent.end) \
            if len(at) == 1 and not hits and _INCIDENT_WORD.search(sent.text) and not _strike_cues(sent.text, False) else None
        named_cities = {places[i].gazetteer_id: (places[i], mentions[i].text) for i in sm
                        if places[i] is not None and places[i].granularity == "city" and (i not in excluded or _speaks(text, mentions[i], sent))
                        # (not a town that only locates a stop: "trains ... were terminated at Chengalpattu", "near Sullurpeta station")
                        and not _STOP_AT.search(text, max(0, mentions[i].start - 40), mentions[i].start)
                        and not _NEAR_BEFORE.search(text, max(0, mentions[i].start - 20), mentions[i].start)}
        # (a town whose officials speak is the "city" of the next sentences: "the head of Kherson's
        # military administration said ... Power cuts are in effect in the city")
        cities_named |= set(named_cities)
        if named_cities:
            named_city = (*next(iter(named_cities.values())), sent.end) if len(named_cities) == 1 else None
        elif named_city is not None and len(cities_named) == 1:
            # ("Relentless rain ... has left Chennai deluged. ... [airports, trains, no other town] ... power supply was
            # suspended ... the city's infrastructure": the one city the text has named, however far back)
            named_city = (*named_city[:2], sent.end)
        # (a place that only names who speaks or acts is no place a later placeless sentence speaks of:
        # "..., the health secretary for the province of Sindh said. Temperature soared to 44 degrees")
        prev_places = [places[i] for i in sm if places[i] is not None and i not in excluded]
        only_located |= {places[i].gazetteer_id for i in sm if places[i] is not None and i in excluded}
        not_only_located |= {p.gazetteer_id for p in prev_places}
        # (a place that only names who speaks is still where the toll was: "The Humboldt County Sheriff's
        # Office said two people had died")
        # (not a toll told for weeks before: "In early September, heavy rains flooded Bulgaria's coast and took four lives"
        # in a report of November's snow)
        told = _casualties_of_named_place(text, sent, sm, mentions, places, drafts, pending_tolls) if not hits and (
            not excluded or all(_speaks(text, mentions[j], sent) for j in excluded)) and not _well_before(sent_date, base_date) else None
        if not hits and _INTERCEPTED.search(sent.text) and len({places[j].gazetteer_id for j in sm if places[j] is not None}) == 1:
            j0 = next(j for j in sm if places[j] is not None)
            downed_at = (places[j0], mentions[j0].text, sent_date or ((base_date, 2) if base_date else None), sent.end)
        spoken = [j for j in excluded if places[j] is not None and places[j].granularity == "city" and _speaks(text, mentions[j], sent)]
        said_by = [j for j in excluded if places[j] is not None and places[j].granularity == "region" and _speaks(text, mentions[j], sent)]
        if len({places[j].gazetteer_id for j in said_by}) == 1 and re.search(r"\b(?:on|in|across|throughout) the (?:region|oblast|province)\b", sent.text) \
                and _strike_cues(sent.text, False) and not _WEATHER.search(sent.text) and not _NEGATION.search(sent.text) \
                and hits and all(places[h[0]].granularity == "country" and places[h[0]].country_code == places[said_by[0]].country_code for h in hits):
            # "In southern Russia, Volgograd region Governor Andrei Bocharov said a man was killed during a
            # massive attack on the region": the region whose governor speaks, not the country framing it
            hits = [(said_by[0], "strike", _services_in(sent.text) & {"power", "heating", "water", "gas", "communications"}
                     if _INFRA.search(sent.text) else set())]
        if not hits and len({places[j].gazetteer_id for j in spoken}) == 1 and re.search(r"\bthe (?:city|town)(?:[’']s)?\b", sent.text) \
                and _WEAPON.search(sent.text) and _strike_cues(sent.text, False) and not _WEATHER.search(sent.text) \
                and not _NEGATION.search(sent.text):
            # "Kharkiv's mayor labeled it the city's largest attack, with 20 missiles hitting energy
            # infrastructure": the city whose mayor speaks was struck
            j0 = spoken[0]
            hits.append((j0, "strike", _services_in(sent.text) & {"power", "heating", "water", "gas", "communications"}
                         if _INFRA.search(sent.text) else set()))
        if not hits and excluded and not was_precedent and not any(places[j] is not None and j not in excluded for j in sm) \
                and all(_is_actor(text, mentions[j], sent.start, sent.end) for j in excluded) and _ATTACKED_GRID_OF.search(sent.text) \
                and (told_dem := _demonym_outage(sent, drafts, base_date, gz, sent_date)) is not None:
            # ("Russia launched dozens of missiles and drones targetting Ukrainian energy systems, ... leaving them in pitch
            # dark": the attacker named, the people's country cut off)
            last = {"end": sent.end, "keys": [told_dem], "n": 0}
            continue
        if not hits and excluded and (target := _target_of_the_attacker(text, sent, sm, excluded, mentions, places, gz)) is not None:
            # "Russia launched its largest missile and drone attack in months, killing at least six people":
            # the attacker named, no target; in a report whose places lie in one other country, that country
            tp, (killed, injured) = target
            key = (tp.gazetteer_id or tp.name, "strike")
            d = drafts.get(key) or drafts.setdefault(key, _Draft(tp, tp.name, "strike", date=sent_date or ((base_date, 2) if base_date else None)))
            _take_toll(d, killed, injured, Evidence(sent.text, sent.start, sent.end))
            last = {"end": sent.end, "keys": [key], "n": 0}
            continue
        if not hits and (told_by := _toll_told_by_the_country(text, sent, sm, mentions, places, described | excluded, drafts)) is not None:
            # "According to Myanmar's military, the earthquake has resulted in at least 1,644 deaths": a toll a
            # country's own authority tells, in a sentence that names no other place, is that country's event's
            last = {"end": sent.end, "keys": [told_by], "n": 0}
            continue
        own = None if hits else _speakers_own_place(text, sent, sm, excluded, mentions, places)
        if own is not None:
            # "Kiev Mayor Vitaly Klychko has confirmed that there have been power outages in some districts of
            # the capital": the mayor's own city
            _outage_told_by(sent, drafts, places[own].gazetteer_id, places[own], mentions[own].text,
                            sent_date or ((base_date, 2) if base_date else None))
            last = {"end": sent.end, "keys": [(places[own].gazetteer_id, "outage")], "n": 0}
            continue
        if not hits and excluded and last.get("keys") and all(
                _speaks(text, mentions[j], sent) or _ACCORDING_TO.search(text, max(sent.start, mentions[j].start - 30), mentions[j].start)
                # ("A total of 2,279 Jersey Electricity customers were affected": the utility's name, no other place)
                or _UTILITY_NAME_AFTER.match(text, mentions[j].end)
                for j in excluded) and not any(places[j] is not None and j not in excluded for j in sm):
            # "Four people were killed and 25 injured in the attack, according to the Kyiv City Military
            # Administration": a place that only names who speaks leaves the sentence about the last event
            _carry_over(sent, last, drafts, base_date, gz)
            continue
        if not hits and excluded and not any(places[j] is not None and j not in excluded for j in sm) and all(
                _speaks(text, mentions[j], sent) or _is_actor(text, mentions[j], sent.start, sent.end) for j in excluded) \
                and _the_city(sent, drafts, base_date, named_city):
            continue  # "Power was out in virtually the entire city, Escobedo said": a speaker names no place
        if not hits:
            if (story_day is None and sent_date and sent_date[1] == 1 and sent.start >= title_end and not was_precedent
                    and _live(_OUTAGE, sent.text) and not _NEGATION.search(sent.text) and not _FUTURE.search(sent.text)
                    and not all(_RESTORED.search(x.group(0)) for x in _live(_OUTAGE, sent.text))):
                # ("The most recent outage occurred on Sunday due to a faulty generator at the Cul de Sac plant": a
                # sentence that names only where the cause was still tells the story's day)
                story_day = sent_date[0]
            if told is not None:
                # "The death toll in Dnipro rose to five ... Twelve people were injured.": the next
                # sentence that names no place goes on about the same place
                last = {"end": sent.end, "keys": [told], "n": 0}
            elif struck:
                last = {"end": sent.end, "keys": [], "n": 0, "struck": [(places[i], mentions[i].text, sent_date) for i in struck]}
                for i in struck:
                    doc_struck.setdefault(places[i].gazetteer_id, (places[i], mentions[i].text, sent_date))
            elif any(places[i] is not None and i not in described for i in sm) and not (len(sent.text) <= 80 and has_full_date(sent.text)):
                # (a dateline, "DHAKA, May 28, 2024", moves nowhere)
                last = {}  # the text moved on to places without events: later figures are not the old ones'
                plain = {places[i].gazetteer_id: i for i in sm if places[i] is not None and i not in described}
                if len(plain) == 1 and next(iter(plain.values())) not in excluded and not _NEGATION.search(sent.text) and (_TROUBLE.search(sent.text) or _WEATHER.search(sent.text)) and re.search(
                        # ("many in the remote and rugged areas of Morocco have been left to fend for themselves")
                        # ("A main district heating pipe in the Siberian city of Novosibirsk busted")
                        r"\b[Ii]n\s+(?:the\s+(?:[A-Z][\w’'-]*\s+)?(?:city|town|village|settlement)\s+of\s+)?$|^\W*(?:The\s+)?$|\b(?i:areas|parts|regions|villages|towns|communities|suburbs|outskirts)\s+of\s+(?:the\s+)?$",
                        text[max(sent.start, mentions[(i := next(iter(plain.values())))].start - 30) : mentions[i].start]) and not re.search(
                        # (not "Public transport in Bucharest faced challenges with 40 cm of snow": the snow's trouble is the buses')
                        r"\b(?:transport(?:ation)?|traffic|roads?|rail(?:way)?s?|trains?|flights?|airports?|schools?|metro|trams?|buses)\s+in\s+$",
                        text[max(sent.start, mentions[i].start - 40) : mentions[i].start], re.I):
                    # ("So, in Dmitrov there was an accident at a boiler house. People sit without heating.",
                    # "Northern Ireland bore the brunt of the storm. ... The number of homes without electricity
                    # fell to 250,000": the place the sentence is in, or is about, is where the next ones' outage is)
                    last = {"end": sent.end, "keys": [], "n": 0, "named": (places[i], mentions[i].text, sent_date)}
            continue
        before = [drafts[k].date for k in last.get("keys", []) if k[1] == "outage" and drafts[k].date and drafts[k].date[1] == 1]
        # figures after "X was also affected" are the whole event's, not X's
        last = {"end": sent.end, "keys": [], "n": 0, "also": all(h[0] in secondary for h in hits)}
        killed, injured = find_casualties(sent.text)
        affected = find_affected(sent.text)
        temp = find_temperature(sent.text)
        date = sent_date or ((story_day, 1) if story_day else (base_date, 2) if base_date else None)
        if sent_date and story_day and base_date and sent_date[0] == base_date and story_day < base_date and _days_apart(story_day, base_date) <= 2 \
                and re.search(r"\bovernight\b", sent.text, re.I) and not re.search(r"\b(?:today|this morning|tonight)\b|day\b", sent.text, re.I):
            # ("officials said on Friday" in a report of Saturday, then "... in the Kharkiv and Poltava regions
            # overnight": the night before the story's day, not before the report's)
            date = (story_day, 1)
        cues = _live(_OUTAGE, sent.text)
        restored_on = sent_date if cues and all(_RESTORED.search(x.group(0)) for x in cues) else None
        if restored_on is None and sent_date and (aft := re.search(r"\b(?:after|following)\b", sent.text)) \
                and find_date(sent.text[aft.end() :], base_date) is None and find_date(sent.text[: aft.start()], base_date) \
                and (ahead := [x for x in cues if x.start() < aft.start()]) and all(_RESTORED.search(x.group(0)) for x in ahead):
            # ("Chile recovered electricity ... during the early hours of Wednesday morning after being affected by a massive
            # blackout", "Crews scrambled to restore power ... on Thursday after a blackout hit the entire island"): the day
            # is the restoration's, the outage told after "after" undated
            restored_on = sent_date
        # "remained without power on Sunday, three days after a storm tore through the city on
        # Thursday evening": the state's day is Sunday, the outage's (and the story's) Thursday
        began = _onset_of_state(sent.text, base_date)
        if story_day is None and sent_date and sent_date[1] == 1 and not restored_on and not _FUTURE.search(_EARLIER_ANNOUNCEMENT.sub("", sent.text)) \
                and not (began is None and base_from_page and sent_date[0] < base_from_page and _days_apart(sent_date[0], base_from_page) > 14):
            # (not a day weeks before the page's own date told at the end: "A failure ... caused a total blackout in
            # Nicaragua on June 9" in a report of July 7, the earlier one)
            story_day = began[0] if began else sent_date[0]
            story_weak = began is None and _state_at_a_time(sent.text)  # ("still without power Friday evening": a state's day)
        outs = [places[i] for i, t, _ in hits if t == "outage"]
        if outs and gz is not None and _ACROSS_THE_COUNTRY.search(sent.text) and not _NEGATION.search(sent.text) \
                and len({q.country_code for q in outs}) == 1 and not any(q.granularity == "country" for q in outs) \
                and (cp := _country_place(gz, outs[0].country_code)) is not None:
            # "People have also been hit with power cuts across the country, including in Tehran": the country's too
            _outage_told_by(sent, drafts, cp.gazetteer_id, cp, cp.name, date)
        for etype in ("strike", "outage"):
            typed = [(i, s) for i, t, s in hits if t == etype]
            if not typed:
                continue
            places_here = list(dict.fromkeys(_shown_name(places[i], mentions[i].text) for i, _ in typed))
            carry_casualties = etype == "strike" or not any(t == "strike" for _, t, _ in hits)
            for i, services in typed:
                p = places[i]
                key = (p.gazetteer_id or p.name, etype)
                d = drafts.get(key)
                if d is None:
                    d = drafts[key] = _Draft(p, mentions[i].text, etype)
                if key not in last["keys"]:
                    last["keys"].append(key)
                last.setdefault("pos", {})[key[0]] = max(last.get("pos", {}).get(key[0], -1), mentions[i].start)
                d.services |= services
                ev = Evidence(sent.text, sent.start, sent.end)
                if ev not in d.evidence:
                    d.evidence.append(ev)
                if carry_casualties:
                    k_i, scope = _casualties_for(text, sent, mentions[i], [mentions[j] for j, _ in typed], places, mentions,
                                                 (killed, injured), places_here, sm)
                    # the same day's own figures for the place replace joint ones ("... killing 47 in five
                    # cities. A total of 33 people were killed in Kyiv.") and smaller own ones (a total
                    # after one building's toll); another day's figures are another episode's
                    same_day = sent_date is None or (d.date is not None and d.date[0] == sent_date[0])
                    if k_i != (None, None) and (
                            (d.killed is None and d.injured is None)
                            or (same_day and scope is None and (d.scope or (k_i[0] or 0) > (d.killed or 0)))):
                        d.killed, d.injured = k_i
                        d.scope = scope
                    elif k_i != (None, None) and scope == d.scope:
                        # "kills four" in the headline, "killing four ... and wounding 19" in the text
                        d.killed = d.killed if d.killed is not None else k_i[0]
                        d.injured = d.injured if d.injured is not None else k_i[1]
                # "half a million homes" in the headline, "more than 530,000" in the text: the text's
                # figure is the stated one; the headline's stays when the text gives none
                in_headline = sent.start < title_end
                # ("outages affecting tens of thousands in Kherson ... In Kherson, about 68,000 people":
                # the count refines the vague figure)
                # (what the figure's own clause says was lost: "In addition to power cuts, 120,000 people are
                # dealing with water outages")
                said = _services_in(text[slice(*_clause_of(sent, sent.start + affected.start))] if affected else sent.text) \
                    or _services_in(sent.text)
                refine = etype == "outage" and not d.open_to("affected", in_headline, said) and _vague(d.affected)
                if etype == "outage" and (d.open_to("affected", in_headline, said) or refine):
                    most_of = _MOST_OF_THEM.search(text, max(sent.start, mentions[i].start - 120), mentions[i].start)
                    if most_of and not (affected and sent.start + affected.end <= most_of.start()):
                        most_of = None  # ("left 85 people dead, most of them in the Bicol region, where floods cut power to 1.9 million")
                    if most_of:
                        # "more than 19,000 customers were affected, most of which reside in Franklin County": the total is not
                        # the county's ("with most of those customers — 11,000 as of 5:30 p.m. — in Franklin County": its part)
                        part = most_of.group(1) or most_of.group(2)
                        q = find_affected(part) if part else None
                        if q is None and part and (bare := re.match(r"[^\d;]{0,20}?\d[\d,.]*", part)):
                            # (a bare number in the aside: "— 11,000 as of 5:30 p.m. —", the customers of the sentence)
                            q = find_affected(bare.group(0) + " customers")
                            q = replace(q, text=bare.group(0).strip()) if q is not None else None
                        own = (q.min, q.max, q.text) if q is not None else None
                    else:
                        own = _part_of_total(text, sent, mentions[i]) or _figure_after(text, sent, mentions[i]) or _affected_before(text, sent, mentions, i) \
                            or _all_of_its_people(text, mentions[i]) or _where_figure(text, sent, mentions, i, affected)
                    cities = {places[j].gazetteer_id for j, _ in typed if places[j].granularity == "city"}
                    if own is None and affected and len(places_here) > 1 and len(cities) == 1 and re.match(
                            _IN_THE_CITY, sent.text[affected.end :]):
                        # "the Alouk water station stopped pumping ..., leaving about 460,000 people in the
                        # city without water": the city's figure, not the station's
                        if p.granularity == "city" and p.gazetteer_id in cities and (not refine or _refines(d.affected, affected)):
                            d.set_figure("affected", (affected.min, affected.max, affected.text), in_headline, said)
                    elif own is None and affected and len(places_here) == 1 and (span := _SPAN_TO.search(text, sent.start, mentions[i].start)) \
                            and any(span.start() < mentions[j].start < mentions[i].start for j in sm):
                        # "The outage covered from the Arica and Parinacota Region to the Los Lagos Region, impacting
                        # more than 19 million people": the end of a span; the figure is the country's
                        _figure_to_the_country(sent, affected, {p.country_code}, drafts)
                    elif own is None and affected and len(places_here) == 1 and not most_of and not (
                            sent.start + affected.end <= mentions[i].start
                            and (_OTHER_PREDICATE.search(text, sent.start + affected.end, mentions[i].start)
                                 # ("About 1,400 customers are without power in areas including Hilo": the areas' count)
                                 or _AREAS_INCLUDING.search(text, sent.start + affected.end, mentions[i].start))):
                        # (not "Milton leaves 3.4 million in the dark, shuts St. Petersburg water system": the figure
                        # of the subject's first predicate, the place another's)
                        own = (affected.min, affected.max, affected.text)
                    elif own is None and affected and len(places_here) > 1:
                        ha, hb = _half_of(sent, mentions[i].start)
                        if ha <= sent.start + affected.start < hb and not any(
                                j != i and ha <= mentions[j].start < hb and places[j] != p for j, _ in typed):
                            own = (affected.min, affected.max, affected.text)  # the figure of its own half
                        elif not (ha <= sent.start + affected.start < hb) and not any(
                                j != i and ha <= mentions[j].start < hb and places[j] != p for j, _ in typed):
                            # "X reported 142,000 customers without power, while Y said about 61,000 of
                            # its customers were still waiting": the half's own figure, not the first one
                            q = find_affected(text[ha:hb])
                            own = (q.min, q.max, q.text) if q is not None else None
                    if own is None and affected and len(places_here) > 1 and re.fullmatch(r"\W*In\s+(?:the\s+)?", text[sent.start : mentions[i].start]) \
                            and re.fullmatch(r"(?:\s+(?:alone|itself))?\s*,\s*(?:(?:the\s+)?(?:[A-Z][\w&.-]*\s+){1,4}(?:said|says|reported|reports)\s+(?:that\s+)?)?",
                                             text[mentions[i].end : sent.start + affected.start]):
                        # ("In Scotland, SSEN said about 40,000 properties lost power, mostly in the Highlands")
                        # "In Tennessee alone, 175,000 people were still in the dark, including nearly 120,000 in Nashville":
                        # the count right after the place told first is that place's
                        own = (affected.min, affected.max, affected.text)
                    each = re.match(r"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)*,?\s+each\s+"
                                    r"(?:had|have|has|reported|reporting|saw|lost|counted|with)\s+",
                                    text[mentions[i].end : min(sent.end, mentions[i].end + 200)]) if own is None and len(places_here) > 1 else None
                    last_end = max(mentions[j].end for j, _ in typed)
                    if own is None and len(places_here) > 1 and (resp := _respective_counts(text, sent, last_end)) and len(resp) == len(places_here):
                        # "Delaware and Fairfield counties are reporting 48 and 5 outages, respectively": in the list's order
                        order = list(dict.fromkeys(_shown_name(places[j], mentions[j].text) for j, _ in sorted(typed, key=lambda x: mentions[x[0]].start)))
                        own = resp[order.index(_shown_name(p, mentions[i].text))]
                    elif own is None and len(places_here) > 1 and not each and (per := _COUNT_EACH.search(text, last_end, sent.end)) \
                            and (q := find_affected(text[per.start() : sent.end])) is not None and q.start == 0:
                        # "Scioto, Pike and Pickaway counties are reporting less than 40 outages each": the bound is each one's
                        own = (q.min, q.max, q.text)
                    if each and (q := find_affected(text[mentions[i].end + each.end() : sent.end])) is not None and q.start == 0:
                        # "Alabama, Arkansas, Missouri, and West Virginia each had more than 50,000 customers without power"
                        # ("Tennessee was the hardest hit, with more than 300,000 customers losing power, while Texas,
                        # Mississippi and Louisiana each had more than 100,000 customers in the dark": the count after "each")
                        own = (q.min, q.max, q.text)
                    if own is not None and (not refine or _refines(d.affected, own)):
                        d.set_figure("affected", own, in_headline, said)  # "10 million people in Ontario and 45 million in ..."
                elif etype == "outage" and d.affected is not None and "affected" not in d.headline_figures and not in_headline:
                    # ("29,261 in Montreal ... Saturday morning, there were nearly 190,000 customers without
                    # electricity in Montreal": of the place's own counts, the largest is the outage's extent)
                    own = _figure_after(text, sent, mentions[i]) or _affected_before(text, sent, mentions, i) or (
                        (affected.min, affected.max, affected.text) if affected and len(places_here) == 1 else None)
                    if own is not None and not _VAGUE_WORDS.search(own[2] or "") and not _vague(d.affected) \
                            and _grows(d.affected, own):
                        d.set_figure("affected", own, in_headline, said)
                if temp and d.open_to("temperature", in_headline):
                    d.set_figure("temperature", _temperature_before(text, sent, mentions, i) or temp, in_headline)
                when = date
                ha, hb = _half_of(sent, mentions[i].start)
                if sent_date and story_day and (ha, hb) != (sent.start, sent.end) and find_date(text[ha:hb], base_date) is None \
                        and _state_at_a_time(sent.text) and not _state_at_a_time(text[ha:hb]):
                    # "... were still without electricity on Sunday, and water was cut in Pembrokeshire":
                    # the status's day is the other half's
                    when = (story_day, 1)
                if etype == "outage" and restored_on:
                    # "restored on Saturday" dates the end, not the start ("restored on Tuesday, a day after
                    # a grid failure plunged the country into darkness": the day before; "restored to the
                    # buildings that lost it after Saturday's strike": the day the cause names)
                    aft = re.search(r"\b(?:after|following|since)\b", sent.text)
                    cause_day = find_date(sent.text[aft.end() :], base_date) if aft and not _DAYS_AFTER.match(sent.text, max(0, aft.start() - 12)) else None
                    when = (cause_day if cause_day and cause_day[1] == 1 and cause_day[0] <= restored_on[0] and not _DAYS_AFTER.search(sent.text)
                            else None) or _days_before(restored_on, sent.text) or ((base_date, 2) if base_date else None)
                elif etype == "outage" and sent_date and (da := _DAYS_AFTER.search(sent.text) or _N_DAY_OUTAGE.search(sent.text)) and (
                        any(_RESTORED.search(x.group(0)) and x.start() < da.start() for x in cues)
                        # ("Heat supply was restored on Friday after a five-day outage")
                        or (da.re is _N_DAY_OUTAGE and _RESTORED.search(sent.text[: da.start()]))):
                    when = _days_before(sent_date, sent.text) or when  # "restored on Tuesday, a day after a grid failure ..."
                elif etype == "strike" and sent_date and (da := _DAYS_AFTER.search(sent.text)) and (sc := _strike_cues(sent.text, False)) \
                        and all(x.start() >= da.end() for x in sc):
                    # "remained without electricity on Monday, two days after an arson attack on a cable
                    # bridge": the attack told only after "N days after" is N days before
                    when = _days_before(sent_date, sent.text) or when
                elif etype == "strike" and sent_date and (da := _DAYS_AFTER.search(sent.text)) and _strike_cues(sent.text[da.end() :], False) \
                        and re.search(r"\b(?:its|the (?:city|town|port|plant|station)(?:[’']s)?)\b", sent.text[da.end() :]) \
                        and not any(m2.start >= sent.start + da.end() for m2 in mentions[i + 1 :] if m2.start < sent.end):
                    # "Drones struck the substation in Port Sudan on Tuesday, a day after an attack set its
                    # fuel depots ablaze": the strikes on the place began the day before
                    when = _days_before(sent_date, sent.text) or when
                if etype == "outage" and when and _state_at_a_time(text[slice(*_half_of(sent, mentions[i].start))]):
                    # "Valparaiso remained without power on 9 August": it began before (at the latest on
                    # the story's day); "still in the dark 1 week after deadly storm": a week before
                    if not (story_counted and when[0] == story_counted == story_day):
                        when = _counted_back(when, sent.text) or when
                    when = min(before + [when] + ([(story_day, 1)] if story_day else []) + ([began] if began else []))
                elif etype == "outage" and when and began and began[0] < when[0] and _RETURNING.search(sent.text):
                    # "Electricity began to return this morning after a total blackout hit the west yesterday": yesterday
                    when = began
                since = _SINCE_STATE.search(text, *_half_of(sent, mentions[i].start)) if etype == "outage" else None
                since_date = find_date(since.group(1), base_date) if since else None
                if since_date and (d.date is None or since_date[0] <= d.date[0]):
                    # "Kharkiv has been without stable electricity since March 2024": the outage's start
                    d.date, d.since = since_date, True
                elif when and not d.since and _starts_before(when, d.date) and not _other_dated_event(sent.text, when, d.date) \
                        and not (_FIRST_DONE.search(sent.text) and d.date and d.date[1] == 1 and when[1] == 1
                                 and _days_apart(when[0], d.date[0]) > 31) \
                        and not (_ANOTHER_ON_A_DAY.match(sent.text) and d.date and d.date[1] == 1 and when[1] == 1
                                 and len(d.date[0]) == len(when[0]) == 10 and _days_apart(when[0], d.date[0]) > 2):
                    # (nor "On August 19, a Russian drone strike in the Nizhyn district damaged power equipment" after this
                    # morning's attack there: another attack, told on its own day)
                    # (not "Azerbaijan first disrupted the supply of gas to Karabakh on March 8, 2022" in a report of a
                    # cut of December: the first of the cuts, months before this one)
                    d.date = when  # the start of the event: the earliest of the most precise dates
                elif when and when[1] == 1 and d.date and d.date[1] == 1 and len(when[0]) == len(d.date[0]) == 10 and base_date \
                        and when[0] == base_date and d.date[0] < when[0] and _days_apart(d.date[0], when[0]) > 7 \
                        and _AGAIN.search(text[slice(*_half_of(sent, mentions[i].start))]):
                    # "- On November 23, ... massive power outages in Moldova ... - On December 16, Russia again
                    # massively attacked Ukraine" in a report of 16 December: the report's day is a new attack's,
                    # the weeks-old one a precedent at the same place
                    d.date = when
            if etype == "outage" and affected and len(places_here) > 1:
                _figure_of_result_clause(sent, affected, typed, mentions, places, drafts)
                _total_to_container(sent, affected, [mentions[i] for i, _ in typed], [places[i] for i, _ in typed], drafts)
            if etype == "outage" and len(places_here) > 1:
                _counts_each_were_in(sent, typed, mentions, places, drafts)
    if story_day:
        for d in drafts.values():
            if d.date is not None and d.date[1] == 2 and (d.date[0] == base_date and story_day <= (base_date or story_day)
                                                          or story_day <= d.date[0] and _days_apart(story_day, d.date[0]) <= 3):
                d.date = (story_day, 1)  # dated only by the dateline (or a count's "as of"): the story's day
            elif d.event_type == "outage" and d.date is not None and d.date[1] == 1 and story_day < d.date[0] \
                    and _days_apart(story_day, d.date[0]) <= 3 and not d.since and d.evidence and all(
                        _state_at_a_time(ev.text) and _onset_of_state(ev.text, base_date) is None
                        for ev in d.evidence if find_date(ev.text, base_date) == d.date):
                # ("Most of Guam was still without power Thursday evening", then "The typhoon thundered into the
                # territory Wednesday afternoon": a state told a day or two after the storm began with it)
                d.date = (story_day, 1)
    for d in drafts.values():
        if d.date is not None and d.date[1] == 2 and d.evidence and base_date and len(base_date) == 10:
            nxt = next((x for x in sentences if x.start >= d.evidence[0].end), None)
            when = find_date(nxt.text, base_date) if nxt is not None and nxt.start - d.evidence[0].end < 5 and _TOLD_ON.match(nxt.text) else None
            if when and when[1] == 1 and when[0] <= base_date and _days_apart(when[0], base_date) <= 7:
                # ("Azerbaijan cut off the gas supply to Nagorno-Karabakh. This was announced by its information headquarters
                # on Friday, March 10.": the day a fresh cut was told is its day)
                d.date = when
    for key, (killed, injured, ev, p) in pending_tolls.items():
        d = drafts.get((key, "strike")) or drafts.get((key, "outage")) or next((
            # ("one in its neighbor port city Hai Phong", then outages "in Quang Ninh, Hai Phong": the city
            # and the municipality of one name are one place)
            o for o in drafts.values() if p is not None and o.place.country_code == p.country_code and o.place.lat is not None and p.lat is not None
            and _bare_name(o.place.name) == _bare_name(p.name)
            and (distance_km(o.place.lat, o.place.lon, p.lat, p.lon) < 30 or _holds(o.place, p))), None)
        if d is not None and (d.killed is None and d.injured is None or (
                # ("The death toll in Erie County has risen to 37 ... 17 people were found dead outside; nine died in
                # homes lacking heat": a total told first, then its parts)
                TOLL_UPDATE.search(ev.text) and killed is not None and d.killed is not None and killed > d.killed and d.injured is None)):
            d.killed, d.injured = killed, injured
            d.evidence.insert(0, ev)
    _tallies(sentences, mentions, places, drafts, base_date)
    _city_and_the_region(drafts)
    _toll_of_the_strikes_placed_near(drafts)
    _drop_failed_plants(drafts)
    if unplaced and not any(k[1] == "outage" for k in drafts):
        # "The Egyptian government announced the schedule of power cuts in each governorate": a text whose
        # outages are told at no place, and that names or points to one country only, tells them of that country
        # (not when it names a town or region, whose outage it may be: "MEMPHIS, Tenn. - ... rolling blackouts")
        # (a people's plural is some of them, no country: "Russians have had no heating since a main broke")
        dem = gz.demonyms()
        # (but a people's plural in a text of an outage across their country is that country: "Safaricom subscribers in some
        # sections of the country have been hit by a major outage ... Kenyans thus took to social media")
        national = re.search(r"\b(?:countrywide|nationwide|across\s+the\s+(?:country|nation)|(?:sections|parts|areas|regions)\s+of\s+the\s+country)\b", text, re.I)
        adjectives = {dem[w.lower()] for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.lower() in dem and not (w.endswith("s") and w[:-1].lower() in dem)}
        peoples = {dem[w[:-1].lower()] for w in re.findall(r"\b[A-Z][a-z]+s\b", text) if w[:-1].lower() in dem} if national else set()
        # (nor a country named only as a yardstick: "among the worst disasters recorded in modern history in Spain")
        ccs = {p.country_code for p in places if p is not None and p.country_code
               and not (p.gazetteer_id in only_located and p.gazetteer_id not in not_only_located)} | (set(demonym_ccs) & adjectives) | peoples
        # (a town named only in the dateline, in that one country, does not count: "DAKAR, 17 March (IRIN) - Senegal
        # residents are thinking twice ... With mass power cuts suddenly the rule")
        in_dateline = {i for i, m in enumerate(mentions) for x in sentences if x.start <= m.start < x.end and is_dateline(x.text)}
        if len(ccs) == 1 and all(p is None or p.granularity == "country" or (i in in_dateline and p.country_code in ccs)
                                 for i, p in enumerate(places)) \
                and (not in_dateline or any(p is not None and p.granularity == "country" and i not in in_dateline for i, p in enumerate(places))) \
                and (country := _country_place(gz, next(iter(ccs)))) is not None:
            for sent in unplaced:
                _outage_told_by(sent, drafts, country.gazetteer_id, country, country.name,
                                _day_told(sent, base_date))
    national = [x for x in unplaced if _NATIONAL_LOSS.search(x.text)]
    if national and not any(k[1] == "outage" and d.place.granularity == "country" for k, d in drafts.items()) \
            and len(one_cc := {p.country_code for p in places if p is not None}) == 1 and None not in one_cc \
            and (country := _country_place(gz, next(iter(one_cc)))) is not None:
        # (an island-wide loss is the country's only where the country is one island: in the Turks and Caicos Islands it is
        # one island's, the one the text names)
        many_islands = bool(re.search(r"\bIslands\b|\s(?:and|&)\s", country.name))
        national = [x for x in national if not (many_islands and not _NATIONAL_LOSS.search(re.sub(r"(?i)\bisland-?wide\b", " ", x.text)))]
        # ("Internet monitors reported national connectivity below 1% after fiber links were severed ... AFP lost contact
        # with its Kabul office": a loss told as the nation's, in a text whose places all lie in one country, is that country's)
        for sent in national:
            _outage_told_by(sent, drafts, country.gazetteer_id, country, country.name, _day_told(sent, base_date))
    if unplaced and not drafts:
        # ("On 4 December, authorities in Moore County, North Carolina, declared a state of emergency ... At least two
        # substations were damaged by gunfire, leaving more than 41,000 homes and businesses without electricity"): a text
        # that tells no event at any place and names one place only (with what holds it) tells its outages of that place
        # (not a town named only in the dateline: "ALBANY — The governor said more than 900,000 customers had lost
        # power as the storm moved across the state")
        datelines = [x for x in sentences if is_dateline(x.text)]
        # (nor where the operator sits: "Safaricom headquarters on Nairobi's Waiyaki Way", a photo's caption)
        named = [p for m, p in zip(mentions, places) if p is not None and not any(x.start <= m.start < x.end for x in datelines)
                 and not _NON_EVENT_BEFORE.search(text[max(0, m.start - 60) : m.start])]
        inner = _innermost(named)
        if len(inner) == 1 and (one := next(iter(inner.values()))).granularity != "country":
            # (only losses told with their count: "leaving more than 41,000 homes and businesses without electricity";
            # and not ones told across a state)
            counted = [x for x in unplaced if find_affected(x.text) is not None and not _STATEWIDE.search(x.text)]
            # (or that tell it themselves: "At least 32 water facilities in the country have been destroyed, leaving 300,000
            # without water" under "OUAGADOUGOU, Burkina Faso")
            if any(_NATIONWIDE.search(x.text) or _IN_THE_COUNTRY.search(x.text) or _of_the_country_before(text, sentences, mentions, x)
                   for x in counted):
                # ("Last night's storm caused great damage in the country. 366,000 households were without
                # power ... ·Budapest, Hungary": the losses are the country's, not the one town's)
                one = _country_place(gz, one.country_code)
            for sent in counted if one is not None else ():
                _outage_told_by(sent, drafts, one.gazetteer_id, one, one.name, _day_told(sent, base_date))
    if (town := _one_struck_city(drafts)) is not None and not any(etype == "outage" for _, etype in drafts):
        # ("a drone attack at dawn today targeting a power station in El Obeid ... The statement said the attack resulted in
        # ... a complete shutdown of the electricity supply": the outage the attack caused, told at no place, is the one
        # struck town's, not the country of the utility that said so)
        told = [x for x in unplaced if re.search(_THE_ATTACK + r"(?:attack|strike|bombing|shelling)\b", x.text, re.I)]
        for sent in told:
            _outage_told_by(sent, drafts, town.gazetteer_id, town, town.name, _day_told(sent, base_date))
        unplaced = [x for x in unplaced if x not in told]
    for sent in unplaced:
        # "Eskom has implemented Stage 6 load shedding": a national utility's cuts told at no place are its country's
        if (cc := _national_utility_before_cue(sent.text, text, gz)) and not any(k[1] == "outage" and d.place.granularity == "country" for k, d in drafts.items()) \
                and (country := _country_place(gz, cc)) is not None:
            told = _day_told(sent, base_date)
            if told and told[1] == 2 and story_day and story_day <= told[0]:
                told = (story_day, 1)  # (dated only by the page: the story's day, "outages peaked at 768,000 on January 24")
            _outage_told_by(sent, drafts, country.gazetteer_id, country, country.name, told)
    _country_before_the_cause(drafts, gz)
    _drop_accident_strikes(text, drafts)
    _drop_far_utility_names(drafts)
    _drop_far_compass_regions(drafts)
    _drop_country_summaries(drafts, _title_end(text))
    _drop_headline_only(drafts, _title_end(text))
    _drop_headings_of_comparisons(text, drafts, _title_end(text))
    _drop_dated_precedents(drafts, base_date)
    _drop_headline_region_strikes(drafts, _title_end(text))
    _tally_rows(text, mentions, places, drafts)
    _labelled_counts(text, mentions, places, drafts)
    _merge_restatements(text, drafts)
    _assign_infobox_totals(text, drafts)
    _default_services(drafts)
    _figures_of_the_one_outage(orphans, drafts, _title_end(text), [(m, p) for m, p in zip(mentions, places) if p is not None])
    # A temperature reported at a place where an event is (in another sentence).
    for t, ps in temps:
        for d in drafts.values():
            if d.temperature is None and any(p.gazetteer_id == d.place.gazetteer_id for p in ps):
                d.temperature = t
    for (k0, etype), d in drafts.items():
        # ("'It is minus 15 outside,' a pensioner said" after the strike, before the outage is told):
        # the temperature reported for a place's events is its outage's
        strike = drafts.get((k0, "strike"))
        if etype == "outage" and d.temperature is None and strike is not None and strike.temperature is not None:
            d.temperature = strike.temperature
    _one_weather_per_story(drafts)
    if _fahrenheit_country(places):
        _unitless_as_fahrenheit(drafts)
    # ("as it tore across southern Africa, ... communications disrupted"): a continent is no place of an event (its
    # draft told the sentences after it which countries were "affected", now named on their own)
    # ("Huge power outage hits much of Central America ... Honduras and Nicaragua ... El Salvador and Guatemala"): nor is
    # an area of no one country whose countries' own events of that kind the report tells
    countries: dict[str, set] = {}
    for (_, etype), d in drafts.items():
        if d.place.granularity == "country":
            countries.setdefault(etype, set()).add(d.place.country_code)
    for d in drafts.values():
        d.place = _directional(d, gz) or d.place  # (a country's event made from the country, not from its named part)
    if not doc.date:
        # (a day told without its year, read in the year of the first full date of a page without metadata, is in the
        # year the text tells that same day with: "the attack occurred on February 24" under "March 25, 2023", and
        # "Incident Date February 24, 2022" below)
        known = years_of_days(text)
        for d in drafts.values():
            if d.date and d.date[1] == 1 and len(d.date[0]) == 10 and not any(d.date[0][:4] in e.text for e in d.evidence):
                d.date = (year_told_for_day(d.date[0], text, known), 1)
    return [_finish(doc, d) for (_, etype), d in drafts.items() if not (d.place.country_code is None and d.place.granularity == "region" and (any(
        c.kind == "continent" and c.gazetteer_id == d.place.gazetteer_id for c in gz.lookup(d.place.name or "")) or len(countries.get(etype, ())) >= 2))]


# countries whose newsrooms write temperatures in Fahrenheit without saying so
_FAHRENHEIT_CCS = {"US", "BS", "KY", "LR", "PW", "FM", "MH", "PR", "GU", "VI"}
_UNIT_WRITTEN = re.compile(r"°|º|˚|celsius|fahrenheit|\d\s?[CF]\b|\b[CF]$", re.I)


def _fahrenheit_country(places: list) -> bool:
    """The text is about places where "118 degrees" means Fahrenheit (most of its places)."""
    ccs = Counter(p.country_code for p in places if p is not None and p.country_code)
    return bool(ccs) and ccs.most_common(1)[0][0] in _FAHRENHEIT_CCS


def _unitless_as_fahrenheit(drafts: dict) -> None:
    """ "where the temperature dropped to 6 degrees" in a report from Texas: 6 °F, not 6 °C."""
    for d in drafts.values():
        if d.temperature is not None and not _UNIT_WRITTEN.search(d.temperature[1]):
            d.temperature = (round((d.temperature[0] - 32) * 5 / 9, 1), d.temperature[1])


_OUTAGE_FRAME = re.compile(
    r"^(?:The|This|That|These|Those|Their|Its)\s+(?:[\w-]+\s+){0,2}?(?:outages?|blackouts?|power cuts?|cuts|disruptions?)\s+"
    r"(?:\w+\s+)?(?:came|comes|follow(?:s|ed)|occurred|happened|began|started|was|were)\s+(?:\w+\s+)?(?:as|amid|after|while|when|following)\b"
)
_ANAPHOR_START = re.compile(r"^(?:It|This|That|They|These|The\s+(?:\w+\s+)?(?:blackouts?|outages?|attacks?|strikes?|storms?))\b")
_ELSEWHERE = re.compile(r"\b(?:across|throughout|in|to)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:states|regions|provinces|oblasts|parts|areas|"
                        r"cities|towns|districts|country|nation|villages|settlements|communities|households|homes)\b", re.I)
_THE_REGION = re.compile(r"\b(?:in|across|throughout|to|hit|hits|hitting) the (?:region|province|oblast|state)\b(?!\s+of\b)|"
                         # ("most parts of the province were without power")
                         r"\b(?:most|many|some|large|several|all|other)\s+parts\s+of\s+the\s+(?:region|province|oblast|state)\b|"
                         # ("capacity was offline due to plant issues and state's infrastructural faults, leading to power cuts")
                         r"\b(?:the\s+)?(?:state|region|province|oblast)[’']s\s+(?:\w+\s+){0,2}?(?:grid|infrastructure|infrastructural|power|electricity|"
                         r"energy|network|system|supply)\b")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:where|which|when|who|whose)\b[^,;]*,")
_OF_THEM_IN = re.compile(r"\b(?:most|many|some|all|half|the rest|\d[\d,.]*(?:\s+(?:million|thousand))?|[a-z]+)\s+of\s+them\s+"
                         r"(?:were\s+|was\s+)?(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "worst since 2020": a comparison, not an earlier event the sentence tells of
# "Alchevsk, which has been occupied since 2014": who holds a place since when, no earlier event
_HELD_SINCE = re.compile(r"\b(?:occupied|controlled|held|annexed|captured|seized|besieged|under\s+(?:\w+\s+)?(?:control|occupation))\s+"
                         r"(?:by\s+[\w\s]{1,30}?\s+)?(?:since|in)\s+(?:\w+\s+)?(?:19|20)\d{2}\b", re.I)
def _told_as_precedent(s: str) -> bool:
    """Whether ``s`` tells an earlier event (``_PRECEDENT``), except when its only cue is a "last week"
    that does not open the sentence ("were left without heating after the boiler broke down in the main
    power station last week", "flooding in X since last week"; but "Last week, Russia struck Dnipro" is
    a precedent)."""
    return any(not (x.group(0).lower() in ("last week", "last month") and not re.fullmatch(r"\W*(?:\w+\W+){0,2}", s[: x.start()])
                    and (x.group(0).lower() == "last week" or _STILL_STATE.search(s[: x.start()])))
               # ("five settlements still powerless despite temporary restorations earlier in the week": the time of a repair)
               and not re.search(r"\b(?:restor\w*|reconnect\w*|repairs?|repaired)\s+(?:[\w-]+\s+){0,3}?$", s[: x.start()], re.I)
               for x in _PRECEDENT.finditer(s))  # ("flooding in X since last week", "floods engulfed cities last week": still the story's)


# ("Those in the Matsu islands have been cut off from the outside world after two cables were severed last month": a state
# that lasts since then, the story's own)
_STILL_STATE = re.compile(r"\b(?:have|has)\s+(?:been|remained)\s+(?:\w+\s+)?(?:cut\s+off|without|left|isolated|in\s+the\s+dark)\b|\bremain(?:s|ed)?\s+(?:cut\s+off|without)\b|\bstill\s+(?:without|cut\s+off)\b", re.I)


def _own_years(s: str) -> str:
    """``s`` without the years that date no event of its own: comparisons ("the worst since 2014") and
    who holds a place since when ("occupied since 2014")."""
    return _HELD_SINCE.sub(" ", _COMPARED_SINCE.sub(" ", s))


_COMPARED_SINCE = re.compile(r"\b(?:worst|biggest|largest|heaviest|deadliest|longest|strongest|coldest|hottest|most\s+\w+)\s+"
                             # ("the largest disruption to electricity infrastructure since cyclone Bola in 1988")
                             # ("the worst to affect the South Asian nation since November 2014")
                             # ("one of the largest of its kind on Russian-held territory since the war began in February 2022")
                             r"(?:[\w-]+\s+){0,8}?since\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b|"
                             # "hit for the first time since March": a comparison, no date of this event
                             r"\bfor the first time (?:in \w+ \w+ |in \w+ )?since\s+(?:early\s+|late\s+|mid-)?(?:\w+\s+)?(?:\d{4}|[A-Z][a-z]+)\b|"
                             # ("a catastrophic fire danger rating was declared, the first since the deadly Black Summer of 2019-20")
                             # ("Afghanistan is under its first nationwide communications blackout since the Taliban's 2021 takeover")
                             r"\b(?:the|its|their)\s+first\s+(?:[\w-]+\s+){0,4}?since\s+(?:[\w’'-]+\s+){0,6}?(?:in\s+|of\s+)?\d{4}(?:-\d{2,4})?\b|"
                             # "cutting connectivity by 97% compared to last week": the yardstick, no earlier event
                             r"\b(?:compared|relative)\s+(?:to|with)\s+(?:the\s+)?(?:last|previous|a)\s+(?:week|month|year|day)\b|"
                             # "power supply ... has been restored by the plant after earlier outages": the outages restored
                             r"(?<=restored)[^.;]{0,40}?\bafter\s+earlier\s+(?:outages|blackouts|power cuts|cuts|disruptions|interruptions)\b", re.I)
_GRID_OF = re.compile(r"[’']s\s+(?:\w+\s+){0,2}?(?:grid|power system|energy system|electricity system|network|power supply)\b", re.I)
# "Hourly outage schedules will apply nationwide on Friday": a day to come is no story's day
# ("announced scheduled power cuts for Monday and Tuesday": days to come)
_FUTURE = re.compile(r"\b(?:will|would|shall|is expected to|are expected to|is due to|are due to|plans? to|scheduled to|"
                     r"(?:scheduled|planned|rolling)\s+(?:power\s+)?(?:cuts|outages|blackouts|shutoffs)\s+for)\b", re.I)
# ("... a blackout throughout Ecuador on Wednesday, days after announcing that there would be new power outages": what was
# said before, not the day's event to come)
_EARLIER_ANNOUNCEMENT = re.compile(r",?\s+(?:days?|weeks?|hours?|shortly|just|a\s+day|a\s+week)\s+after\s+(?:\w+\s+){0,3}?"
                                   r"(?:announc|warn|sa(?:y|id)|predict|forecast)\w*\s+(?:that\s+)?[^.;]*", re.I)
# ("Since mid-May, Kiev has intensified drone attacks on civilian infrastructure in Moscow and other Russian regions"): a
# campaign told over months, not the report's event
_CAMPAIGN_SINCE = re.compile(r"^\W*Since\s+(?:early\s+|mid-?|late\s+|the\s+(?:start|beginning|end)\s+of\s+)?(?:[A-Z][a-z]+|\d{4})\b[^.;]{0,80}?\b"
                             r"(?:has|have)\s+(?:\w+\s+)?(?:intensified|stepped\s+up|increased|escalated|expanded|ramped\s+up)\b")
_SINCE_STATE = re.compile(r"\b(?:(?:(?:has|have|had)\s+been|is|are|was|were)\s+without|(?:has|have|had)(?:n[’']t|\s+not)\s+had\s+(?:power|electricity|water|gas|heating|heat)\b)"
                          # ("Zanzibar haven't had power since the 10th of December 2009")
                          r"[^.;]*?\bsince\s+((?:early\s+|late\s+|mid-)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?\d{4}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\s+\d{4})")
_UNIT_WORDS = {"country": "country|nation|island", "region": "state|region|province|oblast|prefecture|territory"}
_GEAR_NEAR = re.compile(
    # ("in a 500 kilovolt circuit near Imperatriz")
    r"\b(?:towers?|pylons?|(?:power\s+|transmission\s+)?lines?|substations?|transformers?|poles?|cables?|plants?|stations?|circuits?)"
    r"\s+(?:near|outside|close to|just outside)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
# what a restoration cue says: "restored", "power had returned to", "came back"
_RESTORED = re.compile(r"restor|recover|reconnect|return|c[oa]me back|c[oa]m(?:e|es|ing) on\b|back on\b|\w+ again\b|regain|"
                       r"(?:electricity|power|water|heat\w*|gas|lights?)\s+back\b", re.I)
# "the utility reported roughly 142,000 customers without power on Sunday morning": a count
# taken at a time, not the outage's start
_SNAPSHOT = re.compile(
    r"\b(?:reported|reporting|reports|counted|listed|showed|shows)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|"
    r"at least|an estimated)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:\w+\s+){0,2}?(?:customers|homes|households|people|"
    r"residents|consumers|subscribers|properties|premises|accounts)\s+(?:(?:were|are|still)\s+)*(?:without|in the dark|with no)\b"
    # "About 30,000 customers were without power across the state on Sunday morning": a count at an hour
    r"|\b(?:customers|homes|households|people|residents|consumers|subscribers|properties|premises)\s+(?:(?:were|was|are|remained)\s+"
    r"(?:still\s+)?without|had\s+no|have\s+no)\s+(?:power|electricity|water)\b[^.;]{0,60}?\b(?:on|by|as of)\s+(?:[A-Z][a-z]+day\s+)?"
    r"(?:morning|afternoon|evening|night|midday|noon)\b", re.I)
# ("Thursday marks one week since a deadly wind storm")
_DAYS_AFTER = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})\s+(?:days?|weeks?)\s+"
                         r"(?:after|since)\b", re.I)
# what "N days after" counts from: a storm, a quake, an attack ("a week after deadly storm")
_CAUSE_AFTER = re.compile(r"\s+(?:(?:a|an|the|last|this)\s+)?(?:[\w-]+\s+){0,3}?(?:storms?|derecho|hurricane|typhoon|cyclone|tornado(?:es)?|"
                          r"(?:earth)?quake|floods?|blizzard|attacks?|strikes?|shelling|bombardment|explosions?|blasts?)\b", re.I)
# "restored on Friday after a five-day outage"
_N_DAY_OUTAGE = re.compile(r"\b(?:after|following|ending)\s+(?:(?:a|an)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\s+"
                           r"(?:outage|blackout|cut|shutdown|interruption|disruption)\b|"
                           # "had power restored on Wednesday morning after a night without electricity"
                           r"(a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|nights?)\s+without\b)", re.I)


def _hours_back(s: str, day: tuple | None, base_date: str | None) -> tuple | None:
    """ "Many areas of the city had been without power for more than 30 hours by late Wednesday evening":
    the day it began, counted back from the sentence's day (else the report's); ``day`` when not told so."""
    hours = _HOURS_WITHOUT.search(s)
    end = day or ((base_date, 1) if base_date else None)
    if hours is None or end is None or end[1] != 1 or len(end[0]) != 10 or _NEGATION.search(s) or not 12 <= int(hours.group(1)) < 24 * 60:
        return day
    return ((_date.fromisoformat(end[0]) - timedelta(days=round(int(hours.group(1)) / 24))).isoformat(), 1)


_HOURS_WITHOUT = re.compile(r"\b(?:ha[sd]|have)\s+(?:now\s+|already\s+)?been\s+without\b[^.;]{0,40}?\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
                            r"(\d{2,4})\s+hours\b", re.I)
# "have been without power for a third day", "has had no water for five days": a state still lasting
# on the report's day, its length counted back from then (not "lasted for three days", not "more than")
_ONGOING_FOR = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|already\s+)?(?:been|had|gone|lived)\b[^.;]{0,80}?\bfor\s+(?:(?:the|a)\s+(?P<ord>"
    + "|".join(_ORDINALS) + r")\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b|(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b|(?P<nw>a|one|two|three|four|five|six)\s+weeks?\b)|"
    # "A major power outage has entered its fourth day"
    # ("a power cut affecting the whole of the island enters its eighth day")
    r"\b(?:outage|blackout|power\s+cut|cut|shortage|disruption)s?\s+(?:(?:affecting|hitting|across|in)\s+[^.;]{0,60}?\s+)?(?:has\s+|have\s+)?(?:now\s+)?(?:entered|enters|is\s+in|was\s+in)\s+its\s+(?P<ord2>"
    + "|".join(_ORDINALS) + r")\s+(?:straight\s+|consecutive\s+)?day\b|"
    # "cut the power for over 1,000 villages, with teams still struggling for the third day in a row on November 27"
    # ("went without electricity for the second day today")
    r"(?:\b(?:still|continu\w+)\s+(?:[\w-]+\s+){0,8}?|\bwithout\s+(?:[\w-]+\s+){0,5}?)for\s+(?:the|a)\s+(?P<ord3>" + "|".join(_ORDINALS)
    + r")\s+(?:straight\s+|consecutive\s+|successive\s+)?day(?:\s+in\s+a\s+row|\s+running)?\b",
    re.I)


# "the May 16 derecho", "the 6 February earthquake": an event named by its day
# a sentence that opens on a day of its own and tells an event by an indefinite article ("On August 19, a Russian drone strike")
_ANOTHER_ON_A_DAY = re.compile(r"^\W*On\s+(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)"
                               r"(?:,?\s+\d{4})?,\s+(?:a|an|another)\s+")
_DATED_EVENT = re.compile(r"(?<!since )\bthe\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:st|nd|rd|th)?\s+(?:[\w-]+\s+)?"
                          r"(?:storms?|derecho|hurricane|tornado(?:es)?|(?:earth)?quake|floods?|attacks?|strikes?|blackouts?|outages?)\b", re.I)


_STATE_NOW = re.compile(r"\b(?:are|is|remain|remains)\s+(?:still\s+)?(?:without|in\s+the\s+dark)\b", re.I)
_TOLD_ON = re.compile(r"^\W*(?:This|It|That)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:announced|reported|confirmed|stated|disclosed)\b", re.I)
_FIRST_DONE = re.compile(r"\b(?:first|initially)\s+(?:disrupted|cut|halted|suspended|interrupted|stopped|blocked|shut)\b", re.I)


def _other_dated_event(s: str, when: tuple[str, int], old: tuple[str, int] | None) -> bool:
    """ "crews were making their way back after helping restore power outages from the May 16 derecho"
    in a report of Tuesday's storm: an earlier event named by its day, not this event's start (the
    event already dated to a day more than two days later)."""
    m = _DATED_EVENT.search(s)
    if m is None or old is None or old[1] != 1 or when[1] != 1 or len(old[0]) != 10 or len(when[0]) != 10:
        return False
    if find_date(s[: m.start()] + s[m.end() :], old[0]) is not None:
        return False  # the sentence tells a day of its own
    return (_date.fromisoformat(old[0]) - _date.fromisoformat(when[0])).days > 2


def _counted_back(day: tuple[str, int], s: str) -> tuple[str, int] | None:
    """The day of the storm or attack a state is counted from ("still in the dark 1 week after deadly
    storm", "Thursday marks one week since a deadly wind storm"), ``day`` the state's."""
    m = _DAYS_AFTER.search(s)
    return _days_before((day[0], 1), s) if m and _CAUSE_AFTER.match(s, m.end()) else None


def _days_before(end: tuple[str, int], s: str) -> tuple[str, int] | None:
    """The start told as "N days after" (or "after a five-day outage") by a sentence dated at its
    end (a day: ``end``)."""
    m = _DAYS_AFTER.search(s) or _N_DAY_OUTAGE.search(s)
    if m is None or len(end[0]) != 10:
        return None
    if find_date(s[m.end() :], end[0]):
        return None  # "two days after an islandwide blackout on New Year's Eve": the day is told
    word = next(g for g in m.groups() if g)
    n = 1 if word.lower() in ("a", "one") else parse_number(word)
    if n and re.search(r"\bweeks?\b", m.group(0), re.I):
        n *= 7  # "still without heating on Sunday, a week after strikes"
    return ((_date.fromisoformat(end[0]) - timedelta(days=n)).isoformat(), end[1]) if n else None


def _onset_of_state(s: str, base_date: str | None) -> tuple[str, int] | None:
    """The day a state began, told after "after", "since" or "following" in a sentence about
    the state ("remained without power on Sunday, three days after a storm hit on Thursday")."""
    if not (_state_at_a_time(s) or _RETURNING.search(s)):
        return None
    after = re.search(r"\b(?:after|since|following)\b", s)
    told = find_date(s[after.end() :], base_date) if after else None
    da = _DAYS_AFTER.search(s)
    if told is None and da and (day := find_date(s[: da.start()], base_date)):
        # "remained without running water on Tuesday, four days after the floods": the Friday before
        told = _days_before(day, s)
    return told


# ("Electricity began to return to parts of Libya this morning after a total blackout hit the west yesterday")
_RETURNING = re.compile(r"\b(?:began|begun|started|starting|beginning)\s+to\s+(?:return|come\s+back|be\s+restored)\b", re.I)
_CONTINUING = re.compile(r"\b(?:remained|remains|remain|stayed|stays|still|continued to be|continues to be|persisted|remaining\s+(?:\w+\s+)?(?:outages|blackouts|cuts|customers|households|homes))\b", re.I)


def _state_at_a_time(s: str) -> bool:
    """A state told at a day or an hour ("remained without power on Sunday", "about 90,000
    subscribers were without electricity on Saturday morning"), not the start of an event."""
    return bool(_CONTINUING.search(s) or _SNAPSHOT.search(s))
# "load shedding across South Africa, ... in Johannesburg": the outage itself spans the country
_WHOLE_BEFORE = re.compile(
    r"(?:outages?|blackouts?|load[- ]shedding|power cuts?|shutoffs?|without (?:power|electricity))[^.,;]{0,25}?"
    r"\b(?:across|throughout|all over|all of|most of|much of|large parts of)\s+(?:the\s+)?$|"
    # ("Power grid failure leaves Dhaka, much of Bangladesh, in the dark": most of the country besides its capital)
    r"(?:,|\band)\s+(?:most|much|large\s+parts|nearly\s+all|almost\s+all)\s+of\s+(?:the\s+)?$", re.I)
# "Baku's metro is still not running due to a blackout that hit Azerbaijan overnight": the country is what the outage hit
_OUTAGE_HIT_BEFORE = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts?|power\s+failures?)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?"
                                r"(?:hit|struck|affected|swept(?:\s+(?:across|through))?|plunged|engulfed|paralysed|paralyzed|crippled)\s+$|"
                                # ("Major power outage in Czech Republic halts Prague metro": the outage is the country's)
                                r"^\W*(?:\w+\s+){0,2}?(?:power\s+)?(?:blackouts?|outages?|power\s+cuts?)\s+in\s+(?:the\s+)?$", re.I)
_INCLUDING = re.compile(r"\b(?:including|such as|among them|notably|especially|in particular)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
# what a weapon did to a place in a sentence that names the weapon ("one hit a substation")
_INTERCEPTED = re.compile(r"\b(?:shot down|brought down|downed|intercepted|destroyed|repelled)\b[^.;]{0,40}\b(?:drones?|missiles?|rockets?|UAVs?)\b|"
                          r"\bair defen[cs]es?\b[^.;]{0,40}\b(?:engaged|repelled|tracked)\s+(?:\w+\s+){0,3}?(?:targets|drones|missiles)\b|"
                          r"\b(?:drones?|missiles?|rockets?|UAVs?)\b[^.;]{0,30}\b(?:were|was)\s+(?:shot down|downed|intercepted|destroyed)\b", re.I)
_DEBRIS = re.compile(r"\b(?:debris|fragments|wreckage|shrapnel)\b", re.I)
# "However, one incoming drone managed to hit an electrical substation": one got through
_GOT_THROUGH = re.compile(r"\b(?:one|two|three|several|some|a|another)\s+(?:\w+\s+){0,3}?(?:drones?|missiles?|rockets?|UAVs?)\s+"
                          r"(?:\w+\s+)?(?:managed\s+to\s+|still\s+|nevertheless\s+)?(?:hit|struck|reached|got through|broke through|exploded)\b", re.I)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
# a storm's arrival ("The storm hit late Wednesday night", "The typhoon thundered into the territory Wednesday afternoon")
_STORM_CAME = re.compile(r"\b(?:storm|hurricane|typhoon|cyclone|tornado|blizzard|(?:earth)?quake)s?\b[^.;]{0,40}?\b(?:hit|struck|slammed|battered|"
                         r"lashed|pounded|thundered|tore|swept|made\s+landfall|barrel(?:l)?ed|roared|ripped|hammered|smashed|crashed)\b|"
                         # ("Faxai made landfall near the city of Chiba early Monday": a storm by its name)
                         r"(?-i:\b[A-Z][a-z]+)\s+(?:made|makes|making)\s+landfall\b", re.I)
_HIT_VERB = re.compile(r"\b(?:hit|struck|damaged|fell on)\b")
_WEAPON = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|bombs?|shaheds?|debris)\b", re.I)
# "strikes on Ukraine's", "attack against", "missiles at": the place an attack was on is named next
_ATTACK_ON = re.compile(r"\b(?:attacks?|strikes?|shelling|bombing|bombardment|barrage|missiles?|drones?|rockets?)\s+(?:on|against|at|across|throughout)\s+(?:the\s+)?$", re.I)
_AFTER_ATTACK = re.compile(r"\s*after\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardment|drone|missile)\b(?![^.]{0,20}\b(?:19|20)\d\d\b)", re.I)
_SUFFERED_DAMAGE = re.compile(r"(?:,[^,]{1,40},)?\s+(?:also\s+)?(?:suffered|sustained|faced|saw|reported)\s+(?:\w+\s+){0,2}?damage\b", re.I)
_INFRA_DAMAGED = re.compile(
    r"\b(?:energy|power|electricity|infrastructure|facilit(?:y|ies)|substations?|power plants?|power lines?|grid|"
    r"boiler houses?|pipelines?|gas facilit(?:y|ies)|(?:hydroelectric|thermal|nuclear|heating) (?:power )?(?:plants?|stations?))\s+(?:\w+\s+){0,2}?"
    # ("two electric power stations and an industrial machine plant were damaged in Kharkiv")
    r"(?:and\s+(?:\w+\s+){1,4}?)?"
    # ("a port facility in Izmail on the Danube was damaged")
    r"(?:(?:in|at|near|on|of|outside)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3})*"
    r"(?:(?:was|were|have been|has been)\s+(?:also\s+)?(?:hit|struck)\b|(?:was\s+|were\s+|have been\s+|has been\s+)?(?:damaged|destroyed)\b)", re.I)
_TOLL_AFTER = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:also\s+)?(?:saw|reported|recorded|suffered|counted)\s+(?:\w+\s+){0,2}?(?:fatalit(?:y|ies)|deaths?|dead)\b", re.I)
# ("killed on Monday morning in the northwestern Ukrainian city of Lutsk", "two others were killed in the
# central and southeastern regions of Dnipropetrovsk and Zaporizhia")
# the place right after it, or the last of a short list ("in Kyiv and ", "in Alpes-de-Haute-Provence and ")
_AT_LIST_END = r"(?:(?-i:[A-Z])[\w’'-]*\s*(?:,\s*|\s+and\s+))?$"
_KILLED_IN = re.compile(r"\b(?:killed|wounded|injured|hurt|died|dead)\s*,?\s+(?:\w+\s+){0,4}?(?:in|at)\s+(?:the\s+)?"
                        r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|regions?|provinces?|oblasts?)\s+of\s+)?" + _AT_LIST_END, re.I)
_ALSO_AFFECTED = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been)\s+also\s+(?:\w+ly\s+)?affected\b|\balso\s+(?:suffered|lost\s+power|went\s+dark)\b|"
                            r"\balso\s+report(?:ing|ed|s)?\s+(?:\w+\s+)?(?:disruptions|outages|blackouts)\b", re.I)
_IT_STRUCK = re.compile(r"^(?:On [^,]{3,30},\s+(?:it|the (?:plant|station|dam|base|bridge|facility))|It|The (?:plant|station|dam|base|bridge|facility|substation|refinery|airport|port))\s+(?:was|has been|had been|were)\s+(?:\w+ly\s+)?(?:bombed|attacked|struck|hit|shelled|targeted|damaged by|destroyed by)\b")
_INSTITUTION_AFTER = re.compile(r"[’']s\s+(?:\w+\s+){0,3}?(?:ministry|utility|grid operator|operator|provider|carrier|"
                                 r"(?:energy|power|electricity|telecom\w*|telephone|phone|mobile|water|gas)\s+(?:company|firm)|authorities|government)\b", re.I)
# "following a Russian cyberattack", "targeted by a massive hacker attack": an attack on a network
_CYBER = re.compile(r"\b(?:cyber-?\s?attacks?|hack(?:er|ing)?\s+attacks?|(?:fallen|fell)\s+victim\s+to\s+hack(?:ers|ing))\b", re.I)
_AS_STRIKE_BEFORE = re.compile(r"\b(?:as|while|after)\s+(?:[\w-]+\s+){0,3}?(?:strikes|struck|hits|hit|attacks|attacked|shells|shelled|pounds|pounded|bombs|bombed)\s+(?:the\s+)?$")
_WHO_REPORTED = re.compile(r"\W*(?:who|which)\s+(?:also\s+)?(?:reported|warned\s+of|confirmed|experienced|saw|suffered|faced)\b", re.I)
# "the main cities affected in the East African nation included Mombasa, Kisumu ...", "The areas affected
# are Nairobi, Mombasa and Kisumu"
_AFFECTED_INCLUDED = re.compile(r"\b(?:cities|towns|(?:urban\s+)?cent(?:er|re)s|areas|regions|provinces|states|counties|districts|municipalities|"
                                # ("the municipalities in the State of Mexico (Edoméx) that were affected by the water reduction included")
                                r"communities|neighbou?rhoods|places)(?:\s+in\s+[^.;:]{1,50}?)?(?:\s+(?:that|which)\s+(?:were|was|are|is|have\s+been|had\s+been))?"
                                # ("The main areas still affected are East End, Beach Bay ...")
                                r"\s+(?:(?:still|currently|now)\s+)?(?:(?:most|worst|hardest|badly|severely)\s+)?(?:affected|impacted|hit|hardest[- ]hit|worst[- ]hit)\b"
                                # (not "Other areas affected by severe gusts included A, B": where the wind blew)
                                r"(?!\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:winds?|gusts?|rain(?:fall)?|downpours?|snow(?:fall)?|hail|flood(?:ing|s|waters?)?|lightning|"
                                # ("The counties affected by the severe weather are A, B, C")
                                r"weather|blizzards?|snowstorms?|frost)\b)[^.;:]{0,60}?"
                                r"\b(?:included|include|includes|comprised|comprise|comprises|were|are)\b\s*[:;]?", re.I)
# "Ghana, Nigeria, and Cameroon were also affected", "A, B and C are among other countries impacted", "with A, B and
# C taking the hardest hit": a list of places before what befell them
_LIST_THEN_AFFECTED = re.compile(r"\b(?:were|are|was|is)\s+(?:also\s+|all\s+|likewise\s+)?(?:affected|impacted|hit)\s*[.;]?\s*$|"
                                 # ("Osaka, Kyoto and Hyogo were among the prefectures affected")
                                 r"\b(?:are|were)\s+among\s+(?:the\s+)?(?:other\s+)?(?:countries|nations|states|cities|towns|regions|areas|prefectures|provinces|"
                                 r"counties|districts|parishes|municipalities|communities|islands)\s+(?:affected|impacted|hit|strained|disrupted)\b|"
                                 r"\btaking\s+the\s+(?:hardest|worst|biggest)\s+hit\b")
_NOT_THE_ONLY = re.compile(r"\b(?:is|are|was|were)\s+not\s+the\s+only\s+(?:\w+\s+)?(?:area|place|city|town|region|province|one|country|state|district)s?\s+"
                          r"(?:to\s+be\s+)?(?:affected|impacted|hit)\b")
# ("Affected districts include A, B and C": the first word capitalised)
# ("At least half of the provinces will see public offices either shut or operating on reduced hours")
_CLOSURES = re.compile(r"\b(?:offices|schools|banks|universities|institutions|businesses|shops|markets|courts)\b[^.;]{0,60}?"
                       r"\b(?:shut|closed|close|closing|closures?|reduced\s+hours|suspended)\b|\bclosures?\s+of\s+(?:\w+\s+){0,2}?(?:offices|schools|banks)\b", re.I)
# "Affected areas: A, B, C", a notice's label line
_AFFECTED_LABEL = re.compile(r"^\W*(?:[Aa]ffected|AFFECTED|[Ii]mpacted)\s+(?:areas?|AREAS?|places|barangays|towns|localities|communities|municipalities|"
                             r"feeders|locations|districts|villages|neighbou?rhoods)\s*:\s*")
# (a notice that tells an interruption of supply: "Time of interruption", "power restoration")
_INTERRUPTION_NOTICE = re.compile(r"\b(?:interruptions?|outages?|power\s+restoration|brownouts?|blackouts?|shutdowns?|load[- ]?shedding)\b", re.I)
_AFFECTED_LIST = re.compile(
    # ("Areas affected by the power outage include A, B. Other areas are C, D": the list goes on)
    r"^\W*(?:The\s+)?[Oo]ther\s+(?:affected\s+)?(?:areas|regions|places|cities|towns|districts|provinces|states|counties)\s+(?:affected\s+)?"
    r"(?:are|were|include|included|includes)\s*[:;]?\s+|"
    # ("The largest concentration of customers continues to be in the Charlottetown area", "The majority of the affected
    # homes are in the Charlottetown area and Kings County": where the outage the text told is)
    r"^\W*The\s+(?:largest|biggest|highest|greatest)\s+(?:concentration|number)\s+of\s+(?:the\s+)?(?:affected\s+)?(?:customers|outages|homes|households)"
    r"(?:\s+without\s+power)?\s+(?:is|are|was|were|remains|continues\s+to\s+be)\s+(?:still\s+)?(?:in|around)\s+|"
    r"^\W*The\s+majority\s+of\s+(?:the\s+)?(?:affected\s+)?(?:homes|customers|outages|households|properties)\s+(?:are|were|is)\s+in\s+|"
    # ("The major cities to be hit were A, B and C among others", right after the outage the text told)
    r"^\W*The\s+(?:major|main|biggest|largest|first|other)\s+(?:cities|towns|areas|regions|districts|provinces|states)\s+to\s+be\s+(?:hit|affected|impacted)\s+"
    r"(?:are|were|include|included)\s*:?\s*|"
    # ("The restrictions also apply to 11 municipalities around the capital. Included in these municipalities are: A, B, C",
    # "These include: A, B and C", "Among them are A and B": the places the sentence before counted)
    r"^\W*(?:Included\s+(?:in|among)\s+(?:these|those|them)(?:\s+[a-z]+)?\s+(?:are|were)|(?:These|Those|They)\s+(?:[a-z]+\s+)?(?:include|included)\s*:|"
    r"Among\s+(?:these|those|them)(?:\s+[a-z]+)?\s+(?:are|were))\s*:?\s*|"
    # ("Main areas affected: Districts Villach Land, Hermagor, Feldkirchen and Klagenfurt-Land.")
    r"^\W*(?:Main|Most|Worst|Hardest[- ]hit)\s+(?:areas|regions|districts|communities|places)\s+(?:affected|hit)\s*:\s*(?:(?:the\s+)?(?:Districts|Regions|Municipalities|Communities)\s+(?:of\s+)?)?|"
    # ("The first and worst affected parishes on Monday were St Lawrence, and St Peter")
    # ("From about 8 to 10 p.m., the affected areas included: A, B, C": after a fronted time)
    # ("NIE said the worst affected areas were A, B and C", "Worst impacted counties include A, B")
    r"^\W*(?:(?:From|Between|By|On|At|Since|Until|As\s+of)\s[^,;]{1,40},\s*)?(?:[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,3}?\s+(?:said|says|reported|added)\s+(?:that\s+)?)?"
    r"(?:[Tt]he\s+)?(?:(?:first|earliest)\s+and\s+)?(?:[Aa]ffected|[Hh]ardest[- ]hit|[Ww]orst[- ]hit|(?:[Ww]orst|[Mm]ost|[Bb]adly)[- ](?:affected|impacted))\s+"
                            r"(?:municipalities|cities|towns|areas|districts|regions|parishes|"
                            # ("The hardest hit areas of Ottawa were A, B and C")
                            r"provinces|states|counties|neighbou?rhoods|communities|villages|settlements)(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
                            r"(?:\s+(?:on|by|at)\s+(?:\w+\s+){0,2}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|evening))?"
                            # ("The hardest-hit areas appear to be coastal parts of Lafourche and Terrebonne parishes")
                            # ("The most affected regions remain Montreal (3,365 customers) and the Montérégie (1,999)")
                            r"\s+(?:are|were|include|included|remain|remained|appears?\s+to\s+be|appeared\s+to\s+be|seem\s+to\s+be)\b\s*:?")
# ("The affected area, which includes the entire states of Putumayo, Cauca and Narino, runs along ...")
_AFFECTED_AREA = re.compile(r"^\W*The\s+(?:affected|blacked[- ]out|impacted)\s+(?:area|region|zone|territory)s?,?\s+(?:which\s+)?(?:includes?|included|comprises?|covers?|covered|spans?|spanned)\s+"
                            r"(?:the\s+)?(?:entire\s+|whole\s+)?(?:(?:states|provinces|regions|departments|districts|counties|municipalities|towns|cities)\s+of\s+)?")
# ("Some of the affected countries are in Western and Central Africa, including A, B and C", "the disruption affects
# eight West African countries including A, B": the places a list after the units the outage reached names)
_AFFECTED_UNITS_INCLUDING = re.compile(
    r"\b(?:the\s+)?(?:affected|impacted)\s+(?:countries|nations|states|regions|provinces|cities|towns|areas|districts|communities|municipalities|"
    r"counties|parishes|prefectures)\b[^.;:]{0,80}?,?\s+(?:including|such\s+as|among\s+them|notably)\s*:?|"
    r"\b(?:affects|affected|affecting|hits|hitting|impacted|impacts|impacting|disrupted|disrupts|disrupting)\s+(?:at\s+least\s+|some\s+|about\s+|over\s+|more\s+than\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:countries|nations|states|regions|provinces|cities|towns)\s*,?\s+(?:including|such\s+as|among\s+them|notably)\s*:?", re.I)
# ("residents of certain districts were left without heating. Problems were observed in A, B, C ..."): the places of the
# outage told before
_PROBLEMS_SEEN_IN = re.compile(r"^\W*(?:Similar\s+|Such\s+)?(?:problems|issues|disruptions|interruptions|failures|breakdowns|accidents|outages)\s+"
                               r"(?:were|have\s+been|had\s+been|are\s+being|are)\s+(?:also\s+)?(?:observed|reported|recorded|registered|seen|noted)\s+in\s+"
                               r"(?:the\s+)?(?:(?:cities|towns|regions)\s+of\s+)?", re.I)
# "The incident initially affected about 7,000 properties in A, B and C": the places of the event the text has told
# ("The outage has affected the entire Greater Jakarta region. It also extends to parts of X and Y.")
_STORM_IMPACTED = re.compile(r"^\W*The\s+(?:storm|typhoon|hurricane|cyclone|tempest)\s+(?:also\s+)?(?:severely|badly|heavily|hardest|most)\s+"
                             r"(?:impacted|affected|hit)\s+", re.I)
# "Nearly 3,000 in Finistère, 2,000 in Morbihan, 800 in Côtes d'Armor": a sentence that is a breakdown by place
_COUNT_BREAKDOWN = (r"^\W*(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*\s+(?:(?:households|homes|customers|consumers|subscribers|properties)\s+)?in\s+"
                    r"(?=(?-i:[A-Z])[^.;]{0,40}?(?:,|\band\b)\s*(?:(?:about|around|some|nearly|almost)\s+)?\d[\d,.]*\s+(?:\w+\s+)?in\s+(?-i:[A-Z]))")
_INCIDENT_AFFECTED = re.compile(r"^\W*(?:It|The\s+(?:outage|blackout))\s+(?:also\s+|now\s+)?(?:extends|extended|spreads|spread|reaches|reached)\s+(?:to|into|across)\s+|"
                                # ("An estimated 1,500 homes were left without gas on Thursday night after a gas pipeline was
                                # damaged. The incident affected Wilstead and the surrounding villages.")
                                r"^\W*(?:The|This)\s+(?:incident|outage|blackout|cut|disruption|fault|failure|leak|burst)\s+(?:has\s+|had\s+)?(?:also\s+)?"
                                r"(?:affected|affects|hit|hits)\s+(?=(?:the\s+(?:town|village|city|area)\s+of\s+)?[A-Z])|"
                                # ("There is no electricity in some settlements. As indicated, this refers to at least A and
                                # its suburbs (B, C), as well as D": the places of the outage the sentence before told)
                                # (not "It refers to humanitarian aid to be given to people affected by ... in the Counties of A, B")
                                r"^\W*(?:As\s+(?:indicated|reported|noted|specified|clarified),\s*)?(?:This|It)\s+(?:refers|applies|relates)\s+to\s+"
                                r"(?=(?:at\s+least\s+|only\s+|mainly\s+|mostly\s+)?(?:the\s+)?(?:(?-i:[A-Z])|(?:villages?|towns?|cit(?:y|ies)|settlements?|"
                                r"districts?|areas?|regions?|communities|neighbou?rhoods?|streets?|suburbs?|parts?|localities|municipalities)\b))|"
                                # ("TNB Careline said in a Facebook post that the sub-stations were in Kota Baru, Pasir Puteh, ...", "The eight
                                # districts are Pasir Mas, Machang, ...", "the districts concerned are Kemaman involving 173 substations")
                                r"^\W*(?:[\w ]{0,60}?\bthat\s+)?(?:the|these|those)\s+(?:power\s+)?(?:sub-?stations|outages|cuts|blackouts)\s+(?:were|are)\s+(?:all\s+)?(?:located\s+)?in\s+|"
                                r"^\W*(?:[\w ]{0,40}?,\s*)?the\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+|affected\s+)?"
                                r"(?:districts|areas|regions|provinces|towns|municipalities|states|counties)\s+(?:concerned\s+|affected\s+|involved\s+)?(?:are|were)\s+(?=[A-Z])|"
                                # ("The impacted zone stretches from ... It includes neighborhoods such as Bellaire, Bellerose, ...")
                                r"^\W*(?:It|The\s+(?:impacted|affected)\s+(?:zone|area))\s+(?:also\s+)?includes?\s+(?:the\s+)?"
                                r"(?:neighbou?rhoods|communities|areas|towns|districts|suburbs|villages)\s+(?:such\s+as|like|of)\s+|"
                                r"^\W*(?:The|This)\s+(?:incident|problem|issue|disruption|fault|failure|burst|leak)\s+(?:has\s+|had\s+)?(?:initially\s+|also\s+|now\s+)?"
                                r"(?:affected|affects|hit|hits)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|an\s+estimated\s+|up\s+to\s+)?"
                                r"[\d,.]+(?:\s+(?:thousand|million))?\s+(?:properties|homes|households|customers|people|residents|premises|consumers|users)\s+(?:in|across|throughout)\b|"
                                # ("At 9 am, 6,600 households affected in Brittany. Nearly 3,000 in Finistère, 2,000 in Morbihan, 800 in
                                # Côtes d'Armor and 800 in Ille-et-Vilaine.": the outage's count, and its breakdown by place)
                                r"^\W*(?:(?:At|By|As\s+of)\s+[^,;]{1,25},\s*)?(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*\s+"
                                r"(?:households|homes|customers|consumers|subscribers|properties)\s+(?:(?:were|are|remain|remained)\s+)?(?:still\s+)?affected\s+(?:in|across)\s+(?=(?-i:[A-Z]))|"
                                + _COUNT_BREAKDOWN, re.I)
_BREAKDOWN_SENTENCE = re.compile(_COUNT_BREAKDOWN, re.I)
_INCIDENT_AT = re.compile(r"^\W*(?:The|This)\s+(?:incident|attack|strike|fire|explosion|blast|blaze|outage|blackout)\s+"
                          r"(?:occurred|happened|took place|was recorded|broke out)\s+(?:in|at|near)\s+|"
                          # ("41 areas still have no power supply. These were in Surigao del Sur (19 areas), Butuan City (10)",
                          # "These include the towns and cities of A, B and C": where the areas the sentence before counted are)
                          r"^\W*(?:These|They|Those)\s+(?:were|are)\s+(?:all\s+)?(?:located\s+)?in\s+|"
                          # ("... a recurring fault affecting electricity supply to customers in several areas. These areas include
                          # McKies Hill, Paul Over, Trigger Ridge and Upper Richmond Hill")
                          r"^\W*(?:These|Those|The\s+affected)\s+(?:areas|communities|districts|villages|neighbou?rhoods|localities)\s+(?:include|included|are|were)\s+|"
                          # ("The outage affected almost a third of the firm's 40,000 users across Europe. It includes Germany, France and
                          # Italy": the places the sentence before reached)
                          r"^\W*(?:It|They|These|This)\s+(?:also\s+)?includes?\s+(?=(?-i:[A-Z])[\w’'-]+\s*(?:,|and\b))|"
                          r"^\W*These\s+include\s+(?:the\s+)?(?:towns|cities|municipalities|villages|areas|barangays|districts)"
                          r"(?:\s+and\s+(?:towns|cities|municipalities|villages))?\s+of\s+|"
                          # "That includes 44,000 in Northland and 40,000 in ...", "Of those, 3,000 were in X": a
                          # breakdown by place of the figure the sentence before told
                          r"^\W*(?:(?:That|This|These|Those)\s+(?:figures?\s+|numbers?\s+|totals?\s+)?includes?|Of\s+(?:those|them|these)\s*,)"
                          r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,.]*\s")
# ("... caused a power outage": an outage named right after the cause's verb)
_OUTAGE_NOUN_NEXT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:outages?|blackouts?|power cuts?|power failures?)\b")
_FRONTED_CAUSE = re.compile(r"^\W*(?:As a (?:result|consequence) of|Due to|Because of|Following|After)\b[^,;]{3,120},")
_RESULT_STATEMENT = re.compile(r"^(?:The|This|That|These|Those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|bombings?|shelling|raids?|explosions?|blasts?|"
                               r"onslaught|barrage|assault|bombardment|offensive)(?:,[^,]{1,80},)?\s+(?:also\s+)?(?:left|cut|caused|knocked out|plunged|disrupted|deprived)\b")
# ("snowfall crawling ... toward the population centers of A, B and C")
_WEATHER_TOWARD = re.compile(r"\b(?:snow\w*|rain\w*|storms?|ice|sleet|winds?|hurricane|typhoon|cyclone|blizzard|cold\s+front)\b[^.;]{0,80}?\b(?:toward|towards)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?", re.I)
# ("as a result of the Russians' explosion of the X power plant", "due to the shelling of X"): an outage's cause
_CAUSED_BY_ATTACK_ON = re.compile(r"\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|caused\s+by)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?"
                                  r"(?:explosion|shelling|strikes?|attacks?|bombing|bombardment|blast|destruction|sabotage|undermining|blowing\s+up)"
                                  r"\s+(?:of|on|at|against)\s+", re.I)
# ("with subsequent air raid alerts issued in A, B and C regions")
_ALERTS_ISSUED_IN = re.compile(r"\b(?:air[- ]raid\s+)?(?:alerts?|sirens?|alarms?|warnings?)\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
                               r"(?:issued|declared|sounded|announced|raised|activated|in\s+effect)\s+(?:in|across|for|over|throughout)\s+", re.I)
# ("..., causing flooding in parts of the A and B regions": a strike's result that is a flood)
_FLOODING_AFTER = re.compile(r"(?:,|\band)\s+(?:causing|triggering|resulting\s+in|leading\s+to|unleashing)\s+(?:[\w-]+\s+){0,2}?"
                             r"flood(?:ing|s|waters?)?\s+(?:in|across|of|along|on)\b", re.I)
_RESULT_CLAUSE = re.compile(r"(?:,|\band)\s+(?:leaving|causing|cutting|knocking out|plunging|depriving|forcing|resulting in|suspending|disrupting|interrupting)\b|\s[“\"‘']?(?:resulted in|led to)\s", re.I)
# "set ablaze the refinery and knocked out power supply in three villages": a second verb's result
_AND_RESULT = re.compile(r"\band\s+(?:knocked out|cut off|plunged)\b", re.I)
# "Drone strikes on a key power plant in eastern Sudan have plunged major cities, including A and B, into
# blackouts": an attack on one facility whose result, told by the main verb, is in several places
_RESULT_VERB = re.compile(r"\b(?:strikes?|attacks?|shelling|bombing|bombardment)\s+(?:by\s+[^.;]{1,60}?\s+)?on\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:plants?|stations?|substations?|facilit(?:y|ies)|dams?|grid|infrastructure)\b[^.;]{0,60}?\b(?:have\s+|has\s+|had\s+)?"
                          r"(?:plunged|left|cut|knocked out|caused)\b|"
                          # ("Saturday's attack left about 260,000 residents of the cities of A, B, C, D and E without power": the
                          # attack told before, its result in several places)
                          r"(?:^|\b(?:the|this|that|[A-Z][a-z]+day[’']s))\s*(?:attack|bombing|blast|explosion|sabotage)\s+(?:has\s+|had\s+)?(?:plunged|left|cut|knocked out)\b", re.I)
_CONSEQUENCE = re.compile(r"\b(?:metro|subway|underground|trams?|trolleybus(?:es)?|elevators?|lifts?|traffic lights|trains?|light rail|rail service|streetcars?)\s+(?:\w+\s+){0,3}?(?:was|were)?\s*(?:shut down|halted|stopped|suspended|stalled|failed)\b"
                         # ("Passengers had to be evacuated from subway lines in major cities, including A, B", "In A, five
                         # lines were disrupted" of its subway)
                         r"|\b(?:evacuated|stranded)\s+(?:from|in|on)\s+(?:the\s+)?(?:subway|metro|underground)\s+(?:lines?|trains?|cars?|tunnels?)\b"
                         # ("The towns of A, B and C are resorting to power generators")
                         r"|\b(?:switched|switching|ran|running|relied|relying|rely|relies|resort|resorts|resorted|resorting)\s+(?:on|to)\s+"
                         r"(?:backup\s+|emergency\s+|diesel\s+|power\s+)?generators\b"
                         # ("The Moose Jaw hospital ran on backup power", "sewage lift stations were operating on backup power")
                         r"|\b(?:ran|run|runs|running|operat(?:e|es|ed|ing))\s+on\s+(?:backup|back-up|emergency|auxiliary|reserve)\s+power\b", re.I)
# "In France, about 5 million people were affected, including in Paris": said in an outage's report
_WERE_AFFECTED = re.compile(r"\b(?:were|was|been)\s+(?:\w+ly\s+)?affected\b(?!\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:storms?|snow|floods?|flooding|heat|cold|quake|earthquake|fires?|rain|"
                            # ("the capital and 177 localities in 22 counties were affected by severe weather conditions")
                            r"weather|blizzards?|snowstorms?|snowfalls?|winds?|frost))|"
                            # "The disruption has impacted over 10 million individual customers"
                            r"^\W*(?:The|This|That|Its)\s+(?:[\w-]+\s+)?(?:disruption|outage|blackout|shutdown|failure)s?\s+(?:has\s+|have\s+|had\s+)?(?:impacted|affected)\b", re.I)
_IT_AFFECTED = re.compile(r"^(?:It|They|The (?:[\w-]+ )?(?:blackout|outage|power cut|cut|collapse|failure)s?)(?:,[^,]{0,60},)?\s+(?:also\s+)?(?:affected|hit|reached)\b")
_MOST_OF = r"(?:the\s+)?(?:majority|most|many|half|bulk)"
_THEM_IN = re.compile(rf"\b{_MOST_OF}\s+of\s+(?:them|those)\s+(?:are|were|is|was|being)\s+(?:still\s+)?(?:in|around)\s+(?:the\s+)?$", re.I)
# ("more than 150,000 people were left without power on Wednesday. In Florida, that number was more than 270,000.": the same
# count told for another place)
_THAT_NUMBER_IN = re.compile(r"\W*In\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+(?:that|the|this)\s+(?:number|figure|count|total|tally)\s+"
                             r"(?:was|is|stood\s+at|reached|rose\s+to|climbed\s+to)\b")
# ("At 12 noon, there are 1,500 without electricity. Most in Arendal, Lillesand and Kristiansand.": where they are, a sentence
# of its own)
_MOST_IN_LIST = re.compile(rf"\W*(?i:{_MOST_OF}(?:\s+of\s+(?:them|those))?\s+(?:(?:are|were|is|was)\s+(?:still\s+)?)?"
                           r"(?:in|around)\s+)[A-Z][\w’'-]*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)[A-Z][\w’'-]*)*\W*")
_HARD_HIT_LIST = re.compile(r"\b(?:hardest|worst|hard)[- ]hit\s+(?:regions|areas|cities|towns|provinces|states|counties|districts|departments|"
                            r"communities|neighbou?rhoods|municipalities|parishes|suburbs)\s*(?::|,?\s+(?:including|include|included|includes|such as|like|namely|"
                            # ("The worst hit areas have been Duncan, Nanaimo, Lake Cowichan and the southern Gulf Islands")
                            r"(?:have|has)\s+been|are|were|is|was))\s+"
                            # ("the hardest-hit areas include Observatory, Kensington ... and parts of Randburg")
                            r"(?:(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)?)*"
                            r"(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$|"
                            # ("the worst situation is in Kysuce, Orava, but also in Liptov": said of an outage told before)
                            r"\b(?:worst|most\s+(?:difficult|critical|serious|severe))\s+situation\s+(?:is|was|remains|remained)\s+(?:in\s+)?"
                            r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*(?:(?:and|but)\s+)?(?:also\s+)?(?:in\s+)?|\s+and\s+(?:also\s+)?(?:in\s+)?))*$|"
                            # ("distributing dry ice to customers near the most affected areas in Brooklyn and Queens")
                            r"\b(?:most|worst|hardest)[- ](?:affected|hit)\s+(?:areas|regions|neighbou?rhoods|communities|districts|parts)\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_SAME_GOES = re.compile(r"^\W*(?:(?:And|But)\s+)?(?:[Tt]he\s+same\s+(?:goes|went|is\s+true|was\s+true|holds(?:\s+true)?|held(?:\s+true)?|applies|applied|happened)"
                        r"\s+(?:for|of|to|in|with)|(?:So|Likewise|Similarly)\s+(?:for|with|in))\s+")
# ("The situation in the Lovech region is similarly dire", after an outage: the same befell it)
_SIMILAR_SITUATION = re.compile(r"^\W*(?:The\s+)?situation\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?(?:is|was|remains|remained)\s+(?:similarly|equally|just\s+as|also)\s+"
                                r"(?:dire|difficult|critical|serious|bad|grim|tense|complicated|precarious)\b", re.I)
_AMONG_AFFECTED = re.compile(r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:\w+\s+)?(?:areas|places|regions|cities|towns|states|provinces|countries|parts)\s+(?:\w+\s+)?(?:affected|hit)\b|"
                             # ("Residents in some parts of Soweto, Benoni and Brakpan are among the affected communities")
                             r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:worst[- ]|hardest[- ])?(?:affected|impacted|hit)\s+(?:areas|places|regions|cities|towns|communities|suburbs|neighbou?rhoods|districts|parts)\b", re.I)
_HARDEST = re.compile(r"\b(?:hardest|worst)[- ](?:hit|affected)\b|\b(?:hit|affected)\s+(?:the\s+)?(?:hardest|worst)\b|\bmost affected\b|"
                      # ("the western Wielkopolskie province with 12,000 households were the most badly hit")
                      r"\bmost\s+(?:badly|severely|seriously|heavily)\s+(?:hit|affected)\b|"
                      # ("Portage la Prairie ... has been especially hard hit")
                      r"\b(?:especially|particularly|very|extremely|severely)\s+hard[- ]hit\b|"
                      r"\b(?:bore|bears|bear|took|taking)\s+the\s+brunt\b", re.I)


def _all_of_its_people(text: str, m: Mention) -> tuple | None:
    """ "including nearly all of Sulphur's 5,000 residents": the share of a place's people who lost
    the service ("all of": all of them; "nearly all", "most": at most that many)."""
    before = re.search(r"\b((?:nearly|almost|virtually)\s+all|all|most)\s+of\s+$", text[max(0, m.start - 30) : m.start], re.I)
    after = re.match(rf"[’']s\s+({NUMBER})\s+(?:residents|people|inhabitants|homes|households|customers)\b", text[m.end : m.end + 60], re.I)
    if not before or not after or not (n := parse_number(after.group(1))):
        return None
    phrase = before.group(0) + m.text + after.group(0)
    return (n, n, phrase) if before.group(1).lower() == "all" else (None, n, phrase)


_IN_THE_CITY = r"\s+(?:[\w-]+\s+){0,2}?in\s+the\s+(?:city|town|village)\b"


def _figure_of_result_clause(sent, affected, typed, mentions, places, drafts) -> None:
    """ "In Belgorod Oblast, a drone hit a boiler house in Shebekino, leaving 1,200 residents
    without heating": a figure in a result clause that names no place is the place's just before it."""
    result = _RESULT_CLAUSE.search(sent.text)
    if not result or affected.start < result.start():
        return
    before = [i for i, _ in typed if mentions[i].end <= sent.start + result.start()]
    if not before or any(mentions[i].start > sent.start + result.start() for i, _ in typed):
        return
    last = max(before, key=lambda i: mentions[i].start)
    if any(j != last and 0 < mentions[last].start - mentions[j].end < 8
           and re.fullmatch(r"\s*(?:,\s*)?(?:and|or)?\s*", sent.text[mentions[j].end - sent.start : mentions[last].start - sent.start])
           for j in before):
        return  # "the grids of Spain and Portugal, cutting power to 55 million": the two together
    p = places[last]
    if p.granularity == "facility" and re.match(_IN_THE_CITY, sent.text[affected.end :]):
        return  # "the X water works stopped, leaving 150,000 people in the city without water": the city's
    d = drafts.get((p.gazetteer_id or p.name, "outage"))
    if d is not None and d.affected is None:
        d.affected = (affected.min, affected.max, affected.text)


_WERE_IN_BEFORE = re.compile(r"(?<![\w.,])((?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d,]*)\s+"
                             r"(?:(?:people|customers|homes|households|residents)\s+)?(?:were|was|are|is|remain(?:ed)?)\s+(?:still\s+)?in\s+(?:the\s+)?$", re.I)


def _counts_each_were_in(sent, typed, mentions, places, drafts) -> None:
    """ "Of those without power Monday, more than 5,000 were in Marshall County, 3,000 were in Tama County and 2,000 were in
    Story County": each count told right before "were in" a place is that place's."""
    for i, _ in typed:
        m = _WERE_IN_BEFORE.search(sent.text, 0, mentions[i].start - sent.start)
        if m is None or places[i] is None:
            continue
        q = find_affected(m.group(1) + " customers")
        d = drafts.get((places[i].gazetteer_id or places[i].name, "outage"))
        if q is not None and d is not None and d.affected is None:
            d.affected = (q.min, q.max, m.group(1))


def _total_to_container(sent, affected, typed_mentions, typed_places, drafts) -> None:
    """ "The outage left 220 million people without electricity, including in the cities of A,
    B and C": the figure before "including" is the whole country's, whose outage is already
    an event; the cities named as examples do not share it."""
    countries = [p for p in typed_places if p.granularity == "country"]
    if len(countries) == 1 and all(p.country_code == countries[0].country_code for p in typed_places):
        # "a blackout hit most of Chile, from Arica to Los Lagos, affecting 8 million customers":
        # a figure told with a country and places inside it is the country's
        key = (countries[0].gazetteer_id or countries[0].name, "outage")
        d = drafts.get(key)
        if d is not None and d.affected is None:
            d.affected = (affected.min, affected.max, affected.text)
        return
    regions = [p for p in typed_places if p.granularity == "region"]
    # (a second-level unit inside the other region is one of the places inside: "across southern Quebec ..., most of
    # them in Montreal, Laval and the Monteregie region")
    regions = [p for p in regions if not any(q is not p and p.admin1 and p.admin1 != p.name and p.admin1 in {q.name, q.admin1} for q in regions)]
    if not countries and len(regions) == 1:
        # "30,000 customers were without power in the state, mostly around Shreveport": the
        # towns after "mostly"/"including" are inside the region whose figure it is
        r, r_at = regions[0], typed_mentions[typed_places.index(regions[0])]
        inside = [(m, p) for m, p in zip(typed_mentions, typed_places) if p is not r]
        if all(p.country_code == r.country_code and p.admin1 in {r.name, r.admin1} and m.start > r_at.end
               and _INCLUDING_ANY.search(sent.text[r_at.end - sent.start : m.start - sent.start]) for m, p in inside):
            d = drafts.get((r.gazetteer_id or r.name, "outage"))
            if d is not None and d.affected is None:
                d.affected = (affected.min, affected.max, affected.text)
            return
    if len(typed_mentions) >= 2 and len({p.country_code for p in typed_places}) == 1 \
            and re.search(r"\bfrom\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", sent.text[: typed_mentions[0].start - sent.start]) \
            and re.search(r"\bto\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", sent.text[typed_mentions[0].end - sent.start : typed_mentions[1].start - sent.start]):
        # "left eight million households without electricity, affecting regions from the northern port
        # city of Arica to the southern Los Lagos": the ends of a span; the figure is the country's
        _figure_to_the_country(sent, affected, {typed_places[0].country_code}, drafts)
        return
    inc = _INCLUDING_ANY.search(sent.text, affected.end)
    if inc is None or any(m.start < sent.start + inc.start() for m in typed_mentions):
        return
    ccs = {p.country_code for p in typed_places}
    if len(ccs) == 1:
        _figure_to_the_country(sent, affected, ccs, drafts)


def _figure_to_the_country(sent: Span, affected, ccs: set, drafts: dict) -> None:
    """A figure told of places inside one country goes to that country's outage (the one outage
    of the text at that country, when it has no figure yet)."""
    outer = [d for k, d in drafts.items() if k[1] == "outage" and d.place.granularity == "country" and d.place.country_code in ccs]
    if len(outer) == 1 and outer[0].affected is None:
        outer[0].affected = (affected.min, affected.max, affected.text)
        ev = Evidence(sent.text, sent.start, sent.end)
        if ev not in outer[0].evidence:
            outer[0].evidence.append(ev)


# ("240,000 customers are now without electricity with the most badly affected parishes being A, B and C")
_INCLUDING_ANY = re.compile(r"\b(?:including|such as|among them|of them|notably|especially|in particular|mostly|mainly|chiefly|particularly|"
                            r"(?:most|worst|hardest)\s+(?:badly\s+)?(?:hit|affected|impacted)\s+(?:[\w-]+\s+)?being|"
                            # ("More than 46,000 households across X have been affected, with the majority on Y")
                            r"with\s+the\s+(?:majority|bulk)\s+(?:of\s+them\s+)?(?:on|in|across))\b", re.I)


_INCLUDES_BEFORE = re.compile(r",\s+(?:which|that)\s+(?:includes?|included|contains?|covers?|surrounds?|encompasses)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


_OTHER_PREDICATE = re.compile(r",\s+(?:and\s+)?(?!(?:leaving|cutting|knocking|plunging|affecting)\b)[a-z]{3,}(?:s|ed)\s+(?:the\s+|its\s+)?$")
_STOP_AT = re.compile(r"\b(?:terminated|diverted|rerouted|stranded|stuck|halted|stopped)\s+(?:at|in|near)\s+(?:the\s+)?$", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close to|(?:north|south|east|west)\s+of)\s+(?:the\s+)?$", re.I)


def _casualties_of_named_place(text, sent, sm, mentions, places, drafts, pending=None) -> tuple | None:
    """ "The official death toll in Puerto Rico was later raised to 2,975.": a sentence with
    figures and no cue that names one place with an event gives that event its figures (and
    ``pending`` keeps them for a place whose event the text tells later: "Wildfires around Viña
    del Mar killed at least 131 people. In Viña del Mar, power and water were cut."). Returns
    the key of the event that took them, if any."""
    # ("In Buncombe County, which includes Asheville, at least 40 people died": the county's toll)
    sm = [i for i in sm if not _INCLUDES_BEFORE.search(text[max(sent.start, mentions[i].start - 40) : mentions[i].start])]
    named = {(places[i].gazetteer_id or places[i].name) for i in sm
             if places[i] is not None and not is_qualifier(mentions, text, i, places) and not _possessive_qualifier(text, mentions, places, i)}

    def with_event(keys):
        return {k for k in keys if (k, "strike") in drafts or (k, "outage") in drafts}

    if len(named) > 1:
        # ("At least 2,000 people have been killed after a flood hit the city of Derna in eastern Libya": the country
        # that holds the town is where the town is; the toll is the town's)
        of = {(places[i].gazetteer_id or places[i].name): places[i] for i in sm if places[i] is not None}
        inner = set(_innermost([of[k] for k in named]))
        named = inner if len(inner) == 1 else named

    parts = [(i, part) for i in sm if places[i] is not None and (part := _toll_part(text, sent, mentions[i]))]
    if len(parts) == 1:
        # "The death toll in the region climbed to 14, including six people in Naga City": the town's part
        named = {places[parts[0][0]].gazetteer_id or places[parts[0][0]].name}
    own_toll = len(named) == 1 and not with_event(named) and any(
        (places[i].gazetteer_id or places[i].name) in named and re.match(
            r"(?:\s+(?:city|town))?(?:\s+alone\b|\s+(?:has|have|had)\s+(?:also\s+)?(?:reported|recorded|registered|counted|seen)\b)", text[mentions[i].end : sent.end])
        for i in sm if places[i] is not None)
    if own_toll:
        # ("Malawi's commercial capital of Blantyre has reported 85 deaths", "85 of the deaths were recorded in Blantyre
        # alone" after the country's outage: the town's part of the toll, not the country's)
        return None
    listed = [i for i in sm if places[i] is not None and (places[i].gazetteer_id or places[i].name) in named]
    if len(named) > 1 and len(listed) >= 2 and any(
            re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", text[mentions[a].end : mentions[b].start])
            and places[a].granularity == places[b].granularity == "country"
            for a, b in zip(listed, listed[1:])) and not _tolls_by_clause(text, sent, listed, mentions) \
            and not any(_elliptic_casualty(text, sent, mentions[i], [mentions[j] for j in listed], find_casualties(sent.text)) for i in listed):
        # ("Freddy claimed more than 100 lives in Malawi and Mozambique": a toll of two countries together, no one's own)
        return None
    if len(named) > 1 or not with_event(named):
        # "made landfall in Wenchang on Hainan island, killing two and injuring 92" after a
        # headline about Hainan: the one named place that has an event (a qualifier too:
        # "in Zhanjiang in Guangdong")
        named = with_event(named) or with_event({places[i].gazetteer_id or places[i].name for i in sm if places[i] is not None
                                                 # (not "another fatality occurred in Hai Duong, near Hanoi": near is not in)
                                                 and not _NEAR_BEFORE.search(text[max(0, mentions[i].start - 20) : mentions[i].start])}) or named
    if len(named) > 1 and not _NEGATION.search(sent.text) and find_casualties(sent.text) != (None, None):
        # "Seven storm-related deaths were reported in Texas; two in Oklahoma, five in Arkansas and one
        # in Kentucky": a toll given place by place goes to each place that has an event
        # (places whose events the text tells later keep their parts pending; who speaks is no member)
        series = [i for i in sm if places[i] is not None and not is_qualifier(mentions, text, i, places)
                  and not _speaks(text, mentions[i], sent) and (pending is not None or with_event({places[i].gazetteer_id or places[i].name}))]
        took = None
        by_clause = _tolls_by_clause(text, sent, series, mentions)
        for i in series:
            own = by_clause.get(i) if by_clause else \
                _elliptic_casualty(text, sent, mentions[i], [mentions[j] for j in series], find_casualties(sent.text))
            key = places[i].gazetteer_id or places[i].name
            d = drafts.get((key, "strike")) or drafts.get((key, "outage"))
            if own is not None and d is not None:
                _take_toll(d, own[0], own[1], Evidence(sent.text, sent.start, sent.end))
                took = took or (key, d.event_type)
            elif own is not None and pending is not None:
                pending.setdefault(key, (own[0], own[1], Evidence(sent.text, sent.start, sent.end), places[i]))
        if took is not None:
            return took
    if len(named) != 1 or _NEGATION.search(sent.text):
        return None
    killed, injured = find_casualties(sent.text)
    if killed is None and injured is None:
        return None
    key = next(iter(named))
    for i, part in parts:
        if (places[i].gazetteer_id or places[i].name) == key:
            n = _part_count(part)
            killed, injured = (n, None) if killed is not None else (None, n)
            break
    if pending is not None and not any((key, t) in drafts for t in ("strike", "outage")):
        pending.setdefault(key, (killed, injured, Evidence(sent.text, sent.start, sent.end), next(
            (places[i] for i in sm if places[i] is not None and (places[i].gazetteer_id or places[i].name) == key), None)))
        return None
    for etype in ("strike", "outage"):
        d = drafts.get((key, etype))
        if d is not None:
            # ("The death toll in Dnipro rose to five": an update replaces the toll told before)
            _take_toll(d, killed, injured, Evidence(sent.text, sent.start, sent.end),
                       update=bool(TOLL_UPDATE.search(sent.text)), replace_joint=True)
            return (key, etype)
    return None


_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:while|whereas)\s+|,\s+and\s+(?=[^,;]*\b(?:was|were|had|has)\b)")


def _tolls_by_clause(text: str, sent: Span, series: list, mentions) -> dict:
    """ "Three fatalities and 58 injured people were recorded in X province while one death was
    reported in Y province": each clause's figures go to the one place it names ({} unless every
    clause with figures names one place of the series, and two or more do)."""
    out, start = {}, sent.start
    for cut in [*_CLAUSE_BREAK.finditer(text, sent.start, sent.end), None]:
        end = cut.start() if cut else sent.end
        own = [i for i in series if start <= mentions[i].start < end]
        figures = find_casualties(text[start:end])
        if figures != (None, None):
            if len(own) != 1:
                return {}
            out[own[0]] = figures
        start = cut.end() if cut else end
    return out if len(out) >= 2 else {}


def _bare_name(name: str | None) -> str:
    """A place's name without its kind or spaces ("Hualien County", "Hualien City" -> "hualien"; "Hai Phong" -> "haiphong")."""
    return re.sub(r"\b(?:city|county|province|region|oblast|municipality|prefecture|district|state)\b|\s+", "", normalize(name or ""))


def _take_toll(d: _Draft, killed, injured, ev: Evidence, update: bool = False, replace_joint: bool = False) -> None:
    """A place's toll told again: it fills an empty one (or a joint one, with ``replace_joint``),
    replaces the figures it restates when it is an update ("the number of wounded had risen to
    15"), and completes one it agrees with ("kills two" in the headline, "Two people died and 12
    were injured" in the text); a toll that disagrees is another episode's and is left out."""
    if (d.killed is None and d.injured is None) or (replace_joint and d.scope):
        d.killed, d.injured, d.scope = killed, injured, None
    elif update:
        d.killed = killed if killed is not None else d.killed
        d.injured = injured if injured is not None else d.injured
    elif (killed is None or d.killed in (None, killed)) and (injured is None or d.injured in (None, injured)):
        # ("... rose to five." then "Twelve people were injured.": what one leaves out the other tells)
        d.killed = d.killed if d.killed is not None else killed
        d.injured = d.injured if d.injured is not None else injured
    else:
        return
    if ev not in d.evidence:
        d.evidence.append(ev)


def _to_the_region(text, sent, sm, sentences, sent_starts, mention_starts, mentions, places, drafts, date) -> bool:
    """ "A drone struck the field in Iraq's Kurdistan region. The shutdown cut electricity in the
    region ...": an outage "in the region" is the one region the sentence before named (or the one
    region the text has named so far); True when the sentence was placed so."""
    if not _THE_REGION.search(sent.text) or not _live(_OUTAGE, sent.text) or _NEGATION.search(sent.text):
        return False
    if re.search(r"\b(?:power|electricity|supply|supplies)\s+(?:to|in)\s+the\s+(?:city|town|port|capital)\b", sent.text, re.I):
        return False  # ("terrorist activity in the region that knocked out power to the city port": the city's outage)
    own = [j for j in sm if places[j] is not None and places[j].granularity == "region"]
    told = _THE_REGION.search(sent.text)
    if own and len({places[j].gazetteer_id for j in own}) == 1 and all(
            mentions[j].end <= sent.start + told.start() and is_qualifier(mentions, text, j, places) for j in own):
        # ("Our correspondent in Nyagatare, Eastern Province says that most parts of the province were without power":
        # the region that qualified the town before, in the same sentence)
        r = places[own[0]]
        _outage_told_by(sent, drafts, r.gazetteer_id or r.name, r, mentions[own[0]].text, date)
        return True
    k = bisect_right(sent_starts, sent.start) - 1  # this sentence; the one before is k - 1
    hi = bisect_left(mention_starts, sent.start)
    lo = bisect_left(mention_starts, sentences[k - 1].start) if k >= 1 else hi
    # (not a broadcaster named for a region: "Kurdistan 24 reported ...")
    before = [j for j in range(lo, hi) if places[j] is not None and places[j].granularity == "region" and places[j].country_code
              and not _BROADCASTER_AFTER.match(text, mentions[j].end)]
    if not before:
        # "Floods hit the Valencia region. In Paiporta, ... About 115,000 customers across the region lost
        # electricity." (the regions of the text so far, within a few paragraphs)
        near = bisect_left(mention_starts, sent.start - 3000)
        regions = [j for j in range(near, hi) if mentions[j].end <= sent.start and places[j] is not None
                   and places[j].granularity == "region" and places[j].country_code]
        before = [j for j in regions if not is_qualifier(mentions, text, j, places)]
        if not before and len({places[j].gazetteer_id for j in regions}) == 1:
            # ("the city of Mekelle, Tigray regional state ... causing total electricity outage in the region": the one
            # region the text has named, even as the city's qualifier)
            before = regions
    if before and len({places[j].gazetteer_id for j in before}) > 1:
        # ("Uttar Pradesh is reeling ... Uttar Pradesh outperformed other major states: Gujarat, Maharashtra ...
        # leading to frequent power cuts" in the state's): the region the text names far more often than any other
        near = bisect_left(mention_starts, sent.start - 3000)
        told = Counter(places[j].gazetteer_id for j in range(near, hi) if places[j] is not None and places[j].granularity == "region")
        (top, n1), *rest = told.most_common(2) or [(None, 0)]
        if top is not None and n1 >= 2 and (not rest or n1 >= 2 * rest[0][1]):
            before = [j for j in before if places[j].gazetteer_id == top] or [j for j in range(near, hi) if places[j] is not None and places[j].gazetteer_id == top]
    if not before or len({places[j].gazetteer_id for j in before}) != 1 or any(
            places[j] is not None and places[j].granularity == "region" for j in sm):
        return False
    r = places[before[-1]]
    _outage_told_by(sent, drafts, r.gazetteer_id or r.name, r, mentions[before[-1]].text, date)
    return True


# "a power plant south of the capital", "outside the city": somewhere near it, not in it
_AROUND_THE_CITY = re.compile(r"\b(?:north|south|east|west)(?:-?east|-?west)?(?:ern)?\s+of\s+(?:the\s+)?(?:capital|city|town)\b|"
                              r"\b(?:outside|near|beyond|outskirts\s+of)\s+(?:the\s+)?(?:capital|city|town)\b", re.I)


def _speakers_own_place(text: str, sent: Span, sm: list, excluded: set, mentions, places) -> int | None:
    """The mention of the one city a sentence names only as who speaks ("Kiev Mayor ... said"), when the
    sentence tells an outage of "the city" or "the capital" (of the one region, when it tells one "across the region");
    else None."""
    own = [j for j in excluded if places[j] is not None and places[j].granularity in ("city", "region") and _speaks(text, mentions[j], sent)]
    if not own or len({places[j].gazetteer_id for j in own}) != 1 or len(own) != len([j for j in sm if places[j] is not None]):
        return None
    if not _live(_OUTAGE, sent.text) or _NEGATION.search(sent.text):
        return None
    if places[own[0]].granularity == "region":
        # ("Yevgeny Balitsky, the Russian-installed governor of Zaporizhzhia, said more than 600,000 people in nearly 500
        # settlements across the region had no electricity")
        # (a count told: not "Belgorod Governor Vyacheslav Gladkov admitted that his city had endured the 'most massive'
        # strikes, with power supplies in the region effectively paralyzed", the city's story retold)
        return own[0] if re.search(r"\b(?:across|throughout|in|of) the (?:region|oblast|province|state)\b(?![’']s)", sent.text) \
            and find_affected(sent.text) is not None else None
    if not re.search(r"\bthe (?:city|capital|town)\b", sent.text) and not (
            # ("X's mayor said the attack temporarily left over 40,000 people without heating": the mayor's
            # city, when the sentence tells no wider area)
            _MAYOR_OF.search(text, max(sent.start, mentions[own[0]].start - 12), min(sent.end, mentions[own[0]].end + 12))
            and not re.search(r"\b(?:nationwide|countrywide|country|national|region|regions|oblast|province|state|across)\b", sent.text, re.I)):
        return None
    return own[0]


_MAYOR_OF = re.compile(r"\b[Mm]ayor\s+of\s+(?-i:[A-Z])|(?-i:[A-Z])[\w’'-]+(?:[’']s\s+|\s+)(?:city\s+)?[Mm]ayor\b")


def _the_city(sent: Span, drafts: dict, base_date, named_city: tuple | None = None) -> bool:
    """ "Parts of the city were left without electricity": "the city" of a text whose events
    name one city only is that city; of a text with no event in a city yet, the one city named in
    the sentences just before (True when the sentence was placed so)."""
    s = sent.text
    # ("Residents of Para locality in Lucknow blocked a road. The area reported a power cut at 1 pm")
    # ("ASHEVILLE, N.C. - ... Pipes that deliver much of this city's water ... were destroyed": "this city", the
    # dateline's, however far)
    the_word = re.search(r"\b(?:[Tt]he|[Tt]his) (?:entire |whole )?(?:city|town|capital)\b|^\W*The (?:area|locality|neighbou?rhood)\b", s)
    # ("Residents of Bishkek are urged to save hot water. ... Bishkekteploset consumers do not have heating":
    # the consumers of a company named for the one city named just before, when no city has an event yet)
    people = not the_word and named_city is not None and re.search(
        rf"\b{re.escape(named_city[1])}\w+\s+(?:consumers|subscribers|customers)\b", s)
    if not (the_word or people) or not _live(_OUTAGE, s) \
            or _AROUND_THE_CITY.search(s) \
            or _NEGATION.search(s):
        return False
    cities = {k[0]: d for k, d in drafts.items() if d.place.granularity == "city"}
    if people and (drafts or named_city is None):
        return False
    # ("Hai Phong, a coastal city, bore the brunt of the typhoon. The city, which houses several factories,
    # experienced power outages": the city the sentence just before named, whatever city had events before)
    right_after = named_city is not None and sent.start - named_city[2] <= 3 and re.match(r"\W*The (?:city|town)\b", s)
    reach = 1500 if the_word and the_word.group(0).lower().startswith("this") else 400
    if (not cities or right_after) and named_city is not None and sent.start - named_city[2] < reach:
        # "A man was killed just outside of Mexicali. ... Power was out in virtually the entire city"
        place, mention = named_city[:2]
        _outage_told_by(sent, drafts, place.gazetteer_id, place, mention, _hours_back(s, find_date(s, base_date), base_date)
                        or ((base_date, 2) if base_date else None))
        return True
    if len(cities) != 1:
        return False
    key, src = next(iter(cities.items()))
    _outage_told_by(sent, drafts, key, src.place, src.mention, src.date or ((base_date, 2) if base_date else None))
    killed, injured = find_casualties(s)
    struck = drafts.get((key, "strike"))
    if struck is not None and (killed is not None or injured is not None) and struck.killed is None and struck.injured is None:
        # "... water was disrupted on the city's left bank, and one person was wounded as debris hit a school"
        _take_toll(struck, killed, injured, Evidence(s, sent.start, sent.end))
    elif struck is None and (killed is not None or injured is not None) and not _strike_cues(s, True):
        # "... since Friday, after heavy rains that hit the capital and caused 7 deaths": the storm's toll
        # in the city whose outage it caused
        out = drafts[(key, "outage")]
        if out.killed is None and out.injured is None:
            _take_toll(out, killed, injured, Evidence(s, sent.start, sent.end))
    return True


def _the_city_struck(sent: Span, drafts: dict, base_date):
    """ "Officials reported that the capital was struck overnight": "the city" or "the capital" of a
    text whose events name one city only was struck (its strike's key, else None)."""
    s = sent.text
    # ("The Hamas-controlled coastal enclave has been hammered by airstrikes": the one region)
    area = re.search(r"\b(?i:the) (?:[\w-]+ ){0,2}(?:enclave|territory|strip)\b", s)
    town = re.search(r"\bthe (?:city|town|capital)\b", s)
    if not (town or area) or _WEATHER.search(s) or _NEGATION.search(s) \
            or not any(not _AMBIGUOUS_STRIKE.match(x.group(0)) or _WEAPON.search(s) for x in _strike_cues(s, False)):
        return None
    gran = "city" if town else "region"
    cities = {k[0]: d for k, d in drafts.items() if d.place.granularity == gran}
    if gran == "region" and not cities:  # (an enclave the text named by its main town: "Gaza")
        cities = {k[0]: d for k, d in drafts.items() if d.place.granularity == "city"}
    if len(cities) != 1:
        return None
    key0, src = next(iter(cities.items()))
    return _strike_told_by(sent, drafts, key0, src, find_date(s, base_date) or src.date or ((base_date, 2) if base_date else None))


def _strike_told_by(sent: Span, drafts: dict, key0: str, src: "_Draft", when) -> tuple:
    """The strike draft (made if new) of the place of ``src`` takes a sentence that names no place:
    its toll ("Shelling of the city killed 15") or else its evidence. Returns the strike's key."""
    key = (key0, "strike")
    d = drafts.get(key) or drafts.setdefault(key, _Draft(src.place, src.mention, "strike", date=when))
    ev = Evidence(sent.text, sent.start, sent.end)
    killed, injured = find_casualties(sent.text)
    if killed is not None or injured is not None:
        _take_toll(d, killed, injured, ev, update=bool(TOLL_UPDATE.search(sent.text)))
    elif ev not in d.evidence:
        d.evidence.append(ev)
    return key


def _restored_long_ago(s: str, stated, base_date) -> bool:
    """ "In Mykolaiv, water supply was restored in April after months of disruption" in a November
    report: an outage that ended months before the report is a precedent, not an event of it."""
    cues = _live(_OUTAGE, s)
    if not (cues and stated and len(stated[0]) >= 7 and base_date and len(base_date) >= 7
            and all(_RESTORED.search(x.group(0)) for x in cues)):
        return False
    sy, sm = map(int, stated[0][:7].split("-"))
    by, bm = map(int, base_date[:7].split("-"))
    return (by * 12 + bm) - (sy * 12 + sm) >= 2


# ("a major incident affecting the nation's power grid occurred on Tuesday night": the day of the story's outages)
_GRID_INCIDENT = re.compile(r"\b(?:incident|failure|fault|accident|breakdown|malfunction|collapse)\b[^.;]{0,50}?\b(?:power\s+grid|national\s+grid|"
                            r"power\s+system|electricity\s+system|energy\s+system)\b[^.;]{0,30}?\b(?:occurred|happened|took\s+place)\b", re.I)


def _well_before(when: tuple | None, base_date: str | None) -> bool:
    """Whether a sentence's date lies two weeks or more before the report's ("In early September" in November)."""
    if not when or not base_date or len(base_date) != 10:
        return False
    if len(when[0]) == 7:
        return when[0] < base_date[:7] and _days_apart(f"{when[0]}-28", base_date) >= 14
    return len(when[0]) == 10 and when[0] < base_date and _days_apart(when[0], base_date) >= 14


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (a large number when either is not a full date)."""
    try:
        return abs((_date.fromisoformat(b) - _date.fromisoformat(a)).days)
    except ValueError:
        return 10**6


_DAMAGE_THERE = re.compile(r"\b(?:infrastructure|facilities|facility|sites)\s+(?:in|of|at)\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+"
                            r"(?:\w+ly\s+)?(?:damaged|destroyed|hit)\b", re.I)
_FOREIGN_STRIKES = re.compile(r"\b([A-Z][a-z]+)\s+(?:air ?strikes|airstrikes|strikes|bombing|bombardment|shelling|missile strikes|drone strikes|missiles)\b")


def _struck_by_foreign(sent: Span, drafts: dict, base_date, gz):
    """ "... amid Israeli airstrikes", "The latest blackout follows Israeli airstrikes on June 13": in a
    report whose events lie in one country, another country's strikes named with no place hit that
    country (its strike's key, else None)."""
    s = sent.text
    f = _FOREIGN_STRIKES.search(s)
    if f is None or gz is None or _NEGATION.search(s) or _FUTURE.search(s) or _PRECEDENT.search(s) \
            or not _live(_STRIKE, s) or _UNREAL_BEFORE.search(s[max(0, f.start() - 60) : f.start()]):
        return None
    by = gz.demonym(f.group(1))
    countries = {k[0]: d for k, d in drafts.items() if d.place.granularity == "country"}
    if by is None or len(countries) != 1:
        return None
    key0, src = next(iter(countries.items()))
    if src.place.country_code == by or any(d.place.country_code != src.place.country_code for d in drafts.values()):
        return None
    return _strike_told_by(sent, drafts, key0, src, find_date(s, base_date) or ((base_date, 2) if base_date else None))


# "• Gold Coast City – 38,750", "Brisbane City: 45,139", "- Redland Bay – 1457": a place and a count on a line
_TALLY_LINE = re.compile(r"^[\s•*‣▪–-]*(?P<name>[A-Z][\w’'.,() -]{1,60}?)\s*(?:[–—:]|\s-)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\.?$")
_UNIT_AT_END = re.compile(r"\b(?:homes and businesses|customers|households|homes|residents|consumers|people|properties|premises)$", re.I)


def _tallies(sentences: list, mentions, places, drafts: dict, base_date) -> None:
    """ "QLD councils affected by outages / • Gold Coast City – 38,750 / • Noosa – 229": lines of a place
    and a count, under a line that tells outages (or a line ending in ":" after one), are each place's
    outage and its people affected."""
    starts = [m.start for m in mentions]
    i = 1
    while i < len(sentences):
        j = i
        while j < len(sentences) and _TALLY_LINE.match(sentences[j].text):
            j += 1
        if j - i < 2:
            i += 1
            continue
        lead = [sentences[i - 1]] + ([sentences[i - 2]] if i > 1 and sentences[i - 1].text.rstrip().endswith(":") else [])
        if any(_live(_OUTAGE, s.text) for s in lead) and not any(_NEGATION.search(s.text) or find_casualties(s.text) != (None, None) for s in lead):
            q = next((q for s in lead if (q := find_affected(s.text)) is not None), None)
            unit = (u.group(0) if q is not None and (u := _UNIT_AT_END.search(q.text)) else "customers")
            services = set().union(*(_services_in(s.text) for s in lead)) or {"power"}
            when = next((w for s in lead if (w := find_date(s.text, base_date))), None) or ((base_date, 2) if base_date else None)
            for sent in sentences[i:j]:
                t = _TALLY_LINE.match(sent.text)
                a, b = sent.start + t.start("name"), sent.start + t.end("name")
                inside = [k for k in range(bisect_left(starts, a), bisect_left(starts, b)) if mentions[k].end <= b and places[k] is not None]
                if len({places[k].gazetteer_id for k in inside}) != 1:
                    continue
                p, n = places[inside[0]], parse_number(t.group("n"))
                d = drafts.setdefault((p.gazetteer_id or p.name, "outage"), _Draft(p, mentions[inside[0]].text, "outage", date=when))
                d.services |= services
                if d.affected is None and n:
                    d.affected = (n, n, f"{t.group('n')} {unit}")
                d.evidence.append(Evidence(sent.text, sent.start, sent.end))
        i = j


_AUTHORITY_AFTER = re.compile(r"(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?(?:military|government|junta|authorities|ministry|officials|"
                              r"emergency\s+(?:service|ministry|agency)|disaster\s+(?:agency|management)|state\s+media|"
                              # ("Turkey's Health Disaster Coordination Center")
                              r"(?:coordination|emergency|disaster|health)\s+(?:cent(?:er|re)|agency|presidency))\b", re.I)


def _toll_told_by_the_country(text, sent, sm, mentions, places, aside: set, drafts: dict) -> tuple | None:
    """The key of the country event that takes a toll its own authority tells ("According to X's
    military, the earthquake has resulted in at least 1,644 deaths"), else None."""
    killed, injured = find_casualties(sent.text)
    if (killed is None and injured is None) or _NEGATION.search(sent.text) or any(
            places[j] is not None and j not in aside for j in sm):
        return None
    src = {places[j].gazetteer_id for j in sm if places[j] is not None and places[j].granularity == "country"
           and _AUTHORITY_AFTER.match(text, mentions[j].end)}
    if len(src) != 1:
        return None
    gid = next(iter(src))
    key = next((k for k in ((gid, "outage"), (gid, "strike")) if k in drafts), None)
    if key is None or drafts[key].killed is not None or drafts[key].injured is not None:
        return None
    _take_toll(drafts[key], killed, injured, Evidence(sent.text, sent.start, sent.end))
    return key


def _heading(text: str, sent: Span, sm: list, mentions, places) -> tuple | None:
    """(place, mention, end) of a line that names one place alone ("Jefferson Parish", "Kherson region:"):
    the heading of the lines about that place; else None."""
    if len(sm) != 1 or places[sm[0]] is None:
        return None
    m = mentions[sm[0]]
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    if line_end < 0 or text[line_start : sent.start].strip() or text[sent.end : line_end].strip():
        return None
    if text[sent.start : m.start].strip() or not re.fullmatch(r"\s*(?:(?i:parish|county|region|oblast|province|district|state))?\s*:?\s*", text[m.end : sent.end]):
        return None
    if re.fullmatch(r"\s*[-−]?\d+(?:[.,]\d+)?\s*°?\s*[CF]?\s*", text[:line_start].rstrip().rsplit("\n", 1)[-1]):
        return None  # ("0.8 C / Oslo": a page's weather box, no heading of the story)
    return (places[sm[0]], m.text, sent.end)


_IN_THE_COUNTRY = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)\b", re.I)


def _of_the_country_before(text: str, sentences: list[Span], mentions: list, sent: Span) -> bool:
    """Whether the sentence just before ``sent``, in its paragraph and naming no place, tells of "the country"
    ("The storm caused great damage in the country.")."""
    before = [x for x in sentences if x.end <= sent.start]
    if not before:
        return False
    prev = before[-1]
    return "\n\n" not in text[prev.end:sent.start] and not any(prev.start <= m.start < prev.end for m in mentions) \
        and bool(_IN_THE_COUNTRY.search(prev.text))


def _day_told(sent: Span, base_date: str | None) -> tuple[str, int] | None:
    """The day a sentence states, else the report's own day (marked less precise)."""
    return find_date(sent.text, base_date) or ((base_date, 2) if base_date else None)


def _outage_of_the_place_before(sent: Span, drafts: dict, p: Place, mention: str, base_date: str | None) -> dict:
    """An outage told at no place, under a heading or after an incident the text placed, is that place's;
    returns the sentence's record for the carry-over."""
    key = p.gazetteer_id or p.name
    _outage_told_by(sent, drafts, key, p, mention, _day_told(sent, base_date))
    return {"end": sent.end, "keys": [(key, "outage")], "n": 0}


def _outage_told_by(sent: Span, drafts: dict, key: str, place: Place, mention: str, date) -> None:
    """The outage draft of a place (made if new) takes a sentence's services, evidence and
    people affected ("The cuts hit about 400,000 households in the city")."""
    d = drafts.get((key, "outage"))
    if d is None:
        d = drafts[(key, "outage")] = _Draft(place, mention, "outage", date=date)
    elif date and (d.date is None or d.date[1] > date[1]) and not (date[1] == 2 and d.date[1] == 3 and d.date[0] < date[0][:7]):
        d.date = date  # a stated day over the headline's dateline (not the dateline over a month told before it)
    elif date and date[1] == 1 and d.date[1] == 1 and len(date[0]) == len(d.date[0]) == 10 and date[0] < d.date[0] \
            and _days_apart(date[0], d.date[0]) <= 3 and not d.since:
        # ("Nuuk successfully restored electricity early Sunday morning ... The city was plunged into darkness late on
        # Saturday"): a day or two before, told next, is the outage's start
        d.date = date
    elif date and date[1] == 1 and d.date[1] == 1 and len(date[0]) == len(d.date[0]) == 10 and date[0] < d.date[0] \
            and _days_apart(date[0], d.date[0]) <= 31 and not d.since and d.evidence \
            and re.search(r"\b(?:continu\w+|still|ongoing|persist\w*)\b", d.evidence[0].text, re.I):
        # ("The crisis continued to be felt Friday and Saturday as residents dealt with power outages ... The crisis
        # became evident April 19 when a massive blackout left most of the country in the dark"): an outage told as going
        # on started on the earlier day told after
        d.date = date
    elif date and date[1] == 3 and d.date[1] == 2 and date[0] < d.date[0][:7]:
        # ("... resulted in a nationwide blackout ... that shook the nation in April", in December): a month before the
        # report's, over its dateline
        d.date = date
    d.services |= _services_in(sent.text) or (set() if d.services else {"power"})
    q = find_affected(sent.text)
    if q is not None and d.open_to("affected"):
        d.set_figure("affected", (q.min, q.max, q.text))
    ev = Evidence(sent.text, sent.start, sent.end)
    if ev not in d.evidence:
        d.evidence.append(ev)


# ("a large-scale power outage occurred across much of the country")
# (not "nationwide flooding", "a nationwide strike": the country's weather or protest, no outage of it)
_COUNTRY_WIDE = (r"(?:nation-?wide|country-?wide)(?!\s+(?:flood\w*|rains?|rainfall|storms?|downpours?|protests?|rall(?:y|ies)|strikes?|lockdowns?|curfews?|"
                  r"elections?|campaigns?|search(?:es)?|emergency|alerts?|mourning|surveys?|polls?|averages?|droughts?|heat\s*waves?|cold\s+snaps?))|(?:across|throughout|in)\s+(?:much|most|large\s+parts|parts|many\s+parts|a\s+(?:significant|large)\s+part)\s+of\s+the\s+country|across the country|throughout the country|across the nation")
# ("... left several districts in Yerevan, as well as towns in several provinces of the country without power",
# "blackouts across Phnom Penh and the rest of the country")
_ACROSS_THE_COUNTRY = re.compile(rf"\b(?:{_COUNTRY_WIDE}|(?:and|as\s+well\s+as)\s+(?:in\s+)?the\s+rest\s+of\s+the\s+(?:country|nation)|"
                                 # ("left large portions of the country, including the capital Santiago, without electricity")
                                 r"(?:(?:large|many|most|some|several|vast)\s+)?(?:parts|portions|swath?es|areas)\s+of\s+the\s+(?:country|nation),?\s+including|"
                                 r"(?:much|most)\s+of\s+the\s+(?:country|nation),?\s+including|"
                                 # ("days of frequent power outages in Kigali and other parts of the country")
                                 r"(?:and|as\s+well\s+as)\s+(?:others\s+)?(?:in\s+)?(?:other|many|several|various|some)\s+(?:parts|areas|regions)\s+of\s+the\s+(?:country|nation)|in\s+(?:several|many|most|all|a\s+number\s+of)\s+(?:of\s+the\s+)?"
                                 r"(?:provinces|regions|oblasts|states|districts|governorates)\s+of\s+the\s+country)\b", re.I)
# ("The Energy Ministry imposed emergency power cuts": a national body's cuts, in a sentence naming no place)
_NATIONWIDE = re.compile(rf"\b(?:{_COUNTRY_WIDE}|national (?:blackouts?|power cuts|outages?)|"
                         r"(?:(?:large|many|most|some|several)\s+)?(?:parts|portions|swath?es) of the country|(?:much|most) of the country|"
                         # ("At least 32 water facilities in the country have been destroyed, leaving 300,000 without water")
                         r"\b(?:facilities|installations|infrastructure|stations|plants|substations|points)\s+(?:in|across|throughout)\s+the\s+country\b|"
                         # ("But the country has been forced to ration electricity in recent weeks")
                         r"\bthe\s+(?:country|nation)\s+(?:has|had|is|was)\s+(?:been\s+|also\s+)*(?:forced|plunged|hit|experiencing|facing|suffering|rationing)\b|"
                         # ("The strike prompted emergency shutdowns in six regions": of the country the text is about)
                         r"\b(?:in|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)\s+(?:regions|oblasts|provinces)\b(?!\s+of\b)|"
                         r"(?:energy|power|electricity) ministry|ministry of (?:energy|power)|national (?:grid|power|electricity) (?:operator|company)|"
                         # ("apologize to its customers for the Island Wide Outage", "the entire island-wide grid to go down": of a
                         # small island country; see _nationwide)
                         r"(?P<island>island[- ]?wide\s+(?:(?:electricity|power|electrical)\s+(?:outages?|blackouts?|failures?)|outages?|blackouts?|black\s+outs?|power\s+(?:outages?|cuts?|failures?)|shut\s*downs?|grid)|entire\s+island|"
                         # ("a power outage ..., which left the majority of the island without electricity")
                         r"(?:the\s+)?(?:majority|most|much|all|whole|rest)\s+of\s+the\s+island\b(?!\s+of\b))|"
                         r"(?-i:[A-Z][a-z]+(?:ian|an|ese|ish|i))\s+(?:energy\s+|power\s+|electricity\s+)?grid\s+operator)\b(?![’']s)", re.I)


# "the attack", "this drone strike": the one told before
_THE_ATTACK = r"\b(?:the|this|that)\s+(?:drone\s+|missile\s+)?"


def _one_struck_city(drafts) -> Place | None:
    """The one town the text tells struck so far, else None."""
    struck = {d.place.gazetteer_id: d.place for (_, etype), d in drafts.items() if etype == "strike" and d.place.granularity == "city"}
    return next(iter(struck.values())) if len(struck) == 1 else None


def _nationwide(sent: Span, mentions, places, drafts, base_date, gz, prev_places=(), text: str = "") -> bool:
    """ "The government ordered nationwide rolling blackouts": an outage of the one country the
    text is about so far, or of the one country the sentence before named (True when the sentence
    was placed so)."""
    s = sent.text
    cc = _nation_of_people(s, gz)
    if (not _NATIONWIDE.search(s) and not cc) or not _live(_OUTAGE, s) or _NEGATION.search(s):
        return False
    if re.search(_THE_ATTACK + r"(?:attack|strike)\s+(?:resulted\s+in|caused|led\s+to|left)\b", s, re.I) and _one_struck_city(drafts) is not None:
        # ("The national electricity company said the attack resulted in a complete shutdown of the electricity supply":
        # the outage of the one town struck, not the country of the company that said so)
        return False
    prev_ccs = {q.country_code for q in prev_places if q.country_code}
    if cc is None and len(prev_ccs) == 1 and any(q.granularity == "country" for q in prev_places) \
            and re.search(r"\b(?:the|this|that)\s+(?:whole\s+|entire\s+)?(?:country|nation)\b", s, re.I):
        # "one of the power lines, which provides the electricity to Moldova, was switched off. This led to
        # blackouts across the country.": the country just named, not the one the report names most
        cc = next(iter(prev_ccs))
    wide = _NATIONWIDE.search(s)
    island = wide is not None and wide.group("island") and not _NATIONWIDE.search(s[: wide.start()] + " " + s[wide.end() :])
    if cc is None and island and len(utilities := set(_named_utilities(text, gz).values())) == 1:
        cc = next(iter(utilities))  # ("St. Lucia Electricity Services ... after islandwide outage": the utility's island)
    if cc is None and island and len(found := {cc for _, cc in _national_utility_hits(text)}) == 1:
        cc = next(iter(found))  # ("ANGLEC's CEO ... the island-wide electricity outage": the one national utility's island)
    from_story = cc is None
    if cc is None:
        # (the countries of the events told so far, when there are any: "Russia" and "Moscow" who attack
        # are named as often as the places hit)
        ccs = Counter(d.place.country_code for d in drafts.values() if d.place.country_code) or \
            Counter(p.country_code for m, p in zip(mentions, places) if p is not None and p.country_code and m.start < sent.start)
        if not ccs and gz is not None:
            # ("Nationwide outages hit Optus, a major Australian communications company": the nation its
            # demonym names, when the text has named no place yet)
            ccs = Counter(_demonym_ccs(s, gz))
        if not ccs and len(utilities := set(_named_utilities(text, gz).values())) == 1:
            # ("power outages continue in many parts of the country ... the Botswana Power Corporation (BPC) ... South
            # Africa supplies Botswana"): the country of the one utility the text names for its country
            ccs = Counter(utilities)
        if not ccs:
            # ("The nation's grid suffered a total collapse ... the nationwide darkness has worsened", then
            # Lagos, Kaduna, Sokoto: the one country of the places the text goes on to name)
            ccs = Counter(p.country_code for p in places if p is not None and p.country_code)
        if not ccs or len(ccs) > 1 and ccs.most_common(2)[1][1] * 2 > ccs.most_common(1)[0][1]:
            return False  # no place yet, or no one country the text is about
        cc = ccs.most_common(1)[0][0]
    place = _country_place(gz, cc)
    if place is None:
        return False
    if island and (c := gz.country(cc)) is not None and re.search(r"\bIslands\b|\band\b|&", c.name):
        # ("Basseterre, St. Kitts ... an island-wide power outage": of the one island of a country of several the
        # text names, not of the federation)
        isles = {p.gazetteer_id: p for p in places if p is not None and p.country_code == cc and p.granularity == "region"}
        if len(isles) == 1:
            place = next(iter(isles.values()))
    if island:
        # (an island-wide outage is the country's only where the country is one small island state, not Spain of
        # Tenerife's island-wide blackout)
        c = gz.country(cc)
        if c is None or c.population > 2_000_000:
            return False
        if from_story and re.search(r"\bIslands\b|\band\b|&", c.name) \
                and not any(p is not None and p.granularity == "country" and p.country_code == cc for p in places):
            # ("pocket outages across sections of St. Croix ... even after we restore power to the entire island": the
            # island the story told of, in a country of several islands it never names; but Guam's "entire island-wide
            # grid" is Guam's)
            return False
    # ("emergency power cuts would apply across most of the country on Sunday": a day to come dates nothing)
    when = None if _FUTURE.search(s) else find_date(_COMPARED_SINCE.sub(" ", s), base_date)
    _outage_told_by(sent, drafts, place.gazetteer_id, place, place.name, when or ((base_date, 2) if base_date else None))
    return True


def _nation_of_people(s: str, gz) -> str | None:
    """ "Canadians woke up Friday to a widespread network outage", "Millions of Nigerians were without
    power": the country whose people are the subject of the sentence, else None."""
    # ("The large-scale blackout of today left Mauritians 'crippled' for several hours": the people the outage left so)
    people = _NATION_PEOPLE.match(s) or _PEOPLE_LEFT.search(s)
    if people is None or gz is None:
        return None
    w = people.group(1)
    return gz.demonym(w) or (gz.demonym(w[:-1]) if w.endswith("s") else None)


_NATION_PEOPLE = re.compile(r"^\W*(?:(?:Millions|Thousands|Hundreds\s+of\s+thousands|Tens\s+of\s+thousands|Many|Most|Some)\s+of\s+|Many\s+|Most\s+)?"
                            r"((?-i:[A-Z][a-z]+s))\s+(?:were|are|woke\s+up|faced|face|lost|remained|remain|went|have\s+been|had\s+been|"
                            r"endured|suffered|spent|struggled)\b", re.I)
_PEOPLE_LEFT = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts?|power\s+failures?)\b[^.;]{0,60}?\b(?:left|leaves|leaving|plunged|plunges|plunging)\s+"
                          r"(?:(?:millions|thousands|hundreds\s+of\s+thousands|tens\s+of\s+thousands|many)\s+of\s+)?((?-i:[A-Z][a-z]+s))\b", re.I)
_STATEWIDE = re.compile(r"\b(?:statewide|state-wide|across the (?:state|province)|throughout the (?:state|province)|province-wide|provincewide)\b|"
                        # ("... customers are without power after strong winds moved through the state")
                        r"\b(?:moved|moving|swept|sweeping|passed|passing|tore|tearing|ripped|ripping|raced|racing)\s+(?:\w+\s+)?(?:through|across)\s+the\s+(?:state|province)\b|"
                        # "far higher than the state's 8,000MW capacity - triggering blackouts"
                        r"\bthe (?:state|province)[’']s\b", re.I)


def _statewide(sent: Span, mentions, places, drafts, base_date) -> bool:
    """ "..., leaving 4.4 million customers without electricity statewide": an outage of the one
    state or province the text has named so far (True when the sentence was placed so)."""
    s = sent.text
    if not _STATEWIDE.search(s) or not _live(_OUTAGE, s) or _NEGATION.search(s):
        return False
    regions = {p.gazetteer_id: p for m, p in zip(mentions, places) if p is not None and p.granularity == "region" and m.start < sent.start}
    if len(regions) != 1:
        return False
    place = next(iter(regions.values()))
    when = None if _FUTURE.search(s) else find_date(_COMPARED_SINCE.sub(" ", s), base_date)
    _outage_told_by(sent, drafts, place.gazetteer_id, place, place.name, when or ((base_date, 2) if base_date else None))
    d = drafts.get((place.gazetteer_id, "outage"))
    if d is not None and d.temperature is None:
        d.temperature = find_temperature(s)  # ("temperatures that soared to 47C ... triggering blackouts")
    return True


def _anaphoric_casualties(sent: Span, drafts: dict) -> None:
    """ "Five people died as a result of the outage.", far from the sentence that placed it:
    the figures go to the one outage (or strike) of the text, if there is only one."""
    ref = _ANAPHORIC.search(sent.text)
    if not ref or _NEGATION.search(sent.text):
        return
    killed, injured = find_casualties(sent.text)
    if killed is None and injured is None:
        return
    etype = "strike" if re.search(r"strikes?|attacks?|shelling|bombardment", ref.group(0), re.I) else "outage"
    ds = [d for k, d in drafts.items() if k[1] == etype]
    if len(ds) == 1 and ds[0].killed is None and ds[0].injured is None:
        ds[0].killed, ds[0].injured = killed, injured
        ds[0].evidence.append(Evidence(sent.text, sent.start, sent.end))


@lru_cache(maxsize=1)
def _national_utility_names() -> dict[str, str]:
    """data/national_utilities.tsv: name -> country code."""
    from ..gazetteer import DATA_DIR

    names: dict[str, str] = {}
    for line in (DATA_DIR / "national_utilities.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, name = line.split("\t")[:2]
            names[name] = cc
    return names


def _name_hits(name: str, text: str) -> list[int]:
    """Where ``name`` stands in ``text`` as a whole name (not inside a longer word)."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)] if name in text else []


def _national_utility_hits(text: str) -> list[tuple[int, str]]:
    """(offset, country code) of each naming of a national utility in ``text`` (a substring test first: one pattern of
    all the names run over a long text is slow)."""
    return [(at, cc) for name, cc in _national_utility_names().items() for at in _name_hits(name, text)]


# ("Botswana Power Corporation", "Ethiopian Electric Power", "Electricity Generating Authority of Thailand"): a utility
# named for its country, and the short form the text gives it ("Botswana Power Corporation (BPC)")
_UTILITY_OF = re.compile(r"\b(?P<before>(?:(?:St|Saint|Ste)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:(?:Power|Electricity|Electric|Energy)(?:\s+(?:Power|Supply|Generating|Generation|"
                         # ("The Rwanda Energy Group (REG) says it is still investigating ... the power blackout")
                         r"Transmission|Distribution))?\s+(?:Corporation|Company|Authority|Board|Utility|Commission|Administration|Group|Services)|"
                         # ("The Antigua Public Utilities Authority (APUA) ... apologize for the Island Wide Outage")
                         r"Public\s+Utilit(?:y|ies)\s+(?:Authority|Board|Corporation|Commission|Company))\b|"
                         r"\b(?:Electricity|Power|Electric)\s+(?:[A-Z]\w+\s+)?(?:Corporation|Company|Authority|Board)\s+of\s+(?P<after>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _utility_country(gz: Gazetteer | None, name: str) -> str | None:
    """The country a utility's name opens or ends with ("Botswana", "Ethiopian"), else None."""
    if gz is None:
        return None
    for words in (name, name.split()[-1]):
        n = normalize(words)
        cc = gz.demonyms().get(n) or next((c.country_code for c in gz.lookup(n) if c.kind == "country"), None)
        if cc:
            return cc
    return None


@lru_cache(maxsize=4)
def _named_utilities(text: str, gz: Gazetteer | None) -> dict[str, str]:
    """The text's utilities named for their countries, and their short forms, as name -> country code (cached:
    asked once per placeless sentence; callers must not change the dict)."""
    out = {}
    for m in _UTILITY_OF.finditer(text):
        cc = _utility_country(gz, m.group("before") or m.group("after"))
        if cc:
            out[m.group(0)] = cc
            short = re.match(r"\s*\(\s*([A-Z]{2,6})\s*\)", text[m.end() :])
            if short:
                out[short.group(1)] = cc
    return out


def _national_utility_before_cue(s: str, text: str = "", gz: Gazetteer | None = None) -> str | None:
    """The country of the national utility a sentence names before its outage cue ("Eskom has implemented Stage 6
    load shedding", "The BPC has reinstated load shedding nationwide" after "Botswana Power Corporation (BPC)"), when it
    names one utility only; else None."""
    cues = _live(_OUTAGE, s)
    if not cues:
        return None
    found = {cc for at, cc in _national_utility_hits(s) if at < cues[0].start()}
    found |= {cc for name, cc in _named_utilities(text, gz).items() if any(at < cues[0].start() for at in _name_hits(name, s))}
    return next(iter(found)) if len(found) == 1 else None


# (a bulleted line only: "Kyiv: Russia strikes Lviv and Odesa" over a story is a headline, its names no parts of Kyiv)
# where an outage began: "the power outage happened at the ..."
_BEGAN_AT = r"\b(?:outage|blackout|failure|breakdown|fault)\s+(?:\w+\s+)?(?:happened|occurred|originated|started|began)\s+at\s+(?:the\s+)?"
_LABELLED_LINE = re.compile(r"(?m)^[ \t]*[-*•–—·▪][ \t]*[A-ZÀ-ÖØ-Þ][^\n:,;]{0,40}:[ \t]*[^\n]+$")


def _parts_after_a_label(text: str, mentions: list[Mention], places: list) -> list:
    """ "• Zapopan: Colonia Centro, Las Águilas": the names after a line's labelling place are its parts; a reading of one
    far from that place (Las Águilas, Veracruz) is a namesake, an honest miss rather than a wrong point."""
    out = list(places)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)  # (mentions added by lists come last)
    starts = [mentions[i].start for i in order]
    for line in _LABELLED_LINE.finditer(text):
        colon = text.index(":", line.start())
        at = order[bisect_left(starts, line.start()) : bisect_left(starts, line.end())]
        label = next((i for i in at if mentions[i].start < colon), None)
        if label is None or places[label] is None or places[label].lat is None or places[label].granularity not in ("city", "region"):
            continue
        reach = 60 if places[label].granularity == "city" else 400
        for i in at:
            p = places[i]
            if mentions[i].start > colon and p is not None and p.lat is not None and p.granularity == "city" \
                    and distance_km(p.lat, p.lon, places[label].lat, places[label].lon) > reach:
                out[i] = None
    return out


def _city_of_city_region(p: Place | None, gz: Gazetteer) -> Place | None:
    """ "the Tbilisi region" read as the city-region "Tbilisi (city)": the city itself, one place with the city named
    elsewhere in the text (not two events a few kilometres apart)."""
    if p is None or p.granularity != "region" or not (p.name or "").endswith(" (city)"):
        return p
    city = max((c for c in gz.lookup(p.name[: -len(" (city)")]) if c.kind == "city" and c.country_code == p.country_code),
               key=lambda c: c.population, default=None)
    return p if city is None else replace(p, name=city.name, lat=city.lat, lon=city.lon, granularity="city", gazetteer_id=city.gazetteer_id)


_CAUSE_CLAUSE = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|as\s+a\s+result\s+of|due\s+to)\b[^.;]{0,60}?\b(?:explosions?|blasts?|attacks?|militants|insurgents|"
                           r"fighters|rebels|saboteurs|bomb(?:s|ing)?|sabotage)\b", re.I)
_OF_THE_COUNTRY = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:country|nation)\b(?![’']s)", re.I)


def _country_before_the_cause(drafts: dict, gz) -> None:
    """ "Afghan households ... in about a third of the war-ravaged country have been hit by blackouts in the wake of
    explosions ... that have destroyed pylons in the northern province of Baghlan": the outage told before the cause is
    the country's its people's demonym names; the region named in the cause is where the attack was."""
    if gz is None:
        return
    dem = gz.demonyms()
    for (key, etype), d in list(drafts.items()):
        if etype != "outage" or d.place.granularity not in ("region", "city") or (key, "strike") not in drafts or len(d.evidence) != 1:
            continue
        s = d.evidence[0].text
        cause = _CAUSE_CLAUSE.search(s)
        at = s.find(d.mention)
        if cause is None or at < cause.start() or not _OF_THE_COUNTRY.search(s, 0, cause.start()):
            continue
        ccs = {dem[w.lower()] for w in re.findall(r"\b[A-Z][a-z]+\b", s[: cause.start()]) if w.lower() in dem}
        if ccs != {d.place.country_code} or (country := _country_place(gz, d.place.country_code)) is None:
            continue
        del drafts[(key, etype)]
        if (have := drafts.get((country.gazetteer_id, "outage"))) is not None:
            # (the country's outage told elsewhere too: the sentence joins it)
            have.services |= d.services
            have.evidence.extend(ev for ev in d.evidence if ev not in have.evidence)
            continue
        drafts[(country.gazetteer_id, "outage")] = _Draft(country, country.name, "outage", services=set(d.services), evidence=list(d.evidence),
                                                          date=d.date)
        drafts[(country.gazetteer_id, "outage")].affected = d.affected


def _country_place(gz: Gazetteer, cc: str | None) -> Place | None:
    """A country the text points to without naming it as the place (a demonym, "nationwide", the one
    other country of an attacker's report): its point, with the confidence of a reading."""
    c = gz.country(cc) if cc else None
    return None if c is None else Place(c.name, c.lat, c.lon, c.country_code, None, "country", c.gazetteer_id, 0.6)


# ("missiles and drones targetting Ukrainian energy systems, leading to a power emergency for millions of civilians and
# leaving them in pitch dark": the people's country, whose grid the attack cut)
_ATTACKED_GRID_OF = re.compile(r"\b(?:target\w*|attack\w*|struck|hit(?:ting)?|strik\w+|bomb\w*)\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:energy|power|electricity)\s+"
                               r"(?:systems?|grids?|infrastructure|facilities|networks?)\b(?=[^.;]*\b(?:leaving|left|leads?|leading|led|caus\w+|plung\w+)\b)")


def _demonym_outage(sent: Span, drafts: dict, base_date, gz, when=None):
    """ "The number of Czech households without electricity reached 290,000": people named by a
    country's demonym who lost a service are that country's outage (its key when placed so)."""
    s = sent.text
    # ("a total blackout across all Lebanese territories", "155,000 UK homes are still without power")
    m = re.search(r"\b([A-Z][a-z]+|UK|U\.K\.|US|U\.S\.)\s+(?:households|homes|customers|consumers|subscribers|residents|families|people|"
                  r"territor(?:y|ies))\b", s)
    if m and m.group(0).endswith("territory") and re.search(r"\b(?:the|a|an)\s+$", s[: m.start()], re.I):
        m = None  # ("power for the U.S. territory", "the French territory of New Caledonia": one territory, the place the text is about)
    m = m or re.search(
        # ("Residents in Syrian government-controlled areas are without electricity for 18 to 22 hours each day")
        r"\b([A-Z][a-z]+)\s+(?:government|regime|rebel|opposition|state|army)[- ](?:controlled|held)\s+(?:areas|territor(?:y|ies)|regions|parts|cities)\b", s) \
        or _ATTACKED_GRID_OF.search(s)
    # ("The power outages left many Iraqis without electricity", "Iraqis protested against power cuts")
    # (a people counted or said to be across its country: "Russians have no heating" near Moscow is some Russians)
    # ("Around 3.16 million Filipinos do not have electricity at home": a count of a people)
    people = re.search(r"\b(?:(?P<q>[Mm]any|[Mm]ost|[Mm]illions of|[Tt]housands of|[Hh]undreds of thousands of|[Tt]ens of thousands of|"
                       r"(?:(?:[Aa]round|[Aa]bout|[Ss]ome|[Nn]early|[Oo]ver|[Mm]ore\s+than|[Aa]lmost)\s+)?\d[\d.,]*(?:\s+(?:million|thousand|lakh|crore))?)\s+)?"
                       r"([A-Z][a-z]+)s\b(?!\s+(?:said|say|says|told))", s)
    national = bool(re.search(r"\b(?:across|throughout) the country\b|\bnationwide\b|\bin the (?:south|north|east|west)\b", s))
    if re.match(r"\W*(?:The|This|That|Its|Their|[A-Z][a-z]+[’']s)\s+(?:\w+\s+)?(?:strategy|campaign|war|policy|tactics?|blockade)\b", s):
        people = None  # ("The strategy has left millions of Ukrainians shivering in the cold": a campaign's toll over time)
    # ("the blackouts which Malawians are experiencing", "Power outages are back to haunt Malawians": a people that lives them;
    # "Just like Kenyans, Tanzanians were also grappling with power outage": the one that does)
    def _lives(x: re.Match) -> bool:
        return bool(re.match(r"\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:experiencing|facing|enduring|suffering|living\s+with|"
                             r"grappling\s+with)\b", s[x.end() :])
                    or re.search(r"\b(?:haunt|plague|hit|affect|torment)(?:s|ed|ing)?\s+$", s[: x.start()]))
    lives_them = False
    if people and not (people.group("q") or national):
        living = next((x for x in re.finditer(people.re, s) if _lives(x)), None)
        if living is not None:
            people, lives_them = living, True
    word = m.group(1) if m else people.group(2) if people and (people.group("q") or national or lives_them) else None
    if gz is None or word is None or not _live(_OUTAGE, s) or _NEGATION.search(s):
        return None
    place = _country_place(gz, {"uk": "GB", "u.k.": "GB", "us": "US", "u.s.": "US"}.get(word.lower()) or gz.demonyms().get(word.lower()))
    if place is None:
        return None
    _outage_told_by(sent, drafts, place.gazetteer_id, place, place.name, when or find_date(s, base_date) or ((base_date, 2) if base_date else None))
    d = drafts[(place.gazetteer_id, "outage")]
    count = people.group("q") if people and not m else None
    if count and re.search(r"(?:\d|million|thousand|lakh|crore)$", count):
        q = find_affected(f"{count} people")  # ("Around 3.16 million Filipinos": that many people)
        if q is not None and d.open_to("affected"):
            d.set_figure("affected", (q.min, q.max, f"{count} {people.group(2)}s"))
    return (place.gazetteer_id, "outage")


_ACROSS_AREA = re.compile(r"\b(?:across|throughout|around) the (?:region|area|north|south|east|west)\b")


# ("A day earlier,", "Two days before,", "The previous day,": counted back from the last day told)
_DAY_BEFORE_LEAD = re.compile(r"\W*(?:(?:(a|one|two|three|\d)\s+days?|(?:the|a)\s+day)\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day)\s*,", re.I)


# "The outage that began past noon Wednesday ...", "The blackout, which started on Sunday, ...": an outage's start
_ONSET_TOLD = re.compile(r"^\W*(?:The|This|That)\s+(?:\w+\s+){0,2}?(?:outage|blackout|power\s+cut|power\s+failure)s?,?\s+(?:that|which)\s+"
                         r"(?:began|started|struck|hit)\b")


# (its day after an hour: "began past noon Wednesday", "started around 3 p.m. Sunday")
_ONSET_WEEKDAY = re.compile(r"\s+(?:(?:just\s+|shortly\s+)?(?:past|around|at|after|before)\s+(?:noon|midnight|midday|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s+)?"
                            r"(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _figures_of_the_one_outage(orphans: list, drafts: dict, title_end: int, placed: list) -> None:
    """ "In Podolsk, residents have been without heating for four days. ... It is worth noting that
    almost 150 thousand people were left without heating.": far from any place, a sentence that names
    none gives its people cut off (and its temperature) to the one place the report tells an outage
    of, when that place lacks them or has only the headline's (a temperature only when the report
    tells no other place's events)."""
    for sent, value in ((sent, value) for kind, value, sent in orphans if kind == "temperature"):
        # ("Hanoi residents flocked to the malls to escape power cuts ... As the temperature rose to 36 degrees
        # Celsius, ..." and Quang Ninh's cuts told later): a temperature that names no place is the weather of the
        # one place whose events were told before it, when that place had an outage
        before = {d.place.gazetteer_id: d.place for d in drafts.values() if any(e.start < sent.start for e in d.evidence)}
        if len(before) > 1:
            # ("A major blackout in Paraguay has left ... the capital Asunción without power ... As temperatures soared
            # above 40°C": the place that holds the others)
            before = {k: p for k, p in before.items() if all(q is p or _holds(p, q) for q in before.values())}
        if len(before) == 1 and (d := drafts.get((next(iter(before)), "outage"))) is not None and d.temperature is None:
            d.temperature = value
    told = {d.place.gazetteer_id: d.place for k, d in drafts.items() if k[1] == "outage" and any(e.start >= title_end for e in d.evidence)}
    if not told:
        # ("One Dead, Thousands Without Power After Victorian Storms" and no place in the text's outage sentences:
        # the headline's one outage)
        told = {d.place.gazetteer_id: d.place for k, d in drafts.items() if k[1] == "outage"}
    if any(p.granularity != "facility" for p in told.values()):
        told = {k: p for k, p in told.items() if p.granularity != "facility"}  # (a plant that failed has no people; the place does)
    if len(told) > 1:
        # ("More than 19,000 customers remained without power across the province, the majority in the Montreal,
        # Outaouais and Laval regions. ... from the peak of 1.1 million": the place that holds the others)
        outer = [k for k, p in told.items() if all(q is p or _holds(p, q) for q in told.values())]
        told = {outer[0]: told[outer[0]]} if len(outer) == 1 else told
    if len(told) != 1:
        return
    one = next(d for k, d in drafts.items() if k[1] == "outage" and d.place.gazetteer_id in told)
    alone = all(d.place.gazetteer_id in told for d in drafts.values())
    first = min((e.start for e in one.evidence if e.start >= title_end), default=title_end)
    for kind, value, sent in orphans:
        if sent.start < first and kind != "temperature" and not (kind == "toll" and one.place.granularity == "country") and not (
                # ("A flash flood breached two dams upstream from a coastal city ... Official reports confirm a death toll
                # exceeding 3,300 ... the communication outage ... to Derna": a disaster's toll told before the one place it
                # struck is named, when no other place was named before it)
                kind == "toll" and alone and all(p.gazetteer_id == one.place.gazetteer_id or _holds(p, one.place)
                                                 for m, p in placed if m.start < sent.start)):
            # (a disaster's toll told before the country's outage is the country's: "The earthquake resulted in at
            # least 5,456 fatalities" before "The severe power shortages have disrupted daily life across X")
            # (but a temperature is no total: "Residents left with no heating in -27C cold snap" over a text about one city)
            continue  # (figures told before the place was: "There were 1.2 million ... This department concentrated half of them")
        if kind == "affected" and (one.open_to("affected") or (_vague(one.affected) and not _VAGUE_WORDS.search(value.text)) or (
                # (the larger of two counts is the outage's extent: "19,000 still without power ... the peak of 1.1 million")
                not _vague(one.affected) and not _VAGUE_WORDS.search(value.text) and _grows(one.affected, value))):
            one.set_figure("affected", (value.min, value.max, value.text))
            one.evidence.append(Evidence(sent.text, sent.start, sent.end))
        elif kind == "onset" and one.date is not None and one.date[1] == 2 and not one.since and value[0] <= one.date[0]:
            one.date = value  # (the one outage dated only by the report's day, its start told in a placeless sentence)
        elif kind == "temperature" and alone and one.temperature is None:
            one.temperature = value
        elif kind == "toll" and one.killed is None and one.injured is None and not any(k[1] == "strike" for k in drafts) \
                and not (one.place.granularity in ("city", "facility") and _ACROSS_AREA.search(sent.text)):
            # (not "78 people injured across the region" when the one outage is a city's)
            _take_toll(one, value[0], value[1], Evidence(sent.text, sent.start, sent.end))


def _innermost(ps: list[Place]) -> dict:
    """The places of ``ps`` that hold none of the others (the town, not the country it is in), by key."""
    key = lambda p: p.gazetteer_id or p.name  # noqa: E731
    return {key(p): p for p in ps if not any(key(q) != key(p) and _holds(p, q) for q in ps)}


def _holds(p: Place, q: Place) -> bool:
    """Whether place ``p`` (a country or region) holds place ``q``."""
    if p.country_code != q.country_code or p.granularity not in ("country", "region") or q.granularity == "country":
        return False
    if p.granularity == "country":
        return True
    return bool(q.granularity != "region" and q.admin1 and normalize(q.admin1) == normalize(p.name))


def _anaphoric_outage(sent: Span, drafts: dict) -> None:
    """ "Drones attacked the X substation in the Y region. ... The strike caused power outages in the
    surrounding areas.", far from the sentence that placed it: the outage is at the one attack's
    place (the most specific of them), if the text has only one."""
    s = sent.text
    ref = re.search(r"\b(?:the|this)\s+(?:\w+\s+)?(?:strike|attack|shelling|bombardment)\s+(?:also\s+)?(?:caused|led to|triggered|resulted in|left)\b", s, re.I)
    if not ref or not _live(_OUTAGE, s) or _NEGATION.search(s):
        return
    key = _the_one_strike(drafts)
    if key is not None:
        src = drafts[key]
        _outage_told_by(sent, drafts, key[0], src.place, src.mention, src.date)


_AT_SEA_BEFORE = re.compile(r"\b(?:attacks?|strikes?|assaults?)\s+(?:\w+\s+)?(?:on|against)\s+(?:commercial\s+|merchant\s+|international\s+|global\s+)?"
                            r"(?:shipping(?:\s+(?:lanes|routes))?|ships|vessels|tankers|cargo\s+ships|freighters)\s+(?:in|off|near|through|across|transiting)\s+"
                            r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and)\s+(?:in\s+|off\s+)?(?:the\s+)?)?)*$")
_AFFECTED_TOO = re.compile(r"\baffect(?:ed|ing)\s+(?:nearby\s+|neighbou?ring\s+)?[A-Z][^.;]{0,40}\s+(?:as\s+well|too)\b")


def _bracketed_other_names(text: str, mentions, places):
    """ "Tirbespi (al-Qahtaniyah)": a town's other name in brackets right after it is the same town, no second place; a
    town the gazetteer lacks, placed only by its list, takes the point of the name in brackets."""
    out = list(places)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        pa, pb = out[i], out[i + 1]
        if pa is None or pb is None or pa.lat is None or pb.lat is None or not re.fullmatch(r"\s*\(\s*", text[a.end : b.start]) \
                or not re.match(r"\s*\)", text[b.end : b.end + 3]) or pa.country_code != pb.country_code \
                or pa.granularity != "city" or pb.granularity != "city" or pa.gazetteer_id == pb.gazetteer_id:
            continue
        if pa.geocoder == "list" and pb.geocoder == "gazetteer" and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < 100:
            out[i] = Place(pa.name, pb.lat, pb.lon, pb.country_code, pb.admin1, "city", None, round(min(0.5, pb.confidence), 3), "list")
            out[i + 1] = None
        elif distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < 25:
            out[i + 1] = None  # ("Bakhmut (Artemivsk)")
    return out


def _city_districts(text: str, mentions, places):
    """ "the city's Dniprovskyi district": a district of the city the text is about is that city
    (a namesake district elsewhere is not the place)."""
    out = list(places)
    for i, m in enumerate(mentions):
        if out[i] is None:
            continue
        if not (re.search(r"\b(?:district|raion|neighbou?rhood|borough|quarter)$", m.text, re.I)
                or re.match(r"\s+(?:(?:micro-?)?districts?|raions?|neighbou?rhoods?|boroughs?|quarters?)\b", text[m.end : m.end + 15], re.I)
                # ("in the Kyivskyi and Saltivskyi districts")
                or re.match(r"(?:\s*,\s*[A-Z][\w’'-]*|\s+and\s+[A-Z][\w’'-]*)+\s+(?:districts|raions|neighbou?rhoods|boroughs|quarters)\b",
                            text[m.end : m.end + 80])):
            continue
        own = re.search(r"\b(?:city|town|capital)[’']s\s+$", text[max(0, m.start - 20) : m.start])
        # "In Kyiv, a missile struck a building in the Holosiivskyi district": the district of
        # the city the sentence is about
        # ("In the city of Podolsk, in part of the Klimovsk microdistrict": a part of the city named before)
        fronted = re.search(r"\b(?:in|of)\s+the\s+$", text[max(0, m.start - 8) : m.start]) and any(
            out[j] is not None and out[j].granularity == "city" and m.start - mentions[j].end < 200
            and not mentions[j].text.isupper() and not re.search(r"[.!?]\s|\n", text[mentions[j].end : m.start]) for j in range(i))
        # ("A drone struck a bus in Kherson. Shelling later damaged a power line in the Dniprovskyi
        # district": the district of the city just named, not a namesake district far away)
        recent = re.search(r"\bin\s+the\s+$", text[max(0, m.start - 8) : m.start]) and next(
            (out[j] for j in range(i - 1, -1, -1) if out[j] is not None and out[j].granularity == "city"
             and not mentions[j].text.isupper()  # (not a dateline's "QUETTA:": where the reporter files from)
             and m.start - mentions[j].end < 300 and len(re.findall(r"[.!?]\s", text[mentions[j].end : m.start])) <= 1
             and out[j].lat is not None and out[i].lat is not None
             and distance_km(out[j].lat, out[j].lon, out[i].lat, out[i].lon) > 50), None)
        # ("in the Leninsky district were disconnected ..., Novosibirsk's city government said": a city
        # later in the sentence, and the namesake district lies far from it)
        if recent is None or recent is False:
            recent = re.search(r"\bin\s+the\s+$", text[max(0, m.start - 8) : m.start]) and next(
                (out[j] for j in range(i + 1, len(mentions)) if out[j] is not None and out[j].granularity == "city"
                 and mentions[j].start - m.end < 200 and not re.search(r"[.!?]\s|\n", text[m.end : mentions[j].start])
                 # (not the next of a list: "in the Zhytomyr and Korosten districts" are two districts)
                 and not re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[m.end : mentions[j].start])
                 and out[j].lat is not None and out[i].lat is not None
                 and distance_km(out[j].lat, out[j].lon, out[i].lat, out[i].lon) > 50), None)
            if recent is not None and recent is not False:
                out[i] = recent
                continue
        # ("Novosibirsk's Leninsky district": the possessor is the city)
        poss = i > 0 and out[i - 1] is not None and out[i - 1].granularity == "city" and re.fullmatch(
            r"[’']s\s+", text[mentions[i - 1].end : m.start]) and not _town_of_its_province(out[i - 1], out[i])
        # (but "Kirkuk's Hawija district": a town of the same province, well outside the city, is its own place)
        # ("the Zheleznodorozhny district of Khabarovsk": the city after "of")
        of_city = i + 1 < len(mentions) and out[i + 1] is not None and out[i + 1].granularity == "city" and re.fullmatch(
            r"\s+(?:(?:districts?|raions?|neighbou?rhoods?|boroughs?|quarters?)\s+)?of\s+(?:the\s+city\s+of\s+)?", text[m.end : mentions[i + 1].start], re.I)
        if of_city:
            out[i] = out[i + 1]
            continue
        # ("Khabarovsk district left without heat" over a text about the city of Khabarovsk: a district
        # is no first-level region, and the gazetteer has no districts)
        stem = re.sub(r"\s+(?:district|raion)$", "", m.norm)
        namesake = next((out[j] for j in range(len(mentions)) if j != i and out[j] is not None and out[j].granularity == "city"
                         and mentions[j].norm == stem), None) if out[i].granularity == "region" else None
        if namesake is not None and stem != m.norm:
            out[i] = namesake
            continue
        # ("about 100,000 households in Saksahanskyi, Dovhyntsivskyi and Pokrovskyi districts of the city": the city named before)
        of_the_city = re.match(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*)*\s+(?:districts?|raions?|neighbou?rhoods?|boroughs?|quarters?)\s+"
                               r"of\s+(?:the|this|that)\s+(?:city|town|capital)\b", text[m.end : m.end + 120])
        if not (own or fronted or recent or poss or of_the_city):
            continue
        city = next((out[j] for j in range(i - 1, -1, -1) if out[j] is not None and out[j].granularity == "city"), None)
        if city is not None:
            out[i] = city
    return out


# what a sentence about a place's trouble says, with no outage or attack word yet
# ("Nikopol suffered the most. There, ... power lines were mutilated. 6,000 subscribers without electricity.")
_TROUBLE = re.compile(r"\b(?:accidents?|boilers?|breakdowns?|failures?|damag\w+|brunt|hard[- ]hit|worst[- ]hit|emergenc\w+|disasters?|suffered\s+the\s+most|"
                      r"crisis|burst|busted|broke|ruptur\w+|fault|collapse\w*|explosions?|blasts?|fires?|"
                      # ("Meanwhile, the situation in Zaporizhzhia Oblast has taken a darker turn. The governor reported that
                      # the region has been completely cut off from electricity")
                      r"situation\s+in(?=\s)|"
                      # ("Suburbs of Moscow are beginning to face problems with their energy infrastructure")
                      r"problems\s+with\s+(?:\w+\s+){0,2}?(?:energy|power|heating|heat|water|gas|electricity)(?:\s+\w+)?)\b", re.I)
_CITY_PART = re.compile(r"\b(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Downtown|Midtown|Uptown|Central|Inner)\s+$")


def _neighbourhoods(text, sentences, mentions, places, gz):
    """ "The areas affected included Northwest Atlanta and East Atlanta. Eateries across Downtown,
    Grant Park, the West End and Midtown closed": a text that speaks of a city's parts names its
    neighbourhoods next; a small namesake far from that city (Grant Park, Illinois) is no place
    of the text (an honest miss)."""
    starts = [x.start for x in sentences]
    hosts: dict[int, list[Place]] = {}
    for m, p in zip(mentions, places):
        if p is not None and p.granularity == "city" and p.lat is not None and _CITY_PART.search(text, max(0, m.start - 12), m.start):
            hosts.setdefault(bisect_right(starts, m.start) - 1, []).append(p)
    if not hosts:
        return places
    out = list(places)
    for i, (m, p) in enumerate(zip(mentions, places)):
        if p is None or p.granularity != "city" or p.lat is None:
            continue
        k = bisect_right(starts, m.start) - 1
        hs = [h for h in hosts.get(k, []) + hosts.get(k - 1, []) if h.country_code == p.country_code]
        if not hs or any(distance_km(h.lat, h.lon, p.lat, p.lon) <= 150 for h in hs):
            continue
        pop = max([c.population for c in gz.lookup(m.text) if c.gazetteer_id == p.gazetteer_id] or [0])
        if pop < 100_000:
            out[i] = None
    return out


def _month_long_before(s: str, stated, base: str | None) -> bool:
    """ "Nearly 1 million homes lost power in November when a storm hit ..." in a report of February: a month
    named alone, a season or more before the report's, tells an earlier event (not "without power since November")."""
    if not stated or stated[1] != 3 or len(stated[0]) != 7 or not base or len(base) < 7:
        return False
    months = (int(base[:4]) - int(stated[0][:4])) * 12 + int(base[5:7]) - int(stated[0][5:7])
    return months >= 2 and bool(re.search(r"\b(?:[Ii]n|[Dd]uring|[Ll]ast)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|"
                                         r"September|October|November|December)\b(?!\s+\d)", s)) and not re.search(r"\b(?:since|from|until|through)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\b", s) \
        and not re.search(r"\b(?:have|has)\s+(?:now\s+|just\s+|finally\s+)?been\s+(?:lifted|ended|cancelled|canceled|removed|restored)\b", s)
    # (nor "restrictions that were imposed last October have been lifted": a state that lasted until the report)


def _earlier_than(when: str, base: str | None) -> bool:
    """A date of an earlier event than the report's: an earlier year, except the last days of
    the year before a report of early January ("New Year's Eve" in a report of 1 January)."""
    by, wy = year_of(base), year_of(when)
    if not by or not wy or wy >= by:
        return False
    if len(when) == 10 and base and len(base) == 10:
        return (_date.fromisoformat(base) - _date.fromisoformat(when)).days > 60
    return True


def _only_list_between(gap: str) -> bool:
    """The words between a place and what is said of it are only more places of a list."""
    words = re.findall(r"[A-Za-zÀ-ÿ’'-]+", gap)
    # ("The north-western Zachodniopomorskie province with 33,000 households, the central Mazowieckie province with 29,000
    # households and ... were the most badly hit": each unit with its own count is still the list)
    return all(w[0].isupper() or w in ("and", "or", "were", "was", "the", "also", "de", "del", "of") or w in _LIST_UNIT_WORDS
               or _COMPASS_ADJ.fullmatch(w) for w in words)


_LIST_UNIT_WORDS = {"province", "region", "county", "state", "oblast", "district", "voivodeship", "with", "households", "customers", "homes",
                    "people", "residents", "consumers", "properties"}
_COMPASS_ADJ = re.compile(COMPASS_WORD, re.I)


def _last_had_outage(last: dict, drafts: dict, sent: Span) -> bool:
    """The sentence before (within one sentence's length) reported an outage."""
    return bool(last) and sent.start - last.get("end", -10_000) < 300 and any(
        k[1] == "outage" and k in drafts for k in last.get("keys", []))


_HOST_KM = {"city": 30, "region": 300, "country": 1500}
_GENERIC_SUBJECT = re.compile(r"^(?:The|These|Those|Such)\s+(?:\w+\s+)?(?:attacks|strikes|barrages|bombardments|raids)\b")


_GRAN_RANK = {"facility": 0, "city": 1, "region": 2, "country": 3}  # most specific first
_MANY_PLACES = re.compile(r"\b(?:in|across|throughout)\s+(?:multiple|several|many|other|various|a number of|\d+)\s+(?:other\s+)?"
                          r"(?:regions|oblasts|provinces|states|cities|towns|districts|countries|areas|parts)\s+of\s+the\s+(?:country|nation)\b|"
                          r"\b(?:in|across|throughout)\s+(?:multiple|several|many|other|various|a number of|\d+)\s+(?:other\s+)?"
                          r"(?:regions|oblasts|provinces|states|cities|towns|districts|countries)\b", re.I)
_OUTAGE_DEATH = re.compile(r"hypotherm|carbon monoxide|froze|freezing|cold|generators?|heat|elevators?|lifts?|ventilators?", re.I)


def _the_one_strike(drafts: dict, one_country: bool = False):
    """The key of the one attack of a report: its most specific struck place ("Belgorod and other
    settlements of the Belgorod region" is Belgorod), if that level holds one place (and, with
    ``one_country``, all struck places lie in one country); else None."""
    strikes = [k for k in drafts if k[1] == "strike"]
    if not strikes or (one_country and len({drafts[k].place.country_code for k in strikes}) != 1):
        return None
    low = min(_GRAN_RANK.get(drafts[k].place.granularity, 1) for k in strikes)
    strikes = [k for k in strikes if _GRAN_RANK.get(drafts[k].place.granularity, 1) == low]
    return strikes[0] if len(strikes) == 1 else None


def _toll_of_the_one_strike(sent: Span, drafts: dict) -> bool:
    """A toll in a sentence that names no place, in a report of one attack (the most specific of
    its struck places: "Belgorod and other settlements of the Belgorod region" is Belgorod), goes
    to that attack if it has none yet (True when it could be placed so)."""
    s = sent.text
    killed, injured = find_casualties(s)
    if (killed is None and injured is None) or _WEATHER.search(s) or _OUTAGE_DEATH.search(s) or _NEGATION.search(s):
        return False
    key = _the_one_strike(drafts, one_country=True)
    if key is None:
        return False
    # (it fills what is missing, completes what agrees, or updates: "As of now, a total of 13 injured")
    _take_toll(drafts[key], killed, injured, Evidence(s, sent.start, sent.end), update=bool(TOLL_UPDATE.search(s)))
    return True


def _beyond_town(s: str, gz: Gazetteer, town: Place) -> bool:
    """ "TALLAHASSEE — ... the governor said more than 1 million customers had lost power": a story
    told from a capital about a state or country (more people than the town has, people of a nation,
    "Millions of Americans", or words for a wider area), not the dateline town's."""
    q = find_affected(s)
    if any(gz.demonym(w) or gz.demonym(w[:-1]) for w in re.findall(r"\b[A-Z][a-z]+s\b", s)):  # ("3.16 million Filipinos")
        return True
    pop = gz.population(town.name, town.gazetteer_id)
    return bool(q and (q.min or q.max or 0) > max(pop, 1000)) or bool(re.search(
        r"\b(?:statewide|nationwide|countrywide)\b|\b(?:across|throughout)\s+(?:the\s+)?(?:state|country|nation|region|province)\b(?![’']s)|"
        r"\b(?:Gov|Governor|President|Prime Minister)\b|"
        # ("Baghdad (IraqiNews.com) – ... protests broke out in two Iraqi governorates because of power outages")
        r"\b(?:governorates|provinces|regions|states|oblasts|counties|prefectures|countries|nations)\b|"
        # ("KANAZAWA — ... power has been largely restored in the areas affected by the Noto Peninsula Earthquake")
        r"\bareas\s+(?:affected|hit)\s+by\b",
        s)) or bool(_AROUND_THE_CITY.search(s))  # ("ABIDJAN — Major internet outages occurred in numerous African countries")


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|(?-i:[a-z]+ed))\b", re.I)
_IT_AFFECTS = re.compile(r"^\W*(?:This|That|It|These|They)\s+(?:\w+ly\s+)?(affects|affected|hits|hit|concerns|concerned|involves|involved)\b")
_THESE_ARE = re.compile(r"^\W*(?:These|They|Those)(?:\s+(communities|areas|towns|places|counties|cities|villages|neighbou?rhoods|districts|regions|provinces|localities))?"
                        r"\s+(?:are|were|include|included|being)\b")
_PLACE_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some)\s+(?:\w+\s+)?"
                          r"(?:provinces|regions|states|oblasts|counties|districts|towns|cities|villages|municipalities|settlements)\b", re.I)
_ITS_PEOPLE = re.compile(r"\bits\s+(?:(?:about|some|nearly|more than|over|roughly)\s+)?[\d.,]+\s+(?:million\s+|thousand\s+)?"
                         r"(?:residents|people|inhabitants|population|customers|households)\b", re.I)


def _target_of_the_attacker(text, sent, sm, excluded, mentions, places, gz):
    """(country place, toll) when a sentence names only who attacked ("Russia launched its largest
    attack in months, killing at least six people") and every other place of the report lies in one
    other country; else None."""
    s = sent.text
    killed, injured = find_casualties(s)
    if (killed is None and injured is None) or _NEGATION.search(s) or _WEATHER.search(s) or not _strike_cues(s, False):
        return None
    if any(places[j] is not None and j not in excluded for j in sm) or not all(
            _is_actor(text, mentions[j], sent.start, sent.end) or _speaks(text, mentions[j], sent) for j in excluded):
        return None
    # ("Ukraine said earlier Moscow had launched the largest aerial attack on it": Moscow attacked, Ukraine speaks)
    attackers = {places[j].country_code for j in excluded if places[j] is not None and re.match(
        r"\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|attacked|struck|shelled|bombed|targeted|carried out|unleashed)\b", text[mentions[j].end : sent.end])}
    if len(attackers) != 1:
        return None
    others = {p.country_code for k, p in enumerate(places) if p is not None and p.country_code and k not in sm
              and p.country_code not in attackers and not _is_actor(text, mentions[k])}
    place = _country_place(gz, next(iter(others))) if len(others) == 1 else None
    return None if place is None else (place, (killed, injured))


def _complete_the_one_toll(sent: Span, drafts: dict) -> bool:
    """ "It killed at least seven people ... Rescuers are still searching ... NHK said that about 33
    people got missing and 300 injured": far from its place, a toll naming no place completes the one
    toll the report has told, when it gives what that toll lacks and nothing that disagrees."""
    s = sent.text
    killed, injured = find_casualties(s)
    if (killed is None and injured is None) or _NEGATION.search(s) or _PRECEDENT.search(s):
        return False
    tolled = {k[0] for k, d in drafts.items() if d.killed is not None or d.injured is not None}
    if len(tolled) != 1:
        return False
    for k, d in drafts.items():
        if k[0] in tolled and (d.killed is not None or d.injured is not None):
            gives = (killed is not None and d.killed is None) or (injured is not None and d.injured is None)
            if not gives or d.scope:
                return False
            _take_toll(d, killed, injured, Evidence(s, sent.start, sent.end))
            return True
    return False


# "30 km north-west of": a distance and a bearing from a place
_BEARING_OF = (r"(?:(?:\d+|a few|several)\s*(?:km|kilometres|kilometers|miles|mi)\s+)?"
               r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?\s+of\s+")
_BEARING_CAPITAL = re.compile(rf"\b{_BEARING_OF}(?:the\s+)?(?:capital|provincial\s+capital|(?:country|region|province)[’']s\s+capital)\s+$", re.I)
_DIRECTION_OF = re.compile(rf"(?<!\bthe )(?<!\bThe )\b{_BEARING_OF}$", re.I)
# (where someone died, for its own clause: the same list end as _KILLED_IN, with "near" and "County Kerry")
_DIED_IN = re.compile(r"\b(?:died|killed|drowned|perished)\s+(?:[\w’'-]+\s+){0,4}?(?:in|at|near)\s+(?:the\s+)?"
                      r"(?:(?:[\w-]+\s+)?(?:area|town|city|village|county)\s+of\s+)?(?:County\s+|Co\.\s*)?" + _AT_LIST_END, re.I)
_ON_ALERT_AFTER = re.compile(r"(?:,?\s(?:and\s)?(?:parts\sof\s)?(?-i:[A-Z])[\w’'-]*){0,4}\s(?:were\s|was\s|are\s|is\s|remain(?:s|ed)?\s)?"
                            # ("counties such as Donegal, Galway, Mayo, and Sligo under orange and yellow wind warnings")
                            r"(?:placed\s|put\s)?(?:on|under)\s(?:an?\s)?(?:[\w-]+\s(?:(?:and|or)\s)?){0,4}?(?:alerts?|warnings?|watch(?:es)?)\b", re.I)
_ROAD_ENDS = re.compile(r"\b(?:highway|road|motorway|railway|rail\s+line|route|expressway)\s+(?:that\s+|which\s+)?(?:runs|running|ran|leads|leading|links|linking|connects|connecting|goes|going)\s+"
                        r"(?:from\s+[^.;]{1,60}?\s+to|from|between|to)\s+(?:the\s+)?(?:(?:town|city|village|provincial capital|capital)\s+(?:of\s+)?)?$", re.I)
_CABLE_NEAR = re.compile(r"(?:\b(?:submarine|undersea|subsea|underwater)\b[^.;]{0,60}?(?:cables?|cable\s+systems?|fib(?:er|re)\s+links?)|\bcable\s+systems?)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:near|off|beneath|under|along|off the coast of)\s+(?:the\s+)?$", re.I)
_DEMONYM_PART = re.compile(r"\b[A-Z][a-z]+\s+(?:people|households|homes|customers|consumers|residents)\b[^.;]{0,80}?,\s+of\s+(?:which|whom|them|those)\b")
# "1.2 million people there are without electricity": "there" of a place (not the "there were" that introduces)
_THERE = r"\b(?:people|residents|customers|households|homes|consumers|families|subscribers|users|everyone)\s+there\b|\b(?:lost|cut|restored|out|down|off)\s+there\b"
_LOCATED_BEARING = re.compile(rf"\b(?:located|situated|lying|lies|sits)\s+(?:(?:about|some|roughly|around|just|immediately|directly)\s+)?{_BEARING_OF}"
                              r"(?:the\s+(?:capital|city)\s+(?:of\s+)?|(?:the\s+)?(?:occupied|annexed|neighbou?ring)\s+)?$", re.I)
_SAID_BY_RESIDENT = re.compile(r"[,.!?]?[”\x22]\s*,?\s*(?:(?:a|one|another|an)\s+)?(?:[\w-]+\s+)?(?:residents?|locals?|villagers?|inhabitants?|shopkeepers?|pensioners?)\s+"
                               r"(?:of|in|from)\s+(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?", re.I)
_ISOLATED = re.compile(r"\b(?:cut\s+off|isolated)\s+from\s+the\s+(?:rest\s+of\s+the\s+|outside\s+)?world\b", re.I)
_PARTITIVE = re.compile(r"\bof\s+(?:those|them|these|which|whom)\b|\b(?:the\s+)?(?:majority|most|half|bulk)\s+of\s+(?:them|those|which)\b", re.I)


def _part_of_total(text: str, sent: Span, m: Mention) -> tuple | None:
    """ "1.2 million French people are without electricity, of which 780,000 reside in Brittany",
    "around 780,000 of those without power are in the region of Brittany": the part that is the place's."""
    # ("more than 1 million customers were without power in Texas – some 900,000 of them in Harris County")
    a = max([sent.start] + [sent.start + x.end() for x in re.finditer(r"[,;]\s|\s[–—]\s", text[sent.start : m.start])])  # (not "780,000")
    clause = text[a : m.start]
    if not _PARTITIVE.search(clause):
        return None
    q = find_affected(clause)
    return (q.min, q.max, q.text) if q is not None else None


_GROUP_OF = re.compile(r"[A-Z][\w’'-]+,\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w’'-]*[’']s\s+$|[A-Z][\w’'-]+\s+in\s+(?:the\s+)?[A-Z][\w’'-]*[’']s\s+$|\bthe\s+(?:largest|biggest|smallest|most\s+populous|main|"
                       r"(?:second|third|fourth)[- ]largest|easternmost|westernmost|northernmost|southernmost)(?:\s+and\s+(?:most\s+)?\w+)?\s+(?:of|in)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'-]*[’']s\s+)?$")
_IN_THE_GROUP = re.compile(r"[A-Z][\w’'-]+,\s+(?:in|on)\s+the\s+$")  # ("Tenerife, in the Canary Islands")
_MISHAP_AT = re.compile(r"\b(?:explosion|blast|fire|fault|failure|problems?|incident|breakdown|trip)s?\s+(?:\w+\s+){0,2}?(?:at|in|on)\s+(?:a|an|the)\s+$", re.I)


_DAMAGE_SITE = re.compile(r"\b(?:as|because|after|since|when|due\s+to|caused\s+by|following)\b[^.;]{0,100}?\b(?:landslides?|rockfalls?|rock\s+falls?|mudslides?|"
                          r"avalanches?|accidents?|ruptures?|explosions?|blasts?|leaks?|breaks?|damage)\b[^.;]{0,20}?\bin\s+(?:one\s+of\s+)?(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:(?:regions?|areas?|districts?|parts?)\s+of\s+)?(?:the\s+)?$", re.I)
_AREA_OF = re.compile(r"\bthe\s+(?-i:[A-Z])[\w’'-]*(?:[\s-](?-i:[A-Z])[\w’'-]*){0,2}\s+(?:area|district|neighbou?rhood|suburbs?|outskirts|region)\s+of\s+"
                      r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:the\s+)?$", re.I)


_CONTROL_SITE = re.compile(r"\b(?:centre|center|office|headquarters|room|station|facility|depot)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_CUT_OFF_TO = re.compile(r"[^.;]{0,40}?\b(?:turned|switched|cut|shut)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|supply|supplies)(?:\s+off)?\s+"
                         r"(?:supply\s+|supplies\s+)?to\b", re.I)


# the parties an agreement or a war is "between" ("a transit agreement between warring neighbours Russia and Ukraine")
_BETWEEN_PARTIES = r"(?:warring|neighbou?ring|rival|two)\s+(?:neighbou?rs|countries|states|nations)\s+"
_FACILITY_OUT_IN = re.compile(r"\b(?:station|plant|substation|works|reservoir|wells?)\s+(?:located\s+|situated\s+)?(?:in|near)\s+(?:the\s+)?"
                              r"(?:countryside|outskirts|suburbs|vicinity)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


# a link's ends, the first or the second ("the bridge that connects Russian territory with Crimea", "the undersea cable
# connecting Java and Bali", "cables linking the island to Java")
_CONNECTS = re.compile(r"\b(?:bridge|road|highway|railway|lines?|pipelines?|cables?|crossing|corridor|links?|interconnect(?:or|ion)s?)\s+(?:that\s+|which\s+)?"
                       r"(?:connect(?:s|ing)?|link(?:s|ing)?|join(?:s|ing)?)\s+"
                       r"(?:[^.;]{0,60}?\b(?:with|to|and)\s+)?(?:the\s+)?(?:(?:occupied|annexed|mainland)\s+)?$", re.I)


# the irregular verbs _FINITE does not hold: with it, a clause of its own ("; Congonhas Airport saw 300 flight
# cancellations"), no list going on past a semicolon
_CLAUSE_VERB = re.compile(r"\b(?:saw|sees|lost|got)\b")


_DESTRUCTION_OF = re.compile(r"\b(?:destruction|collapse|breach|bombing|blowing\s+up|explosion|failure)\s+(?:of|at)\s+(?:the\s+)?$", re.I)
_YARDSTICK_SIZE = re.compile(r"\b(?:(?:twice|three\s+times|half)\s+)?the\s+size\s+of\s+(?:the\s+)?$", re.I)
# a relative's or a friend's home the people of an outage go to ("her brother's in X", "staying with relatives in X")
_KIN_HOME_IN = re.compile(r"\b(?:(?:brother|sister|mother|father|parents|son|daughter|friend|cousin|aunt|uncle|grandmother|grandfather|"
                          r"grandparents|in-laws|neighbou?r|relative)(?:[’']s|s[’'])\s+(?:(?:home|house|place|apartment|flat|farm)\s+)?|"
                          r"\b(?:staying|stay|stays|stayed|moved\s+in|went|gone)\s+(?:in\s+)?with\s+(?:\w+\s+){0,2}?(?:relatives|family|friends|parents|"
                          r"brother|sister|mother|father|son|daughter|cousins?)\s+)(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)


def _only_locates(text: str, sent: Span, m: Mention, p: Place, others: list) -> bool:
    """The mention names where something else is, not a place of an event: a bearing from a town beside
    its country, an area on alert, a road's ends, where undersea cables broke, a country named as a
    war's target (``others``: the sentence's other places)."""
    def before(pattern: re.Pattern, n: int):
        return pattern.search(text, max(sent.start, m.start - n), m.start)

    if p.granularity == "facility" and (before(_DESTRUCTION_OF, 40) or re.match(r"[’']s\s+(?:destruction|collapse|breach|failure)\b", text[m.end : m.end + 20], re.I)) \
            and _live(_OUTAGE, text[m.end : sent.end]) and re.match(
            r"(?:[’']s\s+(?:destruction|collapse|breach|failure))?(?:\s+(?:in|near|on)\s+[^.;,]{1,40}?)?\s+(?:had\s+|has\s+|have\s+)?(?:left|leaves|leaving|cut|cuts|cutting|deprived|deprives|depriving)\b",
            text[m.end : sent.end], re.I):
        return True  # ("the destruction of the Kakhovka dam in southern Ukraine had left hundreds of thousands without water": the cause)
    if before(_YARDSTICK_SIZE, 25):
        return True  # ("enough to fill a shallow paddling pool the size of England": a measure, no place of the story)
    if before(_KIN_HOME_IN, 60):
        return True  # ("driving back and forth between their home and her brother's in Madison County": where they find water)
    if p.granularity != "country" and before(_DIRECTION_OF, 30) and not re.match(r",?\s+where\b", text[m.end : m.end + 10]) \
            and any(q is not None and q.country_code == p.country_code and (q.granularity == "country" or (
                # ("the line north of Samarra ... in Salah al-Din province": the town's own region, named beside it)
                q.granularity == "region" and p.granularity == "city" and q.name == p.admin1)) for q in others):
        # "A truck driver was killed by a falling tree northeast of Paris and 1.2 million households in
        # France were left without electricity": a bearing from a place locates, it is not the place
        return True
    if p.granularity == "city" and (bearing := before(_DIRECTION_OF, 30)) and re.search(
            r"\b(?:without\s+(?:power|electricity|service)|in\s+the\s+dark|outages?)\s+$", text[max(sent.start, m.start - 60) : bearing.start()]):
        return True  # ("1,688 customers without power west of Columbus": an area the town's bearing marks, not the town)
    if before(_CONNECTS, 90) and not re.match(r"\s+(?:to|with)\s+the\s+(?:outside\s+world|rest\s+of\s+the\s+world|world|internet)\b", text[m.end : m.end + 40]):
        # ("a line linking Kherson to Mykolaiv", "the undersea cable connecting Java and Bali": its ends; but "the cable that
        # connects Samoa to the outside world" is the island's only link, cut)
        return True
    if before(_BEARING_CAPITAL, 50) and any(q is not None and q.gazetteer_id != p.gazetteer_id for q in others):
        return True  # ("in al-Nebai and Tarmiyah areas north of the capital Baghdad": the capital only locates them)
    if p.granularity != "country" and before(_FACILITY_OUT_IN, 70) and not _strike_cues(sent.text, False) \
            and any(q is not None and q.gazetteer_id != p.gazetteer_id and q.country_code == p.country_code for q in others):
        # ("cut off water from the city of Hasaka by shutting down the Alouk water station in the countryside of Ras al-Ain":
        # where the station lies, not who lost the water)
        return True
    if p.granularity != "country" and before(_LOCATED_BEARING, 50):
        # "an energy supply facility in Zhytomyr, a regional center located north-west of Kyiv": where the
        # place lies, told from a bigger one
        return True
    if p.granularity in ("region", "country") and (before(_GROUP_OF, 80) or (
            re.search(r"(?:Islands|Isles|Archipelago)$", m.text) and before(_IN_THE_GROUP, 40))) \
            and any(q is not None and q.country_code == p.country_code and q.gazetteer_id != p.gazetteer_id for q in others):
        # "Tenerife, in Spain's Canary Islands, ...", "Tenerife, the largest and most populous of Spain's Canary Islands,
        # was left without power": the group the place belongs to, told to locate it
        return True
    if before(_DAMAGE_SITE, 160) and (to := re.search(r"\bsuppl(?:y|ies)\s+to\s+(?:the\s+)?(?:republic|country|nation|island|(?-i:[A-Z]))", text[sent.start : m.start], re.I)) \
            and not re.search(re.escape(m.text), text[sent.start + to.start() : sent.start + to.end() + len(m.text)]):
        # "the gas supply to the republic has been suspended as the gas pipeline has been damaged as a result of a
        # landslide in one of the high mountainous regions of North Caucasus": where the line broke, not who lost the gas
        return True
    if p.granularity in ("region", "country") and before(_AREA_OF, 60) \
            and any(q is not None and q.country_code == p.country_code and q.gazetteer_id != p.gazetteer_id for q in others):
        # "two desalination plants in the Deir Al-Balah area of central Gaza": the bigger area locates the named one
        return True
    if before(_CONTROL_SITE, 60) and _CUT_OFF_TO.match(text, m.end, sent.end):
        # "people working for the government came to the electricity distribution centre in Abidjan and turned off power
        # to the zones": where the switch is, not the places cut off
        return True
    if re.match(r"\s+(?:sub-?station|power\s+station|station|plant)\s+(?:to\s+trip|tripped|tripping)\b", text[m.end : sent.end]):
        return True  # "the circuit breaker ... at the Roche Caïman station to trip, resulting in the power cut": where the cause was
    if re.match(r"(?:[’']s)?\s+(?:regional\s+|local\s+|island\s+|state\s+)?(?:government|authorities|administration|executive|regulator)\s+"
                r"(?:\w+\s+){0,2}?(?:fined|ordered|imposed|sanctioned|penali[sz]ed)\b", text[m.end : sent.end]):
        return True  # "The Canary Islands government fined Red Electrica €30m for the shortage": who fined, not where
    if re.match(r"\s+(?:sub-?stations?|power\s+(?:plants?|stations?)|plants?|transformers?)\b", text[m.end : m.end + 20]) \
            and before(_MISHAP_AT, 40) and any(q is not None and q.gazetteer_id != p.gazetteer_id for q in others):
        # "Thousands in Tenerife were hit by a power failure, after an explosion at a Granadilla sub-station caused a
        # blackout": the town that names the failed facility, beside the place of the outage
        return True
    if re.match(r"\s+as\s+an?\s+(?:solution|remedy|fix|answer|model|example)\s+(?:to|for)\b", text[m.end : sent.end], re.I):
        return True  # ("featured ... most recently in Puerto Rico as a solution to its power supply problems": an example elsewhere)
    if (died := before(_DIED_IN, 100)) and not _strike_cues(sent.text, False) \
            and any(q is not None and q.gazetteer_id != p.gazetteer_id for q in others):
        # (with no other place in the sentence, where they died is where the outage was: "Water service was cut to
        # more than 760,000 customers, and at least three people died in X")
        ha, hb = _half_of(sent, m.start)
        if (ha, hb) != (sent.start, sent.end) and not _live(_OUTAGE, text[ha:hb]) \
                and (_live(_OUTAGE, text[sent.start : ha]) or _live(_OUTAGE, text[hb : sent.end])):
            # "Over 200,000 homes in Ireland and Northern Ireland lost power, and a man died in Letterkenny": where
            # the storm killed, in a clause of its own, not where the power went out
            return True
        cues = _live(_OUTAGE, text[sent.start : died.start()])
        if cues and not _live(_OUTAGE, text[m.end : sent.end]) \
                and re.search(r"\b(?:that|which)\b", text[sent.start + cues[-1].end() : died.start()]):
            # ("600,000 homes were without power by the storm that caused the deaths of two motorists killed by falling
            # trees in A and B": the deaths a relative clause tells, not where the power went out)
            return True
    if _ON_ALERT_AFTER.match(text, m.end, sent.end):
        # "... without electricity today with parts of Brittany and Normandy on red alert for strong
        # winds": an area under a warning, not where the power went out
        return True
    if before(_LINKS_ENDS, 80) or (re.search(_LINKS + r"$", text[max(sent.start, m.start - 60) : m.start], re.I)
                                   and re.match(r"\s+(?:to|with)\s+[A-Z]", text[m.end : m.end + 8])):
        return True  # ("sabotaged the towers that link Kirkuk to Baiji in the neighboring Salahudin province": the line's ends)
    if before(_WORK_AT, 80) or before(_LINE_TO, 70) or before(_TRACED_TO, 90):
        # ("transmission lines going out of service within the system that connects to the Itaipú hydroelectric
        # plant": where the line runs to, not where the power went out)
        return True
    if p.granularity != "country" and (before(_HOUR_OUTSIDE, 40) or before(_CAUSE_AT, 70) or before(_CAUSE_STATION_AT, 110)):
        # "The mass power outage across Moore County, about an hour outside of Raleigh": a distance from a town
        # locates; "power to the hospital had gone down due to an issue with the Harmon Substation": where the
        # cause was, not the outage
        return True
    if p.granularity == "city" and before(_BURST_AT_WORKS, 120):
        return True  # ("affected by a burst on a large pipe at our water works in Hampton": where the water works failed)
    if p.granularity == "city" and ((before(_MISHAP_STATION_AT, 110) and not re.search(r"\b(?:heat\w*|thermal|boilers?|CHP)\b", sent.text, re.I))
                                    or (before(_STATION_IN, 60) and _STATION_FAILED_AFTER.match(text, m.end, sent.end)
                                        and not before(_OWN_STATION, 60))):
        # (but "The only power plant in Gaza shut down": the town's own supply; "Heat supply was restored after the accident at
        # the thermal power plant in Kokshetau": a town's heat comes from its own plant)
        # ("4 million households were affected after the Hsinta Power Plant in the city of Kaohsiung was unable to distribute
        # energy": the failed plant's town, not a place of the outage)
        return True
    if p.granularity != "country" and _CAUSE_OF_IT_AFTER.match(text, m.end, sent.end) and before(_LINES_IN, 120) \
            and not _live(_OUTAGE, text[sent.start : m.start]):
        # ("Tripping power transmission grid lines in West Bengal and partially in Assam, India was the cause of the
        # blackout"): where the cause was, told before the places the outage hit
        return True
    if before(_UNINTERRUPTED_TO, 130):
        return True  # ("had enjoyed uninterrupted service to its customers on Providenciales, North and Middle Caicos")
    if p.granularity == "facility" and (before(_RESTORED_FROM, 60) or _RESTORES_AFTER.match(text, m.end, sent.end)):
        return True
    if p.granularity == "facility" and re.match(r"\W*(?:the\s+)?(?:root\s+)?cause\s+of\s+(?:the\s+)?(?:outage|blackout|power\s+cut|interruption|disruption)\s*:",
                                                  sent.text, re.I):
        return True  # ("Cause of outage: A cutout was found open on Line B at the Kokusai Substation")
    if p.granularity == "facility" and before(_MISHAP_AT_FACILITY, 40) and _CAUSES_NEXT.match(text, m.end, sent.end):
        return True  # ("Fire at SKELEC's power plant causes island-wide outage": where the cause was)
    if before(_LIGHTNING_IN, 60) and any(q is not None and q.country_code and q.country_code != p.country_code for q in others):
        return True
    if before(_FLED_TO, 60) or (p.granularity == "city" and (before(_TOWNS_NEAR, 40) or before(_REPORTER_IN, 40))):
        # "forcing hundreds to flee to volatile Mogadishu": where people went, not where the service was cut;
        # "Towns near Moscow have been without heating": the big city locates the towns
        return True
    if before(_ROAD_ENDS, 120):
        # "blocked the main highway that runs from the provincial capital Nukus to the town of
        # Kungrad": the road's ends locate the road
        return True
    if p.granularity != "facility" and before(_CABLE_NEAR, 120):
        # "outages affecting the SMW4 and IMEWE submarine cable systems near Jeddah": where the
        # cables broke, not where the internet slowed
        return True
    # "shortages due to Moscow's assault on Ukraine": a country named as a war's target, the war not an
    # attack told here ("Russia's war on Ukraine's grid" is)
    return p.granularity == "country" and bool(before(_WAR_ON, 60)) and not re.match(r"[’']s\b", text[m.end : m.end + 2])


def _main_clause(seg: str) -> str:
    """A segment up to its subordinate clause (", as winds hit Finistère", ", when ...")."""
    m = re.search(r",\s+(?:as(?!\s+well\b)|when|after|while|because|since|before)\b", seg)
    return seg[: m.start()] if m else seg


_HOUR_OUTSIDE = re.compile(r"\b(?:an?|one|two|three|four|five|\d+)\s+(?:hours?|minutes?|miles|kilometres|kilometers|km)(?:[’']s\s+drive)?\s+"
                           r"(?:outside(?:\s+of)?|from|away\s+from)\s+(?:the\s+)?$", re.I)
_FAULT_WORDS = r"issues?|problems?|faults?|failures?|malfunctions?|trips?|difficult(?:y|ies)"
_CAUSE_AT = re.compile(rf"\b(?:due\s+to|because\s+of|caused\s+by|after)\s+(?:an?\s+)?(?:{_FAULT_WORDS})\s+"
                       r"(?:with|at|in)\s+(?:the\s+)?$|"
                       # ("The most recent outage occurred on Sunday due to a faulty generator at the Cul de Sac plant")
                       r"\b(?:due\s+to|because\s+of|caused\s+by|after)\s+(?:an?\s+|the\s+)?(?:faulty|failed|failing|damaged|broken|tripped)\s+"
                       r"(?:generators?|transformers?|turbines?|cables?|lines?|units?|feeders?)\s+(?:at|in|of)\s+(?:the\s+)?$|"
                       # ("affecting all customers in the St. Croix District following the loss of generation capacity at the
                       # Estate Richmond Power Plant")
                       r"\b(?:due\s+to|because\s+of|caused\s+by|after|following)\s+(?:an?\s+|the\s+)?loss\s+of\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:generation|generating|production)(?:\s+capacity)?\s+(?:at|in)\s+(?:the\s+)?$|"
                       # ("as engineers work to resolve ongoing generation issues at the Brades Power Station")
                       r"\b(?:generation|generating|capacity)\s+(?:issues|problems|difficulties|shortfalls?|constraints)\s+(?:at|in)\s+(?:the\s+)?$", re.I)
# ("plunged into darkness, following a power disruption at the main electrical station in Gadong": where the failed station is)
# ("the outage was brought on by a grid failure on the Hsinta Power Plant within the southern metropolis of Kaohsiung")
def _cause_station_at(more: str = "") -> re.Pattern:
    """A failed station before the place that holds it; ``more``: other mishap words, "|outage|..."."""
    return re.compile(rf"\b(?:due\s+to|because\s+of|caused\s+by|brought\s+on\s+by|after|following)\s+(?:an?\s+|the\s+)?[“\x22]?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_FAULT_WORDS}|disruption|breakdown|disturbance|explosion|blast|fire{more})[”\x22]?\s+(?:with|at|in|on)\s+(?:the\s+|an?\s+)?"
                      r"(?:[\w’'-]+\s+){0,4}?(?:(?:electrical|electricity|power|generating)\s+)?(?:sub-?station|station|plant|facility)\s+(?:(?:located|situated|based)\s+)?(?:in|at|of|within|near)\s+"
                      r"(?:the\s+)?(?:(?:southern|northern|eastern|western|central|south-?\w+ern|north-?\w+ern)\s+)?(?:(?:port\s+|coastal\s+|industrial\s+)?"
                      r"(?:city|town|metropolis|village|province|region|district|county)\s+of\s+)?$", re.I)


_CAUSE_STATION_AT = _cause_station_at()
# ("after the outage at the power plant in the southern port city of Kaohsiung", in a report of the country's outage)
_MISHAP_STATION_AT = _cause_station_at("|outage|accident|incident")
_OWN_STATION = re.compile(r"\b(?:only|sole|single|main|local|town[’']s|city[’']s)\s+(?:[\w-]+\s+){0,2}?(?:power\s+)?(?:plant|station)\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
_BURST_AT_WORKS = re.compile(r"\b(?:bursts?|leaks?|faults?|failures?|breaks?|ruptures?|problems?)\s+(?:[\w-]+\s+){0,6}?(?:at|in|inside)\s+(?:our|the|its|their)\s+"
                             r"(?:water\s+)?(?:works|waterworks|treatment\s+works|treatment\s+plant|pumping\s+station|booster\s+station)\s+(?:in|at)\s+$", re.I)
_STATION_IN = re.compile(r"\b(?:power\s+)?(?:plant|station|sub-?station)\s+(?:in|at|of|near)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?"
                         r"(?:(?:port\s+|coastal\s+|industrial\s+)?(?:city|town|metropolis)\s+of\s+)?$", re.I)
_STATION_FAILED_AFTER = re.compile(r",?\s+(?:(?:was|were)\s+(?:unable|forced)\s+to\b|(?:was|were)\s+(?:\w+ly\s+)?(?:shut|tripped|knocked\s+offline)\b|(?:suddenly\s+)?(?:failed|tripped|went\s+(?:offline|down)|broke\s+down|"
                                   r"shut\s+down|malfunctioned|stopped\s+(?:working|operating)))", re.I)
_MISHAP_AT_FACILITY = re.compile(r"\b(?:fire|blaze|explosion|blast|fault|failure|breakdown|malfunction|problems?|issues?|trip)\s+(?:at|in|on)\s+(?:the\s+|an?\s+)?$", re.I)
_CAUSES_NEXT = re.compile(r"\s+(?:causes|caused|triggers|triggered|sparks|sparked|leads\s+to|led\s+to|results\s+in|resulted\s+in|"
                          r"leaves|left|plunges|plunged)\b", re.I)
# ("invoked its emergency restoration procedures at La Collette Power Station", "Generators at the Vale power station were
# quick to restore supplies": where power came back from, not a place that lost it)
_RESTORED_FROM = re.compile(r"\b(?:restoration\s+(?:[\w-]+\s+){0,2}?|(?:back-?up\s+|standby\s+|emergency\s+)?generators?\s+)(?:at|from|in)\s+(?:the\s+|our\s+|its\s+)?$", re.I)
_RESTORES_AFTER = re.compile(r"\s+(?:was|were)\s+(?:quick\s+to\s+|able\s+to\s+|used\s+to\s+)?(?:restore|restored)\s+(?:the\s+)?(?:supplies|supply|power|electricity)\b", re.I)
# ("this morning's power failure which was due to lightning strikes in Normandy cutting supplies from the French grid to
# Jersey's one remaining undersea cable": where the lightning struck, abroad)
_LIGHTNING_IN = re.compile(r"\b(?:due\s+to|because\s+of|caused\s+by|after|following|(?:a\s+)?result\s+of)\s+(?:a\s+|the\s+)?(?:lightning(?:\s+strikes?|\s+bolts?)?|storms?)\s+"
                           r"(?:on\s+the\s+[\w-]+\s+(?:network|grid)\s+)?(?:in|on|over)\s+(?:the\s+)?$", re.I)
# ("the outage that lasted for few hours due to maintenance work of the network in Egypt": where the work was, a country too)
_WORK_AT = re.compile(r"\b(?:due\s+to|because\s+of|caused\s+by)\s+(?:the\s+|a\s+)?(?:maintenance|repair)\s+work\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$", re.I)
# ("The root cause of this disruption was traced to a significant power trip in Ivory Coast along the CLSG line")
_TRACED_TO = re.compile(rf"\b(?:traced|blamed|attributed|pinned)\s+(?:back\s+)?(?:on|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_FAULT_WORDS}|"
                        r"breakdown|disturbance)\s+(?:in|at|on|with)\s+(?:the\s+)?$|"
                        # ("While the initial cause of the power trip in Ivory Coast is being investigated")
                        r"\b(?:cause|source|origin)\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:trip|fault|disturbance)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_LINKS = r"\b(?:lines?|towers?|pylons?|cables?|pipelines?)\s+(?:that|which)\s+(?:link|links|linked|connect|connects|connected)\s+"
_LINKS_ENDS = re.compile(_LINKS + r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:to|with)\s+(?:the\s+)?$", re.I)
# ("the electricity line supported by high poles connecting to Grand Anse Mahé")
_LINE_TO = re.compile(r"\b(?:lines?|system|grid|network|cables?|interconnectors?)\s+(?:that\s+|which\s+|(?:[\w-]+\s+){1,4}?)?(?:connects?|connected|connecting|links?|linked|linking|"
                      r"leads?|leading|runs?|running)\s+(?:it\s+|them\s+)?(?:to|with)\s+(?:the\s+)?$", re.I)
_FLED_TO = re.compile(r"\b(?:flee|fled|fleeing|flees|evacuated|relocated|displaced)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:[a-z]+\s+)?$|"
                      # ("all flights were diverted to airports in Belgium and Germany", "no train service to Schiphol/Amsterdam/Utrecht")
                      r"\b(?:diverted|rerouted|redirected)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:[a-z]+\s+(?:in|at)\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+)?)?$|"
                      r"\b(?:train|rail|bus|ferry|flight)s?\s+(?:services?\s+|traffic\s+|connections?\s+)?(?:to|from)\s+(?:[A-Z][\w-]*/)*$", re.I)
# ("Our correspondent in Nyagatare, Eastern Province says that most parts of the province were without power": where the
# reporter is, who tells of a wider area)
_CAUSE_OF_IT_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were|is|are)\s+(?:the\s+|a\s+)?(?:main\s+|likely\s+|probable\s+|root\s+)?"
                                r"(?:cause|reason|source|origin)\s+(?:of|for|behind)\s+(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+)?(?:blackouts?|outages?|power\s+cuts?|disruptions?)\b", re.I)
_LINES_IN = re.compile(r"\b(?:lines?|grids?|cables?|substations?|plants?|stations?|networks?)\s+(?:\w+\s+){0,3}?(?:in|at)\s+[^.;]{0,60}$")
_UNINTERRUPTED_TO = re.compile(r"\buninterrupted\s+(?:service|supply|power|electricity)\b(?:(?!suffer|outage|blackout|black\s+out|lost|cut|without)[^.;]){0,110}$", re.I)
# the words that follow a place's name in its utility's ("Jersey Electricity", "Guernsey Power")
_UTILITY_NAME_WORDS = r"(?:Electricity|Electric|Power|Energy|Utilities|Water)"
# a utility named in its own language, the words first ("Electricidade de Moçambique", "Électricité de France")
_UTILITY_WORDS_FIRST = ("Electricidade", "Electricidad", "Électricité", "Electricite", "Energia")
_UTILITY_NAME_BEFORE = "(?:" + "|".join(f"{w} de " for w in _UTILITY_WORDS_FIRST) + ")"
_NOT_AFTER_UTILITY_WORDS = "".join(f"(?<!{w} de )" for w in _UTILITY_WORDS_FIRST)  # (look-behinds must be of one width each)
_UTILITY_NAME_AFTER = re.compile(rf"\s+(?:{_UTILITY_NAME_WORDS}|Gas)\b(?!\s+(?:cuts?|outages?|supply|supplies|shortages?)\b)")
_REPORTER_IN = re.compile(r"\b(?:correspondent|reporter|stringer)\s+(?:based\s+)?in\s+$", re.I)
_TOWNS_NEAR = re.compile(r"\b(?:towns|villages|settlements|communities|suburbs|cities)\s+(?:near|outside|around|close\s+to)\s+(?:the\s+)?$", re.I)
_WAR_ON = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:assault|onslaught|war|aggression|invasion)\s+(?:on|against|of|in)\s+(?:the\s+)?$", re.I)
_WITHOUT_SINCE = re.compile(r"\b(?:been|are|were|is|was)\s+without\s+(?:power|electricity|gas|water|heat(?:ing)?|internet|service)\s+since\s+", re.I)
_IT_OCCURRED = re.compile(
    r"^(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+){0,2}?(?:accident|outage|blackout|breakdown|failure|malfunction|attack|strike|explosion|rationing|power\s+cuts?|load[- ]shedding|"
    r"incident|fire|disconnection|shutdown|shut-down|emergency|rupture)\b(?:\s+(?:of|at|on|in)\s+(?:[\w-]+\s+){1,4}?)?\s*"
    r"(?:occurred|happened|took place|began|started|broke out)\b", re.I)


# the whole country, or most of it ("leaving almost the entire country in blackout"; not "across the nation's third-largest metropolis")
_WHOLE_COUNTRY = re.compile(rf"\b(?:(?:the\s+)?(?:whole|entire)\s+(?:country|nation)|throughout\s+the\s+nation|{_COUNTRY_WIDE})\b(?![’']s)", re.I)
# a sentence that only says who reported the story ("This was reported by Censor.NET", "NewsMaker writes about it")
_SOURCE_LINE = re.compile(r"\W*(?:(?:This|It|That)\s+(?:was|is|has\s+been)\s+(?:reported|announced|stated|said|written)\s+(?:by|on|in)\b"
                          r"|(?:[A-Z][\w.-]*\s+){1,3}(?:reports?|reported|writes|wrote)\s+(?:about\s+)?(?:this|it|about it)\s*[.,]?\s*$)")


# a loss told as the whole nation's ("national connectivity below 1%", "a nationwide blackout")
# (and an island-wide one: "resolving the island-wide power outage" in a report from Sri Lanka)
_NATIONAL_LOSS = re.compile(rf"{_WHOLE_COUNTRY.pattern}|\bnational\s+(?:connectivity|grid|power\s+grid|network|traffic|blackout|outage)\b|\bisland-?wide\b", re.I)
# people of a place named by a name the gazetteer lacks ("thousands of residents in Dipaculao"; but "customers of Eskom" are a
# company's, told at no place)
_PEOPLE_OF_A_NAME = re.compile(r"\b(?:(?:residents|people|homes|households|families|villagers)\s+(?:in|of)|(?:customers|consumers|subscribers)\s+in)\s+"
                               r"(?:the\s+(?:town|city|village|municipality|district|province)\s+of\s+)?([A-Z][a-z]{2,})\b")


def _people_of_an_unknown_place(s: str) -> bool:
    """Whether ``s`` tells of the people of a name that is no common word (a place the gazetteer lacks)."""
    own = _PEOPLE_OF_A_NAME.search(s)
    return own is not None and own.group(1).lower() not in STOPWORDS


def _carry_over(sent: Span, last: dict, drafts: dict, base_date: str | None, gz=None) -> None:
    """A sentence that names no place continues the previous one ("Millions were left without
    power", "At least 40 people were killed"): its cues and figures go to that sentence's
    places, if it came within two sentences and states something about an outage or strike."""
    if not last or sent.start - last["end"] > 400:
        return
    if re.match(r"^(?:In|At|Across|Near|Outside)\s+(?:the\s+)?[A-Z]", sent.text):
        return  # "In Jefferson Parish, water systems failed": about a place the gazetteer lacks
    if _people_of_an_unknown_place(sent.text):
        return  # ("The storm caused widespread power outages, with thousands of residents in Dipaculao left without electricity")
    if re.match(r"^\W*(?:In|Across|Throughout)\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b(?!\s+of\b)", sent.text, re.I):
        return  # ("... drone strikes on the city of Dilling. In the north, entire cities were left in the dark": another part of the country)
    if (len(re.findall(r"\w+", sent.text)) > 6 or re.search(r"\d", sent.text) or re.search(r"[.!?][\"”’')]*$", sent.text.strip())) \
            and not _SOURCE_LINE.match(sent.text):
        # (a caption or a subheading, "(Photo: Wikimedia Commons)", does not move the story on; nor does
        # "This was reported by Censor.NET with reference to Russian media.")
        last["n"] += 1
    if last["n"] > 2:
        # ("Massive shelling of Kherson continues. ... There is one deceased. According to the OVA, six
        # people were injured and one person died.": far from the sentence that placed it, a toll in a
        # report of one attack is that attack's)
        if not _live(_OUTAGE, sent.text) and not _toll_of_the_one_strike(sent, drafts):
            _complete_the_one_toll(sent, drafts)
        return
    keys = last["keys"]
    s = sent.text
    killed, injured = find_casualties(s)
    if (re.search(r"\b(?:across|throughout|around) the (?:country|nation)\b|\bnationwide\b|\bcountrywide\b", s) or _MANY_PLACES.search(s)) and not any(
            drafts[k].place.granularity == "country" for k in last["keys"]):
        killed = injured = None  # "At least 12 deaths across the country": not the last town's
    if _ACROSS_AREA.search(s) and all(
            drafts[k].place.granularity in ("city", "facility") for k in last["keys"]):
        killed = injured = None  # ("left approximately 78 people injured across the region": not the last city's)
    affected = find_affected(s)
    # "About 150,000 residents were affected." right after an outage: its figure
    is_outage = (bool(_live(_OUTAGE, s)) or bool(affected and _WERE_AFFECTED.search(s) and any(k[1] == "outage" for k in keys))) \
        and not _NEGATION.search(s)
    if is_outage and _MANY_PLACES.search(s) and not any(drafts[k].place.granularity == "country" for k in last["keys"]):
        is_outage = False  # "A strike hit Dnipro. DTEK reported power cuts in multiple regions.": not the city's
    if is_outage and keys and all(drafts[k].place.granularity == "facility" for k in keys) and re.search(
            r"\bto\s+(?:numerous|several|many|various|multiple)\s+(?:areas|neighbou?rhoods|communities|towns|cities|districts)\b", s, re.I):
        is_outage = False  # ("the Varreux Power Plant ... destroyed. This disruption has cut off electricity to numerous areas": not the plant's)
    temp = find_temperature(s)
    # ("... leaving 60,000 families in Pavlohrad without heating. Temperatures in the region dropped
    # to minus 18C.": of several places, the one outage takes it)
    warm = last["keys"] if len({k[0] for k in last["keys"]}) == 1 else [k for k in last["keys"] if k[1] == "outage"]
    if temp and len({k[0] for k in warm}) == 1:
        for k in warm:
            if drafts[k].temperature is None:
                drafts[k].temperature = temp
    if not is_outage and killed is None and injured is None:
        if _IT_OCCURRED.match(s) and not _NEGATION.search(s) and (when := find_date(s, base_date)) and when[1] == 1 \
                and not (base_date and _earlier_than(when[0], base_date) and _days_apart(when[0], base_date) > 31):
            # "... after boilers went out of service at the plant. The accident occurred on the night
            # of November 27": the day the sentence before's outage began
            for k in keys:
                d = drafts[k]
                if d.date is None or d.date[1] > 1 or when[0] < d.date[0]:
                    d.date = when
        return
    if temp and is_outage and len({k[0] for k in keys}) == 1:
        # ("leaving 23 buildings without heating as temperatures fell to minus 7": the place's outage
        # told in the headline takes it too)
        d_out = drafts.get((keys[0][0], "outage"))
        if d_out is not None and d_out.temperature is None:
            d_out.temperature = temp
    single = len({k[0] for k in keys}) == 1
    if not single and keys and (re.search(r"\bthere\b", s) or (affected and _ITS_PEOPLE.search(s))) and last.get("pos"):
        # "... in the town of Beryslav. Two people were injured there.": the place named last
        # ("struck Japan and paralyzed its northern island of Hokkaido. It ... knocked out power to its
        # 5.3 million residents": its people are those of the place named last)
        near = max(last["pos"], key=last["pos"].get)
        keys = [k for k in keys if k[0] == near] or keys
        single = len({k[0] for k in keys}) == 1
    ev = Evidence(s, sent.start, sent.end)
    if (killed is not None or injured is not None) and not is_outage and keys and not any(k[1] == "strike" for k in keys) \
            and _toll_of_the_one_strike(sent, drafts):
        # "Shelling hit the CHP in Belgorod. There are outages in Stary Oskol and Shebekino. Two people
        # were wounded.": the wounds are the one attack's, not the outages'
        return
    if is_outage and not keys and last.get("named"):
        last["struck"] = [last["named"]]
        named = last["named"][0]
        if gz is not None and named.granularity in ("city", "region") and (
                (affected and named.granularity == "city" and (affected.min or 0) > 2 * max(1, gz.population(named.name, named.gazetteer_id)))
                # ("... the affected districts including Blantyre. The cyclone has also destroyed power generation
                # infrastructure, leaving almost the entire country in blackout": the country's)
                or _WHOLE_COUNTRY.search(s)) \
                and (country := _country_place(gz, named.country_code)) is not None:
            # ("In addition, in Chittagong, another person died. The cyclone caused major power outages, affecting over
            # 12.5 million people": more people than the city has, so the city's country)
            last["struck"] = [(country, country.name, last["named"][2])]
    if is_outage and not keys and gz is not None and last.get("struck") and len({p.country_code for p, _, _ in last["struck"]}) == 1 \
            and all(p.granularity != "country" for p, _, _ in last["struck"]) and _WHOLE_COUNTRY.search(s) \
            and (country := _country_place(gz, last["struck"][0][0].country_code)) is not None:
        # ("... in the affected districts including Blantyre, where a mountain broke loose. The cyclone has also destroyed
        # power generation infrastructure, leaving almost the entire country in blackout": the country's, not the town's)
        last["struck"] = [(country, country.name, last["struck"][0][2])]
    if is_outage and not keys and last.get("struck") and re.search(r"\b(?:state|nation|country)-?wide\b", s) \
            and all(p.granularity in ("city", "facility") for p, _, _ in last["struck"]):
        return  # ("Surges inundated A, B and C. 30,000 properties remained without power after the statewide blackout": the state's)
    if is_outage and not keys and last.get("struck"):
        # "An ice storm struck A, B and C. ... leading to widespread power outages."
        for p, mention, date in last["struck"]:
            k = (p.gazetteer_id or p.name, "outage")
            if k not in drafts:
                drafts[k] = _Draft(p, mention, "outage", date=date or ((base_date, 2) if base_date else None))
            elif date and date[1] == 1 and (drafts[k].date is None or drafts[k].date[1] > 1):
                drafts[k].date = date  # (the headline's outage, dated by the sentence that named its place)
            keys.append(k)
        last["keys"] = keys
        if affected and len(keys) > 1 and _ITS_PEOPLE.search(s):
            keys = keys[-1:]  # ("struck Japan and paralyzed its northern island of Hokkaido": the one named last)
        single = len({k[0] for k in keys}) == 1
        if temp and single:
            # ("A heating pipe in the city of X burst. Heating failed in 100 homes, at minus 15 degrees Celsius.")
            for k in keys:
                drafts[k].temperature = drafts[k].temperature if drafts[k].temperature is not None else temp
    both = {k[0]: drafts[k] for k in keys}
    if is_outage and len(both) == 2 and re.search(r"\b(?:both|the two)\s+(?:cities|towns|regions|villages|provinces|oblasts)\b", s):
        # "Missiles hit Dnipro and Pavlohrad. Power was cut in parts of both cities.": each of them
        for k0, src in both.items():
            nk = (k0, "outage")
            if nk not in drafts:
                drafts[nk] = _Draft(src.place, src.mention, "outage", date=src.date)
        keys = list(dict.fromkeys(keys + [(k0, "outage") for k0 in both]))
        last["keys"] = keys
    if is_outage and not any(k[1] == "outage" for k in keys) and _GENERIC_SUBJECT.match(s) and gz is not None:
        # "The attacks left over a million people without electricity": all of them, i.e. the country
        ccs = {drafts[k].place.country_code for k in keys if drafts[k].place.country_code}
        if len(ccs) == 1:
            place = _country_place(gz, next(iter(ccs)))
            if place is not None:
                nk = (place.gazetteer_id, "outage")
                src = drafts[keys[0]]
                if nk not in drafts:
                    drafts[nk] = _Draft(place, place.name, "outage", date=src.date)
                keys = [nk]
                last["keys"] = keys
                single = True
    elif is_outage and single and not any(k[1] == "outage" for k in keys):
        for k in [k for k in keys if k[1] == "strike"]:
            src = drafts[k]
            nk = (k[0], "outage")
            if nk not in drafts:
                # (the sentence's temperature is the outage's: "left without heating as temperatures dropped to -7 C")
                drafts[nk] = _Draft(src.place, src.mention, "outage", date=src.date, temperature=temp)
        keys = keys + [(k[0], "outage") for k in keys if k[1] == "strike" and (k[0], "outage") not in keys]
        last["keys"] = keys
    is_strike = not _WEATHER.search(s) and bool(_strike_cues(s, False)) and not _NEGATION.search(s)
    if is_strike and single and keys and not any(k[1] == "strike" for k in keys) and (killed is not None or injured is not None):
        # "Power returned to Kherson. Russian shelling of the city killed 15 people.": a strike there
        src = drafts[keys[0]]
        nk = (keys[0][0], "strike")
        if nk not in drafts:
            drafts[nk] = _Draft(src.place, src.mention, "strike", date=find_date(s, base_date) or src.date)
        keys = keys + [nk]
        last["keys"] = keys
    # ("The last outage ... happened on Dec. 9, 2023": an earlier one's day)
    when = find_date(s, base_date) if is_outage and not _FUTURE.search(s) and not _PRECEDENT.search(s) else None
    if is_outage and when is None and not _PRECEDENT.search(s) and (since := _WITHOUT_SINCE.search(s)):
        # ("Engineers will continue to knock on the remaining doors so people who have been without gas since Monday can have
        # supplies": the state's start, whatever else is to come)
        when = find_date(s[since.start() :], base_date)
    if when and base_date and _earlier_than(when[0], base_date) and _days_apart(when[0], base_date) > 14:
        # (but "people who have been without gas since Monday", days before the report: this outage's start)
        when = None  # ("November 2019: A week-long national blackout" in a 2025 report: an earlier one's)
    if when and all(_RESTORED.search(x.group(0)) for x in _live(_OUTAGE, s)):
        when = None  # "Service was restored between 31 July and 1 August": the end, not the start
    for k in keys:
        d = drafts[k]
        if when and when[1] == 1 and (d.date is None or d.date[1] > 1 or when[0] < d.date[0]):
            d.date = when  # "The first blackout began on 7 March": the start, told a sentence later
        if k[1] == "outage" and is_outage:
            d.services |= _services_in(s) or (set() if d.services else {"power"})
            if ev not in d.evidence:
                d.evidence.append(ev)
            if affected and single and (d.open_to("affected", services=_services_in(s)) or (
                    _vague(d.affected) and not _VAGUE_WORDS.search(affected.text))) and not last.get("also"):
                # ("leaving millions without service. ... left more than 24 million subscribers without service": the count)
                d.set_figure("affected", (affected.min, affected.max, affected.text))
            elif affected and single and d.affected and _AT_PEAK.search(s) and (d.affected[0] or d.affected[1] or 0) < (affected.min or affected.max or 0):
                # "400,000 were still without power on Monday. At the peak on Sunday, more than 1 million
                # had lost power.": the outage's extent is the peak, the later count only a snapshot
                d.affected = (affected.min, affected.max, affected.text)
        if single and (killed is not None or injured is not None) and (k[1] == "strike" or not any(x[1] == "strike" for x in keys)):
            _take_toll(d, killed, injured, ev, update=bool(TOLL_UPDATE.search(s)))
    if not single and (killed is not None or injured is not None):
        # "It hit A and B. At least 43 deaths resulted.": the figure is joint for A and B
        etype = "strike" if any(k[1] == "strike" for k in keys) else "outage"
        group = [k for k in keys if k[1] == etype]
        names = tuple(dict.fromkeys(drafts[k].place.name for k in group))
        if len(names) == 1 and etype == "strike":
            # "A strike hit the plant in X, cutting water to 100,000 in Y. Five people were killed.": the strike's
            for k in group:
                _take_toll(drafts[k], killed, injured, ev)
        holders = [k for k in drafts if k[1] == etype and drafts[k].place.granularity == "region"
                   and all(_holds(drafts[k].place, drafts[g].place) for g in group)] if len(names) > 1 else []
        if len(holders) == 1 and drafts[holders[0]].killed is None and drafts[holders[0]].injured is None \
                and re.search(r"\b(?:calamity|cyclone|storm|hurricane|typhoon|earthquake|quake|disaster|floods?|tornado(?:es)?)\b", s, re.I):
            # ("... in Cuttack ... in Puri town. At least 41 people were killed in the calamity": the toll of the
            # disaster, told of the state that holds both towns)
            _take_toll(drafts[holders[0]], killed, injured, ev)
            names = ()
        if len(names) > 1 and all(drafts[k].killed is None and drafts[k].injured is None for k in group):
            for k in group:
                d = drafts[k]
                d.killed, d.injured, d.scope = killed, injured, names
                if ev not in d.evidence:
                    d.evidence.append(ev)
    rank = _GRAN_RANK
    out_keys = [k for k in keys if k[1] == "outage"]
    outer = [k for k in out_keys if all(
        j == k or (drafts[j].place.country_code == drafts[k].place.country_code
                   and rank.get(drafts[j].place.granularity, 1) < rank.get(drafts[k].place.granularity, 1)) for j in out_keys)]
    if affected and not single and is_outage and len(outer) == 1 and drafts[outer[0]].affected is None:
        # "... 14 of Chile's regions, including Santiago. About 8 million households were left
        # without electricity.": the total is the country's, which holds the others
        d = drafts[outer[0]]
        d.affected = (affected.min, affected.max, affected.text)
        if ev not in d.evidence:
            d.evidence.append(ev)
    elif affected and not single and is_outage:
        # "The outage hit Flatbush, Canarsie and Bushwick. The outages affected 50,000 residents.":
        # the places lie in one that is itself reported out (Brooklyn), which takes the total
        parts = [drafts[k].place for k in keys if k[1] == "outage"]
        bigger = _AT_PEAK.search(s) is not None  # ("..., compared with 1.2 million on Thursday": the extent of the outage)
        host = [d for k, d in drafts.items() if k[1] == "outage" and k not in keys and (d.affected is None or (
                bigger and not _vague(d.affected) and _size(d.affected) < _size(affected)))
                and d.place.lat is not None and d.place.granularity in ("city", "region", "country")
                and parts and all(q.lat is not None and distance_km(q.lat, q.lon, d.place.lat, d.place.lon) < _HOST_KM[d.place.granularity]
                                  and q.country_code == d.place.country_code for q in parts)]
        if host:
            d = host[0]  # several hosts (the borough, the city): the one reported first, the article's subject
            d.affected = (affected.min, affected.max, affected.text)
            if ev not in d.evidence:
                d.evidence.append(ev)


# ("the Sumy, Kharkiv, Poltava, Dnipropetrovsk, and partially in the Kirovohrad, Kyiv, and Cherkasy regions": one list)
_LIST_TAIL = re.compile(r"^(?:(?:,\s*(?:and\s+)?(?:(?:partially|partly|also)\s+in\s+(?:the\s+)?)?|\s+and\s+|\s+or\s+)[A-ZА-Я][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*\s+(provinces|regions|oblasts|states|prefectures|governorates|counties|parishes)\b")


_FRONTED_YEAR = re.compile(r"^\W*(?:In|On|By|During|Since|Back in|Until)\b[^,]{0,40}?\b((?:19|20)\d{2})\b[^,]{0,20},")
_YEAR_TOKEN = re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?![\d,])")
# "A failure at the plant near Matanzas triggered the nationwide blackout": the place locates the cause
_ATTACK_SUBJECT = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|bombings?|sabotage|blasts?|explosions?|assaults?)\s+(?:carried\s+out\s+)?(?:on|against|in|at|near)\b"
    r"[^.;]{0,150}?\b(?P<verb>leaves|left|has\s+(?:\w+ly\s+)?left|have\s+(?:\w+ly\s+)?left|had\s+left|plunged|plunges|knocked\s+out|knocks\s+out)\b"
)
_CAUSE_SUBJECT = re.compile(
    r"^\W*(?:On [^,]{3,30},\s+)?(?:(?:The|A|An|an|a|the)\s+)?(?:\w+\s+){0,2}(?:failure|fault|breakdown|malfunction|fire|explosion|short circuit|trip|accident)\s+(?:at|in|on|near)\b"
    r"[^.;]{0,120}?\b(?P<verb>triggered|caused|led to|sparked|set off|resulted in|left)\b"
)
_CAUSE = re.compile(
    r"(?:blackout|outage|failure|blackouts|outages)[’']s\s+(?:\w+\s+)?(?:cause|origin|trigger|source)|"
    r"\bcaused\s+(?:a|the)\s+(?:trip|tripping|failure|fault|shutdown|disconnection|short circuit)\b[^.;]{0,100}?\b(?:in|at|near)\b|"
    r"\bcaused\s+(?:a|the)\s+(?:failure|collapse|shutdown|breakdown|flooding)\s+of\b|"

    r"\b(?:traced|attributed)\s+(?:back\s+)?to\b|\boriginated\s+(?:in|at)\b|\bcaused by\b(?:[^\w,;]+\w+){0,10}?[^\w,;]+(?:in|at|near)\b|"  # (not across a comma: "... caused by the Russian strike, power is being cut off in")
    # "collapsed after the X power plant in Matanzas went offline": where the cause was
    r"\bafter\s+(?:the|a|an|its)\s+(?:[\w–-]+\s+){0,6}?(?:plant|station|line|substation|unit|reactor|generator|transformer|interconnector|dam)\s+(?:in|at|near)\b"
    r"(?=[^.;]{0,60}?\b(?:went offline|went down|failed|tripped|broke down|shut down|collapsed|malfunctioned|was disconnected))",
    re.I,
)


def _bare_count(window: str, plain: bool = False):
    """ "Farther north, about 40,000 in Michigan ... were without power": a count of customers with
    no noun, right before "in X", in a sentence that tells an outage."""
    # ("about 200,000 in the western Khmelnytsky region", "nearly 260,000 in the southern region of Odesa")
    # (a plain "800 in Côtes d'Armor" too, in a sentence that is a breakdown by place)
    m = re.search(r"((?:about|around|some|roughly|nearly|almost|more than|over)\s+)?((?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|thousand)"
                  + (r"|\d{3,6}" if plain else "") + r"))\s+in\s+(?:the\s+)?"
                  r"(?:(?:north|south|east|west|central)\w*\s+)?(?:(?:region|province|oblast|state)\s+of\s+)?$", window, re.I)
    if m is None:
        return None
    count = m.group(0)[: m.end(2) - m.start()].strip()
    q = find_affected(count + " customers")
    if q is None or (q.min or q.max or 0) < 100:
        return None
    return Quantity(q.min, q.max, count, m.start(), m.start() + len(count))


_WHOSE_BETWEEN = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}")  # ("Yucatán’s capital city Mérida": the first names whose the second is)


# "in areas including A, B and C": examples of the areas a count covers together
_AREAS_INCLUDING = re.compile(r"\bin\s+(?:\w+\s+)?(?:areas|places|communities|neighbou?rhoods|parts)\s+(?:including|such\s+as|like)\s+$", re.I)


def _affected_before(text: str, sent: Span, mentions: list[Mention], i: int):
    """People affected stated just before this place ("N people in X"), not shared with others."""
    # ("including 700,000 residents of Yucatán’s capital city Mérida": the figure is the city's; the state only says whose)
    if i + 1 < len(mentions) and mentions[i + 1].start < sent.end and _WHOSE_BETWEEN.fullmatch(text, mentions[i].end, mentions[i + 1].start):
        return None
    if i >= 1 and mentions[i - 1].start >= sent.start and _WHOSE_BETWEEN.fullmatch(text, mentions[i - 1].end, mentions[i].start):
        return _affected_before(text, sent, [*mentions[: i - 1], replace(mentions[i], start=mentions[i - 1].start)], i - 1)
    prev_end = sent.start
    for j in range(i - 1, -1, -1):  # the nearest earlier mention in this sentence (not a scan of all)
        if mentions[j].end < sent.start:
            break
        if mentions[j].end <= mentions[i].start:
            prev_end = max(prev_end, mentions[j].end)
    window = text[prev_end : mentions[i].start]
    inner = re.search(rf"(?<!\bthe )(?<!\bits )(?:\b(?:about|around|some|nearly|almost|more than|over|at least|up to)\s+)?\b(?:{NUMBER})\s+$", window, re.I)
    unit = re.match(r"\s+((?:area\s+)?(?:customers|residents|households|homes|consumers|subscribers|people))\b", text[mentions[i].end : mentions[i].end + 30])
    if inner and unit and (q := find_affected(f"{inner.group(0)}{unit.group(1)}")) is not None:
        # "About 10,500 Plaquemines customers were without power": the place inside its figure (but not
        # "most of the 72,000 Humboldt County customers", all of its customers)
        return (q.min, q.max, f"{inner.group(0)}{mentions[i].text} {unit.group(1)}")
    part = re.search(rf"(?<!\d)[(,:;–—]\s*((?:(?:about|around|some|nearly|almost|over|more than)\s+)?(?:{NUMBER}))\s+in\s+(?:the\s+)?$", window, re.I)
    if part and prev_end == sent.start and find_affected(window[: part.start()]) is not None \
            and (q := find_affected(f"{part.group(1)} people")) is not None:
        # "about 1,000 households (700 in North Karelia and 300 in North Savo)": the first place's part of the total told
        return (q.min, q.max, f"{part.group(1)} in {mentions[i].text}")
    ellipsis = _ELLIPTIC_FIGURE.fullmatch(window)
    if ellipsis and prev_end > sent.start:
        # "30,000 consumers in Odesa region and 12,000 in Mykolaiv region": the unit of the first
        first = find_affected(text[sent.start : prev_end]) or (_bare_count(text[sent.start : prev_end]) if _live(_OUTAGE, sent.text) else None)
        n = parse_number(ellipsis.group(1))
        if first is not None and n:
            unit = first.text.split()[-1]
            return (n, n, f"{ellipsis.group(1)} {unit}")
    ell = _ELLIPTIC_LAST.search(window)
    if ell and (first := find_affected(window[: ell.start()])) is not None and (n := parse_number(ell.group(1))):
        # "with 725,000 customers affected in the Republic and 250,000 in Northern Ireland": the
        # figure right before this place, in the unit of the first (the first place the gazetteer lacks)
        return (n, n, f"{ell.group(1)} {first.text.split()[-1]}")
    tail = re.search(rf"\b(?:including|among them)\s+((?:more than|over|at least|about|around|nearly|almost|some|up to)?\s*(?:{NUMBER}))"
                     # ("including more than 3,100 on the island of Montreal")
                     r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:island|city|town|village|province|state|region|county|area)\s+of\s+(?:the\s+)?)?$", window, re.I)
    if tail and (q := find_affected(tail.group(1).strip() + " people")) is not None:
        # "about 2 million customers ..., including more than 800,000 in South Carolina": its part
        return (q.min, q.max, tail.group(1).strip())
    part = re.search(rf"({NUMBER})\s+of\s+them\b[^,;]*?\bin\s+(?:the\s+)?(?:\w+\s+){{0,2}}$", window, re.I)
    if part and parse_number(part.group(1)):
        # "2.7 million homes without power, 2.2 million of them CenterPoint Energy customers in the Houston area"
        n = parse_number(part.group(1))
        return (n, n, part.group(0).rsplit(" in ", 1)[0].strip())
    if normalize(mentions[i].text) != mentions[i].norm and re.search(r"\bof\s+$", window) and (
            q := find_affected(window.rstrip() + " people")) is not None and q.end >= len(window.rstrip()) - 2:
        return (q.min, q.max, f"{q.text.removesuffix(' people')} {mentions[i].text}")  # "hundreds of thousands of Montrealers"
    if _AREAS_INCLUDING.search(window):
        return None  # ("Nearly 7,900 customers are without power in areas including A, B and C": the areas' count together)
    if not re.search(r"\bin\s+(?:the\s+)?(?:\w+\s+){0,2}$|\b(?:people|residents|inhabitants|households|homes|customers|consumers|subscribers)\s+of\s+(?:the\s+)?$"
                     r"|\bin\s+(?:the\s+)?(?:\w+\s+)?(?:city|town|village|settlement|district)\s+of\s+$", window):
        return None  # "N people in X", "N residents of X"
    breakdown = bool(_BREAKDOWN_SENTENCE.match(sent.text))
    q = find_affected(window) or (_bare_count(window, plain=breakdown) if breakdown or _live(_OUTAGE, sent.text) else None)
    if q is not None and q.end < len(window.rstrip()) - 40:
        # "more than a million households experienced power outages, with 625,000 homes in the Republic
        # of Ireland": the figure of the last clause, right before the place
        cut = max((x.end() for x in re.finditer(r",\s+(?:with|while|including|and)\s+", window)), default=None)
        q = find_affected(window[cut:]) if cut is not None else None
        if q is not None:
            q = Quantity(q.min, q.max, q.text, q.start + cut, q.end + cut)
    if q is None or q.end < len(window.rstrip()) - 40:
        return None
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:neighbou?ring|nearby|adjacent|adjoining)\s+)?",
                                        text[mentions[i].end : nxt.start]):
        return None  # "N customers in Louisiana and Mississippi", "in Ishikawa and neighbouring Toyama": joint
    return (q.min, q.max, q.text)


# a count written with no noun before "in <place>": "12,000", "1.2 million", "30k"
_ELLIPTIC_COUNT = r"(?:about\s+|around\s+|some\s+|roughly\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand)|\s?(?:[kK]|mln|m)\b)?)\s+(?:more\s+)?in\s+(?:the\s+)?"
_ELLIPTIC_FIGURE = re.compile(r"\s*(?:region|oblast|province|state|county)?\s*,?\s*(?:and|while|with|followed by)?\s*" + _ELLIPTIC_COUNT, re.I)
_ELLIPTIC_LAST = re.compile(r"(?:,\s*|\s)(?:and|while|with|followed by)\s+" + _ELLIPTIC_COUNT + "$", re.I)


def _temperature_before(text: str, sent: Span, mentions: list[Mention], i: int):
    """ "around 4 degrees Celsius in Islamabad and 8 degrees Celsius in Karachi": the temperature
    right before "in <this place>", after the place before it."""
    lo = max([sent.start] + [mentions[j].end for j in range(i) if sent.start <= mentions[j].end <= mentions[i].start])
    window = text[lo : mentions[i].start]
    if not re.search(r"\bin\s+(?:the\s+)?$", window):
        return None
    found = [m for m in re.finditer(r"(?:minus\s+|-|−)?\d+(?:\.\d+)?\s*(?:°|º|degrees?)\s*(?:celsius|fahrenheit|[CF]\b)?(?:\s*\([^)]{1,15}\))?", window, re.I)]
    if not found or len(window) - found[-1].end() > 12:
        return None
    return find_temperature(found[-1].group(0) + " temperature")


_LIST_HEAD = re.compile(r"\b(provinces|regions|oblasts|states|prefectures|governorates|counties|parishes)\s*,?\s+(?:including|among them|namely)\s+(?:the\s+)?$|\b(?:provinces|regions|oblasts|states|prefectures|governorates|counties|parishes)\s+of\s+$|"
                        # ("portions of 22 counties and 7 tribal communities, including: Alpine, Amador", "in seven counties in the
                        # Sierra foothills and the North Bay. These included Butte, Napa")
                        r"\b(provinces|regions|oblasts|states|prefectures|governorates|counties|parishes)\b[^.;:]{0,60}?,?\s+(?:including|among them|namely)\s*:\s*$|"
                        r"\b(provinces|regions|oblasts|states|prefectures|governorates|counties|parishes)\b[^.;:]{0,60}\.\s+(?:These|They)\s+(?:included|include|are|were)\s*:?\s*$", re.I)
_UNIT_OF = re.compile(r"\b(?:province|state|region|oblast|prefecture|governorate|territory)\s+of\s+(?:the\s+)?$", re.I)


def _list_region_hints(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Tver, Oryol and Lipetsk provinces": every name of the list is a region."""
    out = []
    listed = False  # inside a list headed "15 of the country's oblasts, including ..."
    for m in mentions:
        tail = _LIST_TAIL.match(text[m.end : m.end + 160])
        head = _LIST_HEAD.search(text[max(0, m.start - 80) : m.start]) or (
            out and out[-1].region_hint and listed and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[out[-1].end : m.start]))
        listed = bool(head) and not tail
        if not m.region_hint and m.gid is None and (tail or head or _UNIT_OF.search(text[max(0, m.start - 40) : m.start])):  # "the province of Ontario"
            if tail:
                unit = tail.group(1)
            elif isinstance(head, re.Match) and head.re is _LIST_HEAD:
                unit = next((g for g in head.groups() if g), "")
            else:  # (a list that goes on: its first member's unit)
                unit = "counties" if out and out[-1].county_hint else ""
            m = replace(m, region_hint=True, county_hint=unit.lower() in ("counties", "parishes"))
        out.append(m)
    return out


# (and "hitting an energy facility in the Sumy region and killing one woman in the Odesa region": a toll's own clause)
_CLAUSE = re.compile(r"[,;]\s*(?:and\s+|while\s+|but\s+)?|\s+while\s+|"
                     r"(?:(?<=region)|(?<=oblast)|(?<=province)|(?<=district)|(?<=city))\s+and\s+(?=(?:killing|wounding|injuring)\s+(?:\w+\s+){0,3}?in\b)")


_COUNTRYWIDE_ATTACK = re.compile(r"\b(?:massive|large-scale|combined|nationwide|mass|all-out)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|barrage)\s+on\s+"
                                 r"(?:the\s+|its\s+|Ukraine[’']s\s+|the\s+country[’']s\s+)?(?:energy|power)\s+(?:infrastructure|system|grid|facilities|sector)\b", re.I)
_PEOPLE_IN = re.compile(r"\b(?:consumers|subscribers|customers|households|homes|residents|people|users)\s+in\s+(?:the\s+)?$", re.I)
# (not the last item of a list: "in the Hunters Creek Village, Cypress, and Waller areas.")
_HALF = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3}"
                   r"(?:\s+(?:areas?|regions?|counties|districts|neighbou?rhoods|suburbs|provinces|states))?\s*[.!?]?\s*$)|;\s+")


def _part_of(sent: Span, pos: int, sep: re.Pattern = None) -> tuple[int, int]:
    """Character range (absolute) of the part of a sentence holding ``pos``, parts split by ``sep``."""
    a = sent.start
    for m in sep.finditer(sent.text):
        if sent.start + m.start() > pos:
            return a, sent.start + m.start()
        a = sent.start + m.end()
    return a, sent.end


def _split_at_when(text, sent, sm, mentions, places, i, typed_here):
    """ "Nearly one million people in Hasakah have been without water since Feb. 2, when shelling
    damaged the power line feeding the Alouk water station": a ", when" clause that names a place of
    its own tells that place's event (the strike), the main clause the first place's (the outage).
    ("In Mykolaiv, two people were killed when a drone hit a building" names none: one event.)"""
    w = re.search(r",\s+when\b", sent.text)
    if w is None or not typed_here:
        return typed_here
    w0 = sent.start + w.start()
    m = mentions[i]
    before = [j for j in sm if places[j] is not None and mentions[j].start < w0]
    after = [j for j in sm if places[j] is not None and mentions[j].start > w0]
    if not before or not after:
        return typed_here
    main, sub = text[sent.start : w0], text[w0 : sent.end]
    if m.start < w0:
        keep = {"outage": bool(_live(_OUTAGE, main)), "strike": bool(_strike_cues(main, bool(_WEATHER.search(main))))}
    else:
        keep = {"outage": bool(_live(_OUTAGE, sub)), "strike": bool(_strike_cues(sub, bool(_WEATHER.search(sub))))}
    return [(t, sv) for t, sv in typed_here if keep.get(t, True)]


_MOST_OF_THEM = re.compile(r"\b(?:most|many|much|the\s+(?:majority|bulk))\s+of\s+(?:which|whom|them|(?:those|these)(?:\s+(?:customers|outages|homes|households|people))?)"
                           r"(?:\s*[—–]\s*([^—–;]{1,50}?)\s*[—–]|\s+-\s+([^;]{1,50}?)\s+-)?\s+(?:(?:are|were|is|was)\s+)?(?:\w+\s+)?(?:in|within)\s+(?:the\s+)?$", re.I)
_COUNT_EACH = re.compile(r"(?<![\w,.])(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+)?"
                         r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?each\b", re.I)
_RESPECTIVE = re.compile(r"(?<![\w,.])(\d[\d,]*(?:(?:,\s+|,?\s+and\s+)\d[\d,]*)+)(?:\s+[\w-]+){0,4}?\s*,?\s*respectively\b", re.I)


def _respective_counts(text: str, sent: Span, after: int) -> list | None:
    """The counts of "48 and 5 outages, respectively" told after the sentence's last place, one per place in order."""
    m = _RESPECTIVE.search(text, after, sent.end)
    if m is None:
        return None
    nums = [parse_number(x) for x in re.split(r",\s+|,?\s+and\s+", m.group(1))]
    return None if None in nums else [(n, n, str(n)) for n in nums]


def _half_of(sent: Span, pos: int) -> tuple[int, int]:
    """The coordinated clause holding ``pos`` ("In Wales, 90,000 properties were still without
    power, and water was cut in Pembrokeshire": two halves)."""
    return _part_of(sent, pos, _HALF)


def _clause_of(sent: Span, pos: int) -> tuple[int, int]:
    """The comma clause holding ``pos``."""
    return _part_of(sent, pos, _CLAUSE)


# "particularly in Brittany (200,000) and Normandy (51,000)", "the Montérégie, with 5,580; and Laval,
# with 3,138": a count written right after the place, in brackets or after "with"
_FIGURE_AFTER = re.compile(r"\s*(?:\(\s*(?P<a>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+)?"
                           r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|thousand))(?:\s+(?P<unit>[a-z]+))?\s*\)|"
                           r",\s+with\s+(?P<b>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+)?"
                           r"\d{1,3}(?:,\d{3})+)(?=\s*(?:[;.]|,?\s+and\b))|"
                           # "while Fort Myers has almost 200,000 without electricity"
                           r"\s+(?:has|had|have|still has|saw|sees|counted|reported)\s+(?P<c>(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+|close to\s+)?"
                           r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|thousand))(?:\s+(?P<unit2>customers|homes|households|people|residents))?"
                           r"(?=\s+(?:without|in the dark|lost|still without)\b)|"
                           # ("Ninh Binh has 2,138 customers without power, Phu Tho 2,607, Quang Ninh 5,110, and Quang Tri 562": the
                           # count right after each place of a gapped list)
                           r"\s+(?P<d>\d{1,3}(?:,\d{3})+|\d{1,3})(?=\s*(?:[,;.]|$)|,?\s+and\b))")
_GAPPED_PAIR = re.compile(r"[A-Z][\w’'-]*\s+(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?=\s*(?:[,;.]|$)|,?\s+and\b)")


def _figure_after(text: str, sent: Span, m: Mention):
    """The count in brackets or after ", with" right after the place, in a sentence that tells an outage."""
    f = _FIGURE_AFTER.match(text, m.end, sent.end)
    if f is None or not _live(_OUTAGE, sent.text):
        return None
    if f.group("d") and (len(_GAPPED_PAIR.findall(sent.text)) < 2 or find_affected(sent.text) is None):
        return None  # (a number after a place is a count only in a gapped list of counts)
    written = f.group("a") or f.group("b") or f.group("c") or f.group("d")
    q = find_affected(f"{written} {f.group('unit') or f.group('unit2') or 'customers'}")
    return None if q is None else (q.min, q.max, written)


def _where_figure(text, sent, mentions, i, affected):
    """ "the Bicol region, where floods cut power to about 1.9 million people": the figure of a
    "where" clause right after the place, before any other place, is the place's."""
    w = re.match(r"\s*,\s+where\b", text[mentions[i].end : mentions[i].end + 12])
    if affected is None or w is None:
        return None
    at = sent.start + affected.start
    if at < mentions[i].end or any(mentions[i].end < m.start < at for m in mentions):
        return None
    if re.search(r"[;.]", text[mentions[i].end : at]):
        return None
    return (affected.min, affected.max, affected.text)


_NATIONAL_TOLL = re.compile(r"\b(?:nationwide|countrywide)\s+[a-z]+\s+(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?(?:killed|claimed)\b|"
                            r"\b(?:killed|dead|died|deaths?)\b[^.;]{0,40}?\b(?:nationwide|countrywide|across\s+the\s+country|throughout\s+the\s+country)\b")


def _casualties_for(text, sent, mention, typed_mentions, places, mentions, sentence_figures, places_here, sm):
    """(killed, injured) and scope for one place: figures in its own comma clause belong to
    it (shared with the places of that clause); with no clause figures anywhere in the
    sentence, the sentence's figures are joint for all its places."""
    own = _elliptic_casualty(text, sent, mention, typed_mentions, sentence_figures)
    if own is not None:
        return own, None  # "Eight deaths in Spain and one in Portugal"
    if sentence_figures != (None, None) and _NATIONAL_TOLL.search(sent.text) and any(
            mentions[j] is mention and places[j] is not None and places[j].granularity != "country" for j in sm):
        return (None, None), None  # "Beira ... cut off following nationwide flooding that killed 66 people": the country's toll
    if sentence_figures != (None, None) and _VAGUE_PART.search(text[max(sent.start, mention.start - 60) : mention.start]):
        return (None, None), None  # "85 dead across the Philippines, most of them in Bicol": no count for Bicol
    part = _toll_part(text, sent, mention)
    if part and sentence_figures != (None, None):
        # "At least ten people were killed, six of them in Vyshhorod"; "..., including six people in Naga City"
        n = _part_count(part)
        return ((n, None) if sentence_figures[0] is not None else (None, n)), None
    clause_figs = {}
    for m in typed_mentions:
        a, b = _clause_of(sent, m.start)
        clause_figs[m.start] = ((a, b), find_casualties(text[a:b]))
    if not any(f != (None, None) for _, f in clause_figs.values()):
        if sentence_figures == (None, None):
            return (None, None), None
        fig_clauses = [c for c in {_clause_of(sent, sent.start + x.start()) for x in _TOLL_WORD.finditer(sent.text)}
                       if find_casualties(text[c[0] : c[1]]) != (None, None)]
        if fig_clauses and all(any(c[0] <= mentions[j].start < c[1] and mentions[j] not in typed_mentions and places[j] is not None
                                   and places[j].granularity in ("country", "region")
                                   and not _ON_ALERT_AFTER.match(text, mentions[j].end, sent.end) for j in sm) for c in fig_clauses):
            return (None, None), None  # "left 85 people dead across the Philippines, ...": the toll of a place without this event
        # "Myanmar quake kills over 1,600; power and phone lines down in Mandalay": a toll told
        # in another half of the sentence is not the place's
        halves = [(sent.start + x.start(), sent.start + x.end()) for x in re.finditer(r"[^;]+", sent.text)]
        if len(halves) > 1:
            mine = next((h for h in halves if h[0] <= mention.start < h[1]), None)
            told = [h for h in halves if h != mine and find_casualties(text[h[0] : h[1]]) != (None, None)]
            if mine is not None and find_casualties(text[mine[0] : mine[1]]) == (None, None) and told and all(
                    any(h[0] <= mentions[j].start < h[1] for j in sm if mentions[j].norm != mention.norm) for h in told):
                return (None, None), None
        return sentence_figures, (tuple(places_here) if len(places_here) > 1 else None)
    (a, b), figs = clause_figs[mention.start]
    if figs == (None, None):
        return (None, None), None
    nxt = b
    while None in figs and nxt < sent.end:
        # "... in Nabatieh killed five people, among them the town's mayor, and wounded more than 40":
        # the clauses after it that name no place go on telling its toll
        c, nxt = _clause_of(sent, nxt + 1)
        if any(c <= mentions[j].start < nxt for j in sm):
            break
        more = find_casualties(text[c:nxt])
        figs = (figs[0] if figs[0] is not None else more[0], figs[1] if figs[1] is not None else more[1])
    if None in figs and a > sent.start and not any(sent.start <= mentions[j].start < a for j in sm):
        # ("Five people died, at least 153 were injured and two were still missing in Macau": the clauses that open
        # the sentence and name no place tell the toll of the place named next)
        more = find_casualties(text[sent.start : a])
        figs = (figs[0] if figs[0] is not None else more[0], figs[1] if figs[1] is not None else more[1])
    if figs[0] is not None and (sentence_figures[0] or 0) > figs[0] and NTH_DEATH.search(text[a : sent.end]):
        figs = (sentence_figures[0], figs[1])  # "Two were killed in Sumy, and a third victim, a woman, succumbed"
    idx = {id(mentions[j]): j for j in sm}  # the sentence's mentions (linear in a long text)
    same = [places[idx[id(m)]].name for m in typed_mentions if clause_figs[m.start][0] == (a, b)]
    same = list(dict.fromkeys(same))
    return figs, (tuple(same) if len(same) > 1 else None)


def _toll_part(text: str, sent: Span, m: Mention) -> re.Match | None:
    """ "six of them in X", "including six people in X": a toll's part told just before the place."""
    return _OF_THEM.search(text[max(sent.start, m.start - 110) : m.start])


def _part_count(part: re.Match) -> int | None:
    return parse_number(part.group(1) or part.group(2))


_VAGUE_PART = re.compile(r"\b(?:most|many|some|several|the majority|half|the rest)\s+of\s+(?:them|the dead|the victims)\s+(?:were\s+|was\s+)?(?:[a-z]+\s+)?in\s+(?:the\s+)?$", re.I)
_TOLL_WORD = re.compile(r"\b(?:killed|killing|kills|dead|died|deaths|death toll|fatalities|drowned|perished|lives|injured|injuring|wounded|wounding|hurt)\b", re.I)
_OF_THEM = re.compile(rf"(?:\b({NUMBER})\s+of\s+them\s+(?:were\s+|was\s+)?(?:\w+\s+)?|\bincluding\s+({NUMBER})\s+(?:{WHO}\s+)?"
                      # ("including 12 in a strike on a school sheltering displaced families in Gaza City")
                      r"(?:(?:in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,8}?)?)"
                      r"in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
# ("three people were killed in Kyiv and another two died in Dnipro")
_FIGURE_BEFORE = re.compile(rf"(?:^|[\s,(:;])({NUMBER})\s+(?:(?:more|other|others|people|persons|civilians|residents|were|was|have|had|been|deaths?|dead|"
                            r"died|fatalities|killed|injured|injuries|wounded|hurt|also|reported|confirmed|[\w]+-related)\s+){0,5}in\s+(?:the\s+)?"
                            # ("and one in its neighbor port city Hai Phong")
                            r"(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|province|region|capital)\s+(?:of\s+)?)?"
                            # ("two in the Kharkiv region's Balakliia")
                            r"(?:(?:[A-Z][\w’'-]*\s+){1,3}(?:(?:region|oblast|province|district)\s*)?[’']s\s+)?$", re.I)


def _is_label(text: str, m: Mention, sent: Span) -> bool:
    """ "- Kherson region: shelling killed two people in Bilozerka": a place that heads a list
    item names the area of the item's places, not a place of its own figures."""
    return bool(re.fullmatch(r"[\W\d]*", text[sent.start : m.start])) and bool(
        re.match(r"(?:\s+(?:region|oblast|province|state|district|county))?\s*:", text[m.end : m.end + 20], re.I))


def _elliptic_casualty(text, sent, mention, typed_mentions, sentence_figures):
    """A figure of one kind (deaths or injuries) given place by place in one sentence: "Eight
    deaths in Spain and one in Portugal"; None unless every place has its own number."""
    typed_mentions = [m for m in typed_mentions if not _is_label(text, m, sent)]
    if (sentence_figures[0] is None) == (sentence_figures[1] is None) or len(typed_mentions) < 2:
        return None
    ordered = sorted(typed_mentions, key=lambda m: m.start)
    inc = _INCLUDING_ANY.search(text, ordered[0].end, sent.end)
    if inc is not None and mention.start < inc.start():
        # "Eight deaths in Spain and one in Portugal ..., including three in Taboadela": the
        # places after "including" are examples, not members of the series
        ordered = [m for m in ordered if m.start < inc.start()]
        if len(ordered) < 2:
            return None
    colon = text.find(": ", sent.start, sent.end)
    if 0 <= colon < mention.start:
        # "killed seven people across Ukraine: four in Zaporizhzhia, two in ...": the series after the colon
        ordered = [m for m in ordered if m.start > colon]
    own = None
    prev = max(sent.start, colon) if 0 <= colon < mention.start else sent.start
    for m in ordered:
        f = _FIGURE_BEFORE.search(text[prev : m.start])
        if f is None:
            return None
        if m is mention:
            own = parse_number(f.group(1))
        prev = m.end
    if own is None:
        return None
    return (own, None) if sentence_figures[0] is not None else (None, own)


_ANAPHORIC = re.compile(
    # "the power outages" refers back; "The Northeast blackout of 2003" is a name
    r"\b(?:the|these|those|such)\s+(?:(?-i:[a-z])\w*\s+)?(?:outages?|blackouts?|power cuts|cuts|disruptions|strikes?|attacks?|shelling|bombardments?)\b(?!\s+of\s+\d{4})",
    re.I,
)


# Infobox lines that name causes and actors, not where things happened ("- Cause: failure of X")
# "But the 2021 freeze prompted a power shortage": an event named by its year
_YEAR_EVENT = re.compile(r"^\W*(?:(?:But|And|Yet|Still|However|Then),?\s+)?(?:[Tt]he|[Tt]hat)\s+((?:19|20)\d{2})\s+(?:[a-z]+\s+){0,2}?(?:freeze|storm|blackout|outage|attacks?|strikes?|earthquake|"
                         r"floods?|hurricane|crisis|invasion|collapse|disaster|heat\s?wave|cold snap|cyclone|typhoon)\b")
_THOSE_EVENTS = re.compile(r"\b(?:those|these|the same)\s+(?:[\w-]+\s+)?(?:outages|blackouts|power cuts|cuts|strikes|attacks|shutoffs)\b", re.I)
_BACK_REFERENCE = re.compile(r"^\W*(?:In (?:response|retaliation|reply)|After (?:that|this)|Afterwards|Following (?:this|that)|Then|Subsequently|The next day|That (?:day|night|attack|strike)|This (?:attack|strike)|"
                             # ("The previous ones took place on Oct. 10 and Nov. 15. They resulted in power outages across
                             # Ukraine, including in Kyiv": what the earlier events did)
                             r"(?:They|These|Those)\s+(?:also\s+)?(?:resulted\s+in|caused|led\s+to|left|knocked\s+out|cut|plunged|triggered))\b")
_INFOBOX_NOT_WHERE = re.compile(r"^\s*[-*]?\s*(?:Causes?|Perpetrators?|Motives?|Belligerents?|Weapons?|Attackers?|Commanders?|Operators?|Owners?)\s*:", re.I)
# ("Deaths: 4", or run together as copied from a page: "Deaths4")
_INFOBOX_KILLED = re.compile(r"^\s*[-*]?\s*(?:Reported\s+)?(?:Fatalities|Deaths|Killed|Dead)(?:\s*:\s*(?:at least\s+)?(\d[\d,]*)|\s?(\d[\d,]*)\s*$)", re.I | re.M)
_INFOBOX_AFFECTED = re.compile(r"^\s*[-*]?\s*(?:(?:People|Customers|Households|Homes|Population)\s+)?affected\s*:\s*(.+?)\s*$", re.I | re.M)
_PEOPLE_WORD = re.compile(r"\b(?:people|persons|residents|customers|consumers|homes|households|subscribers)\b", re.I)
_INFOBOX_INJURED = re.compile(r"^\s*[-*]?\s*(?:Reported\s+)?(?:Injuries|Injured|Wounded|Non-fatal injuries)(?:\s*:\s*(?:at least\s+)?(\d[\d,]*)|\s?(\d[\d,]*)\s*$)", re.I | re.M)


def _title_end(text: str) -> int:
    """End of the headline: a short first line with no closing full stop, else 0."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if not first.strip() or len(first) > 200 or first.rstrip().endswith((".", "!", "?", ":")) or "\n" not in text:
        return 0
    return len(first)


def _fold_into(dst: _Draft, src: _Draft) -> None:
    dst.evidence = sorted(set(dst.evidence) | set(src.evidence), key=lambda e: e.start)
    dst.services |= src.services
    if dst.killed is None and dst.injured is None:
        dst.killed, dst.injured, dst.scope = src.killed, src.injured, src.scope
    elif src.scope == dst.scope:
        # ("One person is dead" in the headline, "One person is dead and two are wounded" in the text)
        dst.killed = dst.killed if dst.killed is not None else src.killed
        dst.injured = dst.injured if dst.injured is not None else src.injured
    dst.affected = dst.affected or src.affected
    dst.temperature = dst.temperature or src.temperature
    if src.date and _starts_before(src.date, dst.date):
        dst.date = src.date


# the heading of a section of other events told for background ("Blackouts in Europe", "Recall", "Previous attacks")
_BACKGROUND_HEAD = re.compile(r"(?:Background|Context|Reminder|Recall|For reference|Previously|History|"
                              r"(?:(?:Other|Previous|Earlier|Recent|Past|Similar|Major)\s+)?(?:blackouts|outages|power\s+cuts|incidents|attacks|strikes)"
                              r"(?:\s+(?:in|across|around)\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?"
                              # ("Attacks on Russian refineries")
                              r"|\s+(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:refineries|plants|facilities|infrastructure|grids?|depots|ports|substations|power\s+stations))?)\s*:?", re.I)


def _section_heads(text: str) -> list[tuple[int, str]]:
    """The lines that stand alone as headings (short, without a full stop, after a blank line), as (end offset,
    text), in order; computed once per text. The text's first line is its title, not a section's heading (a report
    headed "Strikes" is not a section of earlier strikes)."""
    out, start, blank_before = [], 0, True
    for line in text.split("\n"):
        t = line.strip()
        if t and blank_before and start > 0 and len(t) <= 60 and not re.search(r"[.!?:;,\"”]$", t):
            out.append((start + len(line), t))
        blank_before = not t
        start += len(line) + 1
    return out


def _section_head(heads: list[tuple[int, str]], head_ends: list[int], pos: int) -> str | None:
    """The nearest heading that ends before ``pos`` (``heads`` from `_section_heads`), or None."""
    k = bisect_left(head_ends, pos)
    return heads[k - 1][1] if k > 0 else None


# planned cuts ("power cuts scheduled in X February 10-16", "planned outages in X on Monday")
_SCHEDULED_CUTS = re.compile(r"\b(?:(?:power|electricity|water|gas)\s+)?(?:cuts|outages|shutoffs|shut-offs|interruptions|disconnections)\s+"
                             r"(?:are\s+|were\s+)?(?:scheduled|planned)\b|\b(?:scheduled|planned)\s+(?:power\s+|electricity\s+|water\s+)?"
                             r"(?:cuts|outages|shutoffs|shut-offs|interruptions|disconnections|maintenance)\b|\bthere\s+will\s+be\s+(?:power|electricity|water)\s+(?:cuts|outages)\b", re.I)
_AGAIN = re.compile(r"\b(?:again|once more|anew|another|a (?:new|fresh) (?:wave|round|barrage|attack|strike|series))\b", re.I)


def _starts_before(new: tuple[str, int], old: tuple[str, int] | None) -> bool:
    """Whether ``new`` is the better start of an event dated ``old``: a period wholly before the
    other is the start ("since March 2024" before "on 10 November 2024"); when the two overlap,
    the more precise, then the earlier."""
    if old is None:
        return True
    n = min(len(new[0]), len(old[0]))
    if new[0][:n] != old[0][:n]:
        return new[0][:n] < old[0][:n]
    return (new[1], new[0]) < (old[1], old[0])


_CONSUMER_FACILITY = re.compile(r"\b(?:airport|airbase|air\s+base|seaport|port|harbou?r|hospital|terminal|university|stadium)$", re.I)


def _merge_restatements(text: str, drafts: dict) -> None:
    """One event told twice at two units: a headline's "Odesa" over the body's "Odesa region"
    (the city lies in that region, and only the headline names it), and a town that only names
    a facility reported there ("Ryazan refinery" placed at Ryazan)."""
    title_end = _title_end(text)
    for k in list(drafts):
        d = drafts.get(k)
        if d is None or d.place.granularity not in ("city", "facility"):
            continue
        p = d.place
        host = None
        # (and a headline's "fire at Lipetsk substation" over the text's "a substation in the Lipetsk region";
        # a town's own event folds into the facility instead: "Saratov refinery" below)
        if title_end and all(ev.end <= title_end for ev in d.evidence):
            host = next((o for ok, o in drafts.items() if ok != k and ok[1] == k[1] and o.place.granularity == "region"
                         and o.place.country_code == p.country_code and any(ev.start > title_end for ev in o.evidence)
                         and ((p.admin1 and o.place.admin1 == p.admin1) or (
                             p.lat is not None and o.place.lat is not None
                             and distance_km(p.lat, p.lon, o.place.lat, o.place.lon) < 60))), None)
        if host is None and p.granularity == "facility" and title_end and all(ev.end <= title_end for ev in d.evidence):
            # "Kurdistan gas field" in the headline, "the Khor Mor gas field" in the text: one field
            kind = (p.gazetteer_id or "").rsplit(":", 1)[-1]
            same = [o for ok, o in drafts.items() if ok != k and ok[1] == k[1] and o.place.granularity == "facility"
                    and (o.place.gazetteer_id or "").rsplit(":", 1)[-1] == kind and any(ev.start > title_end for ev in o.evidence)]
            # "Strike on Gaza desalination plant" over the text's "a desalination plant in Deir al-Balah":
            # the one town near it where the text places an event of the same type
            towns = [o for ok, o in drafts.items() if ok != k and ok[1] == k[1] and o.place.granularity == "city"
                     and any(ev.start > title_end for ev in o.evidence) and p.lat is not None and o.place.lat is not None
                     and (o.place.lat, o.place.lon) != (p.lat, p.lon) and distance_km(p.lat, p.lon, o.place.lat, o.place.lon) < 60]
            host = same[0] if len(same) == 1 else towns[0] if len(towns) == 1 and not same else None
        if host is None and p.lat is not None and p.granularity == "city":
            host = next((o for ok, o in drafts.items() if ok[1] == k[1] and o.place.granularity == "facility"
                         and o.place.lat == p.lat and o.place.lon == p.lon and p.name
                         # ("Slovyansk" the town, "Sloviansk heating plant" the headline's facility)
                         and skeleton(normalize(p.name)) in skeleton(normalize(o.place.name or ""))
                         # (not a town whose own outage a sentence tells without the facility, when the facility only
                         # draws power: "Much of Bishkek is without power" beside "Bishkek airport has to rely on emergency
                         # facilities"; but "a strike hit a substation in the town of Rylsk, leaving the town without power"
                         # is the headline's "Rylsk substation")
                         and not (k[1] == "outage" and _CONSUMER_FACILITY.search(o.place.name or "")
                                  and any(skeleton(normalize(o.place.name or "")) not in skeleton(normalize(ev.text)) for ev in d.evidence))), None)
        if host is not None:
            _fold_into(host, d)
            del drafts[k]
    _one_name_one_place(drafts)


def _one_name_one_place(drafts: dict) -> None:
    """ "including Delhi, Uttar Pradesh and Punjab" (read as the region in a list of states) and
    "In Delhi, the Metro suspended services" (the city): one name written the same way is one
    place; the region folds into the city that lies in it. ("Kyiv region" and "Kyiv" are written
    differently and stay two.)"""
    for k in list(drafts):
        d = drafts.get(k)
        if d is None or d.place.granularity != "region" or d.place.lat is None:
            continue
        city = next((o for ok, o in drafts.items() if ok[1] == k[1] and o.place.granularity == "city"
                     and normalize(o.mention) == normalize(d.mention) and o.place.country_code == d.place.country_code
                     and o.place.lat is not None and distance_km(o.place.lat, o.place.lon, d.place.lat, d.place.lon) < 60), None)
        if city is not None and not any(_REGION_AFTER.match(ev.text, m.end())
                                        for ev in d.evidence for m in re.finditer(re.escape(d.mention), ev.text)):
            # (but "Moscow, Tula, Kaluga and Ryazan provinces", "Boulder and Jefferson counties": named
            # as regions, beside the city of the same name)
            _fold_into(city, d)
            del drafts[k]


# a region word after a place or after the list it begins: "Boulder, Jefferson and Larimer counties"
_REGION_AFTER = re.compile(r"(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*\s+"
                           r"(?:counties|county|provinces?|oblasts?|regions?|states?|districts?|governorates?|prefectures?)\b")


def _default_services(drafts: dict) -> None:
    """An outage whose sentences name no service ("crews restored service in X") lost what the
    article's other outages lost most often, else power."""
    counts = Counter(x for k, d in drafts.items() if k[1] == "outage" for x in d.services)
    fill = {counts.most_common(1)[0][0]} if counts else {"power"}
    for k, d in drafts.items():
        if k[1] == "outage" and not d.services:
            d.services = set(fill)


# a row of a table of outages: a place and its count on a line of its own ("Tennessee: 338,515", "- Mississippi 125,177"),
# the first row perhaps run into the table's column headings ("State Outages Tennessee 138,099")
_TALLY_ROW = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:(?:State|County|Parish|Province|Region|District|Area|Country)[ \t]+"
                        r"(?:Outages|Customers(?:[ \t]+Out)?|Without[ \t]+Power|Affected)[ \t]+)?"
                        r"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*:?[ \t]+(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})[ \t]*$")
# what heads such a table: outages, or the worst hit
_TALLY_HEAD = re.compile(r"\b(?:outages?|without\s+(?:power|electricity)|customers\s+out|in\s+the\s+dark|blackouts?|(?:worst|hardest)[- ]hit|most\s+affected)\b", re.I)
_NOT_TALLY_NAME = re.compile(r"\b(?:Total|Electric|Electricity|Power|Energy|EMC|EPA|Service|Services|Company|Co|Cooperative|Utility|Utilities|Authority)\b")


def _tally_rows(text: str, mentions: list, places: list, drafts: dict) -> None:
    """A table of outages by place, each row a place and its count under a heading that tells outages ("Worst-hit
    states" after the outages told; "Here are the major outages by state:"): each row's place has an outage of that
    count, when the text tells outages at all. The table's count is the place's, over one told in the prose ("about
    337,000 customers" in Tennessee by midday, a utility's "109,156 of 463,455 customers" there, a "Georgia Power: 62,310"
    line)."""
    if not any(etype == "outage" for _, etype in drafts):
        return
    rows = list(_TALLY_ROW.finditer(text))
    runs, cur = [], []
    for r in rows:
        if cur and text[cur[-1].end() : r.start()].strip():
            runs.append(cur)
            cur = []
        cur.append(r)
    if cur:
        runs.append(cur)
    at = {m.start: k for k, m in enumerate(mentions)}
    for run in runs:
        if len(run) < 3:
            continue
        first = run[0]
        head = (text[: first.start()].rstrip().rsplit("\n", 1)[-1] if text[: first.start()].strip() else "") + " " + text[first.start() : first.start("name")]
        if not _TALLY_HEAD.search(head) or len(head.split()) > 14:
            continue
        for r in run:
            name = r.group("name")
            k = at.get(r.start("name"))
            if _NOT_TALLY_NAME.search(name) or k is None or places[k] is None or mentions[k].end != r.end("name"):
                continue
            p = places[k]
            n = int(r.group("n").replace(",", ""))
            key = p.gazetteer_id or p.name
            d = drafts.get((key, "outage"))
            if d is None:
                d = drafts[(key, "outage")] = _Draft(p, mentions[k].text, "outage", services={"power"})
            d.affected = (n, n, r.group("n"))
            ev = Evidence(text[r.start("name") : r.end()], r.start("name"), r.end())
            if ev not in d.evidence:
                d.evidence.append(ev)


# a paragraph led by its place as a label: "Oʻahu: Nearly 7,900 customers are without power in areas including ..."
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?P<name>[A-Z][\w’'‘.-]*(?:[ \t]+[A-Z][\w’'‘.-]*){0,3}):[ \t]+(?P<rest>[^\n]+)$")


def _labelled_counts(text: str, mentions: list, places: list, drafts: dict) -> None:
    """A paragraph led by a place as its label, whose first sentence counts people without a service: the count is
    the labelled place's (its outage already told) when it has none yet ("Hawaiʻi Island: About 1,400 customers are without
    power in areas including Hilo")."""
    at = {m.start: k for k, m in enumerate(mentions)}
    for r in _LABEL_LINE.finditer(text):
        k = at.get(r.start("name"))
        if k is None or places[k] is None or mentions[k].end != r.end("name"):
            continue
        first = re.split(r"(?<=[.!?])\s+", r.group("rest"), maxsplit=1)[0]
        cues = _live(_OUTAGE, first)
        if not cues or _NEGATION.search(first) or any(_RESTORED.search(x.group(0)) for x in cues):
            continue
        q = find_affected(first)
        p = places[k]
        d = drafts.get((p.gazetteer_id or p.name, "outage"))
        if q is None or d is None or d.affected is not None:
            continue
        d.affected = (q.min, q.max, q.text)
        ev = Evidence(text[r.start("name") : r.start("rest") + len(first)], r.start("name"), r.start("rest") + len(first))
        if ev not in d.evidence:
            d.evidence.append(ev)


def _assign_infobox_totals(text: str, drafts: dict) -> None:
    """Infobox lines ("Fatalities: 5 civilians", "Injuries: 26") are the article's totals:
    they go to its country-level event (or its only place), strike first, when that event
    has no figures of its own; otherwise they stay unassigned."""
    a = _INFOBOX_AFFECTED.search(text)
    q = find_affected(a.group(1) if re.search(_PEOPLE_WORD, a.group(1)) else a.group(1) + " people") if a else None
    outages = [d for d in drafts.values() if d.place.granularity == "country" and d.event_type == "outage"]
    if q is not None and len(outages) == 1:
        # "People affected: over 620 million" over a text whose first figure is one day's 300
        # million: the article's total is the country's, when larger than what it has
        d = outages[0]
        if d.affected is None or (q.min or q.max or 0) > (d.affected[0] or d.affected[1] or 0):
            d.affected = (q.min, q.max, q.text)
    k = _INFOBOX_KILLED.search(text)
    i = _INFOBOX_INJURED.search(text)
    if not k and not i:
        return
    targets = [d for d in drafts.values() if d.place.granularity == "country"]
    if len({d.place.country_code for d in targets}) != 1:
        places = {d.place.gazetteer_id or d.place.name for d in drafts.values()}
        targets = list(drafts.values()) if len(places) == 1 else []
    targets.sort(key=lambda d: d.event_type != "strike")
    if targets and targets[0].killed is None and targets[0].injured is None:
        targets[0].killed = int((k.group(1) or k.group(2)).replace(",", "")) if k else None
        targets[0].injured = int((i.group(1) or i.group(2)).replace(",", "")) if i else None


def _refers_back(sentence: str, etype: str) -> bool:
    """ "the power outages" refers back to outages, "The strikes" to strikes; a sentence that
    also says something new about outages ("The blackouts also crippled Venezuela's water
    system") is not only a reference back."""
    refs = [m for m in _ANAPHORIC.finditer(sentence)
            if bool(re.search(r"strikes|attacks|shelling|bombardment", m.group(0), re.I)) == (etype == "strike")]
    if not refs:
        return False
    if etype == "outage":
        told = [x for x in _live(_OUTAGE, sentence) if not any(r.start() <= x.start() < r.end() for r in refs)]
        return not told
    return True


# what makes explosions an accident ("a natural gas leak caused fires and explosions", "a major
# issue with a gas line led to dozens of explosions") and what makes them an attack
_ACCIDENTAL_BLAST = re.compile(r"\b(?:accidental\s+(?:explosion|blast|detonation)|(?:explosion|blast)\s+was\s+an\s+accident|"
                               r"(?:bush|brush|grass|forest|wild)\s*fires?\b[^.;]{0,150}\b(?:spread|set\s+off|detonat\w*|ignit\w*|reach\w*)\b[^.;]{0,80}\b(?:explosives|munitions|ammunition)|"
                               # ("A store of munitions ... is the probable culprit of the explosion - after brush fires spread to the
                               # area in which they were stored")
                               r"(?:munitions|ammunition|explosives)\b[^.;]{0,200}\b(?:bush|brush|grass|forest|wild)\s*fires?\b[^.;]{0,100}\bspread\b[^.;]{0,80}\bstored\b|"
                               # ("An explosion of munitions stored at the Mari naval base ... The accident took out half the island's generating")
                               r"(?:explosion|blast)s?\s+of\s+(?:munitions|ammunition|explosives)\s+stored\b|"
                               r"(?:explosion|blast)[^.]{0,300}\.\s+The\s+accident\b|"
                               r"(?<!not )(?<!n't )rul(?:ing|ed|es)\s+out\s+sabotage|"
                               # ("an explosion at a power switch at the power station ... there is no indication of sabotage")
                               r"\bno\s+(?:indication|sign|signs|evidence|suggestion)\s+(?:of|that\s+it\s+was)\s+(?:sabotage|an?\s+attack|foul\s+play)|(?:munitions|ammunition|explosives)\s+(?:dump|depot|store)s?\b[^.;]{0,60}\b(?:caught\s+fire|fire|brush|bush)|"
                               r"(?:fire|brush\s+fire|bush\s+fire)[^.;]{0,80}\b(?:torched|set\s+off|reached|engulfed)\s+(?:\d+\s+)?(?:containers\s+of\s+)?(?:explosive|munitions|ammunition))", re.I)
_PLANT_BLAST = re.compile(r"\b(?:explosions?|blasts?|fires?)\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,4}?"
                          # ("the crisis was triggered by an explosion at a pump station", in a text that names no weapon)
                          r"(?:(?:hydro(?:electric)?|thermal|nuclear|coal|gas|power)[\s-]+(?:power\s+)?(?:plant|station)|HPP|TPP|sub-?station|transformer|"
                          r"pump(?:ing)?\s+station|(?:water\s+)?treatment\s+(?:plant|works))s?\b|"
                          r"\btransformer\s+(?:explosion|blast|fire)s?\b|"
                          # ("a transformer supplying power in the capital blew up, leaving large portions of the city without power")
                          r"\b(?:transformers?|generators?|generating\s+units?|boilers?|turbines?)\s+(?:[\w-]+\s+){0,6}?(?:blew\s+up|exploded|caught\s+fire)\b", re.I)
# weapons that make a blast an attack ("a drone", "shelling"), not an accident's
_WEAPON_NAMED = re.compile(r"\b(?:drones?|missiles?|rockets?|shell(?:s|ed|ing)|artillery|bombing|bombed|air\s*strikes?|shaheds?|sabotage|saboteurs?|"
                           r"arson|terror\w*|gunmen|militants?|insurgents?|rebels?|mortars?|grenades?)\b", re.I)
_MISHAP = re.compile(r"\b(?:accidents?|breakdowns?|explo(?:sions?|ded)|blasts?|malfunctions?|collapsed)\b", re.I)
_GAS_CAUSE = re.compile(r"\bgas\s+(?:leaks?|leakage|leaked|leaking|lines?|mains?|pipes?|pipelines?|explosions?|blasts?|meters?|cylinders?)\b|\bover-?pressuri[sz]", re.I)
_ARMED = re.compile(r"\b(?:drones?|missiles?|rockets?|shell(?:s|ed|ing)|artillery|bombs?|bombing|shaheds?|sabotage|saboteurs?|"
                    r"arson|terror\w*|attack(?:s|ed|ers?)?|militants?|troops|military|gunmen|explosives)\b", re.I)
# ("accused the Russian government of being behind the explosion": a blast someone is blamed for)
_BLAMED = re.compile(r"\b(?:accus\w+|blam\w+)\b[^.;]{0,80}\b(?:behind|responsible\s+for|of\s+(?:staging|organi[sz]ing|carrying\s+out))\b", re.I)
_PASSIVE_HIT = re.compile(r"(?:was|were|been|being)\s+hit", re.I)
_BLAST_ONLY = re.compile(r"(?:explosions?|blasts?|blew up|blown up|blowing up)$", re.I)


def _drop_accident_strikes(text: str, drafts: dict) -> None:
    """A text whose explosions come from gas (a leak, a line, "gas explosions") and that names no
    weapon or attack tells an accident: the towns where the explosions were are no strikes."""
    if _ARMED.search(text) or _BLAMED.search(text):
        return
    for key, d in list(drafts.items()):
        if key[1] == "strike" and d.evidence and all(
                (cues := _strike_cues(ev.text, False)) and all(_PASSIVE_HIT.fullmatch(x.group(0)) and not re.match(r"\s+by\b", ev.text[x.end() :]) for x in cues)
                for ev in d.evidence):
            # ("the villages of A, B and C - which had been hit - were now working as normal", in a report of an exchange
            # fire that names no weapon or attack: hit by the outage, not struck)
            del drafts[key]
    if not _GAS_CAUSE.search(text):
        return
    for key, d in list(drafts.items()):
        if key[1] == "strike" and d.evidence and all(
                all(_BLAST_ONLY.match(x.group(0)) for x in _strike_cues(ev.text, False)) for ev in d.evidence):
            del drafts[key]


_PLANT_FAILED = re.compile(r"\b(?:shut\s*down|shutdown|shutting\s+down|failure|failed|went offline|breakdown|broke down|tripped|collapsed?|knocked\s+out(?:\s+of\s+service)?|"
                           # ("a technical fault at the FortisTCI power plant on Leeward Highway resulted in two island-wide outages")
                           r"(?:fault|failure|problem|issue)\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:power\s+)?(?:plant|station|substation)\b[^.;]{0,60}?\b(?:resulted\s+in|caused|led\s+to|triggered)|"
                           # ("The Union substation was automatically interrupted", "remains de-energized to facilitate clean up")
                           r"(?:automatically\s+)?interrupted|de-?energi[sz]ed|(?:severely\s+)?impacted\s+by\s+(?:heavy\s+)?flood\w*|"
                           r"disconnected\s+from\s+the\s+(?:power\s+|national\s+)?grid|"
                           # ("a water weed island ... clogging intake gates for Nalubaale, Kiira and Bujagali dams")
                           r"clogg(?:ed|ing)|blocked\s+the\s+intakes?|"
                           # ("the apparent reason for the mass outage was a lightning bolt direct hit on the San Gaban power station")
                           r"lightning|(?:reason\s+for|cause\s+of)\s+the\s+(?:\w+\s+){0,2}?(?:outage|blackout|power\s+cut)|"
                           # ("due to a system disturbance at the North Mole Power Station")
                           r"(?:due\s+to|caused\s+by)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:disturbance|fault|malfunction|trip)|"
                           # ("sunk into darkness due to a small scale explosion at a power switch at the X Power Station";
                           # "The problem occurred at the X power plant")
                           r"(?:due\s+to|caused\s+by)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:explosion|blast|fire)\s+at|"
                           r"\bproblems?\s+(?:occurred|arose|originated|started|began)\s+at|\b(?:fix|repair|rectify|solve)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?problems?\s+at|"
                           # ("While restoring power to our Hampton Substation we experienced a fault which interrupted service")
                           r"(?:experienced|suffered|developed|had)\s+a\s+fault|"
                           # ("stopped pumping water from Alouk water station", "the station resumed its work and started pumping
                           # water": the source whose water the town lost)
                           # ("A drone attack prompted the suspension of operations at the Khor Mor gas field ... and caused major
                           # power cuts across the northern region": the field that stopped, the cuts' source)
                           r"suspension\s+of\s+(?:its\s+)?(?:operations|production|output)|"
                           r"(?:being|is|was|went|remains?|remained)\s+out\s+of\s+service|stopp(?:ed|ing)\s+(?:its\s+)?(?:operation|pumping)|(?:resumed|resumption\s+of)\s+(?:its\s+work|(?:water\s+)?pumping)|started\s+(?:to\s+pump|pumping)|"
                           # ("Electrogaz has attributed the power cuts to the technical repairs going on at Gikondo power station")
                           r"(?:attributed|blamed)\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:repairs?|works?|maintenance|upgrades?)\s+(?:going\s+on\s+|under\s*way\s+|carried\s+out\s+)?(?:at|in|on))\b", re.I)
_FACILITY_WORD = re.compile(r"\s+(?:hydro(?:electric)?\s+|thermal\s+|nuclear\s+)?(?:dam|power\s+(?:station|plant)|plant|station|HPP|TPP|CHP)$", re.I)


def _drop_failed_plants(drafts: dict) -> None:
    """ "The shutdown of the Antonio Guiteras power plant in Matanzas has resulted in a national power grid
    collapse, leaving millions without electricity in Cuba": a plant whose failure the text tells, when the
    outage is placed in the country or region that holds it, is the outage's cause, not another place of it."""
    for key, d in list(drafts.items()):
        stem = _FACILITY_WORD.sub("", d.mention)  # ("Kiira dam" in "Nalubaale, Kiira and Bujagali dams")
        named = [ev for ev in d.evidence if d.mention in ev.text or (stem and re.search(rf"\b{re.escape(stem)}\b", ev.text))]
        if key[1] != "outage" or d.place.granularity != "facility" or not named or not all(_PLANT_FAILED.search(ev.text) for ev in named):
            continue
        host = next((o for k, o in drafts.items() if k[1] == "outage" and o is not d and o.place.granularity in ("country", "region")
                     and o.place.country_code == d.place.country_code
                     and (o.place.granularity == "country" or _bare_name(o.place.name) == _bare_name(d.place.admin1))), None)
        countries = [o for k, o in drafts.items() if k[1] == "outage" and o.place.granularity == "country"]
        if host is None and d.place.country_code is None and len(countries) == 1:
            host = countries[0]  # (a plant the gazetteer does not place, in a report of one country's outage)
        if host is None and d.place.country_code and any(k[1] == "outage" and o is not d and o.place.country_code == d.place.country_code
                                                         and o.place.granularity == "city" for k, o in drafts.items()):
            del drafts[key]  # ("The affected areas included the Upper Town and Catalan Bay": the towns are the outage's places)
            continue
        if host is not None:
            _fold_into(host, d)  # (its figures and sentences are the outage's: "leaving millions of people without electricity in Cuba")
            del drafts[key]


def _drop_dated_precedents(drafts: dict, base_date: str | None) -> None:
    """ "Namibia on April 14 experienced a nationwide power blackout" at the end of a report of August 13 on Uganda's
    blackout that day: a place whose only events are dated by their own sentences two weeks or more before the
    report, beside events of the report's week elsewhere, is a precedent the report recalls."""
    if not base_date or len(base_date) != 10:
        return
    def old(d):
        return d.date is not None and d.date[1] == 1 and len(d.date[0]) == 10 and d.date[0] < base_date and _days_apart(d.date[0], base_date) >= 14 \
            and d.evidence and all(find_date(ev.text, base_date) is not None for ev in d.evidence)
    current = {d.place.gazetteer_id for d in drafts.values() if d.date is not None and len(d.date[0]) == 10 and _days_apart(d.date[0], base_date) <= 7}
    by_place: dict = {}
    for key, d in drafts.items():
        by_place.setdefault(d.place.gazetteer_id, []).append(key)
    for gid, keys in by_place.items():
        if gid in current or not (current - {gid}) or not all(old(drafts[k]) for k in keys):
            continue
        for k in keys:
            del drafts[k]


def _city_and_the_region(drafts: dict) -> None:
    """ "Energy facilities in the Lviv region came under attack. This led to power outages in Lviv and
    the region.": "the region" after a city is the region of the text that holds it."""
    for (k0, etype), d in list(drafts.items()):
        if etype != "outage" or d.place.granularity != "city":
            continue
        ev = next((e for e in d.evidence if re.search(
            rf"\b{re.escape(d.mention)}\s+and\s+(?:the|its)\s+(?:surrounding\s+)?(?:region|oblast|province)\b(?![’']s)", e.text)), None)
        regions = {r.place.gazetteer_id: r for r in drafts.values() if r.place.granularity == "region" and _holds(r.place, d.place)}
        if ev is None or len(regions) != 1:
            continue
        r = next(iter(regions.values()))
        nk = (r.place.gazetteer_id, "outage")
        if nk not in drafts:
            drafts[nk] = _Draft(r.place, r.mention, "outage", services=set(d.services), evidence=[ev], date=d.date)


def _toll_of_the_strikes_placed_near(drafts: dict) -> None:
    """ "One person was killed ... under shelling in the city of X on Saturday. ... The strikes took place in Y,
    which is located just outside of X": the toll told at X belongs to the strikes on Y, the place the text then
    gives them."""
    for (k, etype), d in list(drafts.items()):
        if etype != "strike" or d.killed is not None or d.injured is not None:
            continue
        for ev in d.evidence:
            m = re.match(rf"\W*The\s+(?:strikes?|attacks?|shelling|explosions?|blasts?)\s+(?:took\s+place|happened|occurred)\s+in\s+"
                          rf"(?:the\s+(?:village|town|settlement)\s+of\s+)?{re.escape(d.mention)}\b", ev.text)
            near = NEAR_GAP.match(ev.text, m.end()) if m else None
            if near is None:
                continue
            src = [o for o in drafts.values() if o is not d and o.event_type == "strike" and (o.killed is not None or o.injured is not None)
                   and ev.text.startswith(o.mention, near.end())]
            if len(src) == 1:
                o = src[0]
                d.killed, d.injured, d.scope = o.killed, o.injured, o.scope
                o.killed = o.injured = o.scope = None
                break


_UTILITY_NAMES = "|".join(sorted(w.capitalize() for w in _UTILITY_WORDS | {"power"}))  # "Columbia Gas", "Pacific Power"


def _drop_far_utility_names(drafts: dict) -> None:
    """ "Columbia Gas customers were urged to turn off the gas" in a text about three Massachusetts
    towns: a place named only as a utility's name, far from every other place of the text, is the
    company, not that town (a town's own utility, "Austin Energy", is where the text's places are)."""
    for key, d in list(drafts.items()):
        said = [x for ev in d.evidence for x in re.finditer(rf"\b{re.escape(d.mention)}\b(?=(\s+(?:{_UTILITY_NAMES})\b)?)", ev.text)]
        if d.place.lat is None or not said or not all(x.group(1) for x in said):
            continue
        others = [o.place for o in drafts.values() if o.place.lat is not None and o.place.name != d.place.name]
        if others and all(distance_km(d.place.lat, d.place.lon, o.lat, o.lon) > 500 and not (
                o.country_code == d.place.country_code and o.admin1 and o.admin1 == d.place.admin1) for o in others):
            del drafts[key]
        elif d.place.granularity == "region" and d.affected is None and not any(
                re.search(r"\b(?:the|its|whole|entire)\s+(?:state|province|region|territory)\b", ev.text, re.I) for ev in d.evidence) and any(
                o.event_type == d.event_type and o.place.granularity in ("city", "facility") and o.place.country_code == d.place.country_code
                and o.place.admin1 and o.place.admin1 == d.place.admin1 for o in drafts.values()):
            # ("supply cut to 1,200 homes in Surat ... 'working to restore supply,' a Gujarat Gas official stated": the state
            # named only as its utility's name is the company; the outage is the town's inside it; but "Georgia Power said
            # 45,000 customers were without power in the state, mostly around Savannah" tells of the state)
            del drafts[key]


_COMPASS_NAME = re.compile(r"(?:the\s+)?(?:central|north|south|east|west|northern|southern|eastern|western|north[- ]?(?:east|west)|"
                           r"south[- ]?(?:east|west)|centre|center)(?:\s+(?:region|province|district|state))?", re.I)


def _drop_far_compass_regions(drafts: dict) -> None:
    """ "The Central region is not the only one to suffer from this rationing" in a report on Cameroon: a region named
    only by a compass word, that the gazetteer places in another country than every other place of the text (Uganda's
    Central region), is that country's part the text never meant."""
    for key, d in list(drafts.items()):
        if d.place.granularity != "region" or not _COMPASS_NAME.fullmatch(d.mention.strip()):
            continue
        others = {o.place.country_code for k, o in drafts.items() if o is not d and o.place.country_code}
        if others and d.place.country_code not in others:
            del drafts[key]


def _drop_headline_region_strikes(drafts: dict, title_end: int) -> None:
    """ "Drones hit Kyiv region" over a text whose drones "struck energy facilities in Bila
    Tserkva and Obukhiv in the Kyiv region": the headline's region names where the struck towns
    are, not another place struck."""
    if not title_end:
        return
    for key, d in list(drafts.items()):
        if key[1] != "strike" or d.place.granularity != "region" or not d.evidence or any(ev.end > title_end for ev in d.evidence):
            continue
        if any(k[1] == "strike" and o.place.granularity in ("city", "facility") and o.place.country_code == d.place.country_code
               and o.place.admin1 and o.place.admin1 in (d.place.name, d.place.admin1)
               and any(ev.start > title_end for ev in o.evidence) for k, o in drafts.items()):
            del drafts[key]


def _drop_headings_of_comparisons(text: str, drafts: dict, title_end: int) -> None:
    """ "Power outages in Kenya" as a subheading, then "A similar countrywide power outage occurred in Kenya, in December
    2023": a heading inside the text whose place the next lines name only as a comparison is that comparison's."""
    for key, d in list(drafts.items()):
        if not d.evidence or not all(ev.start > title_end and "\n" not in ev.text and len(ev.text) <= 80 and not re.search(r"[.!?]\W*$", ev.text)
                                     and re.match(r"[ \t]*(?:\n|$)", text[ev.end :]) for ev in d.evidence):
            continue
        last = max(ev.end for ev in d.evidence)
        nxt = re.search(rf"(?<![\w’'-]){re.escape(d.mention)}(?![\w’'-])", text[last : last + 400])
        if nxt and _NON_EVENT_BEFORE.search(text[max(0, last + nxt.start() - 100) : last + nxt.start()]):
            del drafts[key]


def _drop_headline_only(drafts: dict, title_end: int) -> None:
    """ "Drone attack on Belgorod kills woman, cuts power" over a text whose power cut is in
    Shebekino: an event told only by the headline, when the text tells others of its type, is
    the headline's summary of them."""
    if not title_end:
        return
    for key, d in list(drafts.items()):
        other = drafts.get((key[0], "strike" if key[1] == "outage" else "outage"))
        if d.evidence and all(ev.end <= title_end for ev in d.evidence) and any(
                k[1] == key[1] and k != key and any(ev.start > title_end for ev in x.evidence) for k, x in drafts.items()) \
                and other is not None and any(ev.start > title_end for ev in other.evidence):
            # (only when the text speaks of that place, and not of this: "kills woman" in Belgorod,
            # the power cut in Shebekino)
            del drafts[key]


# "Ecuador announced an increase in daily power outages": a country that orders its own cuts
_OWN_CUTS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:announced|introduced|imposed|ordered|extended|increased|expanded|"
                             r"began|started|resumed)\s+(?:an?\s+|the\s+|new\s+)*(?:(?:increase|rise|extension)\s+in\s+)?"
                             r"(?:\w+\s+){0,2}?(?:power|electricity|energy)?\s*(?:outages|blackouts|cuts|rationing|load[- ]shedding|shutoffs)\b", re.I)
_OTHER_PARTS_OF = re.compile(r"\b(?:other|several|various|many|multiple|different)\s+(?:regions|parts|areas|cities|oblasts|provinces)\s+of\b", re.I)


def _whole_island_or_country(s: str) -> bool:
    """ "Island-Wide Outage", "left the majority of the island without electricity", "a nationwide blackout": an outage told
    of the whole (island) country, not "in five regions"."""
    m = _NATIONWIDE.search(s)
    return m is not None and bool(m.group("island") or re.search(_COUNTRY_WIDE, s, re.I))


def _one_weather_per_story(drafts: dict) -> None:
    """ "Specific areas in Nicosia and Limassol were left without power ..., as temperatures hit 42C. The fault ... affects
    areas in Ayia Varvara, Alambra, ... and Nisou": the one temperature a report gives for a country's outages of one day
    is the weather of each of that day's outages there (not when the report gives two temperatures, or other days)."""
    told: dict[str, set] = {}
    for (_, etype), d in drafts.items():
        if etype == "outage" and d.temperature is not None and d.place.country_code:
            told.setdefault(d.place.country_code, set()).add((d.temperature, d.date[0] if d.date else None))
    for (_, etype), d in drafts.items():
        got = told.get(d.place.country_code or "")
        if etype == "outage" and d.temperature is None and got and len(got) == 1:
            t, day = next(iter(got))
            if day is not None and d.date and d.date[0] == day:
                d.temperature = t


def _drop_country_summaries(drafts: dict, title_end: int = 0) -> None:
    """ "In Russia, the power outages have exposed ...": a country named in a sentence that
    only refers back to outages already placed inside it is a summary, not another event.
    A country event with figures of its own, or any sentence of its own, is kept."""
    for key, d in list(drafts.items()):
        if d.place.granularity != "country":
            continue
        inner = [x for x in drafts.values() if x.event_type == d.event_type and x.place.granularity != "country"
                 and x.place.country_code == d.place.country_code]
        # (the utility's name in its own language puts the words first: "Electricidade de Moçambique")
        if inner and d.event_type == "outage" and d.killed is None and d.injured is None and any(
                re.search(rf"\b(?i:{re.escape(d.mention)})\s+{_UTILITY_NAME_WORDS}\b|{_UTILITY_NAME_BEFORE}(?i:{re.escape(d.mention)})\b", ev.text)
                for ev in d.evidence) and not any(
                re.search(rf"{_NOT_AFTER_UTILITY_WORDS}\b(?i:{re.escape(d.mention)})\b(?!\s+{_UTILITY_NAME_WORDS}\b)", ev.text)
                for ev in d.evidence) and not any(_whole_island_or_country(ev.text) for ev in d.evidence):
            # (but "Dominica Electricity Services ... a power outage ..., which left the majority of the island without
            # electricity" tells of the whole island beside Roseau's)
            # ("A large area of St Peter Port was hit by a power cut ... 'Engineers worked to restore power to everyone
            # affected,' said the head of distribution at Guernsey Electricity"; "thousands in St Helier without power.
            # A total of 2,279 Jersey Electricity customers were affected"): the utility tells of the outage placed
            # inside its country, not of another; its count is that outage's when it is the only one
            if d.affected and len(inner) == 1 and (inner[0].affected is None or _vague(inner[0].affected)):
                inner[0].affected = d.affected
                inner[0].evidence.extend(ev for ev in d.evidence if ev not in inner[0].evidence)
            elif d.affected:
                continue
            del drafts[key]
            continue
        if d.affected or d.killed is not None or d.injured is not None:
            continue
        # ...and so is a country named only in the headline ("Great Britain blackout") when
        # the body places the event inside it
        if inner and d.evidence and all(_refers_back(ev.text, d.event_type) or ev.end <= title_end for ev in d.evidence) \
                and not any(_whole_island_or_country(ev.text) for ev in d.evidence) \
                and not any(re.search(rf"\b(?:all\s+over|across|throughout)\s+(?:the\s+)?{re.escape(d.mention)}\b", ev.text, re.I) for ev in d.evidence):
            # (but "Power Cut Off All Over Bulgaria" over the cuts in Varna's towns tells of the whole country)
            # (but "Island-Wide Outage Leaves Some Communities Without Power" over Brades's outage tells of the whole island)
            del drafts[key]
        elif d.event_type == "strike" and len(inner) >= 2 and d.evidence and all(_OTHER_PARTS_OF.search(ev.text) for ev in d.evidence):
            del drafts[key]  # ("Russia's attacks on other regions of Ukraine", then the regions struck, one by one)


_EPITHET_AFTER = re.compile(r"[’']s\s+(?:\w+\s+)?(?:financial|commercial|economic|industrial|cultural|business)\s+(?:heart|hub|capital|centre|center)\b|"
                            r"[’']s\s+(?:second|third|largest|biggest)[- ](?:largest\s+)?city\b|"
                            # "Zaporizhzhia, Europe's largest nuclear facility": a superlative that describes the plant
                            r"[’']s\s+(?:(?:second|third)[- ])?(?:largest|biggest|oldest|newest|most powerful)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:facility|plant|station|dam|refinery|reactor|port|airport|base|terminal|field|pipeline)\b|"
                            # "Maiduguri, the Borno State capital", "The Borno state capital has been in blackout": the capital is told of
                            r"\s+(?:state\s+|regional\s+|provincial\s+)?capital\b(?!\s+(?:of|region|territory|district|area)\b)")


def _town_of_its_province(city: Place, town: Place) -> bool:
    """ "Kirkuk's Hawija district": a town of the city's own province, well outside the city (not one of its quarters)."""
    return city.granularity == "city" and town.granularity == "city" and bool(town.admin1) and town.admin1 == city.admin1 \
        and city.lat is not None and town.lat is not None and distance_km(city.lat, city.lon, town.lat, town.lon) > 25


def _possessive_qualifier(text, mentions, places, i) -> bool:
    """ "Russia's Kursk region", "Ukraine's Lviv", "China's southeastern province of Hainan": the
    possessor only locates the next place
    ("Pakistan's financial heart", "the country's second city": an epithet of a city told of)."""
    if places[i] is not None and places[i].granularity in ("country", "region") and (e := _EPITHET_AFTER.match(text, mentions[i].end)) \
            and (places[i].granularity == "region" or not e.group(0)[0].isspace()):
        return True
    if i + 1 >= len(mentions) or places[i + 1] is None:
        return False
    p, q = places[i], places[i + 1]
    if not re.fullmatch(r"[’']s\s+(?:(?:capital|city|town|port|regional capital|main city|largest city)\s+|"
                        r"(?:[\w-]+\s+){0,2}?(?:province|region|state|island|city|town|port)\s+of\s+)?", text[mentions[i].end : mentions[i + 1].start]):
        return False  # "Russia's Kursk region", "Dagestan's capital Makhachkala"
    if _town_of_its_province(p, q) and re.match(r"\s+(?:district|county|sub-?district|area)\b", text[mentions[i + 1].end :]):
        return True  # ("Kirkuk's Hawija district": the province named by its city locates a town of its own, not a city's quarter)
    return p.granularity in ("country", "region") and p.country_code == q.country_code and p.gazetteer_id != q.gazetteer_id


def _with_facilities(text, sentences, mentions, places, gz=None):
    """Add facility mentions; a place named inside a facility's name belongs to the facility."""
    facilities, described = [], []
    demonyms = gz.demonyms() if gz is not None else {}
    sentence_starts = {s.start for s in sentences}
    found = find_facilities(text)
    by_name = {f.norm.split(":")[1]: f for f in found}
    for m in mentions:
        # "Zaporizhzhia plant" (a headline) for the "Zaporizhzhia Nuclear Power Plant" of the text
        short = re.match(r"\s+(plant|station|dam|refinery|substation)\b", text[m.end : m.end + 15])
        f = by_name.get(skeleton(normalize(m.text))) if short else None
        if f is not None and not any(g.start <= m.start < g.end for g in found):
            found.append(Mention(text[m.start : m.end + short.end()], m.start, m.end + short.end(), f.norm))
    for f in sorted(found, key=lambda x: x.start):
        kind_written = text[f.start : f.end].split()[-1]
        inside = any(f.start <= m.start < f.end and p is not None for m, p in zip(mentions, places))
        # "the Rivne nuclear power plant" names a facility by its place; "Burshtyn Thermal
        # Power Plant" by a capitalised name; "the main Arctic naval base" describes one
        # ("the Khor Mor gas field": two capitalised words that are not adjectives name one too)
        # (one capitalised word will do when it is no demonym: "the Tengiz oil field", not "Kazakh oil field")
        words = re.match(r"((?:(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*\s+){1,4})[a-z]", text[f.start : f.end])
        named = bool(words) and not any(w.lower() in demonyms for w in words.group(1).split()) \
            and f.start not in sentence_starts
        if is_descriptive(text[f.start : f.end]):
            # ("Thermal Power Plant No. 4 has not been renovated": no place of that word, no name)
            if inside:
                described.append(f)
            continue
        if inside or kind_written[:1].isupper() or named:
            facilities.append(f)
    if described:
        kept = [(m, p) for m, p in zip(mentions, places) if not any(f.start <= m.start < f.end for f in described)]
        mentions, places = [m for m, _ in kept], [p for _, p in kept]
    if not facilities:
        return mentions, places
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> int:
        return bisect_right(starts, pos) - 1

    fplaces = place_facilities(facilities, mentions, places, sentence_of, gz, text)
    keep = [(m, p) for m, p in zip(mentions, places) if not any(f.start <= m.start < f.end for f in facilities)]
    merged = sorted(keep + list(zip(facilities, fplaces)), key=lambda mp: mp[0].start)
    return [m for m, _ in merged], [p for _, p in merged]


def _services_in(s: str) -> set[str]:
    """The services a text names (power, heating, water, gas, communications)."""
    return {k for k, pat in _SERVICE_WORDS.items() if re.search(rf"\b(?:{pat})\b", s, re.I)}


def _types_in(seg: Span, m: Mention, weather_doc: bool = False) -> list[tuple[str, set]]:
    """Event types stated in a segment for the place mentioned there (``weather_doc``: the text
    is about a storm, so "Ian later struck South Carolina" is the storm)."""
    s = seg.text
    out = []
    neg = _NEGATION.search(s)
    services = _services_in(s)
    if _live(_OUTAGE, s) and not neg:
        out.append(("outage", services or {"power"} if re.search(r"blackout|black-out|darkness|dark\b", s, re.I) else services))
    weather = _WEATHER.search(s) or weather_doc
    strike = _strike_cues(s, bool(weather))
    # ("Due to the difficult situation in the power system caused by the previous Russian strike, power is being cut off in
    # the Sumy ... regions": an earlier strike, told as the cause of today's cuts, is no strike there)
    earlier = re.search(r"\b(?:caused\s+by|due\s+to|because\s+of|following|after)\s+(?:the\s+|a\s+)?(?:previous|earlier|last)\s+[^,;.]*", s, re.I)
    if earlier and all(earlier.start() <= x.start() < earlier.end() for x in strike):
        strike = []
    if strike and not neg:
        rel = m.start - seg.start
        before = s[:rel]
        # ("a drone assault on the al-Shouk power station in the east caused blackouts in Gedaref, Kassala, and Sennar states":
        # what the strike caused there, not a strike there)
        # (but "Suspected Sabotage Attack Triggers Power Outage in Leipzig": an attack that names no target of its own was there)
        caused = _CAUSED_OUTAGES_IN.search(before)
        # ("Drone strike shuts down key Iraq gas field, plunges Kurdistan into widespread outages": where the cuts were)
        plunged = re.search(r"\bplung(?:es|ed|ing)\s+$", before, re.I) \
            and re.match(r"\s+into\s+(?:\w+\s+){0,2}?(?:outages|blackouts?|darkness|the\s+dark)\b", s[rel + len(m.text) :], re.I) \
            and (_STRUCK_FACILITY.search(before) or re.search(r"\b(?:strike|attack)\s+(?:\w+\s+){0,2}?shuts?\s+down\b", before, re.I))
        # ("the Volgograd region was attacked by unknown drones, which were repelled by Russian air defense": no strike there)
        repelled = re.match(r"\s+(?:was|were|has\s+been|have\s+been)\s+attacked\s+by\s+[^.;]{0,40}?,?\s+which\s+were\s+(?:\w+\s+)?"
                            r"(?:repelled|intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)\b", s[rel + len(m.text) :], re.I)
        if not plunged and not repelled and not _INTERCEPT.search(before) and not (caused and _STRUCK_FACILITY.search(before[: caused.start()])):
            out.append(("strike", services & {"power", "heating", "water", "gas", "communications"} if _INFRA.search(s) else set()))
    return out


_STRUCK_FACILITY = re.compile(r"\b(?:on|at|against|hit|hitting|targeted|targeting)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?"
                              r"(?:station|plant|dam|sub-?station|facility|pylons?|lines?|transformers?|refinery|depot|field)\b", re.I)
_CAUSED_OUTAGES_IN = re.compile(r"\b(?:caus\w+|trigger\w+|led\s+to|lead(?:s|ing)?\s+to|result\w*\s+in|spark\w+)\s+(?:[\w%-]+\s+){0,3}?"
                                # ("has caused an 80% collapse in electricity production across the Kurdistan Region")
                                r"(?:blackouts?|outages?|power\s+cuts?|power\s+outages?|power\s+failures?|collapse\s+in\s+(?:electricity|power)\s+(?:production|generation|supply))"
                                r"\s+(?:in|across|to|throughout)\s+[^.;]*$", re.I)


# the end of a span ("from the Arica and Parinacota Region to the"), and either end ("from the")
_SPAN_TO = re.compile(r"\bfrom\b[^.;]{1,80}\bto\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_SPAN_END = re.compile(rf"\bfrom\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}$|{_SPAN_TO.pattern}")
_DAMAGED_TOO = re.compile(r"\b(?:was|were|has been|have been|had been)\s+also\s+(?:\w+ly\s+)?(?:damaged|destroyed|hit)\b|"
                          r"\b(?:second|another|third)\s+(?:\w+\s+){0,4}?(?:was|were)\s+(?:\w+ly\s+)?(?:damaged|destroyed|hit)\b", re.I)
_AT_PEAK = re.compile(r"\b(?:at (?:the|its) (?:peak|height)|peaked at|at one point|compared (?:with|to)|from (?:a|the|its) peak of)\b", re.I)
# (and a numbered item: "The main areas that were impacted during the outage include:\n  1. Cassada Gardens, Swetes ...")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-•*‣▪–]|\d{1,2}[.)])[ \t]+(?=\S)")


def _bullet_at(text: str, pos: int) -> bool:
    """Whether a list item's bullet opens the line at ``pos`` ("  • Arima": indented or not)."""
    line = text.rfind("\n", 0, pos) + 1
    # (a numbered item's number may be a sentence of its own: "  1. Cassada Gardens, Swetes")
    return (not text[line:pos].strip() or re.fullmatch(r"[ \t]*\d{1,2}[.)][ \t]*", text[line:pos]) is not None) \
        and _BULLET.match(text, line) is not None


def _places_list_head(text: str, sentences: list, sent_starts: list, sent: Span) -> str | None:
    """The sentence that opens the bulleted list ``sent`` is an item of, when it announces a list of places
    ("the following communities", "the following locations"); else None."""
    if not _bullet_at(text, sent.start) or (k := bisect_left(sent_starts, sent.start)) == 0:
        return None
    j = k - 1
    while j > 0 and _bullet_at(text, sentences[j].start):
        j -= 1
    head = sentences[j].text
    # ("According to the official website, these areas are still without water as of Tuesday morning:")
    # ("As of 3 p.m. Friday, provinces still without power are:")
    # ("Southern California Edison said the following public safety shutoffs are in place:")
    return head if _FOLLOWING_PLACES.search(head) or (head.rstrip().endswith(":") and (
        _THESE_PLACES.search(head) or _PLACES_ARE.search(head) or _FOLLOWING_CUTS.search(head))) else None


_FOLLOWING_CUTS = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,4}?(?:shutoffs|shut-offs|outages|power\s+cuts|cuts|blackouts|disconnections)\b"
                             r"[^:]{0,40}\b(?:are|were|is)\s+(?:now\s+)?(?:in\s+place|in\s+effect|under\s+way|underway|ongoing)\b", re.I)


_PLACES_ARE = re.compile(r"\b(?:provinces|regions|states|counties|districts|areas|towns|cities|municipalities|communities|villages|"
                         r"localities|barangays|oblasts|governorates|prefectures)\b[^:]*\b(?:are|were|include|included)\s*:\s*$", re.I)
_THESE_PLACES = re.compile(r"\b(?:these|those)\s+(?:communities|locations|places|areas|towns|villages|settlements|districts|neighbou?rhoods|streets|postcodes)\b", re.I)
_FOLLOWING_PLACES = re.compile(r"\b(?:the\s+)?following\s+(?:[\w-]+\s+)?(?:communities|locations|places|areas|towns|villages|settlements|districts|"
                               r"neighbou?rhoods|streets|municipalities|cities|regions|localities)\b", re.I)
# ("More specifically, in Volos and the surrounding areas, ...": after a sentence adverb)
_FRONTED = re.compile(r"\W*(?:On\s+[^,]{1,30},\s*)?(?:(?:More\s+specifically|Specifically|Meanwhile|However|Elsewhere|Also|Moreover|Furthermore|"
                      r"In\s+addition|At\s+the\s+same\s+time|Separately|Similarly|Likewise),\s*)?[Ii]n\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?"
                      r"(?:(?:city|town|village|settlement)\s+of\s+)?|"
                      # "With Cyclone Gabrielle moving away from New Zealand, ... 144,000 properties remain without
                      # power": where the storm has passed is where the outage is told
                      r"\W*With\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:moving|moved|passing|passed|having\s+passed|heading)\s+"
                      r"(?:away\s+from|over|through|across|out\s+of)\s+(?:the\s+)?")
_INFRA = re.compile(r"infrastructure|plant|station|substation|grid|facilit|pipeline|dam|network", re.I)
# "after fires tore through Lawrence, Andover, and": the towns a cause went through (a list up to the town)
_THROUGH_TOWNS = re.compile(r"\b(?:tore|tearing|swept|sweeping|ripped|ripping|raced|racing|spread|burned|burning)\s+(?:\w+\s+)?(?:through|across)\s+"
                            r"(?:the\s+)?(?:(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*,?\s+(?:and\s+)?)*$")
# "after the accident at the thermal power plant in" (a town's own plant, right before the town)
# "Victorian storms", "Texas floods": a region's or a country's name (or adjective) before the weather that hit it
_STORM_NOUN_AFTER = re.compile(r"\s+(?i:storms?|floods?|flooding|bushfires?|wildfires?|heat\s?waves?|blizzards?|snowstorms?|ice\s+storms?|earthquakes?|quakes?)\b")
_PLANT_IN = re.compile(r"\b(?:(?:thermal\s+|nuclear\s+)?power\s+(?:plant|station)|(?:heat(?:ing)?|boiler|pumping|water)\s+(?:plant|station|house)|CHP|substation|waterworks)\s+(?:in|of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$"
                       # ("homes lost power after a high-voltage power line was damaged in the city of X")
                       r"|\b(?:power\s+lines?|transmission\s+lines?|cables?|substations?|transformers?|pipelines?|water\s+mains?)\s+(?:was|were)\s+"
                       r"(?:damaged|hit|struck|cut|knocked out|destroyed)\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?$"
                       r"|\bdamage\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:power\s+lines?|transmission\s+lines?|cables?|substations?|pipelines?)\s+in\s+$", re.I)


_ATTACK_KIND = re.compile(r"\b(?:arson|terror\w*|sabotage|drones?|missiles?|rockets?|bomb|grenade|militant|insurgent|extremist|rebel|enemy|armed|politically[- ]motivated|deliberate)\s+(?:[\w-]+\s+)?$", re.I)


def _strike_cues(s: str, weather: bool) -> list[re.Match]:
    """Attack words in ``s`` that are attacks: not "hunger strike", not a storm that "struck"."""
    return [
        x for x in _live(_STRIKE, s)
        if not _NOT_STRIKE.search(s[max(0, x.start() - 40) : x.end() + 30])
        and not (re.match(r"strikes?$", x.group(0), re.I) and _LABOUR_STRIKE.search(s[max(0, x.start() - 60) : x.end() + 70]))
        and not (re.match(r"explosions?$|blasts?$", x.group(0), re.I) and _ACCIDENT.search(s[max(0, x.start() - 40) : x.end() + 5]))
        # (but "an arson attack" amid snow and freezing temperatures is an attack)
        and not (weather and _AMBIGUOUS_STRIKE.match(x.group(0)) and not _ATTACK_KIND.search(s[max(0, x.start() - 30) : x.start()]))
        # "hit by a nationwide communications blackout": what hit was an outage
        and not (_AMBIGUOUS_STRIKE.match(x.group(0)) and _OUTAGE_NOUN_AFTER.match(s[x.end():]))
        # "The nationwide blackout, which struck at 1:23 p.m.": what struck was the outage
        # ("the outage--the biggest in nearly a decade--that struck at 3:20 a.m.": an aside between)
        and not (_AMBIGUOUS_STRIKE.match(x.group(0)) and re.search(r"\b(?:blackouts?|outages?|power\s+cuts?|power\s+failures?|grid\s+failures?)\s*,?\s*"
                                                                  r"(?:[-–—]{1,2}[^-–—.;]{1,60}[-–—]{1,2}\s*)?"
                                                                  r"(?:(?:which|that)\s+)?(?:has\s+|had\s+|first\s+)?$", s[max(0, x.start() - 100) : x.start()], re.I))
        # "a cyber-attack may have caused a power outage in northern Ukraine": an attack only supposed
        and not re.match(r"\s+(?:may|might|could)\s+(?:also\s+)?have\s+(?:been\s+)?(?:caused|triggered|led|behind)\b", s[x.end() :])
        # ("Ukraine is investigating a suspected cyberattack on Kyiv's power grid": an attack only suspected)
        and not (_CYBER.match(x.group(0)) and re.search(r"\b(?:suspected|possible|alleged|apparent)\s+$", s[max(0, x.start() - 12) : x.start()], re.I))
        # "The FARC regularly attack the electrical infrastructure, especially in Arauca": a habit, no attack told
        and not re.search(r"\b(?:regularly|routinely|frequently|often|repeatedly|habitually|usually|typically)\s+$", s[max(0, x.start() - 20) : x.start()], re.I)
        # ("Authorities have repeatedly accused the RSF of carrying out drone attacks against civilian infrastructure, ... in
        # A, B and C": a campaign charged, no attack told)
        and not _ACCUSED_OF_MANY.search(s, max(0, x.start() - 120), x.start())
        # "water outages due to multiple reasons, including maintenance work, power failure and vandalism": one cause of many
        and not (re.match(r"vandal", x.group(0), re.I) and re.search(r"\b(?:reasons|causes|factors)\b[^.;]{0,100}$", s[max(0, x.start() - 110) : x.start()], re.I))
    ]


_ACCUSED_OF_MANY = re.compile(r"\b(?:repeatedly|regularly|frequently|often|routinely|persistently|long)\s+(?:been\s+)?(?:accus\w+|blam\w+)\b"
                              r"[^.;]{0,80}?\bof\s+(?:\w+\s+){0,3}$", re.I)
_LOST_CONTACT = re.compile(r"\b(?:lost|losing|loses)\s+(?:all\s+)?(?:contact|communications?|touch|connection)\s+with\b", re.I)
_SERVED_BEFORE = re.compile(r"\b(?:supplies|supplying|supplied|serves|serving|served|feeds|feeding|powers|powering)\s+"
                            r"(?:\w+\s+){0,3}?to\s+(?:[A-Z][\w’'-]*\s+)*(?:and\s+)?(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?$")
_UTILITY_NAME = re.compile(r"\s+(?:Electric|Electricity|Light|Energy|Water|Gas|Utilities|Utility|Hydro)\b")
_SPEAKER_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:(?:region|oblast|province|city|state|county)(?:al|[’']s)?\s+)?(?:governor|mayor|administration head|"
    r"military administration|police chief|spokes(?:man|woman|person)|coroner|sheriff|medical examiner)\b", re.I)


def _speaks(text: str, m: Mention, sent: Span) -> bool:
    """ "..., Dnipropetrovsk region governor Serhiy Lysak said", "..., the Madison County coroner
    said", "The Donetsk region's governor said": the place names who speaks."""
    before = text[max(sent.start, m.start - 60) : m.start]
    if _SPEAKER_BEFORE.search(before) and re.match(r"(?:\s+in\s+[A-Z][\w’'-]+)?(?:,\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+,)?(?:\s+on\s+\w+day,)?[^.;]{0,12}\b(?:told|said|says|added|wrote|accused|blamed|condemned|stated|announced|warned|claimed|published|posted|shared|used|informed|reported|noted|confirmed|emphasi[sz]ed|stressed|explained|"
                                                  # ("Nizar Ayash, mayor of Deir al-Balah, has revealed that ...")
                                                  r"revealed|disclosed|declared|admitted|indicated|insisted)\b",
                                                  text[m.end : sent.end]):
        # ("the Prime Minister of Kosovo, Albin Kurti, accused Serbia")
        return True  # "..., Saeed Mangnejo, health secretary for the province of Sindh, told Reuters"
    if _OWN_WHOLE_LEFT.match(text[m.end : sent.end]):
        return False  # ("Guam's governor gave the all-clear after the typhoon ..., leaving much of the island without power": its own)
    return bool(_SPEAKER_AFTER.match(text, m.end, sent.end)) and bool(
        # ('..., we hope it will be restored Tuesday," said Nariño Governor Antonio Navarro Wolff')
        re.search(r",\s*(?:the\s+)?$|\b(?:said|says|added|according\s+to)\s+(?:the\s+)?$", before) or (m.start - sent.start <= 4 and re.fullmatch(r"\W*(?:The\s+)?", before))
        # "The head of Kherson's military administration, Roman Mrochko, said"
        or re.search(r"\b(?:head|chief|spokes(?:man|woman|person)|director)\s+of\s+(?:the\s+)?$", before, re.I))


# ("a failure at the", "a malfunction at the"): a fault told right before a place; and what makes it a cause before it
_FAULT_AT = re.compile(r"\b(?:failure|fault|breakdown|malfunction|trip|tripping|technical\s+problem|incident)\s+(?:at|in)\s+(?:the\s+)?$", re.I)
_CAUSE_LEAD = re.compile(r"\b(?:(?:triggered|caused|sparked|prompted|started)\s+by|due\s+to|because\s+of|following|after)\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)


_SPEAKER_BEFORE = re.compile(r"\b(?:secretary|minister|official|spokes(?:man|woman|person)|head|chief|governor|mayor|director|commissioner)\s+"
                             r"(?:for|of)\s+(?:the\s+)?(?:(?:province|region|state|city|county|district)\s+of\s+)?$", re.I)


_FLEE = r"\b(?:fleeing|fled|flee|flees|escaping|escaped)\s+"


def _non_event_context(text: str, m: Mention, sent: Span) -> bool:
    before = text[max(sent.start, m.start - 60) : m.start]
    after = text[m.end : min(sent.end, m.end + 60)]
    if re.search(r"\b(?:nicknamed|dubbed)\s*[“\"‘']$", before, re.I):
        return True  # "generators, nicknamed “Kabba tigers,”": a nickname's word, not a place
    if re.match(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:cooperative|co-op|company|utility|provider|firm|corporation|distributor)\b", after, re.I):
        return True  # ("Jefferson, a nonprofit electric cooperative, has had more of a struggle"): a company's short name
    if m.text.lower() == "wake" and re.search(r"\bthe\s+$", before, re.I) and re.match(r"\s+of\b", after, re.I):
        return True  # ("Left Without Power in the Wake of Hurricane Helene"): a title's common word
    if re.search(r"\b(?:actors|countries|governments|nations|partners|allies|states|capitals)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+"
                 r"(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*,\s*(?:and\s+)?(?:the\s+)?)*$", before) \
            and re.match(r"[^.;]{0,80}?\b(?:have|has|had)\s+(?:\w+\s+)?(?:condemned|denounced|urged|called|critici[sz]ed|expressed|voiced|warned)\b", after):
        return True  # ("International actors, including the EU, US, France, and Turkey, have condemned the attack": who speak)
    if re.search(r"\b(?:agencies|investigators|services|authorities|officials|experts|police\s+forces)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+"
                 r"(?:(?:those|ones)\s+(?:in|from|of)\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*,\s*(?:and\s+)?(?:the\s+)?)*$", before) \
            and re.match(r"[^.;]{0,80}?\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:investigating|probing|examining|"
                         r"looking\s+into|analy[sz]ing)\b", after):
        return True  # ("Multiple intelligence agencies, including those in the US and Europe, are also investigating the attack": who look into it)
    if re.search(r"\b(?:depend(?:s|ent|ing)?|reliant|relies|rely)\s+(?:\w+ly\s+)?(?:on|upon)\s+(?:the\s+)?$", before, re.I) \
            and re.match(r"\s+(?:as\s+(?:its|their)\s+(?:main\s+|only\s+|sole\s+|primary\s+|biggest\s+)?(?:supplier|source|provider)|for\b)", after, re.I):
        return True  # ("Niger is heavily dependent on Nigeria as its main supplier of electricity", "depends on Nigeria for 70 percent")
    if re.search(r"\b(?:accus\w+|blam\w+|suspect\w*)\s+(?:the\s+)?$", before, re.I) \
            and re.match(r"\s+of\s+(?:\w+ly\s+)?(?:orchestrat\w+|carrying\s+out|staging|being\s+behind|plotting|launching|organi[sz]ing|masterminding)\b", after, re.I):
        return True  # ("Kosovo accuses Serbia of orchestrating the attack on critical infrastructure": who is accused)
    # (not "a widespread cut in electricity supply across the Iberian Peninsula": where it was lost)
    if re.search(r"\b(?:transit|flows?|supplying|transport\w*|pump(?:ed|ing)|ship(?:ped|ping)|deliver(?:y|ies|ed|ing))\b[^.;]{0,60}?"
                 r"\b(?:through|via)\s+(?:the\s+)?(?:territory\s+of\s+)?$", before, re.I) \
            and not re.match(r"\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:cut|halted|stopped|suspended|interrupted)\b[^.;]{0,30}\bto\b", after):
        return True  # ("Transit of Russian gas through Ukraine has been stopped", "supplying gas to Europe via Ukraine"): the route's country
    if re.search(r"\b(?:not|never)\b[^.;]{0,60}?\b(?:elsewhere|anywhere\s+else)\s+in\s+(?:the\s+)?$", before, re.I):
        return True  # "attacks unprecedented in Burkina Faso that have not been seen elsewhere in the Central Sahel region": spared
    if _EXCEPT_BEFORE.search(before) or _EXCEPT_AROUND.search(before):
        # "all of Italy, except the islands of Sardinia": spared; "except for Bahir Dar and its surroundings in the
        # Amhara region": the region named to place the spared town
        return True
    if re.search(r"\b(?:like|such\s+as|including)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*,?\s*(?:and\s+)?)*$", before) \
            and re.match(r"[^.;]{0,80}?\b(?:suffer|face|endure|experience|see)s?\s+(?:even\s+|much\s+|far\s+)?(?:longer|worse|more|bigger|deeper|harsher)\b", text[m.end : sent.end]):
        return True  # "Neighbouring countries like South Africa, Mozambique ... suffer even longer outages": a comparison
    if re.search(r"\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs)?\s+(?:local\s+time\s+)?in\s+$", before, re.I):
        return True  # "At six in the morning (8 a.m. in Lisbon) there is no electricity": the clock of another place
    if re.search(r"\b(?:titled|entitled|headlined)\s+[\"“'‘]?(?:[A-Z][\w.’'-]*\s*(?:&|and|of|the|in|,)?\s*){0,6}$", before):
        return True  # "A.M.Junia's article titled Solomon Power & Brazil": a title's words, no place of the story
    if re.match(r"\s+to\s+(?:do\s+(?:their|the)\s+(?:laundry|washing)|charge\s+(?:their|phones?|devices?)|shower|bathe|buy|fetch|"
                r"get\s+(?:water|fuel|food|ice|petrol|gasoline|supplies))\b", after):
        return True  # ("many are travelling ... to the neighbouring atoll of Kwajalein to do their laundry": where people go for what they lack)
    if re.search(r"\b(?:which|that)\s+(?:supplies|serves|feeds)\s+[^.;]{0,80}$", text[max(sent.start, m.start - 100) : m.start]) \
            and _strike_cues(sent.text, False) and not _live(_OUTAGE, sent.text):
        # ("fired a missile at the main exit of the spring water project, which supplies dozens of villages and towns in the
        # areas of Al-Arqoub, Hasbaya, and Marjeyoun with drinking water": whom the facility struck serves, not where it was)
        return True
    if re.search(r"\b(?:threat\w*|vow\w*|pledg\w*|promis\w*)\s+to\s+(?:strike|attack|hit|target|bomb)\s+[^.;]{0,60}?\b(?:in|on|at|against)\s+(?:the\s+)?"
                 r"(?:[A-Z][\w’'-]*\s+(?:and|or)\s+)?$|\blegitimate\s+targets?\b[^.;]{0,60}?\b(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and|or)\s+)?$",
                 text[max(sent.start, m.start - 120) : m.start]):
        return True  # "he threatened to strike a broader range of targets in Syria and Iraq": where strikes are threatened
    said = re.match(r",\s+[^.;,]{1,70}?\b(?:said|says|reported|announced|stated)\b", after)
    if said and re.fullmatch(r"\W*In\s+", text[sent.start : m.start]) and _strike_cues(sent.text, False) and not _live(_OUTAGE, sent.text) and re.search(
            r"\b(?:in|at|near|from|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?-i:[A-Z])[\w’'-]+", text[m.end + said.end() : sent.end]):
        # "In Kabul, De Afghanistan Breshna Shirkat (DABS) said the militants destroyed the pylon with a bomb 22 kilometer from
        # a sub-station in the Baghlan capital": where the speaker is, before what it tells of another place
        return True
    if re.search(r"\b(?:operated|run|managed|owned|controlled)\s+by\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?\s+(?:in|at|from)\s+$", before, re.I) \
            and not re.match(r"\s+(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:hit|struck|left|plunged)\b", text[m.end : sent.end]):
        return True  # "the national grid system, operated by the Transmission Company of Nigeria (TCN) in Osogbo, collapses": the operator's seat
    if re.search(r"\b(?:moving|commuting|commute|travel(?:l)?ing|driving|walking|journeying|the\s+(?:journey|commute|trip|drive|walk))\s+"
                 r"from\s+(?:[^.;,]{0,50}?|[^.;]{0,60}?\s+to\s+(?:the\s+)?)$", before, re.I):
        return True  # "moving from his office in the north of Guayaquil to Durán has become an ordeal": a journey's ends
    if re.search(r"\b(?:shuttles|shuttled|shuttling|commutes|commuted|travels|travelled|traveled|trades|traded|trading)\s+(?:between\s+)?"
                 r"(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+(?:the\s+)?)?$", before) \
            and not _live(_OUTAGE, text[max(sent.start, m.start - 60) : m.start]):
        return True  # ("a businessman who shuttles Katsina and Niger": the ends of his trips, not where the outage is)
    if re.search(_FLEE + r"(?:[\w-]+\s+){0,4}?(?:in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", before) \
            and not re.search(_FLEE + r"(?:the\s+)?(?:cold|dark(?:ness)?|heat|blackouts?|outages?)\b", before):
        return True  # "people arrive by the busload in northern towns, fleeing violence in the commercial capital Abidjan": where they left
    # "The blackout was triggered by a failure at the San Pedro I substation", "a malfunction at the Diezmero substation on the
    # outskirts of Havana led to extensive generation losses": where the cause was
    fault_at = _FAULT_AT.search(before)
    if fault_at and (
            (_CAUSE_LEAD.search(before, 0, fault_at.start())
             and (re.match(r"\s+(?:[A-Z]{1,4}\s+)?(?:\d+\s*kV\s+)?(?:sub-?station|power\s+(?:plant|station)|plant|station|transformer|grid)\b", after)
                  or re.search(r"\b(?:sub-?station|power\s+(?:plant|station)|plant)$", m.text, re.I)))
            or (re.search(r"\b(?:sub-?station|power\s+(?:plant|station))$", m.text, re.I)
                and re.search(r"\b(?:led\s+to|caused|triggered|resulted\s+in|sparked)\b", text[m.end : sent.end]))):
        return True
    if re.match(r"\s+(?:grid\s+)?(?:sub-?station|power\s+(?:plant|station))\s+(?:had\s+|has\s+)?(?:caused|triggered|led\s+to|resulted\s+in)\b", after) \
            or re.search(r"\b(?:caused|triggered|sparked)\s+by\b[^.;]{0,80}\b(?:at|in)\s+the\s+(?:grid\s+)?(?:sub-?station|power\s+(?:plant|station))\s+(?:in|at)\s+$", before):
        # ("an 'emergency situation' at the Panadura grid substation had caused the island-wide power outage", "caused by a
        # monkey falling on to the power lines at the grid substation in Panadura"): where the cause was
        return True
    if re.search(r"\b(?:headed|heading|went|rushed|travell?ed|was\s+sent)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:in|at|near)\s+(?:the\s+)?$", before) \
            and re.match(r"\s+(?:city\s+|town\s+)?to\s+(?:investigate|inspect|assess|look\s+into|examine)\b", after):
        return True  # "the minister was headed to the power plant in Rades city to investigate the reasons behind the blackout": a visit
    if re.search(_BEGAN_AT + r"$", before, re.I) \
            and (re.match(r"\s+(?:power|thermal|gas|electric(?:ity)?|combined[- ]cycle)\s+(?:plant|station|facility)\b", after, re.I)
                 or re.search(r"\b(?:power|thermal|gas|electric(?:ity)?)\s+(?:plant|station|facility)$", m.text, re.I)):
        return True  # "the power outage happened at the Radès power facility in the southern suburbs of Tunis": where it began, not where it was
    if re.search(_BEGAN_AT + r"(?-i:[A-Z])[\w’'-]*\s+(?:power|thermal|gas|electric(?:ity)?)\s+(?:plant|station|facility)\s+(?:in|near|outside)\s+(?:the\s+)?"
                 r"(?:(?:northern|southern|eastern|western)\s+)?(?:(?:suburbs?|outskirts)\s+of\s+)?$", text[max(sent.start, m.start - 160) : m.start], re.I):
        return True  # (and the town that locates that plant)
    ne = _NON_EVENT_BEFORE.search(before)
    if ne and re.match(r"(?:fired|sent)\b", ne.group(0)) and re.search(r"\b(?:artillery|MLRS|Grads?|mortars?|shells|howitzers?)\b", ne.group(0)):
        ne = None  # ("Russian troops fired heavy artillery at X", "sent MLRS Grad and heavy artillery to X": shelled there)
    if ne and re.match(r"\s*arrived\b", ne.group(0)) and re.search(r"\b(?:generators?|fuel|parts|spares|supplies|equipment|transformers?)\b[^.;]{0,30}$", before[: ne.start()]):
        ne = None  # ("Two rental generators in containers arrived on Ebeye late Sunday": where the power was out, no visit)
    if ne and re.search(r"\b(?:struck|hit|hits|strikes|shelled|bombed|attacked|pounded|targeted)\b", ne.group(0)):
        ne = None  # "Rockets fired from Gaza struck Ashkelon": where they fell, not where from
    if ne and re.search(r"\b(?:cut|cuts|cutting|halted|stopped|disrupted|suspended|interrupted)\b(?:\s+off)?[^.;]{0,40}\b(?:suppl(?:y|ies)|power|electricity)"
                        r"(?:\s+from\s+(?:the\s+)?[A-Z][^.;,]{0,30}?)?\s+to\s+(?:the\s+)?$", before):
        # ("The Taliban has hit back by cutting off imported power from Uzbekistan to Kabul")
        ne = None  # "strikes have cut off power and water supplies to Kharkiv": the supply lost was Kharkiv's
    if ne and re.search(r"\b(?:supplied|supplies|supplying|delivered|exported|exports)\b", ne.group(0)) \
            and re.match(r",\s+(?:which|where)\b", text[m.end : sent.end]) and _live(_OUTAGE, text[m.end : sent.end]):
        ne = None  # "Romania has started supplying electricity to Moldova, where rolling blackouts began": its own outage
    if ne and re.search(r"\bblam\w*\s+(?:\w+\s+){0,3}?for\s+(?:the\s+)?$", ne.group(0)) \
            and re.match(r"\s+(?:[\w-]+\s+)?(?:black-?outs?|outages?|power\s+cuts?|power\s+failures?|load[- ]shedding)\b", after, re.I):
        ne = None  # "technical faults blamed for Lae black-outs": the place of what is blamed on them
    if ne or _SOURCE_BEFORE.search(before) or _CAME_FROM_BEFORE.search(before) or re.search(r"\b(?:bordering|borders)\s+(?:on\s+)?(?:the\s+)?$", before, re.I):
        return True
    if re.search(r"\b[A-Z][\w’'-]*\s+(?:on|by|off)\s+the\s+$", before) and re.match(r"(?:\s+(?:Sea|Ocean|coast))?\s*(?:[,.;)]|\s+(?:were|was|are|is|had|have)\b)", after) \
            and _is_sea(m):
        return True  # "the harbour city of Vladivostok on the Pacific were without heating": the sea locates the city
    also_hit = _WEATHER_ALSO_HIT.search(text, max(sent.start, m.start - 80), m.start + 1)
    if also_hit and also_hit.end() == m.start and _live(_OUTAGE, text[sent.start : also_hit.start()]) and not _live(_OUTAGE, also_hit.group(0)) \
            and not _live(_OUTAGE, text[m.end : sent.end]):
        return True  # "Rising waters brought power outages ... as downpours also affected California": the weather's, not the outage's
    if re.search(r"\b(?:operators|carriers|providers|companies|firms|telcos|brands|networks)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+"
                 r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}$", before):
        return True  # "Many operators, including Movistar, Vodafone, and Orange, were affected": a company, not a town
    if re.search(r"\b(?:purchas\w*|buy\w*|bought|order\w*|import\w*|procur\w*)\b[^.;]{0,80}?\bfrom\s+(?:[A-Z][\w&.-]*\s*){1,3},\s+$", before):
        return True  # "finalizing the purchase of two diesel generators from HNAC, China": where the seller is
    if re.match(r"\s+(?:(?:train|railway|rail|bus|metro|subway|underground)\s+)?(?:station|terminal)\b", after) \
            and re.search(r"[A-Z][\w’'-]*[’']s\s+(?:main\s+|central\s+|busiest\s+)?$", before):
        return True  # "at Rome's main Termini train station": a station of the city named before, not a town
    if re.search(r"\bblam\w*\s+(?:\w+\s+){0,4}?on\s+[^.;]{0,80}?\b(?:began|begun|started|originated|originating)\s+(?:\w+\s+){0,2}?in\s+"
                 r"(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s*,\s*|\s+)(?:and\s+)?(?:involved\s+)?)*$", text[max(sent.start, m.start - 200) : m.start]):
        return True  # "blamed the blackout on a chain reaction that possibly began in Switzerland, and involved France": the cause's ground
    if _SUPPLIER_AFTER.match(after) or (re.search(r"\b(?:electricity|power|energy|gas|water|fuel)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?$", before)
                                         and re.match(r"\s+to\s+(?:the\s+)?[A-Z]", after)
                                         # (not "knocking out electricity from East End to West Bay and everywhere in between": the
                                         # span of what was lost)
                                         and not re.search(r"\b(?:knock\w*\s+out|cut(?:s|ting)?(?:\s+off)?|los(?:t|ing|es)|without)\s+(?:all\s+)?"
                                                           r"(?:electricity|power|energy|gas|water)\s+from\s+(?:the\s+)?$", before, re.I)
                                         # (nor "the power is still off from Matalave to Liku")
                                         and not re.search(r"\b(?:off|out|down)\s+from\s+(?:the\s+)?$", before)):
        return True  # "Russia has started supplying electricity to Abkhazia", "the flow of electricity from Russia to Abkhazia": the supplier
    if re.search(r"\b(?:approaching|nearing|heading\s+(?:for|to|towards?)|flying\s+(?:to|towards?|in\s+the\s+direction\s+of))\s+(?:the\s+)?"
                 r"(?:(?:Russian\s+|Ukrainian\s+)?capital,?\s+|city\s+of\s+)?$", before) and not _HIT_VERB.search(after):
        return True  # "drones were reported approaching the capital Moscow": where they flew, not where they hit
    if re.search(r"\b(?:heads|headed|moves|moved|moving)\s+(?:on\s+)?(?:for|to|towards?)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*(?:,\s*|\s+and\s+))*$", before) \
            and not _HIT_VERB.search(after) and not _live(_OUTAGE, after):
        return True  # "Storm leaves SA without power, heads to NSW, Victoria, Tasmania": where the storm goes next
    if re.match(r"\s+(?:tensions|talks|sanctions|relations|ties|pressure|threats|demands|diplomats|envoys?)\b", after) \
            and not _live(_OUTAGE, text[m.end : sent.end]):
        return True  # ("Greenland hit by power outage, strong winds in wake of US tensions easing": what qualifies the tensions)
    if re.match(r"[’']s\s+(?:\w+\s+)?(?:border|borders|frontier)\s+with\b", after):
        return True  # "along Russia's border with Ukraine": the border's side, not a place of the event
    if re.search(r"\b(?:substation|power (?:plant|station)|plant|transformer|facility|line)\s+(?:(?:just|slightly|immediately|directly|a little)\s+)?"
                 r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:capital|city|town)(?:\s+city)?,?\s+)?$", before, re.I) \
            and not _strike_cues(sent.text, False):
        return True  # "the outage stemmed from an emergency at a substation just south of Colombo": where the cause was
    if re.search(r"(?:,\s*which|\bafter)\s+(?:had\s+)?(?:made|making)\s+landfall\s+(?:[\w-]+\s+){0,5}?(?:in|on|near|over)\s+(?:the\s+)?$", before):
        return True  # "Helene, which made landfall in Florida as a Category 4 hurricane, swept through North Carolina": its track
    if re.search(r"\b(?:water|reservoir|river|lake|dam)\s+levels?\s+(?:at|in|of|behind)\s+(?:the\s+)?$|\blevels?\s+of\s+water\s+(?:at|in)\s+(?:the\s+)?$|"
                 # ("necessitated by low levels at the city's water supply reservoirs and at Umzingwane dam")
                 r"\blow\s+(?:water\s+)?levels?\s+(?:at|in|of)\s+[^.;]{0,60}?\s+and\s+(?:at|in)\s+(?:the\s+)?$",
                 before, re.I) and not _strike_cues(sent.text, False):
        return True  # "load-shedding ... to sustain the current low water levels at Kariba Dam": where the cause is
    if re.search(r"\b(?:which|that)\s+(?:connects|links|joins|runs\s+between)\s+(?:the\s+)?$", before) \
            and not re.match(r"\s+(?:to|with)\s+the\s+(?:outside|rest|wider)\b", after):
        return True  # "The Balticconnector gas pipeline, which connects Finland and Estonia, was shut down": its ends
    if (one_of := re.search(r"\bone\s+of\s+the\s+(?:\w+\s+)?(?:largest|biggest|main|leading|major|top)\s+(?:[\w-]+\s+){1,4}?in\s+(?:the\s+)?$", before, re.I)) \
            and not (re.search(r"\b(?:outages|blackouts|power\s+cuts)\b", one_of.group(0), re.I) and re.match(r"[’']s\s+history\b", after)):
        # (but "The storms resulted in one of the biggest power outages in Victoria's history": its own outage)
        return True  # "TolyattiAzot, one of the largest producers of ammonia in Russia": a description of the company
    if re.search(r"\b(?:located|situated|lying|sitting)\s+(?:\w+\s+)?(?:in|on|off|near)\s+(?:the\s+)?"
                 r"(?:(?:department|province|state|region|county|district|governorate|prefecture)\s+of\s+(?:the\s+)?)?$", before, re.I):
        return True  # "Mayotte, a French territory located in the Indian Ocean": the other place only locates it
    if re.search(r"[A-Za-z],\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:region|republic|province|territory|state|country|island|archipelago)\s+(?:in|of)\s+(?:the\s+)?$", before) \
            and re.match(r"\s*,", after):
        return True  # "In Dagestan, a Russian region in the North Caucasus, locals have been blocking roads": it locates the region
    if re.search(r"\b(?:worst|deadliest|biggest|largest|most\s+\w+)\b[^.;]{0,60}\b(?:history|records?|memory)\s+(?:in|of)\s+(?:the\s+)?$", before, re.I):
        return True  # "among the worst natural disasters recorded in modern history in Spain": the yardstick
    if re.search(r"\b(?:connection|link|interconnection|interconnector)s?\s+with\s+(?:the\s+)?$", before, re.I) \
            or re.search(r",\s*(?:neighbou?ring|bordering)\s+(?:the\s+)?$", before, re.I) and re.match(r"\s*,", after):
        return True  # "the connection with Venezuela was cut", "the port of Tumaco, neighboring Ecuador,": the other end, a neighbour
    # (not "police officers directed traffic on Grand Cayman when a power outage gripped the island")
    if re.search(r"\b(?:blame[ds]?|levied|pointed|directed(?!\s+traffic\b)|pinned)\s+(?:\w+\s+){0,2}?(?:at|on)\s+$", before, re.I):
        return True  # "No official blame for the massive power outage has been levied at Russia": who is blamed, not where
    if re.search(r"\b(?:war|warfare|conflict|tensions?|hostilities|fighting|confrontation)\s+with\s+(?:the\s+)?$", before, re.I):
        return True  # "amid escalating tensions and cyber warfare with Israel": the other side, not where
    if re.search(r"\b(?:pressure|sanctions?|embargo|demands?)\s+(?:\w+\s+)?(?:on|against)\s+(?:the\s+)?$", before, re.I):
        return True  # "every brazen attack proves that the pressure on Russia is insufficient": no target
    if re.search(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|consul(?:ate)?s?)\s+(?:of|from)\s+(?:the\s+)?(?:[^.;]{0,40}?\s+and\s+(?:the\s+)?)?$|"
                 r"\b(?:newspaper|daily|broadcaster)\s+of\s+$", before, re.I):
        return True  # "the ambassadors of the European Union and the United States in Kosovo", "the Koha newspaper of Pristina"
    if re.search(r"\b(?:in support of|in solidarity with)\s+(?:the\s+)?(?:people of\s+)?$", before, re.I):
        return True  # "the Houthis' campaign in support of Gaza": a cause, not a place of this event
    if re.search(r"\b(?:in (?:response|retaliation|reply) to|retaliation for)\b[^.;]{0,60}\b(?:attacks?|strikes?|shelling|missiles?)\s+(?:on|against)\s+(?:the\s+)?$|"
                 # ("in response to terrorist attacks by the Kiev regime on civilian infrastructure in Russia")
                 # ("in response to the group’s missile and drone attacks against Israel and commercial vessels in the Red Sea")
                 r"\b(?:in (?:response|retaliation|reply) to|retaliation for)\s+(?:[\w’'-]+\s+){0,5}?(?:attacks?|strikes?|shelling)\b[^.;]{0,80}\b(?:on|against|in)\s+(?:the\s+)?$",
                 text[max(sent.start, m.start - 130) : m.start], re.I):
        return True  # "bombing Yemen in response to the Houthis' attacks on Israel": the cause, told as such
    if _FROM_BEFORE.search(before) and not re.match(r"^[’']?(?:\s+(?:City|Town|Island|Atoll|Province|Region))?\s+(?:through\s+|up\s+)?to\s+(?:the\s+)?[A-Z]", after) \
            and not _PEOPLE_FROM.search(before) and not re.search(
                # (but "cut off water from the city of Hasaka and its western countryside": the town that lost it)
                r"\bcut(?:s|ting)?\s+(?:off\s+)?(?:the\s+)?(?:drinking\s+)?(?:water|power|electricity|gas|heat(?:ing)?)\s+(?:suppl(?:y|ies)\s+)?(?:off\s+)?"
                r"from\s+(?:the\s+)?(?:(?:city|town|village|people)\s+of\s+(?:the\s+)?)$", before, re.I) and not (
            # (but "a strike against Sana'a, Yemen, targeting the Haziz power station": the station was the target)
            _ATTACK_AGAINST.search(before) and not re.match(r"[^.;]{0,30}?\b(?:targeting|targetting|aimed at|hitting)\b", after)):
        return True  # "launched from X" (but "from X to Y" spans an area)
    if _is_actor(text, m, sent.start, sent.end):
        return True
    if re.match(r"^\s*(?:-|–)?\s*(?:backed|based|born|made|led|controlled|occupied)\b", after, re.I):
        return True
    if re.search(r"(?:\b\d[\d,.]*\s*(?:miles|mi|km|kilometres|kilometers)|\b[\w-]+[- ](?:hour|minute)\s+(?:drive|flight|walk))\s+(?:\(\d[^)]*\)\s+)?"
                 r"(?:(?:north|south|east|west)(?:-?(?:east|west))?-)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
                 r"(?:(?:(?:state|regional|provincial|national)\s+)?capital,?\s+)?$", before, re.I):
        # ("Constantine province, 450 km east of the capital Algiers")
        return True  # "Oryol, some 200 miles south of Moscow": the distance locates the other place
    if re.search(r"\b(?:municipalities|communities|towns|villages|settlements|areas|suburbs|parts|farms|homes|neighbou?rhoods|districts)\s+"
                 r"(?:just\s+|directly\s+|immediately\s+|further\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+city\s+of\s+)?$", before, re.I):
        return True  # ("gas service for 4,000 people in municipalities south of Winnipeg": the city marks where they are, it kept its gas)
    if re.search(r",\s+(?:(?:some|about|around|nearly|roughly|approximately)\s+)?\d[\d,.]*\s*(?:miles|mi|km|kilometres|kilometers)\s+(?:away\s+)?from\s+(?:the\s+)?"
                 r"(?:(?:state|regional|provincial|national)\s+)?capital,?\s+$", before, re.I):
        return True  # "a village in Bijapur district, some 500 km from capital Raipur": the capital measures the distance
    if re.search(r"\b\d[\d,.]*\s*(?:miles?|mi|km|kilometres?|kilometers?)\s+(?:away\s+)?from\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:sub-?station|station|plant|dam|town|village|city|base)\s+(?:in|of|near)\s+(?:the\s+)?$", before, re.I):
        return True  # "destroyed the pylon with a bomb 22 kilometer from a sub-station in the Baghlan capital": a distance's mark
    if re.search(r"[A-Za-z],\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|suburb|port|settlement|community|municipality)\s+"
                 r"(?:(?:just|about|some|roughly)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|near)\s+(?:of\s+)?(?:the\s+)?$", before, re.I):
        return True  # "Petah Tikva, a city east of Tel Aviv, where a missile struck": the other place locates it
    if re.search(r"(?:(?!(?:The|A|An|In|On|At|To|From|Across|Parts|Much|Most|All)\b)[A-Z][\w’'-]+|\b(?:region|regions|city|town|towns|village|villages|district|area|areas|province|oblast|state|"
                 r"county|port|capital|settlement|settlements|suburb))\s*,?\s+(?:just\s+|about\s+|some\s+|roughly\s+)?"
                 r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+of\s+(?:the\s+)?$", before):
        return True  # "in the Kostroma region northeast of Moscow", "a refinery in Ryazan, southeast of Moscow": a locator
    if re.match(r"^\s+(?:has\s+|had\s+)?(?:stopped|halted|ceased|cut off|suspended)\s+(?:supplying|providing|delivering|pumping|selling|exporting)\s+"
                r"(?:electricity|power|water|gas|heat)\s+to\b", after):
        return True  # "Israel stopped supplying electricity to the plant": who cut the supply
    if re.match(r"^\s+(?:state|city|regional|provincial|federal|public)?\s*(?:prosecutors?(?:[’']s?)?(?:\s+office)?|attorney[- ]general(?:[’']s)?(?:\s+office)?|courts?)\b", after, re.I) \
            and re.search(r"\b(?:investigat\w*|probe|inquiry|explanations?|lawsuits?|sue|fines?)\b", sent.text, re.I) and not _strike_cues(sent.text, False):
        return True  # "the Sao Paulo state prosecutors office will investigate why customers were left without power": who looks into it
    if re.search(r"\b(?:(?:power|generation|generating|thermal)\s+(?:plants?|stations?|units?)|substations?|(?:failure|fault|malfunction|breakdown|trip)\s+at\s+"
                 r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:substation|plant|station|line|unit))\s+(?:in|at|near)\s+(?:the\s+(?:city|town|province)\s+of\s+)?$", before, re.I) \
            and re.search(r"\b(?:cascad\w*|domino|nationwide|countrywide|national\s+(?:grid|blackout|outage)|(?:across|of)\s+the\s+(?:entire\s+|whole\s+|national\s+)?"
                          r"(?:grid|country|system|network))\b|\bin\s+the\s+(?:north|south|east|west)\w*\s+[A-Z]", sent.text) \
            and not _strike_cues(sent.text, False):
        return True  # "Power plants in A and B triggered a cascade failure across the entire grid": where the cause was
    if re.match(r"\s+[Rr]iver\s+[Aa]uthorit(?:y|ies)\b", after):
        return True  # "the Zambezi river authorities ordered the power station to shut down": who ordered it
    if re.search(r"\b(?:which|that)\s+(?:supplies|serves|feeds|powers|heats)\s+[^.;]{0,80}?\bin\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
                 text[max(sent.start, m.start - 140) : m.start], re.I):
        return True  # "a heat outage at the plant, which supplies heat to 50,000 households in eastern X": whom it serves
    if re.match(r"^\s+(?:telecoms?|telecommunications|energy|power|utility|oil|gas|shipping|internet|mobile|technology|tech)\s+"
                r"(?:company|firm|operator|giant|provider|group|conglomerate)\b", after, re.I):
        return True  # "said Hong Kong telecoms company HGC": where the company is from
    if re.search(r"\b(?:authorities|officials|sources)\s+in\s+$", before) and re.match(
            r"(?:\s+and\s+[^.;]{0,40}?)?\s+(?:have\s+|had\s+)?(?:also\s+)?(?:claimed|said|say|says|reported|told|confirmed|announced|stated)\b", after):
        return True  # "as authorities in Kyiv and Russian media claimed the attacks targeted an oil refinery": who speaks
    if _speaks(text, m, sent):
        return True  # "..., Dnipropetrovsk region governor Serhiy Lysak said", "..., the Madison County coroner said": who speaks
    if re.match(r"^\s+(?:region(?:al)?\s+|oblast\s+|province\s+|provincial\s+|city\s+|state\s+)?(?:military\s+)?(?:administration|council|government|authorities)\b", after) \
            and re.search(r"\b(?:head|chief|governor|mayor|spokes(?:man|woman|person)|leader|secretary)\s+of\s+(?:the\s+)?$", before, re.I):
        return True  # "the head of the Dnipropetrovsk regional administration, Serhiy Lysak, said"
    if re.search(r"\b(?:targeted|attacked|aimed at)\s+(?:the\s+)?$", before) and re.match(
            r"^[^.;]{0,15}?,?\s+but\s+[^.;]{0,60}?\b(?:intercepted|shot down|downed|repelled|destroyed)\b", after):
        return True  # "Russian drones targeted Kyiv, but air defence intercepted over 10 drones": not hit
    if re.search(r"\b(?:targeting|targetting|aimed at|heading for|headed for|flying towards?)\s+(?:the\s+)?$", before) and re.match(
            r"^\s+(?:were|was|had been|have been)\s+(?:all\s+)?(?:shot down|intercepted|downed|destroyed|repelled)", after):
        return True  # "drones targeting Kyiv were shot down": the target was not hit
    if re.search(r"\b(?:Sea|Ocean|Gulf|River|Lake|Strait|Bay|Channel)$", m.text) and re.search(r"\b(?:on|off|by|near|at|of|along)\s+the\s+$", before):
        return True  # "the naval base at Novorossiysk on the Black Sea": the water locates the town
    if re.search(r"\b(?:Sea|Ocean|Gulf|Coast)$", m.text) and re.match(r"^\s+(?:port\s+|coastal\s+|resort\s+)?(?:city|port|town|resort|island|enclave|village)\b", after):
        return True  # "plunging the Red Sea city into darkness": the water describes the city named before
    if _CAUSE_BEFORE.search(before):
        return True  # "came a day after a drone attack on X", "in retaliation for X": what came before
    # ("the area between the northern governorates and Baghdad": an end of the stretch)
    # ("a mill on the road between the cities of Hasakah (Hesekê) and Amuda")
    if re.search(rf"\bbetween\s+(?:the\s+)?(?:(?:cities|towns|villages|regions|provinces)\s+of\s+|{_BETWEEN_PARTIES})?$|"
                 # (the first end, or its other name in brackets: "Hasakah (Hesekê)")
                 rf"\bbetween\s+(?:the\s+(?:cities|towns|villages|regions|provinces)\s+of\s+|{_BETWEEN_PARTIES})?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
                 # ("the road between Djibo and the town of Bourzanga")
                 r"(?:(?:\s*\([^()]{1,30}\))?\s+and\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?|\s*\(\s*)$|"
                 r"\bbetween\s+the\s+(?:[a-z]+\s+){1,2}and\s+(?:the\s+)?$", before):
        return True  # "The territory between Mykolaiv and Kherson has seen intense fighting": the ends of an area
    if re.match(r"^\s+(?:city|town|village|port)\s+of\s+[A-Z]", after) and re.search(r"\b(?i:the)\s+(?:[a-z]+\s+)?$", before):
        return True  # "The central Gaza city of Deir al Balah": the area that holds the city named next
    if re.match(r"^\s+(?:said|say|says|reported|told)\b", after) and re.search(
            r"\b(?:agencies|officials|sources|groups|analysts|diplomats|journalists|activists|organi[sz]ations|authorities|"
            r"ministry|doctors|medics|spokes(?:man|woman|person))\s+(?:based\s+)?in\s+$", before) and re.search(
            r"\b(?:in|at|to)\s+(?:the\s+)?(?:\w+\s+){0,3}[A-Z]", text[m.end : sent.end]):
        return True  # "Aid agencies in Khartoum said the water station in Shendi had stopped": where they speak
    if re.match(rf"^{_ROUTE_END}*\s+{_ROUTE}", after, re.I) and re.search(r"[–—-]\s*$", before):
        return True  # "the Caño Limón–Coveñas oil pipeline": a route named by its ends (the second end, or one between)
    if re.match(rf"^{_ROUTE_END}+\s+{_ROUTE}", after):
        # "the Warsaw–Lublin railway line", "the Isaccea–Vulcanesti—MGRES transmission line": the first end names the route too
        return True
    return False


_EXTENDED = re.compile(r"\bextend(?:s|ed|ing)?\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:suspension|ban|shutdown|blackout|cuts?|outages?|restrictions?)\b|"
                       r"\b(?:suspension|ban|shutdown|blackout|cuts?|outages?|restrictions?)\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?extended\b", re.I)
_STRUCK_SUPPLY_TO = re.compile(r"\b(?:bomb(?:s|ed)?|attack(?:s|ed)?|target(?:s|ed)?|sabotag(?:es|ed)|blew\s+up|blow(?:s)?\s+up)\s+(?:the\s+)?"
                               r"(?:power|electricity|water|gas|heat(?:ing)?|energy)\s+suppl(?:y|ies)\s+(?:to|for)\s+(?:the\s+)?$", re.I)
_ROUTE_END = r"(?:\s*[–—-]\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"  # "–Vulcanesti", "—MGRES": one more end of a route
_ROUTE = (r"(?:\([^()]{1,30}\)\s*)?(?:\d+\s*(?:[kK][vV]|kilovolts?)\s+)?"  # "Damaturu – Maiduguri (Molai) 330kv line"
          r"(?:oil\s+|gas\s+|power\s+|high[- ]voltage\s+|bus\s+)?(?:pipeline|railway|railroad|rail|highway|motorway|road|"
          r"(?:railway\s+|rail\s+|power\s+|transmission\s+)?line|route|interconnector)\b")


_CAUSE_BEFORE = re.compile(
    r"(?:\b(?:came|comes|coming)\s+(?:\w+\s+){0,3}?(?:after|following)|\bin\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)"
    r"|\b(?:responding|retaliating|reacting|answering)\s+(?:to|for)|\b(?:answered|avenged|avenging|retaliated\s+for|was\s+(?:a\s+)?(?:response|reprisal|retaliation)\s+(?:to|for)))"
    r"\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,6}?(?:on|in|at|against)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?)?$",
    re.I,
)


# a place's own officials, then a storm or failure that left much of "the island" or "the country" without power: their own
_OWN_WHOLE_LEFT = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:governor|government|mayor|premier|prime\s+minister|president|authorities|officials)\b"
    r"(?:[^.;]|(?<=\b[A-Z])\.)*?\b(?:leaving|left|leaves|plunged|plunging|plunges)\s+(?:much|most|all|parts?|large\s+parts|swaths|the\s+whole|the\s+rest)\s+"
    r"of\s+the\s+(?:[\w-]+\s+){0,3}?(?:island|territory|country|nation)\s+(?:without|in(?:to)?\s+(?:the\s+)?dark)", re.I)


# a number and a reporting verb after a place's name: a broadcaster named for it ("Kurdistan 24 reported", "France 24's")
_BROADCASTER_AFTER = re.compile(r"\s+\d{1,3}(?:[’']s\b|\s+(?:reported|reports|said|says|asserts?|asserted|claimed|quoted|cited|aired|broadcast|television|TV|news)\b)")


def _is_actor(text: str, m: Mention, lo: int = 0, hi: int | None = None) -> bool:
    """ "Russia said", "Russia launched", "Russia's drones": the place acts, it is not where
    (looking no further than ``lo``..``hi``, the sentence when known)."""
    after = text[m.end : min(len(text) if hi is None else hi, m.end + 60)]
    before = text[max(lo, m.start - 60) : m.start]
    # (and the last of a list so governed: "Residents of Lusaka and Ndola said they had no electricity")
    # ("Regional authorities in the northeastern Sumy region said a drone attack caused a fire")
    governed = re.search(r"\b(?:on|in|at|to|of|over|near|across|for|into|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
                         r"(?:(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*,\s*)*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,?\s+(?:and|or)\s+)?$",
                         before, re.I)
    if re.search(r"\bHydro[\s-]+$", before):
        return False  # "Hydro Ottawa says 1,400 of its customers are without power": the utility's city, where its customers are
    if _BROADCASTER_AFTER.match(after):
        return True  # ("Kurdistan 24 reported", "France 24 said": a broadcaster named for the place)
    if re.match(r"[’']s\s+(?:(?:extended|ongoing|total|complete|full|continued|months-long|years-long|naval|economic)\s+){0,2}"
                r"(?:blockade|siege|embargo|sanctions)\b", after):
        return True  # ("Turkey's extended blockade leaves Armenia's population with little to no electricity": who imposes it)
    if re.match(r"\s+(?:ambassadors?|embass(?:y|ies)|envoys?|diplomats?|consulates?)\b|[’']s\s+(?:(?:leading|main|largest|biggest|major|local|"
                r"national)\s+)?(?:daily|dailies|newspapers?|paper|weekly|broadcaster|news\s+agency|outlet)\b", after):
        return True  # ("United States ambassadors in Kosovo condemned the attack", "Koha Ditore, Pristina's leading daily": who speaks)
    if re.match(r"^\s+(?:\w+\s+)?(?:suspended|halted|stopped|cut|cuts|cutting|reduced|resumed|banned|ended|terminated|blocked|"
                r"(?:decided|decides|chose|moved)\s+to\s+(?:block|cut|halt|stop|suspend))\s+(?:\w+\s+){0,2}"
                r"(?:exports?|imports?|deliveries|sales|transit|supplies|shipments)\b", after):
        # "Colombia suspended electricity exports to Ecuador", "Ukraine ended the transit of Russian gas":
        # a supplier's or a transit country's decision
        return True
    if re.match(r"\s+(?:being\s+|was\s+|is\s+)?(?:considered|seen|viewed|named|identified|suspected|blamed|regarded)\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?"
                r"(?:\w+\s+)?(?:culprit|suspect|perpetrator|attacker|aggressor|author|responsible)\b", after):
        return True  # ("which quickly led to Russia being considered a potential culprit": who is suspected, not where)
    if re.match(r"\s*,\s*which\s+(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:shelling|attacking|striking|bombing|targeting|launching|firing|"
                r"shelled|attacked|struck|bombed|targeted|launched|fired)\b", after):
        return True  # ("Russia, which has been shelling Ukrainian positions from the plant's territory": who shells)
    if not governed and re.match(r"(?:-based)?\s+(?:company|firm|operator|provider|carrier|manufacturer|conglomerate|giant)\b", after):
        return True  # ("the satellite system, owned by US company Viasat": the company's home, not where anything happened)
    if re.search(r"\b(?:army|armed forces|forces|troops|military|occupiers|invaders|aggression|aggressor)\s+of\s+(?:the\s+)?$", before, re.I):
        return True  # "shelling by the criminal army of the Russian Federation": who fired
    if re.search(r"\b(?:rebels?|rebel\s+group|militants?|militias?|insurgents?|armed\s+group|(?:militant|terrorist|rebel)\s+(?:group|movement|organi[sz]ation)s?)\s+(?:based\s+)?in\s+(?:the\s+)?$", before, re.I):
        return True  # "the rebel group in Yemen called the Houthis have been targeting ships": where the attackers are
    if re.match(r"^\s+(?:terrorists|militants|militia|regime|forces|troops|army|military|saboteurs|gunmen|missiles|drones|rockets|airstrikes|"
                r"paramilitar(?:y|ies))\b", after) \
            or re.match(r"^[’']s\s+(?:\w+\s+)?(?:insurgents|rebels|guerrillas?|militants|terrorists)\b", after):
        return True  # "Kiev terrorists attack infrastructure in Energodar", "a wave of Russia missiles": who attacks
    # ("Italy, Switzerland, France and Austria accuse each other as cause of blackout": a list of them)
    if re.match(r"^(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*,?(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+"
                r"(?:have\s+|has\s+|had\s+)?(?:both\s+|each\s+|also\s+|again\s+|all\s+)?"
                r"(?:accused|blamed|accuse|blame)\s+(?:each other|one another)\b", after):
        return True  # "Moscow and Kyiv have both accused each other of shelling around the plant": who accuse
    if re.match(r"\s+(?:said|says|reported|announced|confirmed|stated)\b[^.;]{0,120}?\bthe\s+(?:nation|country)[’']s\s+(?:[\w-]+\s+){0,3}?"
                r"(?:grid|power|electricity|electric|energy|states|regions|provinces)\b", text[m.end : min(len(text) if hi is None else hi, m.end + 200)]):
        return False  # ("Venezuela said a sabotage on the nation's electric grid caused a blackout across the nation's 24 states": its own)
    rest = text[m.end : len(text) if hi is None else hi]
    if _OWN_WHOLE_LEFT.match(rest) and not re.search(r"\b(?:attack|strike|missile|drone|shell|bomb|rocket)", rest, re.I):
        return False  # ("Guam's governor gave the all-clear after the typhoon tore through, leaving much of the island without power": its own)
    if _AID_AFTER.match(text[m.end : min(len(text) if hi is None else hi, m.end + 160)]):
        return True  # ("India, China, Bangladesh and Sri Lanka rushed to airlift bottled water ... as the taps ran dry": who helps)
    passive = re.match(r"^\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(?:\w+ed|struck|hit|shot|taken|overrun|cut|shut|thrown|left)\b", after)
    return bool(_AGENT_AFTER.search(after) or (_SUBJECT_AFTER.search(after) and not governed and not passive))


def _utility_ccs(text: str, gz: Gazetteer) -> list[str]:
    """Countries of the national utilities the text names ("Montserrat Utilities Limited (MUL) has confirmed that load
    shedding will continue": a report from Montserrat, though it names Montserrat only in the utility's name), one per
    naming, as context for the places the text names."""
    return [cc for _, cc in _national_utility_hits(text)] + [cc for name, cc in _named_utilities(text, gz).items() for _ in _name_hits(name, text)]


_AID_AFTER = re.compile(r"(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*,?(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+"
                        r"(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:also\s+)?(?:rush\w*\s+to\s+|began\s+|begin\s+|start\w*\s+)?"
                        r"(?:airlift\w*|sen[dt]\w*|ship\w*|deliver\w*|donat\w*|pledg\w*|dispatch\w*|fl[eo]w\w*|rush\w*)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:water|aid|help|assistance|supplies|generators|bottled|drinking|relief|food|fuel)\b")


def _shown_name(p: Place, mention: str) -> str | None:
    """The article's own spelling when it is the same name transliterated another way ("Izium"
    for GeoNames' "Izyum", "Sloviansk" for "Slovyansk"); the gazetteer's otherwise ("Kyiv" for
    "Kiev", "Kharkiv" for "Харків")."""
    m = re.sub(r"[’']s$", "", mention or "").strip()
    if (p.name and p.granularity == "city" and m and m != p.name and re.fullmatch(r"[A-Z][A-Za-z’' -]+", m)
            and skeleton(normalize(m)) == skeleton(normalize(p.name))):
        return m if not m.isupper() else m.title()
    return p.name


_BEARING_WORD = r"(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central"


def _named_part(text: str, m: Mention, p: Place | None, gz: Gazetteer) -> Place | None:
    """ "restored data connectivity in Western Japan ..., with Eastern Japan switched-on six hours later": a sub-region a
    report names by its capitalised bearing is a place of its own, one per bearing (None: not so named)."""
    if not _partable(p):
        return None
    own = re.fullmatch(rf"((?=(?-i:[A-Z]))(?:{_BEARING_WORD}))\s+(.+)", m.text.strip(), re.I)
    if own:
        bearing, base, at = own.group(1), own.group(2), m.start
    else:
        b = _BEARING_BEFORE.search(text[max(0, m.start - 20) : m.start])
        if b is None:
            return None
        bearing, base, at = b.group(1), m.text.strip(), m.start - len(b.group(0))
    if _opens_line(text, at) or (own and normalize(base) != normalize(p.name)):
        return None  # ("East Java" for Jawa Timur: the bearing is part of the name the text gives the place)
    return _bearing_part(p, bearing, base, gz)


def _partable(p: Place | None) -> bool:
    """A country or region whose part a bearing may name (placed, with its country)."""
    return p is not None and p.granularity in ("region", "country") and bool(p.name) and p.lat is not None and bool(p.country_code)


def _bearing_part(p: Place, bearing: str, base: str, gz: Gazetteer) -> Place | None:
    """The part of ``p`` that ``bearing`` ("Eastern") names, shown as "Eastern <base>" (None: no bearing, one that is part of
    the place's own name - "North Carolina" -, or too few towns to place it)."""
    key = bearing_key(bearing)
    if key is None or normalize(p.name).startswith(normalize(bearing)):
        return None
    return directional_part(p, key, gz.city_points(p.country_code, p.admin1 if p.granularity == "region" else None),
                            f"{bearing[:1].upper()}{bearing[1:].lower()} {base}")


def _directional(d: _Draft, gz: Gazetteer) -> Place | None:
    """ "Shelling cut power in Eastern Ukraine": an event the rules made for the whole country or region (not from its
    named part, `_named_part`) is that part when every naming of the place in the event's evidence carries the same
    capitalised bearing; None otherwise ("western France" is France, as the annotation rules keep it)."""
    p = d.place
    if not _partable(p):
        return None
    name = re.sub(r"[’']s$", "", d.mention or "").strip()
    own = re.fullmatch(rf"(?:{_BEARING_WORD})\s+(.+)", name, re.I)
    if own and normalize(own.group(1)) == normalize(p.name):
        name = own.group(1)  # ("Eastern Ukraine" as the mention: the evidence is read for "Ukraine")
    said = set()
    for ev in d.evidence:
        for x in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ev.text):
            b = _BEARING_BEFORE.search(ev.text[max(0, x.start() - 30) : x.start()])
            said.add(b.group(1) if b and not _opens_line(ev.text, x.start() - len(b.group(0))) else None)
    return _bearing_part(p, next(iter(said)), name, gz) if len(said) == 1 and None not in said else None


# a capitalised bearing right before a name ("in Western Japan"); one that opens a line or sentence is no sign of a
# sub-region's name ("Northern Michigan ice storm: ...", "Northern Wisconsin – A powerful ice storm")
_BEARING_BEFORE = re.compile(rf"(?<![\w-])((?=(?-i:[A-Z]))(?:{_BEARING_WORD}))\s+$", re.I)


def _opens_line(text: str, at: int) -> bool:
    return bool(re.search(r"(?:^|\n|[.!?:]\s)\W*$", text[max(0, at - 4) : max(0, at)])) or at <= 0


def _finish(doc: Document, d: _Draft) -> Event:
    p = d.place
    key = f"{doc.doc_id}|{p.gazetteer_id or p.name}|{d.event_type}"
    eid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    a = d.affected or (None, None, None)
    t = d.temperature or (None, None)
    dt = d.date or (None, 3)
    return Event(
        event_id=eid, event_type=d.event_type, place=_shown_name(p, d.mention), mention=d.mention, lat=p.lat, lon=p.lon,
        country_code=p.country_code, admin1=p.admin1, granularity=p.granularity,
        geo_precision=p.geo_precision, gazetteer_id=p.gazetteer_id,
        services=tuple(s for s in ("power", "heating", "water", "gas", "communications") if s in d.services),
        affected_min=a[0], affected_max=a[1], affected_text=a[2], killed=d.killed, injured=d.injured,
        casualties_scope=d.scope, temperature_c=t[0], temperature_text=t[1], date=dt[0],
        time_precision=dt[1], source=doc.doc_id, evidence=tuple(d.evidence),
        confidence=round(min(1.0, p.confidence * (0.6 + 0.1 * len(d.evidence))), 3),
        geocoder=p.geocoder,
    )


def extract_all(docs, gazetteer: Gazetteer | None = None, progress=None) -> list[Event]:
    """Events of many documents; ``progress(i, n)`` is called after each."""
    out: list[Event] = []
    for i, doc in enumerate(docs):
        out += extract_events(doc, gazetteer)
        if progress:
            progress(i + 1, len(docs))
    return out
