// time's calendar: Date normalization, AddDate, Add/Sub, Truncate/Round,
// YearDay, ISOWeek, Weekday and Month names, Unix conversions, comparisons
// across zones, Duration methods and text/JSON/binary encodings.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay())
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Sunday; w <= time.Saturday+1; w++ {
		fmt.Print(w.String(), " ")
	}
	fmt.Println()
	t := time.Date(2020, time.January, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -13, 400), t.AddDate(0, 0, -31))
	for _, y := range []int{2004, 2005, 2008, 2009, 2010, 2020, 2021, 2026} {
		yy, ww := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC).ISOWeek()
		y2, w2 := time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC).ISOWeek()
		fmt.Println(y, yy, ww, y2, w2)
	}
	u := time.Date(2024, 2, 29, 13, 47, 31, 987654321, time.UTC)
	for _, r := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 0, -time.Second} {
		fmt.Println(r, u.Truncate(r), u.Round(r))
	}
	fmt.Println(u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano(), u.Nanosecond())
	fmt.Println(time.Unix(1700000000, 123).UTC(), time.UnixMilli(-1).UTC(), time.UnixMicro(1e15).UTC(), time.Unix(0, -1).UTC())
	h, m, s := u.Clock()
	y, mo, dd := u.Date()
	fmt.Println(h, m, s, y, mo, dd, u.Hour(), u.Minute(), u.Second(), u.Year(), u.Month(), u.Day())
	tokyo := time.FixedZone("JST", 9*3600)
	v := u.In(tokyo)
	fmt.Println(v, v.Equal(u), v == u, v.Compare(u), u.Before(u.Add(1)), u.After(u.Add(-1)), u.Sub(v))
	fmt.Println(u.Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(u))
	fmt.Println(time.Time{}.IsZero(), u.IsZero(), time.Time{}.Unix(), time.Time{}.Weekday())
	for _, x := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, 90 * time.Minute, -2*time.Hour - 3*time.Millisecond, 1<<63 - 1, -1 << 63} {
		fmt.Println(x, x.Nanoseconds(), x.Microseconds(), x.Milliseconds(), x.Seconds(), x.Minutes(), x.Hours(), x.Abs(), x.Truncate(time.Second), x.Round(time.Hour))
	}
	txt, _ := v.MarshalText()
	js, _ := v.MarshalJSON()
	bin, _ := v.MarshalBinary()
	fmt.Println(string(txt), string(js), bin)
	var w time.Time
	fmt.Println(w.UnmarshalText(txt), w, w.Equal(v))
	var b time.Time
	fmt.Println(b.UnmarshalBinary(bin), b, b.Equal(v))
	fmt.Println(time.Date(2023, 3, 12, 2, 30, 0, 0, mustLoad("America/New_York")))
	fmt.Println(time.Date(2023, 11, 5, 1, 30, 0, 0, mustLoad("America/New_York")))
	fmt.Println(u.GoString())
	fmt.Println(u.Month() == time.February, time.Month(13), time.Weekday(9))
}

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}
