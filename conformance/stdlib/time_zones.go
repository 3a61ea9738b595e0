// time's locations: LoadLocation from the system's zoneinfo, Local (the
// runner sets TZ=America/New_York), UTC, In, Zone, ZoneBounds, IsDST,
// FixedZone, daylight-saving transitions, and LoadLocation's errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"UTC", "Local", "", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe",
		"America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu", "Africa/Casablanca", "Etc/GMT+5", "No/Such_Zone", "../etc/passwd", "/abs"}
	at := []time.Time{
		time.Date(2024, time.January, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1901, time.June, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2100, time.June, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, n := range names {
		l, err := time.LoadLocation(n)
		if err != nil {
			fmt.Printf("%q: error %v\n", n, err)
			continue
		}
		fmt.Printf("%q: %v\n", n, l)
		for _, t := range at {
			u := t.In(l)
			name, off := u.Zone()
			start, end := u.ZoneBounds()
			fmt.Println("  ", u, name, off, u.IsDST(), start.UTC(), end.UTC())
		}
	}
	fmt.Println(time.Local, time.UTC, time.Date(2024, 3, 10, 1, 59, 59, 0, time.Local).Add(time.Second))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, time.Local), time.Date(2024, 11, 3, 1, 30, 0, 0, time.Local).Add(time.Hour))
	fmt.Println(time.Unix(1e9, 0), time.Unix(1e9, 0).Local().Location(), time.Unix(1e9, 0).UTC().Location())
	f := time.FixedZone("Mars", -12345)
	fmt.Println(f, time.Date(2000, 1, 1, 0, 0, 0, 0, f), time.Date(2000, 1, 1, 0, 0, 0, 0, f).UTC())
	fmt.Println(time.FixedZone("", 3600).String(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 0)))
	ny, _ := time.LoadLocation("America/New_York")
	for _, d := range []string{"2024-03-10 01:59:59", "2024-03-10 02:30:00", "2024-03-10 03:00:00", "2024-11-03 01:30:00", "2024-11-03 02:00:00"} {
		t, err := time.ParseInLocation(time.DateTime, d, ny)
		fmt.Println(d, t, err, t.UTC())
	}
}
