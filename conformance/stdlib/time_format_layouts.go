// time.Time.Format with every layout constant of package time and custom
// layouts (padding, fractions, zones, 12-hour clock) in several locations.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02T15:04:05.000Z07:00", "Mon Jan _2 3:4:5 PM 2006", "02/01/06 15h04",
		"Monday, January 2, 2006", "__2 002", ".00 .999 ,000000 ,999999999", "-0700 -07:00 -07 Z0700 Z07:00:00 MST",
		"pm PM", "06 2006 1 01 Jan January", "not a layout",
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	howe, _ := time.LoadLocation("Australia/Lord_Howe")
	locs := []*time.Location{time.UTC, ny, kolkata, howe, time.FixedZone("X", -(3*3600 + 30*60)), time.FixedZone("", 5*3600+45*60+17)}
	base := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1999, time.December, 31, 12, 30, 7, 500000000, time.UTC),
		time.Date(-44, time.March, 15, 1, 2, 3, 4, time.UTC),
		time.Date(12345, time.July, 4, 16, 7, 8, 90000, time.UTC),
	}
	for _, t := range base {
		for _, l := range locs {
			u := t.In(l)
			fmt.Println(u.Location(), u)
			for _, lay := range layouts {
				fmt.Printf("  %q => %q\n", lay, u.Format(lay))
			}
		}
	}
	fmt.Println(time.Time{}, time.Time{}.Format(time.RFC3339Nano))
	fmt.Println(string(time.Date(2001, 2, 3, 4, 5, 6, 7, kolkata).AppendFormat([]byte("at "), time.Kitchen)))
}
