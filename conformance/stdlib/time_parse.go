// time.Parse and ParseInLocation with every layout constant (round trips),
// custom layouts, fractional seconds, zone names and offsets, and gc's
// error texts; time.ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	t := time.Date(2021, time.March, 14, 1, 59, 26, 535897932, ny)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
	}
	for _, lay := range layouts {
		s := t.Format(lay)
		p, err := time.Parse(lay, s)
		q, err2 := time.ParseInLocation(lay, s, ny)
		fmt.Printf("%-40q %q\n    Parse: %v %v %v\n    InLocation: %v %v %v\n", lay, s, p, err, p.Equal(t), q, err2, q.Equal(t))
	}
	inputs := []struct{ layout, value string }{
		{"2006-01-02 15:04:05.000", "2023-06-01 08:09:10.123"},
		{"2006-01-02 15:04:05", "2023-06-01 08:09:10.987654"},
		{"2006-01-02T15:04:05Z07:00", "2023-06-01T08:09:10+05:30"},
		{"2006-01-02T15:04:05Z07:00", "2023-06-01T08:09:10Z"},
		{"Jan 2 2006 MST", "Feb 3 2013 PST"},
		{"Jan 2 2006 MST", "Feb 3 2013 EST"},
		{"02 Jan 06 15:04 -0700", "10 Nov 09 23:04 -0800"},
		{"3:04PM", "11:59AM"},
		{"2006-002", "2024-060"},
		{"January 2, 2006", "February 30, 2023"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "23-01-01"},
		{"15:04:05", "25:00:00"},
		{"2006-01-02T15:04:05Z07:00", "2023-06-01T08:09:10+25:00"},
		{"Mon Jan 2 2006", "Fri Jun 1 2023"},
		{"2006-01-02", "2023-06-01 extra"},
		{time.RFC3339, "2023-06-01"},
		{time.RFC3339, ""},
	}
	for _, in := range inputs {
		p, err := time.Parse(in.layout, in.value)
		fmt.Printf("%q %q => %v | %v\n", in.layout, in.value, p, err)
	}
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "1us", "1µs", "2h45m", ".5s", "0", "1", "1d", "", "9223372036854775807ns", "9223372036854775808ns", "+3m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
}
