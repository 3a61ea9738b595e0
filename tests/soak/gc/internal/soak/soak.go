// Package soak holds what tests/soak/gc's programs share with soak.h: the
// resident set size and the verdict line.
package soak

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// RSSKiB reads the resident set size from /proc/self/statm (pages).
func RSSKiB() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	v, err := strconv.ParseInt(strings.Fields(string(b))[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return v * int64(os.Getpagesize()) / 1024
}

// Env is a count from the environment (tests may change a run's size), else def.
func Env(name string, def int64) int64 {
	if v, err := strconv.ParseInt(os.Getenv(name), 10, 64); err == nil && v > 0 {
		return v
	}
	return def
}

// Verdict prints the last line of a run and exits 1 if the peak RSS of the
// last tenth is above 1.2x that of the first.
func Verdict(name string, first, last int64) {
	ratio := float64(last) / float64(first)
	verdict := "PASS"
	if ratio > 1.2 {
		verdict = "FAIL"
	}
	fmt.Printf("%s (gc): peak RSS of the first tenth %d KiB, of the last tenth %d KiB, ratio %.3f (limit 1.200): %s\n",
		name, first, last, ratio, verdict)
	if verdict == "FAIL" {
		os.Exit(1)
	}
}
