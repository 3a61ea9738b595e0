package load

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// AtImports reports what goc cannot translate in imported packages once per
// import line of the main package, instead of at positions inside GOROOT:
//
//	main.go:3:8: unsupported: package crypto/md5: function block without body (assembly) (.../md5block_decl.go:12:6)
//	main.go:4:8: unsupported: package net/http (needs net: ...)
//
// list holds the diagnostics; those of imported packages (Pkg set) are
// replaced by one per import of files whose package needs a package with a
// diagnostic: the first such package in dependency order (pkgs: every package
// after its imports), so the one named is a cause, not a consequence. The
// reason is that package's first diagnostic. Diagnostics of the main package
// are kept; the result is sorted by position.
func AtImports(fset *token.FileSet, files []*ast.File, pkgs []*Package, list []Error) []Error {
	first := map[string]Error{} // package -> its first diagnostic (by position)
	var kept []Error
	for _, e := range list {
		if e.Pkg == "" {
			kept = append(kept, e)
			continue
		}
		if f, ok := first[e.Pkg]; !ok || before(e.Pos, f.Pos) {
			first[e.Pkg] = e
		}
	}
	if len(first) == 0 {
		return list
	}
	imports := map[string][]string{}
	rank := map[string]int{}
	for i, p := range pkgs {
		rank[p.Path] = i
		if p.Types != nil {
			for _, q := range p.Types.Imports() {
				imports[p.Path] = append(imports[p.Path], q.Path())
			}
		}
	}
	// cause returns the failing package path needs (itself included), earliest in dependency order.
	memo := map[string]string{}
	var cause func(path string) string
	cause = func(path string) string {
		if c, ok := memo[path]; ok {
			return c
		}
		memo[path] = ""
		best := ""
		if _, ok := first[path]; ok {
			best = path
		}
		for _, q := range imports[path] {
			if c := cause(q); c != "" && (best == "" || rank[c] < rank[best]) {
				best = c
			}
		}
		memo[path] = best
		return best
	}
	seen := map[token.Position]bool{}
	for _, f := range files {
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			c := cause(path)
			pos := fset.Position(im.Path.Pos())
			if c == "" || seen[pos] {
				continue
			}
			seen[pos] = true
			msg := fmt.Sprintf("unsupported: package %s: %s", path, reason(first[c]))
			if c != path {
				msg = fmt.Sprintf("unsupported: package %s (needs %s: %s)", path, c, reason(first[c]))
			}
			kept = append(kept, Error{Pos: pos, Msg: msg})
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return before(kept[i].Pos, kept[j].Pos) })
	return kept
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
