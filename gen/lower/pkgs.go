// This file handles programs of several packages: the main package and the
// packages translated from source with it (load.Program.Pkgs). All of them go
// into one C translation unit; a package's functions, types and variables are
// named after its import path (strings__Builder__WriteString,
// unicode_utf8__RuneLen), and each package is initialized after its imports:
// its variables in types.Info.InitOrder, then its init functions.
package lower

import (
	"go/types"
	"strings"
)

// pkgC is the C name prefix of a package: its import path with '/' and '.' as '_'.
func pkgC(p *types.Package) string {
	if p == nil {
		return "goc"
	}
	return strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(p.Path())
}

// fromSource reports whether p is translated from Go source (the main package
// or one it imports from GOROOT), as opposed to a C-backed stub package.
func (t *Translator) fromSource(p *types.Package) bool {
	return p != nil && t.srcPkgs[p]
}
