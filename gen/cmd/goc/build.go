// This file builds a program: each package is translated to one C unit
// (lower.TranslatePackage), cached by a key made, as the go command makes
// its action IDs, of the package's own source and the shapes of the
// packages it imports (lower.Shape); each unit's object file is cached by
// the unit's C text; units are compiled in parallel and linked with the
// runtime library. The C text depends only on the Go source (file names in
// #line directives are absolute paths, nothing names a temporary file), and
// each unit is compiled from a file whose path depends only on its text, so
// caching compilers such as CC="ccache cc" hit even when goc's cache is
// empty.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"goc/load"
	"goc/lower"
)

// root finds include/ and the runtime library.
func root() (inc, lib string, err error) {
	try := func(dir string) bool {
		for _, c := range [][2]string{{"include", "runtime/libgocrt.a"}, {"include", "lib/libgocrt.a"}} {
			i, l := filepath.Join(dir, c[0]), filepath.Join(dir, c[1])
			if fileExists(filepath.Join(i, "goc.h")) && fileExists(l) {
				inc, lib = i, l
				return true
			}
		}
		return false
	}
	if r := os.Getenv("GOCROOT"); r != "" {
		if try(r) {
			return
		}
		return "", "", fmt.Errorf("GOCROOT=%s has no include/goc.h and runtime/libgocrt.a", r)
	}
	exe, e := os.Executable()
	if e == nil {
		if real, e := filepath.EvalSymlinks(exe); e == nil {
			exe = real
		}
		if try(filepath.Dir(filepath.Dir(exe))) {
			return
		}
	}
	return "", "", fmt.Errorf("cannot find the goc runtime (include/goc.h, libgocrt.a) next to %s; set GOCROOT", exe)
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// debugCFlags come before the user's CFLAGS: DWARF line tables and the
// inlined-call records, from which the runtime learns a pc's Go file, line
// and inlined frames (runtime/symtab.c); about 1% more compile time. DWARF
// 4: the libdw of Debian 12 cannot find the scopes of clang's DWARF 5.
const debugCFlags = "-g1 -gdwarf-4"

// fixedCFlags follow the user's CFLAGS. Go never turns a call into a jump:
// without -fno-optimize-sibling-calls, gcc -O2 makes some unbounded
// recursions loop forever instead of overflowing the stack (gc: "fatal
// error: stack overflow"). Nor does gc inline a recursive function into
// itself: gcc's recursive inlining (8 levels deep) leaves a traceback
// unable to tell how deep the recursion went (clang ignores --param), nor
// merge functions with the same code (gcc's identical code folding gives
// two functions one name in tracebacks and runtime.FuncForPC), nor split a
// function in two (gcc's partial inlining calls the split-off part, which
// the DWARF names as the function: two frames for one call). Programs are
// position-dependent executables, as gc links them on linux/amd64 (-fno-pie
// -no-pie): package variables sit at low fixed addresses and are reached
// without the GOT. Every function and object has its own section, so the
// link drops what the program does not use (package units hold every
// function of their package). Part of the build-cache key. Go has no
// errno: -fno-math-errno makes math.Sqrt's __builtin_sqrt one SQRTSD
// (include/goc/intrin.h). Goroutine stacks are fixed-size slots below a
// 64 KiB guard (runtime/stack.c) and the escape analysis puts objects of up
// to 64 KiB in C frames: -fstack-clash-protection probes every page of a
// large frame as it is allocated, so an overflow faults in the guard (gc's
// "stack overflow") instead of jumping past it into the next slot.
const fixedCFlags = "-fstack-clash-protection -fno-optimize-sibling-calls --param max-inline-recursive-depth=0 --param max-inline-recursive-depth-auto=0 -fno-ipa-icf -fno-partial-inlining -fno-pie -no-pie -ffunction-sections -fdata-sections -fno-math-errno"

// gccAMD64CFlags come before the user's CFLAGS when the compiler is gcc on
// x86-64. gcc's generic tuning copies and clears aggregates of 32 bytes to
// 8 KiB whose size it knows with REP MOVSQ/STOSQ, which take ~30 cycles to
// start on AMD's cores (a function returning a [512]byte key copied it
// twice, 40% of map/arr512/miss/64); gc's DUFFCOPY/DUFFZERO are unrolled
// vector moves. Up to 256 bytes an inline SSE loop, beyond that libc's
// memcpy/memset (which pick the CPU's best method at run time). clang already
// calls memcpy for large copies, and rejects these options.
// Small aggregates (a 24-byte slice passed or returned in memory, a struct
// assigned whole) gcc copies with 16-byte SSE loads; when the source was
// just written field by field, 8 bytes at a time (a slice parameter kept in
// registers and stored back for the next call, a slice returned through
// the hidden pointer), the 16-byte load cannot take its data from the two
// pending stores and waits for them to retire: a store-forwarding stall,
// 27% of regexp's (*machine).add and 35% of strconv.appendQuotedWith under
// perf. Without sse_unaligned_store_optimal, gcc's widest piece for such
// copies (MOVE_MAX) is 8 bytes, so each load meets one store of its size.
// Whole-programs family, CPU time, A/B min of 3: fmtlines 0.96 -> 0.82 s,
// regex 1.21 -> 1.10, revcomp 0.29 -> 0.24, geomean 0.986; map and slice
// cases within noise.
const gccAMD64CFlags = "-mmemcpy-strategy=vector_loop:256:noalign,libcall:-1:noalign -mmemset-strategy=vector_loop:256:noalign,libcall:-1:noalign -mtune-ctrl=^sse_unaligned_store_optimal"

// isGCC reports whether the C compiler command cc (possibly behind ccache,
// sccache or distcc) is gcc: its name, after symbolic links (cc ->
// /etc/alternatives/cc -> gcc-12), is gcc, gcc-N or TRIPLE-gcc[-N].
func isGCC(cc string) bool {
	words := strings.Fields(cc)
	for len(words) > 1 {
		switch filepath.Base(words[0]) {
		case "ccache", "sccache", "distcc":
			words = words[1:]
			continue
		}
		break
	}
	if len(words) == 0 {
		return false
	}
	path, err := exec.LookPath(words[0])
	if err != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	base := filepath.Base(path)
	if i := strings.LastIndex(base, "gcc"); i >= 0 {
		rest := base[i+3:]
		return (i == 0 || base[i-1] == '-') && (rest == "" || rest[0] == '-')
	}
	return false
}

func cacheDir() string {
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "goc")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".cache", "goc")
	}
	return filepath.Join(os.TempDir(), "goc-cache")
}

// builder translates a program's packages, compiles their C units and links
// them, caching each unit by its package's source and its dependencies'
// shapes, each object file by the unit's C text and everything else the
// compiler reads (compiler, flags, runtime headers), and the executable by
// the objects and the runtime library.
type builder struct {
	cc      string
	cflags  []string // the user's CFLAGS, then fixedCFlags
	inc     string
	lib     string
	ckey    string // what every object's key starts with
	keepDir string // -work: the C files are written (and kept) here
	trace   bool   // -x: print the compiler commands
	cache   string
}

func newBuilder(keepDir string, trace bool) (*builder, int) {
	inc, lib, err := root()
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return nil, 1
	}
	b := &builder{cc: strings.TrimSpace(os.Getenv("CC")), inc: inc, lib: lib, keepDir: keepDir, trace: trace, cache: cacheDir()}
	if b.cc == "" {
		b.cc = "cc"
	}
	cflags := os.Getenv("CFLAGS")
	if cflags == "" {
		cflags = "-O2"
	}
	b.cflags = strings.Fields(debugCFlags)
	if runtime.GOARCH == "amd64" && isGCC(b.cc) {
		b.cflags = append(b.cflags, strings.Fields(gccAMD64CFlags)...)
	}
	b.cflags = append(append(b.cflags, strings.Fields(cflags)...), strings.Fields(fixedCFlags)...)
	h := sha256.New()
	fmt.Fprintf(h, "goc object\x00%s\x00%q\x00%s\x00", b.cc, b.cflags, inc)
	for _, hdr := range headerFiles(inc) {
		if st, err := os.Stat(hdr); err == nil {
			fmt.Fprintf(h, "%s\x00%d\x00%d\x00", hdr, st.Size(), st.ModTime().UnixNano())
		}
	}
	b.ckey = hex.EncodeToString(h.Sum(nil))
	return b, 0
}

func headerFiles(inc string) []string {
	m, _ := filepath.Glob(filepath.Join(inc, "goc", "*.h"))
	return append(m, filepath.Join(inc, "goc.h"))
}

// buildArgs builds the program that args name, with build tags tags; it
// returns the executable (in the cache) and the program's default name, or
// an exit status after printing errors. When the record of the same build
// finds every input unchanged (record.go), nothing is loaded. out is where
// the executable will be written ("": nowhere; a directory: there, under
// the program's name).
func buildArgs(args, tags []string, keepDir, out string, trace bool) (exe, name string, code int) {
	start := time.Now()
	b, code := newBuilder(keepDir, trace)
	if code != 0 {
		return "", "", code
	}
	b.trim()
	key := b.recordKey(args, tags)
	// Since the recorded build, which translated every package, the
	// packages whose files are unchanged need no type-checking of their
	// function bodies, unless their translation is not in the cache (a
	// package they import changed its shape): the build then loads the
	// program again in full.
	//
	// The standard packages' bodies are left out too when the cache holds
	// translations of standard packages (a build translated some): their
	// files are Go's installation and goc's replacements, so a translation
	// that the unit keys find in the cache was made from the same files,
	// whatever program it was made for. A program built for the first
	// time (the conformance suite's case) then type-checks only its own
	// packages in full.
	var unchanged map[string]bool
	skipped := false
	var listing []byte
	if r := b.readRecord(key); r != nil {
		upToDate, same, sameListing := r.check()
		if sameListing {
			listing = r.Listing
		}
		if upToDate && keepDir == "" {
			used(r.Exe)
			b.phase("up to date", start)
			return r.Exe, r.Name, 0
		}
		unchanged = same
	}
	stdCached := b.stdTranslated()
	var skip func(p *load.Package) bool
	if unchanged != nil || stdCached {
		skip = func(p *load.Package) bool {
			if p.Std && stdCached {
				skipped = true
				return true
			}
			if unchanged == nil {
				return false
			}
			for _, f := range p.FileNames {
				if !unchanged[f] && !strings.HasPrefix(f, "$GOC/") {
					return false
				}
			}
			skipped = true
			return true
		}
	}
	var prog *load.Program
	if skip != nil {
		var err error
		prog, err = loadArgs(args, tags, skip, listing)
		if err != nil && skipped {
			// errors: reported as a full load finds them, all of them
			b.phase(fmt.Sprintf("load with function bodies left out: %v; loading again", err), start)
			prog, code = loadProgram(args, tags, nil, nil)
		} else if err != nil {
			code = report(err)
		}
	} else {
		prog, code = loadProgram(args, tags, nil, nil)
	}
	if code != 0 {
		return "", "", code
	}
	exe, code = b.build(prog)
	if code == needBodies {
		b.phase("packages to translate again whose bodies were not type-checked: loading again", start)
		if prog, code = loadProgram(args, tags, nil, prog.Listing); code == 0 {
			exe, code = b.build(prog)
		}
	}
	if code != 0 {
		return "", "", code
	}
	if out != "" {
		if st, err := os.Stat(out); err == nil && st.IsDir() {
			out = filepath.Join(out, prog.Name) // as cmdBuild writes it
		}
	}
	b.writeRecord(key, prog, exe, out)
	return exe, prog.Name, 0
}

// needBodies is build's answer when a package whose function bodies were not
// type-checked (load.Package.BodiesUnchecked) must be translated: the
// program must be loaded in full.
const needBodies = -1

// build translates, compiles and links prog; it returns the executable (in
// the cache), or an exit status after printing errors, or needBodies.
func (b *builder) build(prog *load.Program) (string, int) {
	start := time.Now()
	keys, escKey := b.unitKeys(prog)
	b.phase("unit keys", start)
	cached := make([]*unit, len(prog.Pkgs))
	translating, stdUnchecked := false, false
	for i, p := range prog.Pkgs {
		if cached[i] = b.cachedUnit(p, keys[p]); cached[i] == nil {
			if p.BodiesUnchecked {
				return "", needBodies
			}
			translating = true
		}
		stdUnchecked = stdUnchecked || p.Std && p.BodiesUnchecked
	}
	// the standard packages' escape tags, as a translation of the same
	// standard packages computed them
	escFile := filepath.Join(b.cache, "esc", escKey[:2], escKey+".json")
	escCached := false
	if translating {
		if data, err := os.ReadFile(escFile); err == nil && lower.UseStdEscapes(prog, data) == nil {
			used(escFile)
			escCached = true
		} else if stdUnchecked {
			return "", needBodies
		}
	}
	// Each package is translated (unless its unit is cached) and compiled
	// (unless its object is), as soon as possible: translations and C
	// compilations share one budget of CPUs.
	n := len(prog.Pkgs)
	units := make([]*unit, n)
	objs := make([]string, n)
	terrs := make([]error, n)
	cerrs := make([]error, n)
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, p := range prog.Pkgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := cached[i]
			if u == nil {
				sem <- struct{}{}
				t0 := time.Now()
				u, terrs[i] = b.translate(prog, p, keys[p])
				b.phase("translate "+p.Path, t0)
				<-sem
				if terrs[i] != nil {
					return
				}
			}
			units[i] = u
		}()
	}
	wg.Wait()
	if translating && !escCached {
		if data, ok := lower.StdEscapes(prog); ok {
			writeFileAtomic(escFile, data)
		}
	}
	for _, err := range terrs {
		if err != nil {
			return "", report(err)
		}
	}
	pus := make([]*lower.PackageUnit, n)
	for i, u := range units {
		pus[i] = u.PackageUnit
	}
	if err := lower.Reached(prog, pus); err != nil {
		return "", report(err)
	}
	// Only the definitions the program reaches are compiled (lower.PruneUnits):
	// a unit's object is keyed by its text and the part of it kept.
	var kept *lower.Kept
	sets := make([][]string, n)
	if !strings.Contains(os.Getenv("GOCDEBUG"), "noprune") {
		t0 := time.Now()
		kept = b.prune(units, pus, sets)
		b.phase("prune", t0)
	}
	for i, u := range units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			objs[i], cerrs[i] = b.object(u, kept, sets[i])
			<-sem
		}()
	}
	wg.Wait()
	for _, err := range cerrs {
		if err != nil {
			var ce *ccError
			fmt.Fprintf(os.Stderr, "goc: %v\n", err)
			if errors.As(err, &ce) {
				return "", 3
			}
			return "", 1
		}
	}
	b.phase("translate and compile", start)
	exe, code := b.link(objs)
	if strings.Contains(os.Getenv("GOCDEBUG"), "time") {
		var self, kids syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &self)
		syscall.Getrusage(syscall.RUSAGE_CHILDREN, &kids)
		cpu := func(r *syscall.Rusage) float64 {
			return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
		}
		fmt.Fprintf(os.Stderr, "goc: CPU %.2fs in goc, %.2fs in the go command and the C compiler\n", cpu(&self), cpu(&kids))
	}
	return exe, code
}

// prune computes which definitions of each unit are compiled (sets[i] for
// units[i], lower.Kept.Needed): what the program reaches, and what earlier
// builds compiled the same unit with, so that one object of a unit serves
// every program built with it, as a package's object does with gc (the
// sets only grow). The sets are kept in the cache (prune/<unit hash>),
// read and written under a lock so that concurrent builds lose no symbol:
// every symbol a set holds was reached by a program, with everything it
// refers to, in the sets of their units.
func (b *builder) prune(units []*unit, pus []*lower.PackageUnit, sets [][]string) *lower.Kept {
	dir := filepath.Join(b.cache, "prune")
	os.MkdirAll(dir, 0o755)
	if lock, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644); err == nil {
		syscall.Flock(int(lock.Fd()), syscall.LOCK_EX)
		defer lock.Close() // unlocks
	}
	files := make([]string, len(units))
	olds := make([][]string, len(units))
	for i, u := range units {
		files[i] = filepath.Join(dir, u.srcHash[:2], u.srcHash)
		if data, err := os.ReadFile(files[i]); err == nil && len(data) > 0 {
			olds[i] = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			used(files[i])
		}
	}
	kept := lower.PruneUnitsFrom(pus, olds)
	for i, u := range units {
		sets[i] = kept.Needed(u.PackageUnit)
		if strings.Join(sets[i], "\n") != strings.Join(olds[i], "\n") {
			writeFileAtomic(files[i], []byte(strings.Join(sets[i], "\n")+"\n"))
		}
	}
	return kept
}

// stdTranslated says whether the cache holds the standard packages' escape
// tags of some earlier build, which a build writes when it translates
// standard packages: the cache then likely holds their units, and a build
// type-checks the standard packages without their function bodies (when a
// unit or the escape tags it needs are missing after all, the program is
// loaded again in full: needBodies).
func (b *builder) stdTranslated() bool {
	d, err := os.Open(filepath.Join(b.cache, "esc"))
	if err != nil {
		return false
	}
	defer d.Close()
	names, _ := d.Readdirnames(1)
	return len(names) > 0
}

// phase reports the time since start under GOCDEBUG=time.
func (b *builder) phase(what string, start time.Time) {
	if strings.Contains(os.Getenv("GOCDEBUG"), "time") {
		fmt.Fprintf(os.Stderr, "goc: %s %.3fs\n", what, time.Since(start).Seconds())
	}
}

// translation keys -----------------------------------------------------------

// exeID identifies this goc executable (its translator and
// replacements): a hash of its content, remembered by path, size and time.
func (b *builder) exeID() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	st, err := os.Stat(exe)
	if err != nil {
		return "unknown"
	}
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%d", exe, st.Size(), st.ModTime().UnixNano())))
	memo := filepath.Join(b.cache, "exe", hex.EncodeToString(h[:16]))
	if id, err := os.ReadFile(memo); err == nil && len(id) == 64 {
		used(memo)
		return string(id)
	}
	id := fileHash(exe)
	if id == "missing" {
		return "unknown"
	}
	writeFileAtomic(memo, []byte(id))
	return id
}

// translationBase is what every unit's key starts with: goc itself, the
// runtime library (which functions without body it implements), and the
// facts of the whole program some lowering depends on.
func (b *builder) translationBase(prog *load.Program) string {
	h := sha256.New()
	fmt.Fprintf(h, "goc unit\x00%s\x00%s\x00", version, b.exeID())
	if st, err := os.Stat(b.lib); err == nil {
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00", b.lib, st.Size(), st.ModTime().UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// sourceDeps lists the packages translated from source that p imports,
// directly or through packages without a unit.
func sourceDeps(p *load.Package, byTypes map[*types.Package]*load.Package) []*load.Package {
	var deps []*load.Package
	seen := map[*types.Package]bool{}
	var walk func([]*types.Package)
	walk = func(ts []*types.Package) {
		for _, t := range ts {
			if seen[t] {
				continue
			}
			seen[t] = true
			if q := byTypes[t]; q != nil {
				deps = append(deps, q)
			} else {
				walk(t.Imports())
			}
		}
	}
	walk(p.Imports)
	sort.Slice(deps, func(i, j int) bool { return deps[i].Path < deps[j].Path })
	return deps
}

// unitKeys computes every package's unit key: its own source, its language
// version and the shape keys of its dependencies (each of which covers the
// dependencies' own dependencies), the shapes of its linkname partners
// (lower.LinkPartners: Go code of packages it does not import may implement
// its body-less functions); the main package's also names every package of
// the program (main__init calls them all).
//
// escKey is the key of the standard packages' escape tags: goc and the
// shapes (the whole source) of the standard packages.
func (b *builder) unitKeys(prog *load.Program) (keys map[*load.Package]string, escKey string) {
	base := b.translationBase(prog)
	byTypes := map[*types.Package]*load.Package{}
	for _, p := range prog.Pkgs {
		byTypes[p.Types] = p
	}
	shapes := map[*load.Package]string{}
	keys = map[*load.Package]string{}
	eh := sha256.New()
	fmt.Fprintf(eh, "goc std escapes\x00%s\x00", base)
	// descriptors' method tables hold the Tfn of methods only in programs
	// with reflect (its only reader): every unit writes its copies so
	reflect := false
	for _, p := range prog.Pkgs {
		reflect = reflect || p.Path == "reflect"
	}
	partners := lower.LinkPartners(prog)
	for _, p := range prog.Pkgs { // every package after its imports
		deps := sourceDeps(p, byTypes)
		sh := sha256.New()
		sh.Write(lower.Shape(prog.Fset, p))
		kh := sha256.New()
		fmt.Fprintf(kh, "%s\x00%s\x00%s\x00%v\x00", base, p.Path, p.GoVersion, reflect)
		for i, n := range p.FileNames {
			fmt.Fprintf(kh, "%s\x00%d\x00", n, len(p.Srcs[i]))
			kh.Write(p.Srcs[i])
		}
		// the data of //go:embed variables (the unit holds it)
		var embedded []string
		for obj, e := range p.Embeds {
			for _, f := range e.Files {
				embedded = append(embedded, fmt.Sprintf("%s\x00%d\x00%s\x00%x", obj.Name(), e.Kind, f.Name, sha256.Sum256(f.Data)))
			}
		}
		sort.Strings(embedded)
		for _, e := range embedded {
			fmt.Fprintf(kh, "\x00embed %s", e)
		}
		for _, d := range deps {
			fmt.Fprintf(sh, "\x00%s\x00%s", d.Path, shapes[d])
			fmt.Fprintf(kh, "\x00%s\x00%s", d.Path, shapes[d])
		}
		for _, q := range partners[p] {
			ph := sha256.Sum256(lower.Shape(prog.Fset, q))
			fmt.Fprintf(kh, "\x00link %s\x00%x", q.Path, ph)
		}
		if p.Types == prog.Pkg {
			for _, q := range prog.Pkgs {
				fmt.Fprintf(kh, "\x00init %s", q.Path)
			}
		}
		shapes[p] = hex.EncodeToString(sh.Sum(nil))
		keys[p] = hex.EncodeToString(kh.Sum(nil))
		if p.Std {
			fmt.Fprintf(eh, "%s\x00%s\x00", p.Path, shapes[p])
		}
	}
	return keys, hex.EncodeToString(eh.Sum(nil))
}

// unit is a package's C unit as the build cache keeps it: the C text is a
// file of its own, read only when its object file is not cached.
type unit struct {
	*lower.PackageUnit
	srcFile string // the cached C text
	srcHash string // hash of the C text
}

// source returns the unit's C text.
func (u *unit) source() (string, error) {
	if u.Src == "" {
		b, err := os.ReadFile(u.srcFile)
		if err != nil {
			return "", err
		}
		u.Src = string(b)
	}
	return u.Src, nil
}

// cachedUnit returns package p's unit from the cache, or nil. The unit's
// description (its symbols and their references, which every build reads
// for every unit of its program) is kept in gob, which decodes seven times
// faster than JSON: a tenth of a warm build's CPU time was JSON's.
func (b *builder) cachedUnit(p *load.Package, key string) *unit {
	base := filepath.Join(b.cache, "unit", key[:2], key)
	data, err := os.ReadFile(base + ".gob")
	if err != nil {
		return nil
	}
	u := &unit{PackageUnit: &lower.PackageUnit{}, srcFile: base + ".c"}
	if gob.NewDecoder(bytes.NewReader(data)).Decode(u.PackageUnit) != nil || u.Path != p.Path || !used(u.srcFile) {
		return nil
	}
	used(base + ".gob")
	u.srcHash = u.Hash
	return u
}

// translate translates package p and caches its unit under key.
func (b *builder) translate(prog *load.Program, p *load.Package, key string) (*unit, error) {
	base := filepath.Join(b.cache, "unit", key[:2], key)
	pu, err := lower.TranslatePackage(prog, p)
	if err != nil {
		return nil, err
	}
	h := sha256.Sum256([]byte(pu.Src))
	pu.Hash = hex.EncodeToString(h[:])
	src := pu.Src
	pu.Src = ""
	var data bytes.Buffer
	err = gob.NewEncoder(&data).Encode(pu)
	if err == nil && writeFileAtomic(base+".c", []byte(src)) == nil {
		writeFileAtomic(base+".gob", data.Bytes())
	}
	pu.Src = src
	return &unit{PackageUnit: pu, srcFile: base + ".c", srcHash: pu.Hash}, nil
}

// writeFileAtomic writes a cache file so that a reader sees all of it or nothing.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := fmt.Sprintf("%s.tmp%d", path, os.Getpid())
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// compiling and linking --------------------------------------------------------

// runCC runs the C compiler; CC may hold a command with its own arguments
// (CC="ccache cc").
func (b *builder) runCC(argv []string) ([]byte, error) {
	if b.trace {
		fmt.Fprintln(os.Stderr, b.cc+" "+strings.Join(argv, " "))
	}
	cc := strings.Fields(b.cc)
	argv = append(cc[1:len(cc):len(cc)], argv...)
	out, err := exec.Command(cc[0], argv...).CombinedOutput()
	if err != nil {
		// once more: a runtime library or header being rebuilt at this moment is not our bug
		time.Sleep(300 * time.Millisecond)
		out, err = exec.Command(cc[0], argv...).CombinedOutput()
	}
	return out, err
}

// object returns the cached object file of unit u, compiling it on a miss.
// The C file is kept beside the object, named by its text: the same unit is
// always compiled from the same path (ccache and distcc see the same input).
func (b *builder) object(u *unit, kept *lower.Kept, set []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s", b.ckey, u.srcHash)
	if kept != nil {
		fmt.Fprintf(h, "\x00%s", lower.SetKey(set))
	}
	key := hex.EncodeToString(h.Sum(nil))[:32]
	source := u.source
	if kept != nil {
		source = func() (string, error) {
			src, err := u.source()
			if err != nil {
				return "", err
			}
			return kept.Source(u.PackageUnit, src, set), nil
		}
	}
	dir := filepath.Join(b.cache, "obj", key[:2])
	obj := filepath.Join(dir, key+".o")
	cfile := filepath.Join(dir, key+"-"+u.File)
	if b.keepDir != "" {
		src, err := source()
		if err != nil {
			return "", err
		}
		cfile = filepath.Join(b.keepDir, u.File)
		if err := os.WriteFile(cfile, []byte(src), 0o644); err != nil {
			return "", err
		}
	}
	if used(obj) {
		return obj, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if b.keepDir == "" && !fileExists(cfile) {
		src, err := source()
		if err != nil {
			return "", err
		}
		if err := writeFileAtomic(cfile, []byte(src)); err != nil {
			return "", err
		}
	}
	tmp := fmt.Sprintf("%s.tmp%d", obj, os.Getpid())
	argv := []string{"-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-w"}
	argv = append(argv, b.cflags...)
	argv = append(argv, "-I"+b.inc, "-c", cfile, "-o", tmp)
	out, err := b.runCC(argv)
	if err != nil {
		os.Remove(tmp)
		if os.Getenv("GOCDEBUG") != "" {
			os.Stderr.Write(out)
		}
		return "", &ccError{cfile}
	}
	if err := os.Rename(tmp, obj); err != nil {
		return "", err
	}
	return obj, nil
}

// ccError: the C compiler rejected generated code (a translator bug).
type ccError struct{ cfile string }

func (e *ccError) Error() string {
	return "internal error: C compiler failed on generated code, kept in " + e.cfile
}

// linkLibs returns the libraries to link after the runtime. The
// installation's goc_ldflags (written by make, next to libgocrt.a) holds a
// static link's when the system has every archive: programs are then
// static, as gc's are. Otherwise, and always under -fsanitize (the
// sanitizers' runtimes are shared libraries), the link is dynamic:
// bdw-gc's pkg-config libraries, libffi, and libdw loaded by the runtime
// when it first needs it.
func (b *builder) linkLibs() []string {
	sanitize := false
	for _, f := range b.cflags {
		sanitize = sanitize || strings.HasPrefix(f, "-fsanitize")
	}
	if !sanitize {
		if data, err := os.ReadFile(filepath.Join(filepath.Dir(b.lib), "goc_ldflags")); err == nil {
			if f := strings.Fields(string(data)); len(f) > 0 {
				return f
			}
		}
	}
	libs := []string{"-lgc"}
	if out, err := exec.Command("pkg-config", "--libs", "bdw-gc").Output(); err == nil {
		libs = strings.Fields(string(out))
	}
	return append(libs, "-lpthread", "-lm", "-lffi")
}

// link links the objects with the runtime into an executable in the cache
// and returns its path.
func (b *builder) link(objs []string) (string, int) {
	start := time.Now()
	defer b.phase("link", start)
	libs := b.linkLibs()
	libSt, err := os.Stat(b.lib)
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	h := sha256.New()
	fmt.Fprintf(h, "goc link\x00%s\x00%q\x00%s\x00%d\x00%d\x00%q\x00%q\x00", b.cc, b.cflags, b.lib, libSt.Size(), libSt.ModTime().UnixNano(), libs, objs)
	key := hex.EncodeToString(h.Sum(nil))[:32]
	dir := filepath.Join(b.cache, key[:2], key)
	exe := filepath.Join(dir, "prog")
	if used(exe) {
		return exe, 0
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	tmpExe := fmt.Sprintf("%s.tmp%d", exe, os.Getpid())
	argv := append([]string{}, b.cflags...)
	argv = append(argv, objs...)
	argv = append(argv, "-o", tmpExe, "-Wl,--gc-sections", b.lib)
	if ld := filepath.Join(filepath.Dir(b.lib), "goc_text.ld"); fileExists(ld) {
		// gathers the translated functions, the code the runtime's
		// preemption signal may interrupt (runtime/preempt.c)
		argv = append(argv, "-Wl,-T,"+ld)
	}
	argv = append(argv, libs...)
	out, err := b.runCC(argv)
	if err != nil {
		os.Remove(tmpExe)
		if os.Getenv("GOCDEBUG") != "" {
			os.Stderr.Write(out)
		}
		fmt.Fprintf(os.Stderr, "goc: internal error: linking the program failed (objects %s)\n", strings.Join(objs, " "))
		return "", 3
	}
	if err := os.Rename(tmpExe, exe); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	return exe, 0
}
