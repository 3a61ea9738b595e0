// This file translates one package of a program as one C unit that does not
// depend on the rest of the program, so that it can be cached (by the
// package's content and the shapes of its dependencies) and compiled once:
// TranslatePackage. A package unit holds
//   - every function and method of the package that is not generic, the
//     closures and defer thunks of those, its package variables and its
//     initialization function P__init: the package's own symbols, defined
//     once in the program ("strong");
//   - whatever of the rest of the program its code needs: instances of
//     generic functions (of any package), type descriptors, itabs, method
//     wrappers, hash/equal functions. Every unit that needs one has its own
//     copy: functions are static (private to the unit, so the C compiler
//     may inline them), data objects are weak definitions, of which the
//     linker keeps one, so that a type descriptor, whose address is the
//     type's identity, is one object in the program;
//   - declarations of the other packages' functions and variables it uses.
//
// The unit of package main also defines goc_initprogram, which calls every
// package's P__init (main__init last) in the order of load.Program.Pkgs,
// and C's main. (A C name made from Go names always has a "__".)
//
// A function that cannot be translated (a construct goc does not support, an
// assembly function, a translator bug) is left out of its unit and recorded
// in PackageUnit.Failed: it is an error only if the program reaches it
// (Reached), as with gc, which compiles every function of a package and
// links the ones the program uses. Units are linked with -Wl,--gc-sections,
// so the functions the program does not reach, and their references to the
// missing ones, are dropped.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"goc/load"
)

// PackageUnit is the C unit of one package.
type PackageUnit struct {
	Path string // import path ("main" for the main package)
	File string // a file name for it: main.c, strings.c, example_1com_app_geo.c
	Src  string `json:",omitempty"`
	Hash string `json:",omitempty"` // of Src, for whoever caches it
	// Refs lists, for each symbol the unit defines (static ones too), the
	// symbols its definition uses: the graph Reached walks.
	Refs map[string][]string
	// Failed lists the symbols left out, and why.
	Failed map[string]*Failure
	// Chunks are the definitions of Src, in order: where each is and the
	// symbols it defines (PruneUnits leaves out the ones not reached).
	Chunks []UnitChunk `json:",omitempty"`
	// TextTable is the unit's table of method code (goc_moduletext__P),
	// TextMethods the methods its entries are.
	TextTable   string       `json:",omitempty"`
	TextMethods []TextMethod `json:",omitempty"`
}

// UnitChunk is one definition (or a few) of a unit's C text: Src[Start:End].
type UnitChunk struct {
	Start, End int
	Defs       []string
}

// TextMethod is an entry of a module's table of method code: function Fn
// is method Name of the type whose descriptor is Desc.
type TextMethod struct {
	Fn, Desc, Name string
	Exported       bool `json:",omitempty"`
	// Mtyp is the descriptor of the method's type: as gc's linker does,
	// a build keeps it for the method only when it keeps the method.
	Mtyp string `json:",omitempty"`
}

// Failure says why a function was not translated.
type Failure struct {
	Errors []load.Error
	// AsmPkg, for a function without body of a package that is not
	// standard, is that package's path: when the package is not the user's
	// either, the error is reported where the user's code imports it
	// (load.Package.ImportPos) rather than as Errors says.
	AsmPkg string `json:",omitempty"`
	Func   string `json:",omitempty"` // its Go name (AsmPkg)
	// Internal is a translator bug met while translating it.
	Internal string `json:",omitempty"`
}

// TranslatePackage translates package p of prog as one C unit (see the
// file comment). An error is returned only for what makes the whole package
// untranslatable; failures of single functions are in the unit.
func TranslatePackage(prog *load.Program, p *load.Package) (pu *PackageUnit, err error) {
	defer recoverTranslation(prog, &err)
	t := newTranslator(prog)
	t.only = p.Types
	t.pkg = p.Types
	t.failed = map[string]*Failure{}
	t.externs = map[string]string{}
	testInternalPanic()
	return t.runPackage(p)
}

func unsupportedTypeError(prog *load.Program, u *unsupportedType) load.Error {
	msg := "unsupported: " + u.msg
	if p := u.obj.Pkg(); p != nil && p.Path() != "main" {
		msg += " (in package \"" + p.Path() + "\")"
	}
	return load.Error{Pos: prog.Fset.Position(u.obj.Pos()), Msg: msg}
}

func (t *Translator) runPackage(p *load.Package) (*PackageUnit, error) {
	own := map[*token.File]bool{}
	for _, f := range p.Files {
		own[t.fset.File(f.FileStart)] = true
	}
	t.checkSizesIn(own)
	inits := t.collectDecls()
	// escapes: the package's variables and allocations, and those of the
	// generic functions of other packages it may instantiate
	t.findEscapesForUnit(p)
	for _, fd := range t.funcDecls(p) {
		if fd.Body == nil && p.Types == t.prog.Pkg && !t.mainLinked(t.info.Defs[fd.Name].(*types.Func)) {
			fi := t.funcInst(t.info.Defs[fd.Name].(*types.Func), nil)
			fi.done = true
			t.fail(fi, &Failure{Errors: []load.Error{{Pos: t.fset.Position(fd.Pos()), Msg: "unsupported: function declaration without body"}}})
			continue
		}
		t.funcInst(t.info.Defs[fd.Name].(*types.Func), nil)
	}
	var static int64
	t.declareGlobals(p, &static)
	t.lowerPackageInit(p, inits[p.Types])
	t.drain()
	t.descs.finish()
	if len(t.diags) > 0 {
		// errors outside any function make the package untranslatable:
		// reported with those of its functions
		var names []string
		for n := range t.failed {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			t.diags = append(t.diags, t.failed[n].Errors...)
		}
		return nil, &load.Unsupported{List: t.prog.AtImports(t.sortedDiags())}
	}
	return t.packageUnit(p), nil
}

// checkSizesIn is checkSizes for the expressions of the given files.
func (t *Translator) checkSizesIn(files map[*token.File]bool) {
	for e, tv := range t.info.Types {
		if tv.IsType() && files[t.fset.File(e.Pos())] && t.tooLarge(tv.Type) {
			t.unsupported(e.Pos(), "type %s larger than address space", tv.Type)
		}
	}
}

// lowerIsolated lowers fi; in package mode a failure (diagnostics, an
// unsupported type, a translator panic) is recorded for fi alone and its C
// is left out.
func (t *Translator) lowerIsolated(fi *funcInst) {
	if t.only == nil {
		t.lowerFuncInst(fi)
		return
	}
	nd, nf, nh := len(t.diags), len(t.funcs), len(t.helpers)
	var fail *Failure
	func() {
		defer func() {
			if r := recover(); r != nil {
				if u, ok := r.(*unsupportedType); ok {
					fail = &Failure{Errors: []load.Error{unsupportedTypeError(t.prog, u)}}
					return
				}
				fail = &Failure{Internal: fmt.Sprintf("%v (translating %s)", r, fi.cname)}
				if os.Getenv("GOCDEBUG") != "" {
					fail.Internal += "\n" + string(debug.Stack())
				}
			}
		}()
		t.lowerFuncInst(fi)
	}()
	if fail == nil && len(t.diags) == nd && t.asmFail == nil {
		return
	}
	if fail == nil {
		fail = &Failure{}
	}
	if t.asmFail != nil {
		fail = t.asmFail
		t.asmFail = nil
	}
	fail.Errors = append(fail.Errors, t.diags[nd:]...)
	t.diags = t.diags[:nd]
	t.funcs = dropOwned(t.funcs, nf, fi.cname)
	t.helpers = dropOwned(t.helpers, nh, fi.cname)
	t.fail(fi, fail)
}

// fail records that fi is not translated: other code still refers to it, so
// it is declared (an external symbol, defined nowhere).
func (t *Translator) fail(fi *funcInst, f *Failure) {
	t.failed[fi.cname] = f
	t.externs[fi.cname] = t.funcProto(fi)
}

// dropOwned removes from chunks[from:] the C that lowering function owner
// produced.
func dropOwned(chunks []chunk, from int, owner string) []chunk {
	kept := chunks[:from]
	for _, c := range chunks[from:] {
		if c.owner != owner {
			kept = append(kept, c)
		}
	}
	return kept
}

// external reports whether fi is another package's function, defined in
// that package's unit: in package mode, a function translated from source
// that is neither generic nor of this package.
func (t *Translator) external(fi *funcInst) bool {
	return t.only != nil && len(fi.targs) == 0 && fi.sub == nil && fi.pkg != nil && fi.pkg != t.only && t.fromSource(fi.pkg)
}

// funcProto is the C declaration of function fi ("RT name(T0, T1);"), as its
// definition (emitFunc) declares it.
func (t *Translator) funcProto(fi *funcInst) string {
	sig := fi.obj.Type().(*types.Signature)
	if fi.sub != nil {
		sig = fi.sub.apply(sig).(*types.Signature)
	}
	var params []string
	if r := sig.Recv(); r != nil {
		rt := r.Type()
		if fi.sub != nil {
			rt = fi.sub.apply(rt)
		}
		params = append(params, t.reg.ctype(rt))
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, t.reg.ctype(sig.Params().At(i).Type()))
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	return fmt.Sprintf("%s %s(%s);", t.resultType(sig), fi.cname, strings.Join(params, ", "))
}

// externVar declares another package's variable obj, which its unit defines.
func (t *Translator) externVar(obj types.Object) {
	name := t.globalName(obj)
	if _, ok := t.externs[name]; !ok {
		t.externs[name] = fmt.Sprintf("extern %s %s;", t.reg.ctype(obj.Type()), name)
	}
}

// lowerPackageInit writes P__init for package p (defined for every package,
// so the program's initialization can call them all without knowing which
// have work) and, for package main, goc_initprogram. As gc's runtime.doInit1,
// P__init runs P__init__vars (gc's P.init: the variables in dependency order)
// and then the init functions; it is named runtime.doInit1 in the function
// table, so a traceback of an init function shows no frame gc does not.
func (t *Translator) lowerPackageInit(p *load.Package, inits []*ast.FuncDecl) {
	var calls []string
	if len(p.InitOrder) > 0 {
		vars := pkgC(p.Types) + "__init__vars"
		leave := t.enterUnit(t.pkgUnit(p.Types), vars, nil)
		f := t.initFn(vars, pkgGoName(p.Path)+".init", "initialization of package "+p.Path+"'s variables, in dependency order")
		nd := len(t.diags)
		t.initPkg(f, p)
		f.w.Dedent()
		f.w.Printf("}")
		f.w.Printf("%s", funcTab(vars, f.goname, 0))
		if len(t.diags) > nd {
			t.failed[vars] = &Failure{Errors: append([]load.Error(nil), t.diags[nd:]...)}
			t.diags = t.diags[:nd]
			t.externs[vars] = "void " + vars + "(void);"
		} else {
			t.initFns = append(t.initFns, t.newChunk(f.w.String()))
		}
		leave()
		calls = append(calls, vars)
	}
	for i, fd := range inits {
		obj := t.info.Defs[fd.Name].(*types.Func)
		name := fmt.Sprintf("%s__init__%d", pkgC(p.Types), i)
		fi := &funcInst{obj: obj, decl: fd, cname: name, pkg: p.Types,
			goname: fmt.Sprintf("%s.init.%d", pkgGoName(p.Path), i)}
		t.lowerIsolated(fi)
		calls = append(calls, name)
	}
	name := pkgC(p.Types) + "__init"
	leave := t.enterUnit(t.pkgUnit(p.Types), name, nil)
	f := t.initFn(name, "runtime.doInit1", "initialization of package "+p.Path+": its variables, then its init functions")
	for _, c := range calls {
		f.w.Printf("%s();", c)
	}
	f.w.Dedent()
	f.w.Printf("}")
	f.w.Printf("%s", funcTab(name, f.goname, 0))
	t.initFns = append(t.initFns, t.newChunk(f.w.String()))
	leave()
	if p.Types != t.prog.Pkg {
		return
	}
	leave = t.enterUnit(t.pkgUnit(p.Types), programInit, nil)
	f = t.initFn(programInit, "runtime.doInit", "program initialization: each package's P__init, in the order the language initializes them")
	for _, q := range t.prog.Pkgs {
		n := pkgC(q.Types) + "__init"
		if q != p {
			t.externs[n] = "void " + n + "(void);"
		}
		f.w.Printf("%s();", n)
	}
	f.w.Dedent()
	f.w.Printf("}")
	f.w.Printf("%s", funcTab(programInit, f.goname, 0))
	t.initFns = append(t.initFns, t.newChunk(f.w.String()))
	leave()
}

// programInit initializes a program built of package units.
const programInit = "goc_initprogram"

// packageUnit renders the unit of package p.
func (t *Translator) packageUnit(p *load.Package) *PackageUnit {
	own := t.pkgUnit(p.Types)
	var chunks []chunk
	chunks = append(chunks, t.globals...)
	for _, d := range t.descs.defs {
		chunks = append(chunks, chunk{text: d})
	}
	for _, d := range t.descs.moddefs {
		chunks = append(chunks, chunk{unit: own, text: d})
	}
	var code []chunk
	for _, list := range [][]chunk{t.helpers, t.funcs, t.initFns} {
		code = append(code, list...)
	}
	// the package's own code in source order, after the shared C it uses
	sort.SliceStable(code, func(i, j int) bool {
		oi, oj := code[i].unit == own, code[j].unit == own
		if oi != oj {
			return oj
		}
		return oi && code[i].key < code[j].key
	})
	chunks = append(chunks, code...)
	if p.Types == t.prog.Pkg {
		chunks = append(chunks, chunk{unit: own, text: strings.Replace(cMain(), "main__init", programInit, 1)})
	}
	u := &unitParts{name: own, own: map[string]bool{}}
	defs := map[string]cdef{}
	defined := make([][]string, len(chunks))
	for i, c := range chunks {
		defined[i] = chunkDefs(c.text)
		if c.unit == own {
			chunks[i].text = unexport(c.text, defs, u.own)
		} else {
			chunks[i].text = shareable(c.text, defs, u.own)
		}
	}
	for name, decl := range t.externs {
		if _, ok := defs[name]; !ok {
			defs[name] = cdef{name: name, decl: decl}
		}
	}
	u.chunks = chunks
	protoed := map[string]bool{}
	for _, pr := range t.protos {
		for _, l := range strings.Split(pr, "\n") {
			if d, _, ok := parseDef(l); ok {
				protoed[d.name] = true
			}
		}
	}
	pu := &PackageUnit{Path: p.Path, File: pathC(p.Path) + ".c", Failed: t.failed, Refs: map[string][]string{}}
	pu.Src = t.unitSource(p.Path, u, defs, protoed)
	for i, c := range chunks {
		if len(defined[i]) == 0 {
			continue
		}
		pu.Chunks = append(pu.Chunks, UnitChunk{Start: u.spans[i][0], End: u.spans[i][1], Defs: defined[i]})
		var used []string
		idents(c.text, func(id string) {
			if _, ok := defs[id]; ok {
				used = append(used, id)
			}
		})
		for m := range t.icalls[c.owner] {
			used = append(used, icallSym(m))
		}
		for _, s := range defined[i] {
			for m := range t.icalls["\x00"+s] {
				pu.Refs[s] = append(pu.Refs[s], icallSym(m))
			}
			pu.Refs[s] = append(pu.Refs[s], used...)
		}
	}
	for from, xs := range t.descs.offRefs {
		for _, x := range xs {
			idents(x, func(id string) {
				if _, ok := defs[id]; ok {
					pu.Refs[from] = append(pu.Refs[from], id)
				}
			})
		}
	}
	if len(t.descs.textMeth) > 0 {
		pu.TextTable = t.descs.modName("moduletext")
		for _, m := range t.descs.textMeth {
			x := m.Mtyp
			m.Mtyp = ""
			idents(x, func(id string) {
				if _, ok := defs[id]; ok {
					m.Mtyp = id
				}
			})
			pu.TextMethods = append(pu.TextMethods, m)
		}
	}
	for s, refs := range pu.Refs {
		pu.Refs[s] = uniq(refs)
	}
	return pu
}

// chunkDefs lists the symbols C text defines at file scope (its "static"
// definition lines, and C's main).
func chunkDefs(text string) []string {
	var names []string
	for _, l := range strings.Split(text, "\n") {
		if d, def, ok := parseDef(l); ok && def {
			names = append(names, d.name)
		} else if strings.HasPrefix(l, "int main(") {
			names = append(names, "main")
		}
	}
	return names
}

func uniq(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// asmError reports a function without Go body of package lp, a module the
// program requires, where the user's code imports it.
func asmError(lp *load.Package, fn string) load.Error {
	return load.Error{Pos: lp.ImportPos, Msg: fmt.Sprintf(
		"unsupported: package %q uses assembly with no pure-Go fallback: function %s has no Go body%s", lp.Path, fn, asmNote(lp))}
}

// weakAttr marks a data object any unit may define (the linker keeps one).
const weakAttr = "__attribute__((weak)) "

// shareable turns the file-scope definitions of text (C that every unit may
// have its own copy of) into definitions private to the unit (functions:
// static, so they may be inlined) or weak ones (data objects: the linker
// keeps one, so a type descriptor's address stays the type's identity), and
// records them in defs and own.
func shareable(text string, defs map[string]cdef, own map[string]bool) string {
	if !strings.Contains(text, "static ") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		d, def, ok := parseDef(l)
		if !ok || !def {
			continue
		}
		own[d.name] = true
		if strings.HasPrefix(d.decl, "extern ") {
			lines[i] = weakAttr + strings.TrimPrefix(l, "static ")
			d.decl = strings.TrimSuffix(d.decl, ";") + " " + strings.TrimSpace(weakAttr) + ";"
		} else {
			d.decl = "static " + d.decl
		}
		defs[d.name] = d
	}
	return strings.Join(lines, "\n")
}

// Reached returns the errors of the failed functions the program reaches,
// given all its package units: the functions main and the packages'
// initialization reach through the units' references. An internal error
// met in a reached function is returned as an *InternalError.
func Reached(prog *load.Program, units []*PackageUnit) error {
	anyFailed := false
	for _, u := range units {
		if len(u.Failed) > 0 {
			anyFailed = true
		}
	}
	if !anyFailed {
		return nil
	}
	refs := map[string][]string{}
	failed := map[string]*Failure{}
	for _, u := range units {
		for s, r := range u.Refs {
			refs[s] = append(refs[s], r...)
		}
		for s, f := range u.Failed {
			failed[s] = f
		}
	}
	seen := map[string]bool{"main": true}
	work := []string{"main"}
	var errs []load.Error
	var internal []string
	byPath := map[string]*load.Package{}
	for _, p := range prog.Pkgs {
		byPath[p.Path] = p
	}
	for len(work) > 0 {
		s := work[len(work)-1]
		work = work[:len(work)-1]
		if f := failed[s]; f != nil {
			if f.Internal != "" {
				internal = append(internal, f.Internal)
			}
			if lp := byPath[f.AsmPkg]; f.AsmPkg != "" && lp != nil && !lp.Std && !lp.User && lp.ImportPos.IsValid() {
				errs = append(errs, asmError(lp, f.Func))
			} else {
				errs = append(errs, f.Errors...)
			}
		}
		for _, r := range refs[s] {
			if !seen[r] {
				seen[r] = true
				work = append(work, r)
			}
		}
	}
	if len(internal) > 0 {
		sort.Strings(internal)
		return &InternalError{Msg: internal[0]}
	}
	if len(errs) == 0 {
		return nil
	}
	t := &Translator{diags: errs}
	return &load.Unsupported{List: prog.AtImports(t.sortedDiags())}
}

// Shape is what the units of other packages may depend on in package p:
// its source without the bodies of its non-generic functions. Everything
// the translation of a package reads from another package — types and their
// layouts, signatures, constants, generic functions (instantiated where
// they are used), directives and doc comments of functions (//go:linkname,
// //goc:cbody), whether a function has a body — is in its shape, so a
// package's unit is a function of its own source and the shapes of its
// dependencies: editing a function body recompiles only its package.
// (A change here, such as analyses that look into other packages' function
// bodies, must add what they read to the shape.) The escape analysis reads
// the bodies of the standard packages' functions (stdTags): their shapes
// are their whole source, which changes only with the Go installation.
func Shape(fset *token.FileSet, p *load.Package) []byte {
	var b []byte
	for i, f := range p.Files {
		src := p.Srcs[i]
		b = append(b, p.FileNames[i]...)
		b = append(b, 0)
		off := 0
		for _, d := range f.Decls {
			if p.Std {
				break
			}
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || isGenericDecl(fd) {
				continue
			}
			start, end := fset.Position(fd.Body.Lbrace).Offset, fset.Position(fd.Body.Rbrace).Offset+1
			if start < off || end > len(src) {
				continue
			}
			b = append(b, src[off:start]...)
			b = append(b, "{}"...)
			off = end
		}
		b = append(b, src[off:]...)
		b = append(b, 0)
	}
	return b
}
