package load

import (
	"go/types"
	"regexp"
)

// noMethodStd matches go/types' report of a method or field that a type of a
// package does not declare: "x.F undefined (type runtime.Func has no
// field or method F)". For a package goc replaces with its own Go source
// (override/: runtime, internal/bytealg), that is a member goc does not
// implement yet (they declare a subset), so it is reported as unsupported
// rather than as a Go error.
var noMethodStd = regexp.MustCompile(`^.* undefined \(type \*?(\w+)\.(\w+) has no field or method (\w+)\)$`)

// unsupportedMember rewrites msg as "unsupported: pkg.Type.Name" when it
// reports a member missing from a type of an imported replaced package.
func (ld *loader) unsupportedMember(msg string) (string, bool) {
	m := noMethodStd.FindStringSubmatch(msg)
	if m == nil {
		return "", false
	}
	var pkgs []*types.Package
	for path, p := range ld.pkgs {
		if p.Types != nil && p.Std && hasOverride(path) {
			pkgs = append(pkgs, p.Types)
		}
	}
	for _, p := range pkgs {
		if p != nil && p.Name() == m[1] && p.Scope().Lookup(m[2]) != nil {
			return "unsupported: " + m[1] + "." + m[2] + "." + m[3], true
		}
	}
	return "", false
}
