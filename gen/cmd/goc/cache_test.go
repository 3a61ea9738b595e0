package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCacheTrim: trimming deletes the entries unused for five days, the
// executables unused for a day or beyond the maxExes used last, and stale
// leftovers of interrupted writes; it keeps the rest, runs at most once per
// trimInterval, and a hit refreshes an entry's mtime.
func TestCacheTrim(t *testing.T) {
	cache := t.TempDir()
	b := &builder{cache: cache}
	now := time.Now()
	put := func(rel string, age time.Duration) string {
		t.Helper()
		p := filepath.Join(cache, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		when := now.Add(-age)
		os.Chtimes(p, when, when)
		return p
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }

	oldObj := put("obj/ab/old.o", 6*24*time.Hour)
	newObj := put("obj/ab/new.o", 4*24*time.Hour)
	oldUnit := put("unit/cd/u.json", 7*24*time.Hour)
	tmpOld := put("obj/ab/x.o.tmp123", 2*time.Hour)
	tmpNew := put("obj/ab/y.o.tmp124", time.Minute)
	oldRec := put("record/ef/r.json", 30*24*time.Hour)
	staleExe := put("0a/k1/prog", 25*time.Hour)
	var fresh []string
	for i := 0; i < maxExes+5; i++ {
		// executable i was used i minutes ago
		fresh = append(fresh, put(fmt.Sprintf("%02x/e%d/prog", i%256, i), time.Duration(i)*time.Minute))
	}
	emptyLink := filepath.Join(cache, "0b", "k2")
	os.MkdirAll(emptyLink, 0o755)
	os.Chtimes(emptyLink, now.Add(-2*time.Hour), now.Add(-2*time.Hour))

	b.trimAt(now)
	for _, p := range []string{oldObj, oldUnit, tmpOld, oldRec, staleExe, emptyLink} {
		if exists(p) {
			t.Errorf("%s: still there after trimming", p)
		}
	}
	for _, p := range []string{newObj, tmpNew} {
		if !exists(p) {
			t.Errorf("%s: trimmed, but it is recent", p)
		}
	}
	for i, p := range fresh {
		if exists(p) != (i < maxExes) {
			t.Errorf("executable used %d minutes ago: exists = %v, want %v", i, exists(p), i < maxExes)
		}
	}

	// at most once per trimInterval
	os.WriteFile(filepath.Join(cache, "trim.txt"), nil, 0o644)
	again := put("obj/ab/again.o", 6*24*time.Hour)
	b.trim()
	if !exists(again) {
		t.Errorf("trimmed again within %v", trimInterval)
	}
	old := now.Add(-2 * trimInterval)
	os.Chtimes(filepath.Join(cache, "trim.txt"), old, old)
	b.trim()
	if exists(again) {
		t.Errorf("not trimmed %v after the last trim", 2*trimInterval)
	}

	// a hit refreshes a stale mtime, not a recent one
	hit := put("obj/cd/hit.o", 4*24*time.Hour)
	used(hit)
	if st, _ := os.Stat(hit); time.Since(st.ModTime()) > time.Minute {
		t.Errorf("used did not refresh a 4-day-old mtime: %v", st.ModTime())
	}
	recent := put("obj/cd/recent.o", 10*time.Minute)
	used(recent)
	if st, _ := os.Stat(recent); time.Since(st.ModTime()) < 9*time.Minute {
		t.Errorf("used rewrote a recent mtime")
	}
}
