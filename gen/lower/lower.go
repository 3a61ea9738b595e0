// Package lower translates a type-checked Go program into C that calls the
// goc runtime (include/goc.h): one C unit per package translated from source
// plus a main unit (units.go), or everything as one file. Lowering works on the
// typed syntax tree, statement by statement, so the C keeps the shape of the
// Go source; each Go feature lives in its own file.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	"goc/cemit"
	"goc/load"
)

// Translator holds the state of one translation.
type Translator struct {
	prog  *load.Program
	fset  *token.FileSet
	info  *types.Info
	pkg   *types.Package
	reg   *typeReg
	diags []load.Error

	escapes    map[types.Object]bool   // variables that live in GC memory (escape.go)
	addrTaken  map[types.Object]bool   // variables whose address is taken or that closures capture
	stackAlloc map[ast.Node]bool       // allocation sites whose object may live on the C stack
	escTags    map[*types.Func]*escTag // what functions do with their parameters
	escDecls   map[*types.Func]*ast.FuncDecl
	assigns    map[types.Object]int      // assignments to each local variable
	inits      map[types.Object]ast.Expr // the initializer of a local variable
	tctx       *types.Context

	decls      map[*types.Func]*ast.FuncDecl
	localTypes map[string]*types.Named // local types of generic functions, per instance
	queue      []*funcInst
	insts      map[string]*funcInst
	protos     []string
	funcs      []chunk // function bodies, in emission order
	globals    []chunk
	descs      *descReg
	helpers    []chunk // generated helper functions (hash/equal, wrappers)
	initFns    []chunk // package initialization functions (P__init, main__init)
	helperOK   map[string]bool
	statics    map[string]string // static closures for functions used as values: key -> name

	srcPkgs    map[*types.Package]*load.Package // packages translated from source (pkgs.go)
	staticVars map[types.Object]bool            // package variables initialized as C data (staticinit.go)
	versions   map[*token.File]string           // language version of each file (fileVersion)

	absFiles map[string]string // file name -> absolute path for #line (posLine)

	// body-less functions the C runtime implements (linkname.go); in package
	// mode also the functions and variables of other units, and functions
	// that could not be translated (pkgunit.go)
	linknames   map[types.Object]string // //go:linkname targets, as C names
	linkTargets map[types.Object]string // //go:linkname targets as written (importpath.name)
	pushes      map[string]*types.Func  // functions with a body by the C name of their linkname target
	externs     map[string]string       // C name -> declaration
	externOrder []string

	// where the C being generated goes (units.go): the package unit of the
	// function being lowered ("" = the main unit) and its sort key there,
	// and the C function it is (chunk.owner)
	curUnit  string
	curKey   string
	curSeq   int
	curOwner string

	// package mode (pkgunit.go): the package being translated, alone
	only   *types.Package
	failed map[string]*Failure // functions left out, and why
	// icalls: the names of the interface methods each owner's code calls
	// (by name only: a method of that name of a reachable type is kept)
	icalls  map[string]map[string]bool
	asmFail *Failure // set by lowerFuncInst for a function without body
}

// chunk is a piece of C at file scope with the C unit it belongs to: the
// import path of a package translated from source, or "" for the main unit
// (package main and the program's glue). key orders a package unit's chunks
// by source position.
type chunk struct {
	unit  string
	key   string
	text  string
	owner string // the C function whose lowering wrote it (pkgunit.go drops it when that fails)
}

// useIfaceMethod records that the code being lowered calls interface
// method m (through an itab): the methods of that name of the program's
// types stay in their method tables when a build prunes them (PruneUnits).
func (t *Translator) useIfaceMethod(m *types.Func) {
	t.useIfaceMethodIn("", m)
}

// useIfaceMethodIn is useIfaceMethod for the C of helper sym (a wrapper
// or thunk, whose chunk has no owner): the use is sym's.
func (t *Translator) useIfaceMethodIn(sym string, m *types.Func) {
	key := t.curOwner
	if sym != "" {
		key = "\x00" + sym
	}
	if t.icalls == nil {
		t.icalls = map[string]map[string]bool{}
	}
	set := t.icalls[key]
	if set == nil {
		set = map[string]bool{}
		t.icalls[key] = set
	}
	set[m.Name()] = true
}

// newChunk makes a chunk for the C unit code is being generated for.
func (t *Translator) newChunk(text string) chunk {
	t.curSeq++
	return chunk{unit: t.curUnit, key: fmt.Sprintf("%s\x00%06d", t.curKey, t.curSeq), text: text, owner: t.curOwner}
}

// funcInst is one C function to emit: a Go function or method, instantiated
// with type arguments when generic.
type funcInst struct {
	obj    *types.Func // origin object
	decl   *ast.FuncDecl
	targs  []types.Type
	cname  string
	goname string // gc's name (funcnames.go)
	sub    *subst
	done   bool
	pkg    *types.Package // the package whose source the function is in
	// extern: implemented by the C runtime under cname (linkname.go)
	extern bool
}

// Translate returns the C source for prog as one translation unit, or the
// list of unsupported constructs.
func Translate(prog *load.Program) (string, error) {
	out, err := TranslateProgram(prog)
	if err != nil {
		return "", err
	}
	return out.Single(), nil
}

// recoverTranslation, deferred by the entry points, turns a translator
// panic into the error they return: an unsupported type (positioned at the
// user's imports) or an internal error with its stack.
func recoverTranslation(prog *load.Program, err *error) {
	if r := recover(); r != nil {
		if u, ok := r.(*unsupportedType); ok {
			*err = &load.Unsupported{List: prog.AtImports([]load.Error{unsupportedTypeError(prog, u)})}
			return
		}
		*err = &InternalError{Msg: fmt.Sprint(r), Stack: string(debug.Stack())}
	}
}

// testInternalPanic panics when GOC_TEST_INTERNAL_PANIC=1: the tests' way
// to see how goc reports a translator bug.
func testInternalPanic() {
	if os.Getenv("GOC_TEST_INTERNAL_PANIC") == "1" {
		panic("deliberate translator panic (GOC_TEST_INTERNAL_PANIC)")
	}
}

// TranslateProgram translates prog; the result gives the C as one unit or as
// one unit per package (units.go).
func TranslateProgram(prog *load.Program) (out *Output, err error) {
	defer recoverTranslation(prog, &err)
	t := newTranslator(prog)
	testInternalPanic()
	return t.run()
}

func newTranslator(prog *load.Program) *Translator {
	t := &Translator{prog: prog, fset: prog.Fset, info: prog.Info, pkg: prog.Pkg,
		escapes: map[types.Object]bool{}, tctx: types.NewContext(),
		assigns: map[types.Object]int{}, inits: map[types.Object]ast.Expr{},
		decls: map[*types.Func]*ast.FuncDecl{}, insts: map[string]*funcInst{}, localTypes: map[string]*types.Named{},
		helperOK: map[string]bool{}, statics: map[string]string{}, srcPkgs: map[*types.Package]*load.Package{},
		staticVars: map[types.Object]bool{}, absFiles: map[string]string{}, externs: map[string]string{}}
	for _, p := range prog.Pkgs {
		t.srcPkgs[p.Types] = p
	}
	t.reg = newTypeReg(t)
	t.descs = newDescReg(t)
	t.collectLinknames()
	return t
}

// InternalError is a translator bug (a Go panic inside gen/).
type InternalError struct{ Msg, Stack string }

func (e *InternalError) Error() string { return "internal error: " + e.Msg }

func (t *Translator) unsupported(pos token.Pos, format string, args ...any) {
	msg := "unsupported: " + fmt.Sprintf(format, args...)
	if t.pkg != nil && t.pkg.Path() != "main" {
		msg += fmt.Sprintf(" (in package %q)", t.pkg.Path())
	}
	t.diags = append(t.diags, load.Error{Pos: t.fset.Position(pos), Msg: msg})
}

func (t *Translator) run() (*Output, error) {
	t.checkSizes()
	t.findEscapes()
	inits := t.collectDecls()
	for _, p := range t.prog.Pkgs {
		t.pkg = p.Types
		for _, fd := range t.funcDecls(p) {
			obj := t.info.Defs[fd.Name].(*types.Func)
			if fd.Body == nil {
				if p.Types == t.prog.Pkg && !t.mainLinked(obj) {
					t.unsupported(fd.Pos(), "function declaration without body")
				} // else reported when used (assembly in GOROOT)
				continue
			}
			if p.Types != t.prog.Pkg {
				continue // imported packages' functions when used
			}
			t.funcInst(obj, nil)
		}
	}
	// package-level variables
	var static int64 // bytes of static data so far: the C data must stay addressable by 32-bit offsets
	for _, p := range t.prog.Pkgs {
		t.declareGlobals(p, &static)
	}
	t.lowerInit(inits)
	t.drain()
	t.descs.finish()
	if len(t.diags) > 0 {
		return nil, &load.Unsupported{List: t.prog.AtImports(t.sortedDiags())}
	}
	return &Output{t: t}, nil
}

// sortedDiags returns the diagnostics in source order, one per position.
func (t *Translator) sortedDiags() []load.Error {
	sort.SliceStable(t.diags, func(i, j int) bool {
		a, b := t.diags[i].Pos, t.diags[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	var out []load.Error
	for i, d := range t.diags {
		if i > 0 && d.Pos == t.diags[i-1].Pos {
			continue
		}
		out = append(out, d)
	}
	return out
}

// collectDecls records the declaration of every function of the program
// (t.decls) and returns the init functions of each package.
func (t *Translator) collectDecls() map[*types.Package][]*ast.FuncDecl {
	inits := map[*types.Package][]*ast.FuncDecl{}
	for _, p := range t.prog.Pkgs {
		numberLocalTypes(p.Files, t.info)
		for _, f := range p.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				obj, _ := t.info.Defs[fd.Name].(*types.Func)
				if obj == nil {
					continue
				}
				t.decls[obj] = fd
				if fd.Body != nil && fd.Recv == nil && fd.Name.Name == "init" {
					inits[p.Types] = append(inits[p.Types], fd)
				}
			}
		}
	}
	return inits
}

// funcDecls lists the functions and methods of package p that are C
// functions of their own: neither generic (instantiated on demand), nor
// init functions, nor named _.
func (t *Translator) funcDecls(p *load.Package) []*ast.FuncDecl {
	var list []*ast.FuncDecl
	for _, f := range p.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || t.info.Defs[fd.Name] == nil || isGenericDecl(fd) || fd.Name.Name == "_" ||
				fd.Recv == nil && fd.Name.Name == "init" {
				continue
			}
			list = append(list, fd)
		}
	}
	return list
}

// declareGlobals declares package p's variables; static counts the bytes of
// package variables so far (the C data must stay addressable by 32-bit
// offsets).
func (t *Translator) declareGlobals(p *load.Package, static *int64) {
	inits := map[types.Object]ast.Expr{}
	for _, ini := range p.InitOrder {
		if len(ini.Lhs) == 1 {
			inits[ini.Lhs[0]] = ini.Rhs
		}
	}
	for _, f := range p.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					obj := t.info.Defs[n]
					if obj == nil || n.Name == "_" {
						continue
					}
					if *static += t.descs.sizes.Sizeof(obj.Type()); *static > maxStatic {
						cur := t.pkg
						t.pkg = p.Types
						t.unsupported(n.Pos(), "package variable %s of %d bytes (goc's package variables are limited to %d bytes in all)",
							n.Name, t.descs.sizes.Sizeof(obj.Type()), maxStatic)
						t.pkg = cur
						continue
					}
					init := ""
					if e := inits[obj]; e != nil {
						if v, defs, ok := t.staticGlobal(obj.(*types.Var), e); ok { // staticinit.go
							t.staticVars[obj] = true
							init = " = " + v
							for _, d := range defs {
								t.globals = append(t.globals, chunk{unit: t.pkgUnit(p.Types), key: fmt.Sprintf("%06d", len(t.globals)), text: d})
							}
						}
					}
					text := fmt.Sprintf("static %s %s%s;", t.reg.ctype(obj.Type()), t.globalName(obj), init)
					if e := p.Embeds[obj]; e != nil {
						text = t.embedDef(obj, e) // embed.go
					}
					t.globals = append(t.globals, chunk{unit: t.pkgUnit(p.Types), key: fmt.Sprintf("%06d", len(t.globals)), text: text})
				}
			}
		}
	}
}

// single renders the whole program as one C translation unit.
func (t *Translator) single() string {
	var b strings.Builder
	b.WriteString("/* Generated by goc from package main. Do not edit. */\n#include <goc.h>\n\n")
	b.WriteString(prelude)
	b.WriteString(prelude2)
	b.WriteString(prelude3)
	b.WriteString("\n/* ---- types ---- */\n")
	t.reg.emitStructs(&b)
	b.WriteString("\n/* ---- type descriptors (declarations) ---- */\n")
	t.descs.emitDecls(&b)
	b.WriteString("\n/* ---- functions (prototypes) ---- */\n")
	for _, n := range t.externOrder {
		b.WriteString(t.externs[n] + " /* the C runtime's */\n")
	}
	for _, p := range t.protos {
		b.WriteString(p + "\n")
	}
	b.WriteString("\n/* ---- package variables ---- */\n")
	for _, g := range t.globals {
		b.WriteString(g.text + "\n")
	}
	b.WriteString("\n/* ---- type descriptors ---- */\n")
	t.descs.emitDefs(&b)
	b.WriteString("\n/* ---- helpers: hashing, equality, method wrappers ---- */\n")
	for _, h := range t.helpers {
		b.WriteString(h.text + "\n")
	}
	b.WriteString("/* ---- functions ---- */\n")
	for _, fsrc := range t.funcs {
		b.WriteString(fsrc.text + "\n")
	}
	for i, c := range t.initFns {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(c.text)
	}
	b.WriteString("\n" + cMain())
	return b.String()
}

// cMain is C's main: it records the GOROOT the program's standard packages
// come from (gc's linker sets runtime.defaultGOROOT to its toolchain's root,
// which runtime.GOROOT returns when $GOROOT is unset) and starts the runtime.
func cMain() string {
	return "int main(int argc, char **argv) { goc_defaultGOROOT = " + cemit.Quote(load.GOROOT()) +
		"; return goc_main(argc, argv, main__init, main__main); }\n"
}

// checkSizes reports the type expressions of 1<<50 bytes or more, as gc
// does on amd64 ("larger than address space"); go/types accepts them, and
// the C compiler rejected the arrays or the frames holding them.
func (t *Translator) checkSizes() {
	for e, tv := range t.info.Types {
		if tv.IsType() && t.tooLarge(tv.Type) {
			t.unsupported(e.Pos(), "type %s larger than address space", tv.Type)
		}
	}
}

func (t *Translator) tooLarge(typ types.Type) (large bool) {
	defer func() {
		if recover() != nil { // a type with type parameters has no size (go/types asserts)
			large = false
		}
	}()
	n := t.descs.sizes.Sizeof(typ)
	return n < 0 || n >= 1<<50
}

// maxStatic bounds the package variables' total size: the C compiler's
// default code model addresses static data within 2 GB (gc allows more).
const maxStatic = 1 << 30

// drain lowers queued functions and the descriptors they need until nothing is left.
func (t *Translator) drain() {
	for {
		progress := false
		for len(t.queue) > 0 {
			fi := t.queue[0]
			t.queue = t.queue[1:]
			t.lowerIsolated(fi)
			progress = true
		}
		if t.descs.flush() {
			progress = true
		}
		if !progress {
			return
		}
	}
}

// funcInst returns (queueing on first use) the C function for obj with type arguments targs.
func (t *Translator) funcInst(obj *types.Func, targs []types.Type) *funcInst {
	obj = obj.Origin()
	if fd := t.decls[obj]; fd != nil && fd.Body == nil && len(targs) == 0 && !hasCBody(fd) {
		if fn := t.goLink(obj, t.funcCName(obj, nil)); fn != nil {
			return t.funcInst(fn, nil) // linked to Go code of another package (linkname.go)
		}
	}
	key := fmt.Sprintf("%p", obj)
	for _, a := range targs {
		key += "," + t.reg.tkey(a)
	}
	if fi := t.insts[key]; fi != nil {
		return fi
	}
	fi := &funcInst{obj: obj, decl: t.decls[obj], targs: targs, pkg: obj.Pkg(), goname: funcGoName(obj)}
	fi.cname = t.funcCName(obj, targs)
	if link, ok := t.runtimeLink(obj, fi.decl, fi.cname); ok && len(targs) == 0 {
		fi.cname, fi.extern = link, true
	}
	if len(targs) > 0 {
		fi.sub = t.instSubst(obj, targs)
	}
	t.insts[key] = fi
	if t.external(fi) {
		// defined in its package's unit (pkgunit.go)
		fi.done = true
		t.externs[fi.cname] = t.funcProto(fi)
		return fi
	}
	t.queue = append(t.queue, fi)
	return fi
}

// funcCName: main__f, main__T__M, main__Map__int__string, main__List__int__Push.
func (t *Translator) funcCName(obj *types.Func, targs []types.Type) string {
	sig := obj.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		rt := recv.Type()
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		named, _ := types.Unalias(rt).(*types.Named)
		name := pkgC(obj.Pkg()) + "__" + namePiece(named.Obj().Name())
		for _, a := range targs {
			name += "__" + t.reg.mangle(a)
		}
		return name + "__" + namePiece(obj.Name())
	}
	name := pkgC(obj.Pkg()) + "__" + namePiece(obj.Name())
	for _, a := range targs {
		name += "__" + t.reg.mangle(a)
	}
	return name
}

// fileVersion is the language version of the file holding pos ("go1.21"),
// as go/types applied it (the module's go line, or the file's //go:build
// go1.N line); "" when unknown.
func (t *Translator) fileVersion(pos token.Pos) string {
	if t.versions == nil {
		t.versions = map[*token.File]string{}
		for f, v := range t.info.FileVersions {
			if tf := t.fset.File(f.FileStart); tf != nil {
				t.versions[tf] = v
			}
		}
	}
	return t.versions[t.fset.File(pos)]
}

// loopVarPerIteration reports whether the variables a for statement
// declares are new in each iteration (Go 1.22 and later), rather than one
// variable for the whole loop, for the loop at pos.
func (t *Translator) loopVarPerIteration(pos token.Pos) bool {
	v := t.fileVersion(pos)
	return v == "" || versionAtLeast(v, 22)
}

// versionAtLeast reports whether language version v ("go1.21", "go1.22.3")
// is go1.minor or later.
func versionAtLeast(v string, minor int) bool {
	rest, ok := strings.CutPrefix(v, "go1.")
	if !ok {
		return true
	}
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	n, err := strconv.Atoi(rest)
	return err != nil || n >= minor
}

// cname keeps a Go identifier usable in C.
func cname(s string) string {
	if s == "_" {
		return "_blank"
	}
	if cReserved[s] {
		return s + "_"
	}
	return s
}

func (t *Translator) globalName(obj types.Object) string {
	return pkgC(obj.Pkg()) + "__" + namePiece(obj.Name())
}

// namePiece is a Go name as one part of a "__"-separated C name. Names
// that could blur the separators (a__b, _x, x_) or look escaped (_0) have
// each "_" written "_0", so the method b of type a (main__a__b) and the
// function a__b (main__a_0_0b) stay apart.
func namePiece(s string) string {
	if strings.Contains(s, "__") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "_0") {
		return strings.ReplaceAll(s, "_", "_0")
	}
	return s
}

func isGenericDecl(fd *ast.FuncDecl) bool {
	if fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
		return true
	}
	if fd.Recv != nil && len(fd.Recv.List) > 0 {
		rt := fd.Recv.List[0].Type
		if s, ok := rt.(*ast.StarExpr); ok {
			rt = s.X
		}
		switch rt.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		}
	}
	return false
}

// addHelper appends a generated helper function once per key.
func (t *Translator) addHelper(key, proto, body string) {
	if t.helperOK[key] {
		return
	}
	t.helperOK[key] = true
	if proto != "" {
		t.protos = append(t.protos, proto)
	}
	t.helpers = append(t.helpers, chunk{text: body})
}

// addLocalHelper is addHelper for C that belongs to the function being
// lowered (its closures' objects, defer thunks): it goes into that
// function's C unit.
func (t *Translator) addLocalHelper(key, proto, body string) {
	if t.helperOK[key] {
		return
	}
	t.helperOK[key] = true
	if proto != "" {
		t.protos = append(t.protos, proto)
	}
	t.helpers = append(t.helpers, t.newChunk(body))
}

// posLine is the line and file of pos for #line: an absolute path, as gc
// records source files, so tracebacks and runtime.Caller show it.
//
// A //line directive's file name is gc's: kept as written, where go/scanner
// puts a relative one in the directory of the file holding the directive
// (so that part is taken off again), and "??" when the directive names none.
func (t *Translator) posLine(pos token.Pos) (int, string) {
	p := t.fset.Position(pos)
	key := p.Filename
	raw := t.fset.PositionFor(pos, false).Filename
	if key != raw {
		key = raw + "\x00" + p.Filename // a //line directive's name
	}
	abs, ok := t.absFiles[key]
	if !ok {
		abs = p.Filename
		switch {
		case key != p.Filename:
			if abs == "" {
				abs = "??"
			} else if dir := filepath.Dir(raw); strings.HasPrefix(abs, dir+string(filepath.Separator)) {
				abs = abs[len(dir)+1:]
			}
			if !strings.Contains(abs, "/") {
				// a bare name: the DWARF line table would put it in the C
				// compiler's directory; the runtime takes "./" off again
				// (runtime/symtab.c srcname)
				abs = "./" + abs
			}
		case !filepath.IsAbs(abs) && !strings.HasPrefix(abs, "$"):
			if a, err := filepath.Abs(abs); err == nil {
				abs = a
			}
		}
		t.absFiles[key] = abs
	}
	return p.Line, abs
}

// newWriter returns a C writer.
func newWriter() *cemit.Writer { return &cemit.Writer{} }
