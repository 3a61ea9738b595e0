package load

import "regexp"

// noMethodStd matches go/types' report of a method or field that a type of a
// goc stub package does not declare: "x.F undefined (type time.Time has no
// field or method F)". For a package goc supports, that is a member goc does
// not implement yet (the stubs declare a subset), so it is reported as
// unsupported rather than as a Go error.
var noMethodStd = regexp.MustCompile(`^.* undefined \(type \*?(\w+)\.(\w+) has no field or method (\w+)\)$`)

// unsupportedMember rewrites msg as "unsupported: pkg.Type.Name" when it
// reports a member missing from a type of an imported stub package.
func (im *stdImporter) unsupportedMember(msg string) (string, bool) {
	m := noMethodStd.FindStringSubmatch(msg)
	if m == nil {
		return "", false
	}
	for _, p := range im.pkgs {
		if p != nil && p.Name() == m[1] && p.Scope().Lookup(m[2]) != nil {
			return "unsupported: " + m[1] + "." + m[2] + "." + m[3], true
		}
	}
	return "", false
}
