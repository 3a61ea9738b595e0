// This file leaves out of a program's package units the definitions the
// program cannot reach, as gc's linker does (cmd/link/internal/ld/deadcode.go):
// a unit is translated whole and cached, and the build compiles only the
// part of it that the whole program keeps.
//
// A symbol is kept when it is reached from C's main through the units'
// references (PackageUnit.Refs). The method code tables (goc_moduletext__P,
// which the type descriptors index) are not followed: an entry, the code
// of method M of type T, is kept when T's descriptor is reached and the
// program calls a method named M through an interface somewhere (the
// pseudo-symbol icallSym(M) is reached), or, when the program may look
// methods up by reflection (reflect.Value.Method/MethodByName or an
// interface method named Method/MethodByName is reached), when M is
// exported; an entry left out is NULL, as gc sets it to -1. The C runtime
// calls Error and String through the tables (printing a panic value), so
// those are always "called". Like gc's, the method rule is by name only,
// not name and signature (a little more is kept).
package lower

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

// icallSym is the pseudo-symbol a unit's Refs use for a call of interface
// method name.
func icallSym(name string) string { return "goc:icall:" + name }

// Kept is the set of symbols a program keeps (PruneUnits).
//
// A symbol several units define (a type's descriptor, which every unit
// that uses the type writes as a weak definition; the static wrappers of
// its methods, which each of those units has its own of) is kept unit by
// unit: a reference from a unit that defines the symbol itself is to its
// own copy (a static one must be, a weak one may be: the link takes one
// copy of a weak symbol, any one serves), and only a reference from a
// unit that does not define it keeps every unit's copy. So a program that
// converts a time.Duration to an interface compiles one copy of its
// descriptor, its own, instead of one in each of the units that hold
// one (time, os, fmt, io/fs, ...), and those units' objects serve it as
// they are.
type Kept struct {
	seen     map[string]bool
	defined  map[string]bool  // the symbols the units define
	dup      map[string]bool  // the symbols more than one unit defines
	definers map[string][]int // the units (indexes) that define a symbol
	any      map[string]bool  // the symbols some unit's copy of which is kept
	index    map[*PackageUnit]int
}

// node is the name under which the graph walk knows symbol s of unit ui:
// s itself, or for a symbol more than one unit defines, s and the unit.
func (k *Kept) node(ui int, s string) string {
	if k.dup[s] {
		return fmt.Sprintf("%s\x00%d", s, ui)
	}
	return s
}

// Module tables whose entries are kept only when reached otherwise: the
// type descriptors (and names) TypeOffs index, the unnamed types reflect
// looks up (typelinks). Their entries not kept are NULL.
const (
	offsTable      = "goc_moduleoffs__"
	typelinksTable = "goc_moduletypelinks__"
)

// PruneUnits computes what the program made of units keeps; roots are
// symbols kept besides C's main (what earlier builds compiled the units
// with: see Needed), each in every unit that defines it.
func PruneUnits(units []*PackageUnit, roots []string) *Kept {
	unitRoots := make([][]string, len(units))
	for i := range units {
		unitRoots[i] = roots
	}
	return PruneUnitsFrom(units, unitRoots)
}

// PruneUnitsFrom is PruneUnits with roots given unit by unit: roots[i]
// are symbols unit i keeps (the set an earlier build compiled it with).
func PruneUnitsFrom(units []*PackageUnit, roots [][]string) *Kept {
	k := &Kept{seen: map[string]bool{}, defined: map[string]bool{}, dup: map[string]bool{},
		definers: map[string][]int{}, any: map[string]bool{}, index: map[*PackageUnit]int{}}
	definers := k.definers
	tables := map[string]bool{}
	type unitMethod struct {
		ui int
		m  TextMethod
	}
	var meths []unitMethod
	for ui, u := range units {
		k.index[u] = ui
		for _, c := range u.Chunks {
			for _, d := range c.Defs {
				if n := definers[d]; len(n) == 0 || n[len(n)-1] != ui {
					definers[d] = append(n, ui)
				}
			}
		}
		if u.TextTable != "" {
			tables[u.TextTable] = true
			for _, m := range u.TextMethods {
				meths = append(meths, unitMethod{ui, m})
			}
		}
	}
	for d, n := range definers {
		k.defined[d] = true
		if len(n) > 1 {
			k.dup[d] = true
		}
	}
	// what a node is: its unit (-1: no unit defines it) and symbol
	type sym struct {
		ui int
		s  string
	}
	nodes := map[string]sym{}
	seen := k.seen
	var work []sym
	parent := map[string]string{}
	cur := ""
	markNode := func(ui int, s string) {
		n := k.node(ui, s)
		if !seen[n] {
			seen[n] = true
			k.any[s] = true
			nodes[n] = sym{ui, s}
			parent[n] = cur
			work = append(work, sym{ui, s})
		}
	}
	// mark keeps symbol s as unit from refers to it: from's own copy when
	// from defines s, else every unit's (from -1: no unit refers to it).
	mark := func(from int, s string) {
		n := definers[s]
		switch {
		case len(n) == 0:
			markNode(-1, s)
		case len(n) == 1:
			markNode(n[0], s)
		case from >= 0 && slicesContains(n, from):
			markNode(from, s)
		default:
			for _, ui := range n {
				markNode(ui, s)
			}
		}
	}
	// refs lists what symbol s of unit ui refers to
	refs := func(x sym) []string {
		if x.ui < 0 {
			return nil
		}
		return units[x.ui].Refs[x.s]
	}
	mark(-1, "main")
	mark(-1, icallSym("Error"))
	mark(-1, icallSym("String"))
	// First what the program reaches, with the method rule; then what the
	// roots (code compiled for other programs, which this one never runs)
	// refer to, so that whatever is compiled links. A unit's copy of a
	// descriptor that only the roots keep may be the one the link takes
	// (any compiled copy may be): the method rule gives it the entries of
	// the methods this program calls of the types this program uses.
	var prog map[string]bool // what the program reaches (when the roots come in)
	reflect := false
	for {
		for len(work) > 0 {
			x := work[len(work)-1]
			work = work[:len(work)-1]
			s := x.s
			cur = k.node(x.ui, s)
			if tables[s] || strings.HasPrefix(s, typelinksTable) {
				continue
			}
			if strings.HasPrefix(s, "goc_itab__") {
				// a static itab's methods are kept by the method rule
				// (its type's table), as gc's itab entries are weak
				for _, r := range refs(x) {
					if !strings.HasPrefix(r, "goc_ifn__") {
						mark(x.ui, r)
					}
				}
				continue
			}
			if strings.HasPrefix(s, offsTable) {
				// names of packages that ride in method names (nameOff)
				for _, r := range refs(x) {
					if strings.HasPrefix(r, "goc_pkgname__") {
						mark(x.ui, r)
					}
				}
				continue
			}
			for _, r := range refs(x) {
				mark(x.ui, r)
			}
		}
		called := seen
		if prog != nil {
			called = prog
		} else {
			reflect = seen[icallSym("Method")] || seen[icallSym("MethodByName")] ||
				seen["reflect__Value__Method"] || seen["reflect__Value__MethodByName"]
		}
		cur = "(method table)"
		for _, um := range meths {
			m := um.m
			if !seen[k.node(um.ui, m.Fn)] && k.reachedFrom(um.ui, m.Desc) && (prog == nil || prog[m.Desc]) &&
				(called[icallSym(m.Name)] || reflect && m.Exported) {
				mark(um.ui, m.Fn)
				if m.Mtyp != "" {
					mark(um.ui, m.Mtyp)
				}
			}
		}
		if len(work) > 0 {
			continue
		}
		if prog != nil {
			break
		}
		prog = make(map[string]bool, len(k.any))
		for s := range k.any {
			prog[s] = true
		}
		cur = "(compiled for other programs)"
		for ui, rs := range roots {
			for _, r := range rs {
				if len(definers[r]) > 0 {
					mark(ui, r)
				}
			}
		}
	}
	if why := os.Getenv("GOCPRUNEWHY"); why != "" {
		n := why
		if !seen[n] {
			for m := range seen {
				if nodes[m].s == why {
					n = m
					break
				}
			}
		}
		for ; n != ""; n = parent[n] {
			fmt.Fprintf(os.Stderr, "goc: prune: %s\n", strings.Replace(n, "\x00", " in unit ", 1))
		}
	}
	return k
}

func slicesContains(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// Reached reports whether the program keeps symbol s (some unit's copy of it).
func (k *Kept) Reached(s string) bool { return k.any[s] }

// weakTable reports whether symbol d is a table whose entries a build may
// leave out (NULL), or a static itab whose methods it may.
func weakTable(u *PackageUnit, d string) bool {
	return u.TextTable != "" && d == u.TextTable || strings.HasPrefix(d, offsTable) ||
		strings.HasPrefix(d, typelinksTable) || strings.HasPrefix(d, "goc_itab__")
}

// Needed lists (sorted) the symbols of unit u the program keeps: the ones
// u defines and the entries of its tables and itabs. Unit u compiled with
// any superset of them (Source) serves the program, as long as every unit
// of the program is compiled with a superset of its own list: what a unit
// keeps beyond the program's needs it kept for an earlier program, whose
// units kept what it refers to.
func (k *Kept) Needed(u *PackageUnit) []string {
	ui, ok := k.index[u]
	if !ok {
		ui = -1
	}
	var out []string
	for _, c := range u.Chunks {
		for _, d := range c.Defs {
			if k.seen[k.node(ui, d)] {
				out = append(out, d)
			}
			if weakTable(u, d) {
				for _, e := range u.Refs[d] {
					if k.reachedFrom(ui, e) {
						out = append(out, e)
					}
				}
			}
		}
	}
	return uniq(out)
}

// reachedFrom reports whether the copy of symbol s that unit ui's
// references use is kept: its own when it defines s, else any unit's.
func (k *Kept) reachedFrom(ui int, s string) bool {
	if !k.dup[s] || slicesContains(k.definers[s], ui) {
		return k.seen[k.node(ui, s)]
	}
	return k.any[s]
}

// SetKey identifies a set of symbols (Needed, or a superset).
func SetKey(set []string) string {
	h := sha256.New()
	for _, s := range set {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Source returns the C text of unit u (src is u's whole text) with only
// the definitions and table entries of set: a chunk is kept when it
// defines a symbol of set; a table entry (an itab's method) naming a
// symbol that some unit of the program defines is NULL
// (goc_unreachablemethod) unless the symbol is in set.
func (k *Kept) Source(u *PackageUnit, src string, set []string) string {
	keep := make(map[string]bool, len(set))
	for _, s := range set {
		keep[s] = true
	}
	drop := func(s string) bool { return k.defined[s] && !keep[s] }
	var b strings.Builder
	b.Grow(len(src))
	prev := 0
	for _, c := range u.Chunks {
		kept := false
		for _, d := range c.Defs {
			kept = kept || keep[d]
		}
		if !kept {
			b.WriteString(src[prev:c.Start])
			prev = c.End
			continue
		}
		if len(c.Defs) != 1 || !weakTable(u, c.Defs[0]) {
			continue
		}
		b.WriteString(src[prev:c.Start])
		prev = c.End
		if strings.HasPrefix(c.Defs[0], "goc_itab__") {
			b.WriteString(itabEntries(src[c.Start:c.End], drop))
		} else {
			b.WriteString(tableEntries(src[c.Start:c.End], drop))
		}
	}
	b.WriteString(src[prev:])
	return b.String()
}

// itabEntries rewrites a static itab: the methods drop says are left out
// are goc_unreachablemethod (no call can reach them; the itab stays whole).
func itabEntries(text string, drop func(string) bool) string {
	const fp = "(void (*)(void))"
	parts := strings.Split(text, fp)
	for i := 1; i < len(parts); i++ {
		n := 0
		for n < len(parts[i]) && (parts[i][n] == '_' || parts[i][n] >= 'a' && parts[i][n] <= 'z' || parts[i][n] >= 'A' && parts[i][n] <= 'Z' || parts[i][n] >= '0' && parts[i][n] <= '9') {
			n++
		}
		if drop(parts[i][:n]) {
			parts[i] = "goc_unreachablemethod" + parts[i][n:]
		}
	}
	return strings.Join(parts, fp)
}

// tableEntries rewrites a module table (one entry a line): the entries
// that name a symbol drop says is left out become NULL.
func tableEntries(text string, drop func(string) bool) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "    ") || strings.Contains(l, "\"") {
			continue
		}
		out := false
		idents(l, func(id string) { out = out || drop(id) })
		if out {
			lines[i] = "    NULL,"
		}
	}
	return strings.Join(lines, "\n")
}
