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
type Kept struct {
	seen    map[string]bool
	defined map[string]bool // the symbols the units define
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
// with: see Needed).
func PruneUnits(units []*PackageUnit, roots []string) *Kept {
	refs := map[string][][]string{}
	tables := map[string]bool{}
	defined := map[string]bool{}
	var meths []TextMethod
	for _, u := range units {
		for _, c := range u.Chunks {
			for _, d := range c.Defs {
				defined[d] = true
			}
		}
		for s, r := range u.Refs {
			refs[s] = append(refs[s], r)
		}
		if u.TextTable != "" {
			tables[u.TextTable] = true
			meths = append(meths, u.TextMethods...)
		}
	}
	seen := map[string]bool{}
	var work []string
	parent := map[string]string{}
	cur := ""
	mark := func(s string) {
		if !seen[s] {
			seen[s] = true
			parent[s] = cur
			work = append(work, s)
		}
	}
	mark("main")
	mark(icallSym("Error"))
	mark(icallSym("String"))
	// First what the program reaches, with the method rule; then what the
	// roots (code compiled for other programs, which this one never runs)
	// refer to, so that whatever is compiled links.
	rootsDone := false
	for {
		for len(work) > 0 {
			s := work[len(work)-1]
			work = work[:len(work)-1]
			cur = s
			if tables[s] || strings.HasPrefix(s, typelinksTable) {
				continue
			}
			if strings.HasPrefix(s, "goc_itab__") {
				// a static itab's methods are kept by the method rule
				// (its type's table), as gc's itab entries are weak
				for _, rs := range refs[s] {
					for _, r := range rs {
						if !strings.HasPrefix(r, "goc_ifn__") {
							mark(r)
						}
					}
				}
				continue
			}
			if strings.HasPrefix(s, offsTable) {
				// names of packages that ride in method names (nameOff)
				for _, rs := range refs[s] {
					for _, r := range rs {
						if strings.HasPrefix(r, "goc_pkgname__") {
							mark(r)
						}
					}
				}
				continue
			}
			for _, rs := range refs[s] {
				for _, r := range rs {
					mark(r)
				}
			}
		}
		if rootsDone {
			if len(work) == 0 {
				break
			}
			continue
		}
		reflect := seen[icallSym("Method")] || seen[icallSym("MethodByName")] ||
			seen["reflect__Value__Method"] || seen["reflect__Value__MethodByName"]
		cur = "(method table)"
		for _, m := range meths {
			if !seen[m.Fn] && seen[m.Desc] && (seen[icallSym(m.Name)] || reflect && m.Exported) {
				mark(m.Fn)
				if m.Mtyp != "" {
					mark(m.Mtyp)
				}
			}
		}
		if len(work) == 0 {
			rootsDone = true
			cur = "(compiled for other programs)"
			for _, r := range roots {
				if defined[r] {
					mark(r)
				}
			}
		}
	}
	if why := os.Getenv("GOCPRUNEWHY"); why != "" {
		for s := why; s != ""; s = parent[s] {
			fmt.Fprintf(os.Stderr, "goc: prune: %s\n", s)
		}
	}
	return &Kept{seen: seen, defined: defined}
}

// Reached reports whether the program keeps symbol s.
func (k *Kept) Reached(s string) bool { return k.seen[s] }

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
	var out []string
	for _, c := range u.Chunks {
		for _, d := range c.Defs {
			if k.seen[d] {
				out = append(out, d)
			}
			if weakTable(u, d) {
				for _, e := range u.Refs[d] {
					if k.seen[e] {
						out = append(out, e)
					}
				}
			}
		}
	}
	return uniq(out)
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
