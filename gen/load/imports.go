package load

import (
	"fmt"
	"go/token"
	"sort"
	"strings"
)

// What goc cannot translate in a package the user's code imports (a type
// error against goc's replacements, a function without body, a construct of the
// translator's) is reported once per import line of the user's packages,
// instead of at positions inside GOROOT or a module:
//
//	main.go:3:8: unsupported: package crypto/md5: function block without body (assembly) (.../md5block_decl.go:12:6)
//	main.go:4:8: unsupported: package net/http (needs net: ...)
//
// The package named after "needs" is a cause, not a consequence: of the
// failing packages the imported one leads to, the first in dependency
// order (packages are not type-checked when an import failed, so its own
// error is the root). The reason is that package's first diagnostic, with
// its position.

// AtImports rewrites list (diagnostics of the translator or the loader) so
// that those positioned in files of packages that are not the user's are
// reported at the user's import lines (see above). Diagnostics in the user's
// packages are kept; the result is in source order.
func (prog *Program) AtImports(list []Error) []Error {
	if len(prog.Pkgs) == 0 {
		return list
	}
	st := state(prog.Pkgs[len(prog.Pkgs)-1])
	if st == nil || st.ld == nil {
		return list
	}
	return st.ld.atImports(list)
}

func (ld *loader) atImports(list []Error) []Error {
	owner := map[string]*Package{} // file name -> package not the user's
	var all []*Package
	for _, p := range ld.pkgs {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Path < all[j].Path })
	for _, p := range all {
		if p.User {
			continue
		}
		for _, n := range p.FileNames {
			owner[n] = p
		}
	}
	first := map[*Package]Error{} // package -> its first diagnostic (by position)
	var kept []Error
	for _, e := range list {
		p := owner[e.Pos.Filename]
		if p == nil {
			kept = append(kept, e)
			continue
		}
		if f, ok := first[p]; !ok || before(e.Pos, f.Pos) {
			first[p] = e
		}
	}
	if len(first) == 0 {
		return list
	}
	// rank: dependency order, by a depth-first walk from the user's packages
	rank := map[*Package]int{}
	var walk func(p *Package)
	walk = func(p *Package) {
		if _, ok := rank[p]; ok {
			return
		}
		rank[p] = -1
		for _, s := range state(p).sites {
			walk(s.to)
		}
		rank[p] = len(rank)
	}
	for _, p := range all {
		if p.User {
			walk(p)
		}
	}
	// cause returns the failing package (not the user's) that p leads to,
	// itself included, earliest in dependency order
	memo := map[*Package]*Package{}
	var cause func(p *Package) *Package
	cause = func(p *Package) *Package {
		if c, ok := memo[p]; ok {
			return c
		}
		memo[p] = nil
		var best *Package
		if _, ok := first[p]; ok {
			best = p
		}
		for _, s := range state(p).sites {
			if s.to.User {
				continue
			}
			if c := cause(s.to); c != nil && (best == nil || rank[c] < rank[best]) {
				best = c
			}
		}
		memo[p] = best
		return best
	}
	seen := map[token.Position]bool{}
	for _, p := range all {
		if !p.User {
			continue
		}
		for _, s := range state(p).sites {
			if s.to.User {
				continue
			}
			c := cause(s.to)
			pos := ld.fset.Position(s.pos)
			if c == nil || seen[pos] {
				continue
			}
			seen[pos] = true
			path := s.to.Path
			msg := fmt.Sprintf("unsupported: package %s: %s", path, reason(first[c]))
			if c != s.to {
				msg = fmt.Sprintf("unsupported: package %s (needs %s: %s)", path, c.Path, reason(first[c]))
			}
			kept = append(kept, Error{pos, msg})
		}
	}
	// a failing package no import line of the user's leads to (one loaded
	// for goc's replacements, say) keeps its diagnostic; one that does is reported
	// through the cause its importers name
	for p, e := range first {
		if _, reachable := rank[p]; !reachable {
			kept = append(kept, e)
		}
	}
	sortErrors(kept)
	return dedupe(kept)
}

// reason is a diagnostic of an imported package without its "unsupported: "
// prefix and "(in package ...)" suffix, followed by its position.
func reason(e Error) string {
	msg := strings.TrimPrefix(e.Msg, "unsupported: ")
	if i := strings.LastIndex(msg, " (in package "); i >= 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	if e.Pos.IsValid() {
		msg += fmt.Sprintf(" (%s:%d:%d)", e.Pos.Filename, e.Pos.Line, e.Pos.Column)
	}
	return msg
}

func before(a, b token.Position) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}
