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

// pkgC is the C name prefix of a package: its import path written with C
// identifier characters (pathC).
func pkgC(p *types.Package) string {
	if p == nil {
		return "goc"
	}
	return pathC(p.Path())
}

// pathC writes an import path as a C identifier fragment, one-to-one, so
// two paths never share a prefix ("a/b_c" is a_b_3c, "a_b/c" is a_3b_c):
// letters and digits stay, '/' before a letter is '_' (so the standard
// library's names are the plain ones: strings, unicode_utf8,
// internal_runtime_syscall), and every other byte is '_' and a digit:
// "_0" a '/' before anything but a letter, "_1" '.', "_2" '-', "_3" '_',
// "_4" and two hex digits any other byte (example.com/app/geo is
// example_1com_app_geo). The result never contains "__" (the separator
// of the parts of a C name) nor ends in '_'.
func pathC(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		switch {
		case isLetter(c) || c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '/' && i+1 < len(path) && isLetter(path[i+1]):
			b.WriteByte('_')
		case c == '/':
			b.WriteString("_0")
		case c == '.':
			b.WriteString("_1")
		case c == '-':
			b.WriteString("_2")
		case c == '_':
			b.WriteString("_3")
		default:
			fmt.Fprintf(&b, "_4%02x", c)
		}
	}
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fromSource reports whether p is translated from Go source (the main package
// or one it imports from GOROOT), as opposed to a C-backed stub package.
func (t *Translator) fromSource(p *types.Package) bool {
	return p != nil && t.srcPkgs[p] != nil
}

// pkgUnit is the C unit of package p's own code: its import path for a
// package translated from source, else "" (the C any unit may need).
func (t *Translator) pkgUnit(p *types.Package) string {
	if p == nil || !t.fromSource(p) {
		return ""
	}
	return p.Path()
}

// instUnit is the C unit of a function: its package's unit when it is not
// generic, "" for instances of generic functions (their code depends on the
// type arguments: every unit that uses one has its own copy).
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
	pu, pk, ps, po := t.curUnit, t.curKey, t.curSeq, t.curOwner
	pos := "~" // after the functions: package initialization
	if decl != nil {
		p := t.fset.Position(decl.Pos())
		pos = fmt.Sprintf("%s:%08d", p.Filename, p.Offset)
	}
	t.curUnit, t.curKey, t.curSeq, t.curOwner = unit, pos+"\x00"+cname, 0, cname
	return func() { t.curUnit, t.curKey, t.curSeq, t.curOwner = pu, pk, ps, po }
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
	t.funcs = append(t.funcs, t.newChunk(w.String()))
	return true
}
