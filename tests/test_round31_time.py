"""Rules of the time model found on the thirty-first session's reading of round 31's
episodes (opened after they were scored sealed twice): an old wire's ".-" after its agency
ends its dateline, a breadcrumb's year, month and day date its page, and an archive's note
that it reprints a report of N years ago dates the report. HAND-WRITTEN pages about invented
events.
"""

from __future__ import annotations

from datetime import date

from summarizer.reference.timeline import anchor


def test_an_old_wires_dot_and_dash_after_its_agency_ends_the_dateline() -> None:
    # the page's breadcrumb dates the 16th; the report, filed the day before, is the 15th's
    page = (
        "[Skip to content]   Digitised Newspapers   |  Browse  |  Search\n\n"
        "Home > Titles > The Evening Courier > 1971 > March > 16 > Page 7\n\n"
        "< Previous article     Next article >\n\n"
        "ARTICLE TEXT (uncorrected OCR -- help us improve it)\n\n"
        "JETS BOMB OSORNO, REBELS SAY\n"
        "TRUCE BROKEN ALONG THE BORDER\n\n"
        "TEMUCO, March 15 (A.A.P.-Reuter).-The Chilean Government said tonight that jets had "
        "bombed Osorno."
    )
    assert anchor(page).day == date(1971, 3, 15)


def test_a_breadcrumbs_year_month_and_day_date_the_page() -> None:
    page = (
        "[Skip to content]   Digitised Newspapers   |  Browse  |  Search\n\n"
        "Home > Titles > The Evening Courier > 1971 > March > 16 > Page 7\n\n"
        "TRUCE BROKEN IN THE SOUTH\n\n"
        "TEMUCO, March 15 (Agency) - The rebels said tonight that the truce had broken."
    )
    assert anchor(page).day == date(1971, 3, 15)
    # (a breadcrumb of sections, no date: nothing read from it)
    assert anchor("Home > World > Americas > Page 2\n\nThe truce held.").day is None


def test_an_archives_note_that_it_reprints_a_report_of_years_ago_dates_the_report() -> None:
    page = (
        "Home | News | Archive\n\n"
        'FROM THE FILES: "Truce broken at Osorno"\n'
        "Published 9 May 2031 | Updated 14:02 GMT\n\n"
        "Sixty years ago this week our predecessor paper carried this wire report from the "
        "capital. We reproduce it as it ran.\n\n"
        "The truce was broken at dawn, the army said."
    )
    assert anchor(page).day == date(1971, 5, 9)
    # (a page that only mentions years gone by keeps its own date)
    plain = (
        "Published 9 May 2031\n\n"
        "Sixty years ago the valley was quiet. The truce was broken at dawn, the army said."
    )
    assert anchor(plain).day == date(2031, 5, 9)
