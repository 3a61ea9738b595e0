// This file lowers function bodies: one C function per Go function, with
// parameters, results, locals (C locals or GC cells, see escape.go) and the
// defer frame of panic.h when the body defers.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"goc/cemit"
	"goc/load"
)

// lvar is how a Go variable is reached in C.
type lvar struct {
	c    string // C name
	heap bool   // c is a pointer to the GC cell
}

func (v *lvar) ref() string {
	if v.heap {
		return "(*" + v.c + ")"
	}
	return v.c
}

// fn is the lowering context of one C function.
type fn struct {
	t          *Translator
	w          *cemit.Writer
	sub        *subst
	cname      string
	sig        *types.Signature
	names      map[string]int
	vars       map[types.Object]*lvar
	ntmp       int
	resTyp     string   // C result type ("void", a scalar, or a tuple struct)
	res        []string // C expressions of the result variables (when kept in variables)
	frame      string   // "_fr" when the function has a defer frame
	labels     map[string]*labelInfo
	brk        []*brkTarget
	rf         *rangeFuncCtx // when lowering a range-over-func loop body
	parent     *fn
	nlit       *int
	pre        func() // emits the prologue of a closure body
	fallTo     string // C label of the next case body (fallthrough)
	canRecover bool
	discard    bool     // the value of the statement's outermost call is unused
	inDefer    bool     // arguments must outlive the statement
	hoisted    []string // declarations of stack objects, put at the top of the C function
	hoistOK    bool     // emitFunc places hoisted declarations

	// gc's name of the function and its counts of closures, range-over-func
	// bodies and go/defer thunks named after it (funcnames.go)
	goname                     string
	nfunclit, nrange, ngodefer int
}

// stackObject declares a C object at the top of the function for an
// allocation site the escape analysis placed on the stack (escape.go), and
// returns its name; "" when the site must use the heap: the analysis said
// so, the object is too large, or the function cannot hold declarations.
// decl formats the declaration from the name ("T %s" or "T %s[4]").
func (f *fn) stackObject(site ast.Node, size int64, decl string) string {
	if !f.hoistOK || f.inDefer || !f.t.stackAlloc[site] || size > escStackMax || size <= 0 {
		return ""
	}
	name := fmt.Sprintf("_so%d", len(f.hoisted)+1)
	f.hoisted = append(f.hoisted, fmt.Sprintf(decl, name)+";")
	return name
}

// callsRecover reports whether a body calls recover() (outside nested function literals).
func callsRecover(body ast.Node) bool {
	return inBody(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "recover" && len(call.Args) == 0
	})
}

// inBody reports whether some node of a function body, outside nested function
// literals (they are functions of their own), satisfies pred.
func inBody(body ast.Node, pred func(ast.Node) bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		found = n != nil && pred(n)
		return !found
	})
	return found
}

type labelInfo struct {
	name    string // C label of the statement
	brk     string // C label after the loop/switch (for break L)
	cont    string // C label at the end of the loop body (for continue L)
	brkUsed bool
}

// brkTarget is an enclosing for/switch/select for unlabeled break/continue.
type brkTarget struct {
	loop    bool
	stmt    ast.Stmt
	brk     string // C label for break (switches), set lazily
	brkUsed bool
	label   *labelInfo
	rfDepth int // nesting of range-over-func bodies when pushed
}

func (t *Translator) newFn(cname string, sub *subst, sig *types.Signature) *fn {
	n := 0
	return &fn{t: t, w: newWriter(), sub: sub, cname: cname, sig: sig, names: map[string]int{},
		vars: map[types.Object]*lvar{}, labels: map[string]*labelInfo{}, nlit: &n}
}

// numbered reports whether a Go name has the shape of a renamed one (x_1)
// or of a suffixed one (x_), which newName produces for other names.
func numbered(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return i > 0 && s[i-1] == '_'
}

// newName returns a C name for a Go local, unique within the C function.
func (f *fn) newName(goName string) string {
	base := goName
	if base == "_" || base == "" {
		base = "_blank"
	} else if cReserved[base] || strings.HasPrefix(base, "_") || strings.Contains(base, "__") ||
		strings.HasPrefix(base, "goc_") || strings.HasPrefix(base, "GOC_") || numbered(base) {
		base = "v" + base + "_"
	}
	n := f.names[base]
	f.names[base] = n + 1
	if n == 0 {
		return base
	}
	return fmt.Sprintf("%s_%d", base, n)
}

func (f *fn) tmp() string {
	f.ntmp++
	return fmt.Sprintf("_t%d", f.ntmp)
}

func (f *fn) ctype(t types.Type) string { return f.t.reg.ctype(t) }

// line emits #line for a statement.
func (f *fn) line(pos token.Pos) {
	if !pos.IsValid() {
		return
	}
	l, file := f.t.posLine(pos)
	f.w.Line(l, file)
}

// declVar declares a Go variable as a C local or GC cell, with C initializer init ("" = zero).
func (f *fn) declVar(obj types.Object, init string) *lvar {
	typ := f.typ(obj.Type())
	name := f.newName(obj.Name())
	v := &lvar{c: name}
	if obj.Name() != "_" {
		f.vars[obj] = v
	}
	ct := f.ctype(typ)
	if f.t.escapes[obj] {
		v.heap = true
		f.w.Printf("%s *%s = (%s *)goc_newobject(%s);", ct, name, ct, f.t.descs.ref(typ))
		if init != "" {
			f.w.Printf("*%s = %s;", name, init)
		}
		return v
	}
	if f.hoistOK && f.t.addrTaken[obj] && obj.Name() != "_" {
		// A stack variable whose address is taken may be used through a
		// pointer after its block ends (var buf [64]byte; b = buf[:0] inside
		// an if, used after it: gc keeps it in the frame). A C object's
		// lifetime ends with its block and the compiler may give its storage
		// to another one: declare it at the top of the C function and
		// initialize it here, every time the declaration runs.
		f.hoisted = append(f.hoisted, cdecl(ct, name)+";")
		switch {
		case init == "":
			if f.sizeof(typ) != 0 {
				f.w.Printf("%s = %s;", name, f.zero(typ))
			}
		case strings.HasPrefix(init, "{"):
			if f.sizeof(typ) != 0 {
				f.w.Printf("%s = (%s)%s;", name, ct, init)
			}
		default:
			f.w.Printf("%s = %s;", name, init)
		}
		return v
	}
	if init == "" {
		init = f.zeroInit(typ)
	}
	f.w.Printf("%s = %s;", cdecl(ct, name), init)
	return v
}

// varRef is the C expression for a Go variable.
func (f *fn) varRef(obj types.Object) string {
	if v := f.vars[obj]; v != nil {
		return v.ref()
	}
	if obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope() {
		if t := f.t; t.only != nil && obj.Pkg() != t.only && t.fromSource(obj.Pkg()) {
			t.externVar(obj) // defined in its package's unit
		}
		return f.t.globalName(obj)
	}
	panic(fmt.Sprintf("variable %s not in scope", obj.Name()))
}

// signature lowering --------------------------------------------------------

// resultType is the C return type of a signature.
func (t *Translator) resultType(sig *types.Signature) string {
	switch sig.Results().Len() {
	case 0:
		return "void"
	case 1:
		return t.reg.ctype(sig.Results().At(0).Type())
	}
	return t.reg.ctype(sig.Results())
}

// lowerFuncInst emits a declared function or method (instantiated if generic).
func (t *Translator) lowerFuncInst(fi *funcInst) {
	fd := fi.decl
	var pos ast.Node
	if fd != nil {
		pos = fd
	}
	defer t.enterUnit(t.instUnit(fi), fi.cname, pos)()
	if t.intrinsicBody(fi) {
		return // intrinsics.go
	}
	if fi.extern {
		t.lowerRuntimeLink(fi)
		return
	}
	if fd != nil && fd.Body == nil && t.cBody(fi) {
		return // a replacement written in C (pkgs.go)
	}
	if fd != nil && fd.Body == nil && fi.pkg != nil && fi.pkg != t.prog.Pkg {
		// implemented in assembly (main's are reported in run)
		lp := t.srcPkgs[fi.pkg]
		if t.only != nil && lp != nil && !lp.Std {
			// reported, if the program reaches it, where the user's code imports the package (pkgunit.go)
			t.asmFail = &Failure{AsmPkg: lp.Path, Func: fd.Name.Name}
		} else if lp != nil && !lp.Std && !lp.User && lp.ImportPos.IsValid() {
			t.diags = append(t.diags, asmError(lp, fd.Name.Name))
			return
		}
		defer func(p *types.Package) { t.pkg = p }(t.pkg)
		t.pkg = fi.pkg
		t.unsupported(fd.Name.Pos(), "function %s without body (assembly)", fd.Name.Name)
		return
	}
	if fd == nil || fd.Body == nil {
		return
	}
	sig := t.info.Defs[fd.Name].(*types.Func).Type().(*types.Signature)
	if fi.pkg != nil {
		defer func(p *types.Package) { t.pkg = p }(t.pkg)
		t.pkg = fi.pkg
	}
	f := t.newFn(fi.cname, fi.sub, sig)
	f.goname = fi.goname
	var params []*types.Var
	if sig.Recv() != nil {
		params = append(params, sig.Recv())
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, sig.Params().At(i))
	}
	f.emitFunc(fd.Pos(), "func "+t.funcHeader(fd), fi.cname, "", params, sig, fd.Body)
}

// asmNote names the assembly files of a package: " (in xxhash_amd64.s)".
func asmNote(p *load.Package) string {
	if len(p.Asm) == 0 {
		return ""
	}
	var names []string
	for _, f := range p.Asm {
		names = append(names, filepath.Base(f))
	}
	return " (its assembly: " + strings.Join(names, ", ") + ")"
}

// funcHeader renders the Go signature for the comment above a C function.
func (t *Translator) funcHeader(fd *ast.FuncDecl) string {
	var b strings.Builder
	if fd.Recv != nil && len(fd.Recv.List) > 0 {
		b.WriteString("(" + types.ExprString(fd.Recv.List[0].Type) + ") ")
	}
	b.WriteString(fd.Name.Name)
	ft := types.ExprString(fd.Type)
	b.WriteString(strings.TrimPrefix(ft, "func"))
	return strings.ReplaceAll(b.String(), "*/", "* /")
}

// emitFunc writes a whole C function. extraParam is a leading C parameter (closures).
func (f *fn) emitFunc(pos token.Pos, comment, cname, extraParam string, params []*types.Var, sig *types.Signature, body *ast.BlockStmt) {
	t := f.t
	f.resTyp = t.resultType(f.instSig(sig))
	var plist []string
	if extraParam != "" {
		plist = append(plist, extraParam)
	}
	type heapParam struct {
		obj types.Object
		cn  string
	}
	var heapParams []heapParam
	for i, p := range params {
		typ := f.typ(p.Type())
		ct := f.ctype(typ)
		if p.Name() == "" || p.Name() == "_" {
			plist = append(plist, fmt.Sprintf("%s _p%d", ct, i))
			continue
		}
		if t.escapes[p] {
			cn := f.newName(p.Name() + "_p")
			plist = append(plist, cdecl(ct, cn))
			heapParams = append(heapParams, heapParam{p, cn})
			continue
		}
		cn := f.newName(p.Name())
		f.vars[p] = &lvar{c: cn}
		plist = append(plist, cdecl(ct, cn))
	}
	if len(plist) == 0 {
		plist = []string{"void"}
	}
	proto := fmt.Sprintf("%s %s(%s)", f.resTyp, cname, strings.Join(plist, ", "))
	t.protos = append(t.protos, "static "+proto+";")
	f.w.Comment(comment)
	l, file := t.posLine(pos)
	f.w.Line(l, file)
	f.w.Printf("static GOC_GOTEXT(%s) %s {", cname, proto)
	f.w.Indent()
	hoistAt := f.w.Len()
	f.hoistOK = true
	if f.pre != nil {
		f.pre()
	}
	if f.rf == nil && callsRecover(body) {
		self := "(void *)" + cname
		if extraParam != "" {
			self = "(void *)_cl"
		}
		f.w.Printf("bool _canrecover = goc__deferfn == %s; /* called directly by a deferred call? */", self)
		f.w.Printf("goc__deferfn = NULL;")
		f.canRecover = true
	}
	if preemptChecks && f.callsGo(body) {
		// a function that calls others may recurse for long: yield here when
		// asked (after reading goc__deferfn, which belongs to the thread: a
		// yield may resume the goroutine on another)
		f.w.Printf("GOC_PREEMPT_CHECK();")
	}
	for _, hp := range heapParams {
		f.declVar(hp.obj, hp.cn)
	}
	hasDefer := f.rf == nil && containsDefer(body)
	// results: named results are variables; with a defer frame unnamed results get variables too
	res := sig.Results()
	named := res.Len() > 0 && res.At(0).Name() != ""
	if f.rf != nil {
		named = false
	}
	if named || hasDefer {
		for i := 0; i < res.Len(); i++ {
			r := res.At(i)
			typ := f.typ(r.Type())
			ct := f.ctype(typ)
			if r.Name() != "" && r.Name() != "_" && t.escapes[r] {
				v := f.declVar(r, "")
				f.res = append(f.res, v.ref())
				continue
			}
			vol := ""
			if hasDefer {
				vol = "volatile "
			}
			nm := fmt.Sprintf("_r%d", i)
			if r.Name() != "" && r.Name() != "_" {
				nm = f.newName(r.Name())
				f.vars[r] = &lvar{c: nm}
			}
			f.w.Printf("%s%s %s = %s;", vol, ct, nm, f.zeroInit(typ))
			f.res = append(f.res, nm)
		}
	}
	if hasDefer {
		f.frame = "_fr"
		f.w.Printf("goc_frame _fr;")
		f.w.Printf("goc_frame_enter(&_fr);")
		f.w.Printf("if (setjmp(_fr.jb) == 0) {")
		f.w.Indent()
		f.stmts(body.List)
		f.w.Dedent()
		f.w.Printf("}")
		f.w.Raw("_ret:\n")
		f.line(body.Rbrace) // deferred calls run at the closing brace, as gc reports them
		f.w.Printf("goc_deferreturn(&_fr);")
		f.w.Printf("%s", f.returnResults())
	} else {
		f.stmts(body.List)
		if f.rf != nil {
			f.w.Printf("return true;")
		}
		if res.Len() > 0 && len(f.res) > 0 && !endsInTerminal(body) {
			f.w.Printf("%s", f.returnResults())
		}
	}
	f.w.Dedent()
	f.w.Printf("}")
	flags := 0
	if len(params) > 0 {
		flags |= funcArgs
	}
	f.w.Printf("%s", funcTab(cname, f.goname, flags))
	src := f.w.String()
	if len(f.hoisted) > 0 {
		src = src[:hoistAt] + "    " + strings.Join(f.hoisted, "\n    ") + "\n" + src[hoistAt:]
	}
	t.funcs = append(t.funcs, t.newChunk(src))
}

// returnResults is the C return statement reading the result variables.
func (f *fn) returnResults() string {
	switch len(f.res) {
	case 0:
		return "return;"
	case 1:
		return "return " + f.res[0] + ";"
	}
	return fmt.Sprintf("return (%s){%s};", f.resTyp, strings.Join(f.res, ", "))
}

func endsInTerminal(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if c, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// preemptChecks: function entries check goc_preempt and loop back-edges
// get GOC_PREEMPT_LOOP (include/goc/sched.h: a check where the runtime
// cannot preempt with a signal), so a goroutine that computes for long yields
// to the others and to timers. Each function goes to a section of its own,
// goc_text.<name> (GOC_GOTEXT(name)), which the link gathers
// (runtime/goc_text.ld) into the code runtime/preempt.c may interrupt with a
// signal. GOC_PREEMPT=0 in
// the translator's environment leaves the checks out (to measure what they
// cost).
var preemptChecks = os.Getenv("GOC_PREEMPT") != "0"

// callsGo reports whether a function body calls a function (not a builtin or
// a conversion) outside nested function literals: only such a function can
// run for long without a loop, by recursing.
func (f *fn) callsGo(body ast.Node) bool {
	return inBody(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		tv, ok := f.t.info.Types[call.Fun]
		return !ok || !(tv.IsType() || tv.IsBuiltin())
	})
}

// containsDefer reports whether a function body defers (outside nested function literals).
func containsDefer(body ast.Node) bool {
	return inBody(body, func(n ast.Node) bool {
		_, ok := n.(*ast.DeferStmt)
		return ok
	})
}

// instSig substitutes type parameters in a signature.
func (f *fn) instSig(sig *types.Signature) *types.Signature {
	if f.sub == nil {
		return sig
	}
	return f.typ(sig).(*types.Signature)
}

// lowerInit writes the initialization of the program: P__init for each
// package P translated from source (in P's C unit: its variables in
// dependency order, then its init functions) and main__init, which runs them
// in the order of load.Program.Pkgs (every package after its imports), then
// initializes package main the same way.
func (t *Translator) lowerInit(inits map[*types.Package][]*ast.FuncDecl) {
	initNames := map[*types.Package][]string{}
	for _, p := range t.prog.Pkgs {
		for i, fd := range inits[p.Types] {
			obj := t.info.Defs[fd.Name].(*types.Func)
			name := fmt.Sprintf("%s__init__%d", pkgC(p.Types), i)
			fi := &funcInst{obj: obj, decl: fd, cname: name, pkg: p.Types,
				goname: fmt.Sprintf("%s.init.%d", pkgGoName(p.Path), i)}
			t.lowerFuncInst(fi)
			initNames[p.Types] = append(initNames[p.Types], name)
		}
	}
	// As gc's runtime.doInit: each package's variables (P__init, gc's
	// P.init), then its init functions, called one after the other by the
	// program's initialization (main__init), so a traceback of an init
	// function has no frame between it and the runtime.
	var calls []string
	for _, p := range t.prog.Pkgs {
		name := pkgC(p.Types) + "__init"
		unit := t.pkgUnit(p.Types)
		if p.Types == t.prog.Pkg {
			name = "main__init__vars"
		}
		if len(p.InitOrder) > 0 {
			leave := t.enterUnit(unit, name, nil)
			f := t.initFn(name, pkgGoName(p.Path)+".init", "initialization of package "+p.Path+"'s variables, in dependency order")
			t.pkg = p.Types
			t.initPkg(f, p)
			f.w.Dedent()
			f.w.Printf("}")
			f.w.Printf("%s", funcTab(name, f.goname, 0))
			t.initFns = append(t.initFns, t.newChunk(f.w.String()))
			leave()
			calls = append(calls, name)
		}
		calls = append(calls, initNames[p.Types]...)
	}
	t.pkg = t.prog.Pkg
	leave := t.enterUnit("", "main__init", nil)
	f := t.initFn("main__init", "runtime.doInit", "program initialization: each package after its imports, its variables, then its init functions")
	for _, c := range calls {
		f.w.Printf("%s();", c)
	}
	f.w.Dedent()
	f.w.Printf("}")
	f.w.Printf("%s", funcTab("main__init", f.goname, 0))
	t.initFns = append(t.initFns, t.newChunk(f.w.String()))
	leave()
}

// initFn starts the C function void name(void) of package initialization.
func (t *Translator) initFn(name, goname, comment string) *fn {
	f := t.newFn(name, nil, types.NewSignatureType(nil, nil, nil, nil, nil, false))
	f.resTyp = "void"
	f.goname = goname
	t.protos = append(t.protos, "static void "+name+"(void);")
	f.w.Comment(comment)
	f.w.Printf("static void %s(void) {", name)
	f.w.Indent()
	return f
}

// initPkg writes the initialization of package p's variables.
func (t *Translator) initPkg(f *fn, p *load.Package) {
	for _, ini := range p.InitOrder {
		if len(ini.Lhs) == 1 && ini.Lhs[0].Name() == "_" && f.pureExpr(ini.Rhs) {
			continue // var _ I = (*T)(nil): a compile-time assertion only
		}
		if len(ini.Lhs) == 1 && t.staticVars[ini.Lhs[0]] {
			continue // C data (staticinit.go)
		}
		f.line(ini.Rhs.Pos())
		if len(ini.Lhs) == 1 {
			v := ini.Lhs[0]
			val := f.exprTo(ini.Rhs, v.Type())
			if v.Name() == "_" {
				f.w.Printf("(void)(%s);", val)
			} else {
				f.w.Printf("%s = %s;", t.globalName(v), val)
			}
			continue
		}
		vals, vtypes := f.tupleValues(ini.Rhs)
		for i, v := range ini.Lhs {
			if v.Name() == "_" {
				continue
			}
			f.w.Printf("%s = %s;", t.globalName(v), f.convert(vals[i], vtypes[i], v.Type()))
		}
	}
}

// pureExpr reports whether evaluating e can have no effect: constants, nil,
// conversions and composite literals (or their addresses) of such values.
// A blank package variable initialized so (var _ I = (*T)(nil), a compile-
// time assertion) is not evaluated, so it drags no itab or methods into the C.
func (f *fn) pureExpr(e ast.Expr) bool {
	e = unparen(e)
	if tv, ok := f.t.info.Types[e]; ok && (tv.Value != nil || tv.IsNil()) {
		return true
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := f.t.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return f.pureExpr(x.Args[0])
		}
	case *ast.CompositeLit:
		_, isMap := f.typeOf(x).Underlying().(*types.Map)
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if isMap && !f.pureExpr(kv.Key) {
					return false
				}
				el = kv.Value
			}
			if !f.pureExpr(el) {
				return false
			}
		}
		return true
	case *ast.UnaryExpr:
		if _, lit := unparen(x.X).(*ast.CompositeLit); lit && x.Op == token.AND {
			return f.pureExpr(x.X)
		}
	}
	return false
}

// cdecl declares name with C type ct ("goc_int x", "goc_func *f").
func cdecl(ct, name string) string {
	if strings.HasSuffix(ct, "*") {
		return ct + name
	}
	return ct + " " + name
}
