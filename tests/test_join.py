from geo.join import casualty_totals, join_places
from geo.models import Event


def ev(place, etype, killed=None, injured=None, scope=None, source="a.txt", lat=50.0, lon=30.0, affected=None, temp=None, date=None):
    return Event(event_id=f"{place}{etype}{source}", event_type=etype, place=place, mention=place, lat=lat, lon=lon,
                 country_code="UA", admin1=None, granularity="city", geo_precision=1, gazetteer_id=f"g:{place}",
                 killed=killed, injured=injured, casualties_scope=scope, source=source, affected_min=affected,
                 affected_max=affected, temperature_c=temp, date=date)


def test_joint_casualties_are_counted_once():
    events = [
        ev("Kyiv", "strike", 1, 23, ("Kyiv", "Kharkiv"), lat=50.45),
        ev("Kharkiv", "strike", 1, 23, ("Kyiv", "Kharkiv"), lat=49.98),
        ev("Kyiv", "outage"),
    ]
    assert casualty_totals(events) == {"killed": 1, "injured": 23}
    rows = {r["place"]: r for r in join_places(events)}
    assert rows["Kyiv"]["event_types"] == ["outage", "strike"]
    assert rows["Kyiv"]["casualties_joint_with"] == ["Kharkiv"]
    assert rows["Kyiv"]["report_count"] == 2


def test_several_reports_of_one_place_merge():
    events = [
        ev("Perm", "outage", affected=300_000, temp=-21.0, source="a.txt", date="2026-01-24"),
        ev("Perm", "outage", affected=500_000, temp=-18.0, source="b.txt", date="2026-01-25"),
    ]
    (row,) = join_places(events)
    assert row["affected"] == 500_000 and row["temperature_c"] == -21.0
    assert row["sources"] == ["a.txt", "b.txt"] and row["report_count"] == 2
    assert (row["date_first"], row["date_last"]) == ("2026-01-24", "2026-01-25")


def test_separate_figures_add_up():
    events = [ev("Sumy", "strike", 2, 5, source="a.txt"), ev("Odesa", "strike", 1, None, source="a.txt", lat=46.5)]
    assert casualty_totals(events) == {"killed": 3, "injured": 5}


def test_unresolved_events_are_not_placed():
    assert join_places([ev("Nowhere", "outage", lat=None, lon=None)]) == []


def test_timeline_brush_becomes_a_date_range():
    from geo.filters import brush_to_range

    # Vega-Lite gives epoch milliseconds for a temporal interval
    assert brush_to_range({"date": [1769212800000, 1769040000000]}) == ("2026-01-22", "2026-01-24")
    assert brush_to_range({"date": ["2026-01-01T00:00:00", "2026-01-05"]}) == ("2026-01-01", "2026-01-05")
    assert brush_to_range({}) is None and brush_to_range(None) is None


def test_a_click_picks_the_nearest_event():
    from geo.filters import nearest_event

    events = [ev("Kyiv", "outage", lat=50.45, lon=30.52), ev("Kyiv", "strike", lat=50.45, lon=30.52),
              ev("Lviv", "outage", lat=49.84, lon=24.03)]
    assert nearest_event(events, 49.85, 24.0) == 2
    assert nearest_event(events, 50.45, 30.52) == 1  # a strike on top of an outage is what was clicked
    assert nearest_event(events, 10.0, 10.0) is None


def test_a_place_s_own_share_of_a_joint_total_is_not_added_again():
    group = ("Kyiv", "Dnipro", "Lutsk")
    events = [
        ev("Kyiv", "strike", 33, None, date="2024-07-08"),  # "33 of them in Kyiv"
        ev("Dnipro", "strike", 47, 190, group, date="2024-07-08"),
        ev("Lutsk", "strike", 47, 190, group, date="2024-07-08"),
        ev("Odesa", "strike", 2, None, date="2024-07-08"),  # not in the group: adds up
    ]
    assert casualty_totals(events) == {"killed": 49, "injured": 190}
