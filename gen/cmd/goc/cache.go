package main

// The build cache's upkeep, after the go command's (cmd/go/internal/cache:
// used, Trim; go clean -cache). Every build adds to the cache: translated
// units (unit/), object files (obj/), the sets of definitions units are
// compiled with (prune/), build records (record/), escape facts (esc/),
// goc's own executable hash (exe/) and linked executables (<xx>/<key>/prog,
// 10–20 MB each). Nothing would ever leave it: a machine
// that runs a test suite through goc for a day fills its disk. So
//
//   - a cache hit refreshes the entry's mtime (at most once an hour, so a
//     build does not write to every file it reads);
//   - at most once an hour (trim.txt's mtime says when it last ran) a build
//     deletes the entries unused for five days, the executables unused for a
//     day and all but the maxExes executables used last, and leftovers of
//     interrupted writes (*.tmpPID) older than an hour.
//
// A build that finds an entry gone builds it again: an entry old enough to
// be deleted was not used by any build running now (its use would have
// refreshed it), and an executable is deleted only after maxExes newer ones.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

const (
	mtimeInterval = time.Hour          // how stale an mtime a hit refreshes
	trimInterval  = time.Hour          // how often the cache is trimmed
	trimLimit     = 5 * 24 * time.Hour // entries unused this long go
	exeLimit      = 24 * time.Hour     // executables unused this long go
	maxExes       = 200                // at most this many executables stay
)

// used reports whether the cache file path exists and, if it does, records
// the hit.
func used(path string) bool {
	st, err := os.Stat(path)
	if err != nil || st.IsDir() {
		return false
	}
	if time.Since(st.ModTime()) > mtimeInterval {
		now := time.Now()
		os.Chtimes(path, now, now)
	}
	return true
}

// trim deletes what the cache no longer needs, at most once per trimInterval.
func (b *builder) trim() {
	stamp := filepath.Join(b.cache, "trim.txt")
	if st, err := os.Stat(stamp); err == nil && time.Since(st.ModTime()) < trimInterval {
		return
	}
	// claimed first: builds that start meanwhile do not trim too
	if writeFileAtomic(stamp, []byte(time.Now().UTC().Format(time.RFC3339)+"\n")) != nil {
		return
	}
	b.trimAt(time.Now())
}

// trimAt trims the cache as of now.
func (b *builder) trimAt(now time.Time) {
	for _, sub := range []string{"unit", "obj", "record", "esc", "exe", "prune"} {
		filepath.WalkDir(filepath.Join(b.cache, sub), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if info, err := d.Info(); err == nil && stale(d.Name(), now.Sub(info.ModTime()), trimLimit) {
				os.Remove(path)
			}
			return nil
		})
	}
	type exe struct {
		dir  string
		used time.Time
	}
	var exes []exe
	for i := 0; i < 256; i++ {
		top := filepath.Join(b.cache, fmt.Sprintf("%02x", i))
		entries, _ := os.ReadDir(top)
		for _, e := range entries {
			dir := filepath.Join(top, e.Name())
			st, err := os.Stat(filepath.Join(dir, "prog"))
			if err != nil {
				// no executable: a link that failed or is under way
				if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > mtimeInterval {
					os.RemoveAll(dir)
				}
				continue
			}
			exes = append(exes, exe{dir, st.ModTime()})
		}
	}
	sort.Slice(exes, func(i, j int) bool { return exes[i].used.After(exes[j].used) })
	for i, e := range exes {
		if i >= maxExes || now.Sub(e.used) > exeLimit {
			os.RemoveAll(e.dir)
		}
	}
}

// stale says whether a cache file of that name and age goes.
func stale(name string, age, limit time.Duration) bool {
	if strings.Contains(name, ".tmp") {
		return age > mtimeInterval
	}
	return age > limit
}

// cmdClean is goc clean -cache: the whole cache goes.
func cmdClean(args []string) int {
	if len(args) != 1 || args[0] != "-cache" {
		fmt.Fprintln(os.Stderr, "usage: goc clean -cache")
		return 2
	}
	if err := os.RemoveAll(cacheDir()); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return 1
	}
	return 0
}
