// This file handles programs of several packages: the main package and the
// packages translated from source with it (load.Program.Pkgs). All of them go
// into one C translation unit; a package's functions, types and variables are
// named after its import path (strings__Builder__WriteString,
// unicode_utf8__RuneLen), and each package is initialized after its imports:
// its variables in types.Info.InitOrder, then its init functions.
package lower

import (
	"fmt"
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

// cBody emits a function declared without body in a replacement file of
// gen/load (patch/, override/) whose doc comment gives its C body in lines
// "//goc:cbody <C statement>"; parameters keep their Go names. It reports
// whether fi was such a function.
func (t *Translator) cBody(fi *funcInst) bool {
	fd := fi.decl
	if fd.Doc == nil || !strings.HasPrefix(t.fset.Position(fd.Pos()).Filename, "$GOC/") {
		return false
	}
	var body []string
	for _, c := range fd.Doc.List {
		if rest, ok := strings.CutPrefix(c.Text, "//goc:cbody "); ok {
			body = append(body, rest)
		}
	}
	if len(body) == 0 {
		return false
	}
	sig := fi.obj.Type().(*types.Signature)
	var params []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		params = append(params, cdecl(t.reg.ctype(p.Type()), cname(p.Name())))
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	proto := fmt.Sprintf("%s %s(%s)", t.resultType(sig), fi.cname, strings.Join(params, ", "))
	t.protos = append(t.protos, "static "+proto+";")
	w := newWriter()
	w.Comment("func " + t.funcHeader(fd) + " (C body from " + t.fset.Position(fd.Pos()).Filename + ")")
	w.Printf("static %s {", proto)
	w.Indent()
	for _, l := range body {
		w.Printf("%s", l)
	}
	w.Dedent()
	w.Printf("}")
	t.funcs = append(t.funcs, w.String())
	return true
}
