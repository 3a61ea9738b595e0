// This file handles programs of several packages: the main package and the
// packages translated from source with it (load.Program.Pkgs). Each package
// gets its own C unit (units.go; goc emit prints them all as one file); a
// package's functions, types and variables are
// named after its import path (strings__Builder__WriteString,
// unicode_utf8__RuneLen), and each package is initialized after its imports:
// its variables in types.Info.InitOrder, then its init functions.
package lower

import (
	"fmt"
	"go/ast"
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

// pkgUnit is the C unit of package p's own code: its import path for a
// package translated from source other than main, else "" (the main unit).
func (t *Translator) pkgUnit(p *types.Package) string {
	if p == nil || p == t.prog.Pkg || !t.fromSource(p) {
		return ""
	}
	return p.Path()
}

// instUnit is the C unit of a function: its package's unit when it is not
// generic, the main unit for instances of generic functions (their code
// depends on the type arguments, that is on the rest of the program).
func (t *Translator) instUnit(fi *funcInst) string {
	if len(fi.targs) > 0 || fi.sub != nil {
		return ""
	}
	return t.pkgUnit(fi.pkg)
}

// enterUnit directs the C generated from now on to unit, ordered there by
// the position of decl (when given) and then by cname; the returned function
// restores the previous unit.
func (t *Translator) enterUnit(unit, cname string, decl ast.Node) func() {
	pu, pk, ps := t.curUnit, t.curKey, t.curSeq
	pos := "~" // after the functions: package initialization
	if decl != nil {
		p := t.fset.Position(decl.Pos())
		pos = fmt.Sprintf("%s:%08d", p.Filename, p.Offset)
	}
	t.curUnit, t.curKey, t.curSeq = unit, pos+"\x00"+cname, 0
	return func() { t.curUnit, t.curKey, t.curSeq = pu, pk, ps }
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
	t.emitCBody(fi, func(i int, p *types.Var) string { return cname(p.Name()) },
		"C body from "+t.fset.Position(fd.Pos()).Filename, body)
	return true
}

// emitCBody writes function fi with the C statements body; param names its
// C parameters.
func (t *Translator) emitCBody(fi *funcInst, param func(i int, p *types.Var) string, note string, body []string) {
	sig := fi.obj.Type().(*types.Signature)
	var params []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		params = append(params, cdecl(t.reg.ctype(p.Type()), param(i, p)))
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	proto := fmt.Sprintf("%s %s(%s)", t.resultType(sig), fi.cname, strings.Join(params, ", "))
	t.protos = append(t.protos, "static "+proto+";")
	w := newWriter()
	w.Comment("func " + t.funcHeader(fi.decl) + " (" + note + ")")
	w.Printf("static %s {", proto)
	w.Indent()
	for _, l := range body {
		w.Printf("%s", l)
	}
	w.Dedent()
	w.Printf("}")
	t.funcs = append(t.funcs, t.newChunk(w.String()))
}
