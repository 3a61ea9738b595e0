// time.Duration's String method prints the shortest unit form (1.5s, 100ms, 1h2m3s,
// 2µs, 0s), and Duration arithmetic and conversions behave as documented.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		100 * time.Millisecond, 1500 * time.Millisecond, time.Second, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second, 26 * time.Hour, -2*time.Minute - 30*time.Second,
		time.Second + time.Nanosecond, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 1500 * time.Millisecond
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((90 * time.Minute).Hours(), (90 * time.Second).Minutes())
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (1234567 * time.Microsecond).Truncate(time.Second))
	fmt.Println((-3 * time.Second).Abs())
	for _, s := range []string{"1h30m", "250ms", "1.5h", "-3us", "2µs", "1x"} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
	fmt.Println(time.Duration(2) * time.Second / 4)
}
