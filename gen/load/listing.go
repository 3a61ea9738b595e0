package load

import (
	"encoding/json"
	"strings"

	"golang.org/x/tools/go/packages"
)

// A listing is what the go command answered during a load: the packages of
// each `go list` goc ran (its patterns, the IDs of its roots) and every
// package described, with the IDs of its imports. A later load of the same
// program may take it instead of running the go command (Config.Listing),
// when nothing the go command reads has changed: no directory's listing,
// no module file, no file's package clause, build constraints, imports or
// //go:embed lines (cmd/goc/record.go decides). Program.Listing is the
// load's listing.

type listing struct {
	Calls map[string][]string // patterns (joined by "\x00") -> root IDs
	Pkgs  []listPkg
}

type listPkg struct {
	ID, Name, PkgPath                 string
	GoFiles, IgnoredFiles, OtherFiles []string          `json:",omitempty"`
	Errors                            []packages.Error  `json:",omitempty"`
	Imports                           map[string]string `json:",omitempty"` // import path -> ID
	Module                            *packages.Module  `json:",omitempty"`
}

// record notes that go list of patterns answered roots.
func (l *lister) record(patterns []string, roots []*packages.Package) {
	if l.calls == nil {
		l.calls = map[string][]*packages.Package{}
	}
	l.calls[strings.Join(patterns, "\x00")] = roots
}

// replay returns the roots the cached listing has for patterns.
func (l *lister) replay(patterns []string) ([]*packages.Package, bool) {
	if l.cached == nil {
		return nil, false
	}
	ids, ok := l.cached.Calls[strings.Join(patterns, "\x00")]
	if !ok {
		return nil, false
	}
	if l.cachedPkgs == nil {
		l.cachedPkgs = map[string]*packages.Package{}
		for _, lp := range l.cached.Pkgs {
			l.cachedPkgs[lp.ID] = &packages.Package{ID: lp.ID, Name: lp.Name, PkgPath: lp.PkgPath,
				GoFiles: lp.GoFiles, IgnoredFiles: lp.IgnoredFiles, OtherFiles: lp.OtherFiles,
				Errors: lp.Errors, Module: lp.Module, Imports: map[string]*packages.Package{}}
		}
		for _, lp := range l.cached.Pkgs {
			p := l.cachedPkgs[lp.ID]
			for ip, id := range lp.Imports {
				q := l.cachedPkgs[id]
				if q == nil {
					l.cached = nil // inconsistent: ask the go command
					return nil, false
				}
				p.Imports[ip] = q
			}
		}
	}
	var roots []*packages.Package
	for _, id := range ids {
		p := l.cachedPkgs[id]
		if p == nil {
			return nil, false
		}
		roots = append(roots, p)
	}
	return roots, true
}

// encode returns the load's listing.
func (l *lister) encode() []byte {
	ls := listing{Calls: map[string][]string{}}
	seen := map[*packages.Package]bool{}
	var all []*packages.Package
	for k, roots := range l.calls {
		var ids []string
		for _, r := range roots {
			ids = append(ids, r.ID)
		}
		ls.Calls[k] = ids
		packages.Visit(roots, nil, func(p *packages.Package) {
			if !seen[p] {
				seen[p] = true
				all = append(all, p)
			}
		})
	}
	for _, p := range all {
		lp := listPkg{ID: p.ID, Name: p.Name, PkgPath: p.PkgPath, GoFiles: p.GoFiles, IgnoredFiles: p.IgnoredFiles,
			OtherFiles: p.OtherFiles, Errors: p.Errors, Module: p.Module}
		if len(p.Imports) > 0 {
			lp.Imports = map[string]string{}
			for ip, q := range p.Imports {
				lp.Imports[ip] = q.ID
			}
		}
		ls.Pkgs = append(ls.Pkgs, lp)
	}
	data, err := json.Marshal(ls)
	if err != nil {
		return nil
	}
	return data
}
