// This file decides what lives in GC memory: the escape analysis.
//
// A local variable whose address is taken (&x, x[:] on an array, a
// pointer-receiver method called on x) or that a closure captures, and a
// value made by &T{}, new(T), make, a slice or map literal, a variadic
// argument list or a function literal, is placed on the C stack unless its
// address may outlive the function call (or the loop iteration) that made
// it; otherwise it is a GC object (goc_newobject and friends). Variables
// that are never addressed are always plain C locals.
//
// The analysis is gc's (cmd/compile/internal/escape) on the typed syntax
// tree: every variable and allocation site is a location; an assignment
// dst = src adds an edge src → dst counting dereferences (-1 for &src, +1
// for *src); walking the edges backwards from each location finds the
// least dereference count from every other location to it. A location
// whose address (count < 0) reaches one that outlives it — the heap, a
// result of the function, a variable declared outside the loop that
// allocates it, a variable of an enclosing function — escapes, and so does
// everything whose address reaches it in turn. Functions are analysed
// callees first (strongly connected components of the static call graph,
// one batch each); each parameter is then tagged with the least count at
// which its value reaches the heap or each result, and a call elsewhere
// connects its arguments through these tags. Dynamic calls (func values,
// interface methods), functions without body, go and defer send
// their operands to the heap. Stores through pointers, into slices and
// maps, channel sends, appends and panics do too, as in gc. A value of a
// type without pointers carries no address anywhere (gc's exprSkipInit):
// strconv's bigFtoa keeps its decimal on the stack though it appends the
// digits to a result.
//
// What goc does not do that gc does: inlining before the analysis (a
// function returning &T{} allocates it in the heap), captured variables by
// value, and stack copies of converted interface values and strings.
package lower

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"goc/load"
)

// escStackMax is the largest object placed on the stack (gc's
// MaxImplicitStackVarSize).
const escStackMax = 64 << 10

// escLoc is a location: a variable or an allocation site.
type escLoc struct {
	fn        *escFn
	v         *types.Var
	alloc     ast.Node // allocation site (nil for variables)
	loopDepth int
	edges     []escEdge // values flowing into this location
	escapes   bool      // must live in GC memory
	result    bool      // a result of fn: outlives everything
	param     int       // index among fn's parameters (receiver first), or -1

	walkgen uint32
	derefs  int
	queued  bool

	leakHeap int   // parameters: least derefs at which the value reaches the heap (-1: never)
	leakRes  []int // ... and each result of fn
}

type escEdge struct {
	src    *escLoc
	derefs int
}

// escHole is where a value goes: its location and how many times the
// value is dereferenced on the way (-1: its address goes). No location:
// the value is dropped.
type escHole struct {
	dst    *escLoc
	derefs int
}

func (k escHole) deref() escHole      { k.derefs++; return k }
func (k escHole) addr() escHole       { k.derefs--; return k }
func (k escHole) shift(d int) escHole { k.derefs += d; return k }

// escFn is a function (declared or literal) being analysed.
type escFn struct {
	parent  *escFn
	obj     *types.Func // declared function, or nil
	params  []*escLoc   // receiver first
	results []*escLoc
}

// escTag says what a function does with its parameters' values: per
// parameter (receiver first), the least derefs at which it reaches the heap
// and each result (-1: never).
type escTag struct {
	heap    []int
	results [][]int
}

// escBatch analyses one group of mutually recursive functions.
type escBatch struct {
	t       *Translator
	heap    *escLoc
	locs    []*escLoc
	vars    map[*types.Var]*escLoc
	fns     map[*types.Func]*escFn // the batch's declared functions
	lits    map[*ast.FuncLit]*escFn
	cur     *escFn
	depth   int
	looping map[*types.Label]bool // labels a goto jumps to
}

// findEscapes analyses the whole program (Translate).
func (t *Translator) findEscapes() {
	t.findEscapesIn(func(*load.Package) bool { return true }, nil)
}

// findEscapesForUnit runs the escape analysis for the unit of package p. A
// package unit may depend only on its own source and the shapes of other
// packages (Shape), so it analyses only p's functions and the generic
// functions of every package (their bodies are in the shapes), and reads
// the tags of the standard packages' functions (whose shapes keep their
// bodies; stdTags); a call of another package's function sends its
// arguments to the heap, as a call through a func value does.
func (t *Translator) findEscapesForUnit(p *load.Package) {
	t.findEscapesIn(func(q *load.Package) bool { return q == p }, t.stdTags())
}

// stdEscapes is the analysis of a program's standard packages.
type stdEscapes struct {
	once sync.Once
	tags map[*types.Func]*escTag
}

// stdTags returns the tags of the functions of the program's standard
// packages, analysed once per program (load.Program.Memo) for all its
// units. The standard library imports no other package, so they depend on
// its source only.
func (t *Translator) stdTags() map[*types.Func]*escTag {
	v, _ := t.prog.Memo.LoadOrStore(stdEscapesKey, &stdEscapes{})
	se := v.(*stdEscapes)
	se.once.Do(func() {
		u := newTranslator(t.prog)
		u.findEscapesIn(func(q *load.Package) bool { return q.Std }, nil)
		se.tags = u.escTags
	})
	return se.tags
}

// findEscapesIn runs the escape analysis over the functions of the packages
// in scope and the generic functions of every package; known gives the tags
// of functions outside the scope (nil: none, their calls are dynamic).
func (t *Translator) findEscapesIn(scope func(*load.Package) bool, known map[*types.Func]*escTag) {
	defer func(p *types.Package) { t.pkg = p }(t.pkg)
	t.addrTaken = map[types.Object]bool{}
	t.stackAlloc = map[ast.Node]bool{}
	for _, p := range t.prog.Pkgs {
		t.pkg = p.Types // freeVars: the package's own variables
		for _, f := range p.Files {
			if scope(p) {
				ast.Inspect(f, t.countAssigns)
				continue
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && isGenericDecl(fd) {
					ast.Inspect(fd, t.countAssigns)
				}
			}
		}
	}
	for o := range t.addrTaken {
		t.escapes[o] = true
	}
	t.escapeAnalysis(scope, known)
}

// countAssigns records, for the devirtualization of interface variables and
// the calls of known function literals, each local variable's assignments
// and initializer, and the variables whose address is taken or that a
// closure captures (they may change behind the assignments' back).
func (t *Translator) countAssigns(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			t.markAddr(n.X)
		}
	case *ast.SliceExpr:
		if tv, ok := t.info.Types[n.X]; ok {
			if _, isArr := tv.Type.Underlying().(*types.Array); isArr {
				t.markAddr(n.X)
			}
		}
	case *ast.SelectorExpr:
		if sel := t.info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
			fn := sel.Obj().(*types.Func)
			if r := fn.Type().(*types.Signature).Recv(); r != nil {
				if _, ptrRecv := r.Type().(*types.Pointer); ptrRecv {
					if _, isPtr := sel.Recv().Underlying().(*types.Pointer); !isPtr {
						t.markAddr(n.X)
					}
				}
			}
		}
	case *ast.FuncLit:
		for _, v := range t.freeVars(n.Body, n.Pos(), n.End()) {
			t.addrTaken[v] = true
		}
	case *ast.AssignStmt:
		for i, l := range n.Lhs {
			if id, ok := unparen(l).(*ast.Ident); ok {
				o := t.info.Defs[id]
				if o == nil {
					o = t.info.Uses[id]
				}
				if o == nil {
					continue
				}
				t.assigns[o]++
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
					t.inits[o] = n.Rhs[i]
				}
			}
		}
	case *ast.ValueSpec:
		for i, id := range n.Names {
			if o := t.info.Defs[id]; o != nil {
				t.assigns[o]++
				if len(n.Values) == len(n.Names) {
					t.inits[o] = n.Values[i]
				}
			}
		}
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok {
				if o := t.info.Uses[id]; o != nil {
					t.assigns[o] += 2
				}
			}
		}
		if t.isRangeFunc(n) {
			for _, v := range t.freeVars(n.Body, n.Body.Pos(), n.Body.End()) {
				t.addrTaken[v] = true
			}
			if n.Tok == token.ASSIGN {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						t.markAddr(e)
					}
				}
			}
		}
	}
	return true
}

// markAddr marks the variable at the root of an addressable expression.
func (t *Translator) markAddr(e ast.Expr) {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.Ident:
			if v, ok := t.info.Uses[x].(*types.Var); ok && !v.IsField() {
				t.addrTaken[v] = true
			} else if v, ok := t.info.Defs[x].(*types.Var); ok {
				t.addrTaken[v] = true
			}
			return
		case *ast.SelectorExpr:
			if sel := t.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
				if _, isPtr := sel.Recv().Underlying().(*types.Pointer); !isPtr {
					e = x.X
					continue
				}
			}
			return
		case *ast.IndexExpr:
			if tv, ok := t.info.Types[x.X]; ok {
				if _, isArr := tv.Type.Underlying().(*types.Array); isArr {
					e = x.X
					continue
				}
			}
			return
		default:
			return
		}
	}
}

// freeVars lists the local variables used in body but declared outside [lo, hi).
func (t *Translator) freeVars(body ast.Node, lo, hi token.Pos) []*types.Var {
	var out []*types.Var
	seen := map[*types.Var]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := t.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.Pkg() != t.pkg {
			return true
		}
		if v.Pos() >= lo && v.Pos() < hi {
			return true
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
		return true
	})
	return out
}

func (t *Translator) isRangeFunc(n *ast.RangeStmt) bool {
	tv, ok := t.info.Types[n.X]
	if !ok {
		return false
	}
	_, isSig := tv.Type.Underlying().(*types.Signature)
	if tp, ok := tv.Type.(*types.TypeParam); ok {
		_, isSig = tp.Underlying().(*types.Interface).Underlying().(*types.Signature)
		_ = tp
	}
	return isSig
}

// staticConcrete follows a local interface variable assigned exactly once
// (never through a pointer or a closure) to the concrete value it was
// converted from, as gc's devirtualization does (ir.StaticValue); nil if
// the dynamic type is not statically known.
func (t *Translator) staticConcrete(e ast.Expr) types.Type {
	for depth := 0; depth < 8; depth++ {
		e = unparen(e)
		tv, ok := t.info.Types[e]
		if !ok {
			return nil
		}
		if !isIface(tv.Type) {
			if _, isTP := tv.Type.(*types.TypeParam); isTP {
				return nil
			}
			return tv.Type
		}
		switch x := e.(type) {
		case *ast.Ident:
			v, ok := t.info.Uses[x].(*types.Var)
			if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || t.addrTaken[v] || t.assigns[v] != 1 || t.inits[v] == nil {
				return nil
			}
			e = t.inits[v]
		case *ast.CallExpr:
			if ftv, ok := t.info.Types[x.Fun]; ok && ftv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// knownLit returns the function literal a call's callee certainly is: the
// literal itself, or a local variable assigned once from it and never
// through a pointer or a closure.
func (t *Translator) knownLit(fun ast.Expr) *ast.FuncLit {
	switch x := unparen(fun).(type) {
	case *ast.FuncLit:
		return x
	case *ast.Ident:
		v, ok := t.info.Uses[x].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || t.addrTaken[v] || t.assigns[v] != 1 {
			return nil
		}
		lit, _ := unparen(t.inits[v]).(*ast.FuncLit)
		return lit
	}
	return nil
}

// ---- the program: batches in callee-first order ----------------------------

type escDecl struct {
	obj  *types.Func
	decl *ast.FuncDecl
	pkg  *types.Package
}

// escapeAnalysis analyses the functions of the packages translated from
// source that are in scope, and the generic ones (see findEscapesIn), and
// records which variables escape and which allocation sites may use the
// stack.
func (t *Translator) escapeAnalysis(scope func(*load.Package) bool, known map[*types.Func]*escTag) {
	t.escTags = map[*types.Func]*escTag{}
	for f, tg := range known {
		t.escTags[f] = tg
	}
	t.escDecls = map[*types.Func]*ast.FuncDecl{}
	var decls []*escDecl
	byObj := map[*types.Func]*escDecl{}
	var inits []*ast.ValueSpec
	var initPkgs []*types.Package
	for _, p := range t.prog.Pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					obj, _ := t.info.Defs[d.Name].(*types.Func)
					if obj != nil {
						t.escDecls[obj] = d
					}
					if obj == nil || d.Body == nil || !scope(p) && !isGenericDecl(d) {
						continue
					}
					ed := &escDecl{obj, d, p.Types}
					decls = append(decls, ed)
					byObj[obj] = ed
				case *ast.GenDecl:
					if d.Tok == token.VAR && scope(p) {
						for _, sp := range d.Specs {
							inits = append(inits, sp.(*ast.ValueSpec))
							initPkgs = append(initPkgs, p.Types)
						}
					}
				}
			}
		}
	}
	// static call graph
	callees := map[*escDecl][]*escDecl{}
	for _, d := range decls {
		seen := map[*escDecl]bool{}
		ast.Inspect(d.decl.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if fo := t.staticCallee(c); fo != nil {
					if cd := byObj[fo]; cd != nil && !seen[cd] {
						seen[cd] = true
						callees[d] = append(callees[d], cd)
					}
				}
			}
			return true
		})
	}
	for _, scc := range escSCCs(decls, callees) {
		b := t.newEscBatch()
		for _, d := range scc {
			b.fns[d.obj] = b.newFn(nil, d.obj, d.obj.Type().(*types.Signature))
		}
		for _, d := range scc {
			t.pkg = d.pkg
			b.cur = b.fns[d.obj]
			b.depth = 0
			b.funcBody(d.decl.Body)
		}
		b.solve()
		for _, d := range scc {
			t.escTags[d.obj] = b.fns[d.obj].tag()
		}
	}
	// package variables' initializers: their values go to the heap
	for i, vs := range inits {
		b := t.newEscBatch()
		t.pkg = initPkgs[i]
		b.cur = b.newFn(nil, nil, types.NewSignatureType(nil, nil, nil, nil, nil, false))
		for _, v := range vs.Values {
			b.expr(b.heapHole(), v)
		}
		b.solve()
	}
}

func (t *Translator) newEscBatch() *escBatch {
	b := &escBatch{t: t, vars: map[*types.Var]*escLoc{}, fns: map[*types.Func]*escFn{},
		lits: map[*ast.FuncLit]*escFn{}, looping: map[*types.Label]bool{}}
	b.heap = &escLoc{escapes: true, param: -1}
	return b
}

// staticCallee is the function or method a call certainly calls (its
// generic origin), or nil for dynamic calls, builtins and conversions.
func (t *Translator) staticCallee(c *ast.CallExpr) *types.Func {
	fun := unparen(c.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = unparen(ix.X)
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = unparen(ix.X)
	}
	switch x := fun.(type) {
	case *ast.Ident:
		if fo, ok := t.info.Uses[x].(*types.Func); ok {
			return fo.Origin()
		}
	case *ast.SelectorExpr:
		if sel := t.info.Selections[x]; sel != nil {
			if sel.Kind() != types.MethodVal {
				return nil
			}
			if _, isIfc := sel.Recv().Underlying().(*types.Interface); isIfc {
				return nil
			}
			if _, isTP := sel.Recv().(*types.TypeParam); isTP {
				return nil
			}
			if p, ok := sel.Recv().(*types.Pointer); ok {
				if _, isTP := p.Elem().(*types.TypeParam); isTP {
					return nil
				}
			}
			fo := sel.Obj().(*types.Func)
			if r := fo.Type().(*types.Signature).Recv(); r != nil {
				if _, isIfc := r.Type().Underlying().(*types.Interface); isIfc {
					return nil // a method promoted from an embedded interface
				}
			}
			return fo.Origin()
		}
		if fo, ok := t.info.Uses[x.Sel].(*types.Func); ok {
			return fo.Origin() // pkg.F
		}
	}
	return nil
}

// escSCCs returns the strongly connected components of the call graph,
// callees before callers (Tarjan's algorithm, iterative).
func escSCCs(decls []*escDecl, callees map[*escDecl][]*escDecl) [][]*escDecl {
	index := map[*escDecl]int{}
	low := map[*escDecl]int{}
	on := map[*escDecl]bool{}
	var stack []*escDecl
	var out [][]*escDecl
	next := 0
	type frame struct {
		d *escDecl
		i int
	}
	for _, root := range decls {
		if _, ok := index[root]; ok {
			continue
		}
		work := []frame{{root, 0}}
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		on[root] = true
		for len(work) > 0 {
			fr := &work[len(work)-1]
			if fr.i < len(callees[fr.d]) {
				c := callees[fr.d][fr.i]
				fr.i++
				if _, ok := index[c]; !ok {
					index[c], low[c] = next, next
					next++
					stack = append(stack, c)
					on[c] = true
					work = append(work, frame{c, 0})
				} else if on[c] && index[c] < low[fr.d] {
					low[fr.d] = index[c]
				}
				continue
			}
			d := fr.d
			work = work[:len(work)-1]
			if len(work) > 0 {
				if p := work[len(work)-1].d; low[d] < low[p] {
					low[p] = low[d]
				}
			}
			if low[d] == index[d] {
				var scc []*escDecl
				for {
					x := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					on[x] = false
					scc = append(scc, x)
					if x == d {
						break
					}
				}
				out = append(out, scc)
			}
		}
	}
	return out
}

// ---- locations ---------------------------------------------------------------

func (b *escBatch) newLoc(v *types.Var, alloc ast.Node) *escLoc {
	l := &escLoc{fn: b.cur, v: v, alloc: alloc, loopDepth: b.depth, param: -1, leakHeap: -1}
	b.locs = append(b.locs, l)
	if v != nil {
		b.vars[v] = l
	}
	return l
}

// newFn makes the locations of a function's parameters and results.
func (b *escBatch) newFn(parent *escFn, obj *types.Func, sig *types.Signature) *escFn {
	fn := &escFn{parent: parent, obj: obj}
	saved, savedDepth := b.cur, b.depth
	b.cur, b.depth = fn, 0
	var params []*types.Var
	if sig.Recv() != nil {
		params = append(params, sig.Recv())
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, sig.Params().At(i))
	}
	for i, p := range params {
		l := b.newLoc(p, nil)
		l.param = i
		fn.params = append(fn.params, l)
	}
	for i := 0; i < sig.Results().Len(); i++ {
		l := b.newLoc(sig.Results().At(i), nil)
		l.result = true
		fn.results = append(fn.results, l)
	}
	for _, l := range fn.params {
		l.leakRes = make([]int, len(fn.results))
		for i := range l.leakRes {
			l.leakRes[i] = -1
		}
	}
	b.cur, b.depth = saved, savedDepth
	return fn
}

// tag summarizes a solved function's parameters for its callers.
func (fn *escFn) tag() *escTag {
	tg := &escTag{}
	for _, p := range fn.params {
		h := p.leakHeap
		if p.escapes && h < 0 {
			h = 0 // its own storage is in the heap: what it holds goes there
		}
		tg.heap = append(tg.heap, h)
		tg.results = append(tg.results, p.leakRes)
	}
	return tg
}

// varLoc is the location of a local variable (nil for package variables).
func (b *escBatch) varLoc(v *types.Var) *escLoc {
	if v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	if l := b.vars[v]; l != nil {
		return l
	}
	// not seen at its declaration: assume the worst
	saved := b.depth
	b.depth = 0
	l := b.newLoc(v, nil)
	b.depth = saved
	l.escapes = true
	return l
}

func (b *escBatch) heapHole() escHole { return escHole{dst: b.heap} }

func (b *escBatch) heapHoles(n int) []escHole {
	ks := make([]escHole, n)
	for i := range ks {
		ks[i] = b.heapHole()
	}
	return ks
}
func (b *escBatch) discardHole() escHole { return escHole{} }

// flow records that the value of src (dereferenced k.derefs times) goes to k.
func (b *escBatch) flow(k escHole, src *escLoc) {
	if k.dst == nil || src == nil || k.dst == src && k.derefs >= 0 {
		return
	}
	if k.dst == b.heap && k.derefs < 0 {
		src.escapes = true // its address is stored in the heap
		return
	}
	k.dst.edges = append(k.dst.edges, escEdge{src, k.derefs})
}

// define makes the location of a variable declared here.
func (b *escBatch) define(id *ast.Ident) *escLoc {
	if id == nil || id.Name == "_" {
		return nil
	}
	v, ok := b.t.info.Defs[id].(*types.Var)
	if !ok {
		return nil
	}
	if l := b.vars[v]; l != nil {
		return l
	}
	return b.newLoc(v, nil)
}

// ---- expressions ---------------------------------------------------------------

func (b *escBatch) typeOf(e ast.Expr) types.Type { return b.t.info.TypeOf(e) }

func (b *escBatch) exprs(k escHole, es []ast.Expr) {
	for _, e := range es {
		b.expr(k, e)
	}
}

// expr analyses e, whose value goes to k.
func (b *escBatch) expr(k escHole, e ast.Expr) {
	if e == nil {
		return
	}
	if tv, ok := b.t.info.Types[e]; ok && (tv.Value != nil || tv.IsType()) {
		return
	} else if ok && k.derefs >= 0 && !isUntyped(tv.Type) && !hasPointers(tv.Type) {
		// a value without pointers carries no address (gc's exprSkipInit)
		k = b.discardHole()
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		b.expr(k, x.X)
	case *ast.Ident:
		if v, ok := b.t.info.Uses[x].(*types.Var); ok {
			b.flow(k, b.varLoc(v))
		}
	case *ast.BasicLit:
	case *ast.SelectorExpr:
		b.selector(k, x)
	case *ast.IndexExpr:
		b.index(k, x)
	case *ast.IndexListExpr: // instantiated generic function
	case *ast.SliceExpr:
		b.expr(b.discardHole(), x.Low)
		b.expr(b.discardHole(), x.High)
		b.expr(b.discardHole(), x.Max)
		switch u := b.typeOf(x.X).Underlying().(type) {
		case *types.Array:
			b.expr(k.addr(), x.X)
		case *types.Pointer, *types.Slice:
			b.expr(k, x.X)
		case *types.Basic: // string
			b.expr(k, x.X)
		default:
			_ = u
			b.expr(k, x.X)
		}
	case *ast.StarExpr:
		b.expr(k.deref(), x.X)
	case *ast.UnaryExpr:
		switch x.Op {
		case token.AND:
			if cl, ok := unparen(x.X).(*ast.CompositeLit); ok {
				b.allocLit(k, cl)
				return
			}
			b.expr(k.addr(), x.X)
		case token.ARROW:
			b.expr(b.discardHole(), x.X) // a received value comes from the heap
		default:
			b.expr(b.discardHole(), x.X)
		}
	case *ast.BinaryExpr:
		b.expr(b.discardHole(), x.X)
		b.expr(b.discardHole(), x.Y)
	case *ast.CallExpr:
		b.call([]escHole{k}, x)
	case *ast.CompositeLit:
		b.compositeLit(k, x, b.typeOf(x))
	case *ast.FuncLit:
		b.funcLit(k, x)
	case *ast.TypeAssertExpr:
		t := b.typeOf(x)
		if x.Type == nil || isIface(t) || isDirect(t) {
			b.expr(k, x.X)
		} else {
			b.expr(k.deref(), x.X)
		}
	case *ast.KeyValueExpr:
		b.expr(k, x.Value)
	default:
		// anything else: its operands' values go to the heap
		ast.Inspect(e, func(n ast.Node) bool {
			if n != e {
				if sub, ok := n.(ast.Expr); ok {
					b.expr(b.heapHole(), sub)
					return false
				}
			}
			return true
		})
	}
}

func (b *escBatch) selector(k escHole, x *ast.SelectorExpr) {
	sel := b.t.info.Selections[x]
	if sel == nil { // pkg.Name
		b.expr(k, x.Sel)
		return
	}
	switch sel.Kind() {
	case types.FieldVal:
		if sel.Indirect() {
			b.expr(k.deref(), x.X)
		} else {
			b.expr(k, x.X)
		}
	case types.MethodVal: // a method value: a closure holding the receiver, in the heap
		b.recv(b.heapHole(), x, sel)
	case types.MethodExpr:
	}
}

func (b *escBatch) index(k escHole, x *ast.IndexExpr) {
	if tv, ok := b.t.info.Types[x.X]; ok && tv.IsValue() {
		switch tv.Type.Underlying().(type) {
		case *types.Array:
			b.expr(b.discardHole(), x.Index)
			b.expr(k, x.X)
			return
		case *types.Pointer, *types.Slice: // *[N]T or []T: the element is behind the pointer
			b.expr(b.discardHole(), x.Index)
			b.expr(k.deref(), x.X)
			return
		case *types.Map:
			b.expr(b.discardHole(), x.X) // map contents live in the heap
			b.expr(b.discardHole(), x.Index)
			return
		case *types.Basic:
			b.expr(b.discardHole(), x.X)
			b.expr(b.discardHole(), x.Index)
			return
		}
		b.expr(b.heapHole(), x.X)
		b.expr(b.heapHole(), x.Index)
	}
	// an instantiated generic function: no value flows
}

// allocation makes the location of an allocation site; sites whose type
// involves type parameters or exceeds escStackMax stay in the heap.
func (b *escBatch) allocation(n ast.Node, size int64) *escLoc {
	l := b.newLoc(nil, n)
	if size < 0 || size > escStackMax {
		l.escapes = true
	}
	return l
}

// sizeOf is t's size, or -1 when it depends on type parameters.
func (b *escBatch) sizeOf(t types.Type) int64 {
	if hasTypeParam(t) {
		return -1
	}
	return b.t.descs.sizes.Sizeof(t)
}

// allocLit analyses &T{...} (or an element T{...} of a []*T literal).
func (b *escBatch) allocLit(k escHole, cl *ast.CompositeLit) {
	t := b.typeOf(cl)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	a := b.allocation(cl, b.sizeOf(t))
	b.compositeLit(escHole{dst: a}, cl, t)
	b.flow(k.addr(), a)
}

// compositeLit analyses a literal whose value (of type t) goes to k.
func (b *escBatch) compositeLit(k escHole, cl *ast.CompositeLit, t types.Type) {
	elem := func(k escHole, e ast.Expr, et types.Type) {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if sub, ok := e.(*ast.CompositeLit); ok && sub.Type == nil && et != nil {
			if _, ok := et.Underlying().(*types.Pointer); ok {
				b.allocLit(k, sub) // implicit &T{...}
				return
			}
			b.compositeLit(k, sub, et)
			return
		}
		b.expr(k, e)
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, e := range cl.Elts {
			ft := types.Type(nil)
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := 0; j < u.NumFields(); j++ {
						if u.Field(j).Name() == id.Name {
							ft = u.Field(j).Type()
						}
					}
				}
			} else if i < u.NumFields() {
				ft = u.Field(i).Type()
			}
			elem(k, e, ft)
		}
	case *types.Array:
		for _, e := range cl.Elts {
			elem(k, e, u.Elem())
		}
	case *types.Slice:
		var n int64
		for _, e := range cl.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if tv := b.t.info.Types[kv.Key]; tv.Value != nil {
					if c, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
						n = max(n, c+1)
						continue
					}
				}
			}
			n++
		}
		size := b.sizeOf(u.Elem())
		if size >= 0 {
			size *= n
		}
		a := b.allocation(cl, size)
		for _, e := range cl.Elts {
			elem(escHole{dst: a}, e, u.Elem())
		}
		b.flow(k.addr(), a)
	case *types.Map:
		size := b.mapSize(u)
		if len(cl.Elts) > 8 {
			size = -1 // only maps of one bucket
		}
		a := b.allocation(cl, size)
		for _, e := range cl.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				elem(b.heapHole(), kv.Key, u.Key())
				elem(b.heapHole(), kv.Value, u.Elem())
			}
		}
		b.flow(k.addr(), a)
	default:
		for _, e := range cl.Elts {
			b.expr(b.heapHole(), e)
		}
	}
}

// mapSize is the stack size of a small map of type m, or -1 when it must
// live in the heap (type parameters).
func (b *escBatch) mapSize(m *types.Map) int64 {
	if hasTypeParam(m) {
		return -1
	}
	return 512 // a goc_stackmap
}

// funcLit analyses a function literal whose value goes to k: a closure
// holding the addresses of the variables it captures.
func (b *escBatch) funcLit(k escHole, lit *ast.FuncLit) {
	free := b.t.freeVars(lit.Body, lit.Pos(), lit.End())
	var a *escLoc
	if len(free) > 0 {
		a = b.allocation(lit, int64(8*(len(free)+1)))
		for _, v := range free {
			b.flow(escHole{dst: a}.addr(), b.varLoc(v))
		}
		b.flow(k.addr(), a)
	}
	sig, _ := b.typeOf(lit).(*types.Signature)
	if sig == nil {
		return
	}
	fn := b.newFn(b.cur, nil, sig)
	b.lits[lit] = fn
	saved, savedDepth := b.cur, b.depth
	b.cur, b.depth = fn, 0
	b.funcBody(lit.Body)
	b.cur, b.depth = saved, savedDepth
}

// ---- calls ---------------------------------------------------------------------

// noescapeStd lists the C-backed standard functions whose pointer
// arguments are used only during the call.
var noescapeStd = map[string]bool{"runtime.KeepAlive": true}

// call analyses a call whose results go to ks (one hole per result, or one
// hole for a single-valued call).
func (b *escBatch) call(ks []escHole, c *ast.CallExpr) {
	t := b.t
	result := func(i int) escHole {
		if i < len(ks) {
			return ks[i]
		}
		return b.discardHole()
	}
	if tv, ok := t.info.Types[c.Fun]; ok && tv.IsType() {
		b.conversion(result(0), tv.Type, c.Args[0])
		return
	}
	if tv, ok := t.info.Types[c.Fun]; ok && tv.IsBuiltin() {
		b.builtin(result(0), c)
		return
	}
	// the values of a multi-valued argument f(g()): through the heap
	if len(c.Args) == 1 && isTuple(b.typeOf(c.Args[0])) {
		b.call(b.heapHoles(b.typeOf(c.Args[0]).(*types.Tuple).Len()), c.Args[0].(*ast.CallExpr))
		b.dynamicCallee(c.Fun)
		return
	}
	sigT, _ := b.typeOf(c.Fun).Underlying().(*types.Signature)
	if sigT == nil {
		b.exprs(b.heapHole(), c.Args)
		return
	}
	// a function literal called in place or through a variable bound to it
	if lit := t.knownLit(c.Fun); lit != nil {
		if _, isLit := unparen(c.Fun).(*ast.FuncLit); isLit {
			b.expr(b.discardHole(), c.Fun) // analyses the literal (its closure is not kept)
		}
		if fn := b.lits[lit]; fn != nil {
			b.args(c, sigT, nil, func(i int) escHole { return escHole{dst: fn.params[i]} })
			for i, r := range fn.results {
				b.flow(result(i), r)
			}
			return
		}
	}
	fo := t.staticCallee(c)
	var recvX ast.Expr
	var sel *types.Selection
	if sx, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
		if s := t.info.Selections[sx]; s != nil && s.Kind() == types.MethodVal {
			recvX, sel = sx.X, s
		}
	}
	if fo == nil || fo.Pkg() == nil || !t.fromSource(fo.Pkg()) {
		if fo != nil && fo.Pkg() != nil && (fo.Pkg().Path() == "sync/atomic" || noescapeStd[fo.Pkg().Path()+"."+fo.Name()]) {
			// atomic operations and KeepAlive only use their operands during the call
			if recvX != nil {
				b.recv(b.discardHole(), c.Fun.(*ast.SelectorExpr), sel)
			}
			b.args(c, sigT, nil, func(int) escHole { return b.discardHole() })
			return
		}
		// dynamic: operands go to the heap
		if recvX != nil {
			b.recv(b.heapHole(), unparen(c.Fun).(*ast.SelectorExpr), sel)
		} else {
			b.dynamicCallee(c.Fun)
		}
		b.args(c, sigT, nil, func(int) escHole { return b.heapHole() })
		return
	}
	off := 0
	if recvX != nil {
		off = 1
	}
	var param func(i int) escHole
	if fn := b.fns[fo]; fn != nil { // the same batch: straight into its parameters
		param = func(i int) escHole { return escHole{dst: fn.params[i]} }
		for i, r := range fn.results {
			b.flow(result(i), r)
		}
	} else {
		tag := t.escTags[fo]
		param = func(i int) escHole { return b.tagHole(ks, tag, i, fo) }
	}
	if recvX != nil {
		b.recv(param(0), unparen(c.Fun).(*ast.SelectorExpr), sel)
	}
	b.args(c, sigT, func(i int) int { return i + off }, param)
}

// dynamicCallee analyses the callee of a call through a func value: it is
// called, not kept.
func (b *escBatch) dynamicCallee(fun ast.Expr) {
	switch x := unparen(fun).(type) {
	case *ast.Ident, *ast.IndexExpr, *ast.IndexListExpr:
		if _, ok := b.t.info.Uses[funcIdent(x)].(*types.Func); ok {
			return
		}
	case *ast.SelectorExpr:
		if b.t.info.Selections[x] == nil {
			return // pkg.F
		}
	}
	b.expr(b.discardHole(), fun)
}

// tagHole is where argument i of a call of fo goes by fo's tag: the heap
// and the call's results at the tagged dereference counts. Functions
// without a tag (bodies in C or assembly) send it to the heap unless
// declared //go:noescape; pure intrinsics keep nothing.
func (b *escBatch) tagHole(ks []escHole, tag *escTag, i int, fo *types.Func) escHole {
	if tag == nil {
		if b.t.pureIntrinsic(fo) || b.noescapeDecl(fo) {
			return b.discardHole()
		}
		return b.heapHole()
	}
	if i >= len(tag.heap) {
		return b.heapHole()
	}
	// a fresh location that forwards to every place the tag names; it lives
	// as long as the call (gc: teeHole), so an argument made in a loop does
	// not outlive its iteration by going through it
	tee := b.newLoc(nil, nil)
	if d := tag.heap[i]; d >= 0 {
		b.flow(b.heapHole().shift(d), tee)
	}
	for r, d := range tag.results[i] {
		if d >= 0 && r < len(ks) {
			b.flow(ks[r].shift(d), tee)
		}
	}
	return escHole{dst: tee}
}

// noescapeDecl reports whether fo is a body-less declaration marked //go:noescape.
func (b *escBatch) noescapeDecl(fo *types.Func) bool {
	fd := b.t.escDecls[fo]
	if fd == nil || fd.Body != nil || fd.Doc == nil {
		return false
	}
	for _, c := range fd.Doc.List {
		if strings.HasPrefix(c.Text, "//go:noescape") {
			return true
		}
	}
	return false
}

// args analyses a call's arguments (a variadic list is a slice made here).
// pidx maps argument positions to parameter indices (nil: the same).
func (b *escBatch) args(c *ast.CallExpr, sig *types.Signature, pidx func(int) int, param func(int) escHole) {
	if pidx == nil {
		pidx = func(i int) int { return i }
	}
	n := sig.Params().Len()
	for i, a := range c.Args {
		if sig.Variadic() && i >= n-1 && !c.Ellipsis.IsValid() {
			break
		}
		b.expr(param(pidx(i)), a)
	}
	if sig.Variadic() && !c.Ellipsis.IsValid() && len(c.Args) >= n {
		et := sig.Params().At(n - 1).Type().Underlying().(*types.Slice).Elem()
		size := b.sizeOf(et)
		if size >= 0 {
			size *= int64(len(c.Args) - n + 1)
		}
		a := b.allocation(c, size)
		for _, x := range c.Args[n-1:] {
			b.expr(escHole{dst: a}, x)
		}
		b.flow(param(pidx(n-1)).addr(), a)
	}
}

// recv analyses a method call's receiver x.M, which goes to k.
func (b *escBatch) recv(k escHole, x *ast.SelectorExpr, sel *types.Selection) {
	m := sel.Obj().(*types.Func)
	_, ptrRecv := m.Type().(*types.Signature).Recv().Type().(*types.Pointer)
	if isIface(sel.Recv()) {
		b.expr(k, x.X) // the interface's data pointer
		return
	}
	switch {
	case ptrRecv && !sel.Indirect():
		b.expr(k.addr(), x.X) // &x (or the address of a field embedded in x)
	case ptrRecv:
		b.expr(k, x.X) // x, or a pointer reached from it
	case sel.Indirect():
		b.expr(k.deref(), x.X) // *x
	default:
		b.expr(k, x.X)
	}
}

// conversion analyses T(x) whose value goes to k.
func (b *escBatch) conversion(k escHole, to types.Type, x ast.Expr) {
	from := b.typeOf(x)
	switch {
	case hasTypeParam(to) || hasTypeParam(from):
		b.expr(b.heapHole(), x) // boxing or not depends on the instance
	case isIface(to) && !isIface(from):
		if isDirect(from) {
			b.expr(k, x) // the pointer itself is the interface's data word
		} else {
			b.expr(b.heapHole(), x) // boxed in the heap
		}
	case isString(to) || isUnsafeUintptr(to):
		b.expr(b.discardHole(), x) // a copy, or a number
	case isSliceOfBasic(to) && isString(from):
		b.expr(b.discardHole(), x) // []byte(s), []rune(s): a copy
	case isUnsafePointer(to) && isUnsafeUintptr(from):
		b.unsafeValue(k, x)
	default:
		b.expr(k, x)
	}
}

// unsafeValue follows unsafe.Pointer(uintptr(p) + off) back to p.
func (b *escBatch) unsafeValue(k escHole, x ast.Expr) {
	switch x := unparen(x).(type) {
	case *ast.CallExpr:
		if tv, ok := b.t.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 && isUnsafePointer(b.typeOf(x.Args[0])) {
			b.expr(k, x.Args[0])
			return
		}
		b.expr(b.discardHole(), x)
	case *ast.BinaryExpr:
		b.unsafeValue(k, x.X)
		b.unsafeValue(k, x.Y)
	case *ast.UnaryExpr:
		b.unsafeValue(k, x.X)
	default:
		b.expr(b.discardHole(), x)
	}
}

func isUnsafeUintptr(t types.Type) bool {
	u, ok := t.Underlying().(*types.Basic)
	return ok && u.Kind() == types.Uintptr
}

func isUnsafePointer(t types.Type) bool {
	u, ok := t.Underlying().(*types.Basic)
	return ok && u.Kind() == types.UnsafePointer
}

func isSliceOfBasic(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	_, ok = s.Elem().Underlying().(*types.Basic)
	return ok
}

// builtin analyses a call of a predeclared function whose value goes to k.
func (b *escBatch) builtin(k escHole, c *ast.CallExpr) {
	name := ""
	switch f := unparen(c.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = "unsafe." + f.Sel.Name
	}
	args := c.Args
	if len(args) == 1 && isTuple(b.typeOf(args[0])) {
		b.call(b.heapHoles(b.typeOf(args[0]).(*types.Tuple).Len()), args[0].(*ast.CallExpr))
		return
	}
	switch name {
	case "append":
		if len(args) == 0 {
			return
		}
		// The appendee is evaluated once (gc: teeHole): with room enough
		// the result is the appendee's own array (so a literal appended
		// nothing must live as long as the result), and a grown copy moves
		// the elements to the heap.
		tee := b.newLoc(nil, nil)
		b.flow(k, tee)
		if st, ok := b.typeOf(args[0]).Underlying().(*types.Slice); ok && hasPointers(st.Elem()) {
			b.flow(b.heapHole().deref(), tee)
		}
		b.expr(escHole{dst: tee}, args[0])
		if c.Ellipsis.IsValid() && len(args) == 2 {
			b.expr(b.heapHole().deref(), args[1])
		} else {
			b.exprs(b.heapHole(), args[1:])
		}
	case "copy":
		b.expr(b.discardHole(), args[0])
		b.expr(b.heapHole().deref(), args[1])
	case "new":
		t := b.typeOf(c).(*types.Pointer).Elem()
		a := b.allocation(c, b.sizeOf(t))
		b.flow(k.addr(), a)
	case "make":
		t := b.typeOf(args[0])
		b.exprs(b.discardHole(), args[1:])
		switch u := t.Underlying().(type) {
		case *types.Slice:
			size := int64(-1)
			last := args[len(args)-1]
			if tv := b.t.info.Types[last]; tv.Value != nil && len(args) > 1 {
				if n, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok && n >= 0 {
					if es := b.sizeOf(u.Elem()); es >= 0 {
						size = es * n
					}
				}
			}
			a := b.allocation(c, size)
			b.flow(k.addr(), a)
		case *types.Map: // the header on the stack; buckets too for hints <= 8
			a := b.allocation(c, b.mapSize(u))
			b.flow(k.addr(), a)
		default: // channels live in the heap
			b.flow(k.addr(), b.allocation(c, -1))
		}
	case "panic":
		b.exprs(b.heapHole(), args)
	case "len", "cap", "delete", "close", "clear", "print", "println", "real", "imag", "complex",
		"unsafe.Sizeof", "unsafe.Alignof", "unsafe.Offsetof":
		b.exprs(b.discardHole(), args)
	case "min", "max":
		b.exprs(k, args)
	case "recover":
	case "unsafe.Add", "unsafe.Slice", "unsafe.String", "unsafe.StringData", "unsafe.SliceData":
		b.expr(k, args[0])
		b.exprs(b.discardHole(), args[1:])
	default:
		b.exprs(b.heapHole(), args)
	}
}

// ---- statements -----------------------------------------------------------------

func (b *escBatch) funcBody(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	// labels a goto jumps to make loops
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if br, ok := n.(*ast.BranchStmt); ok && br.Tok == token.GOTO && br.Label != nil {
			if l, ok := b.t.info.Uses[br.Label].(*types.Label); ok {
				b.looping[l] = true
			}
		}
		return true
	})
	b.block(body.List)
}

func (b *escBatch) block(list []ast.Stmt) {
	saved := b.depth
	for _, s := range list {
		b.stmt(s)
	}
	b.depth = saved
}

// lhs is the hole for an assignment's left side.
func (b *escBatch) lhs(e ast.Expr) escHole {
	switch x := unparen(e).(type) {
	case *ast.Ident:
		if x.Name == "_" {
			return b.discardHole()
		}
		v, _ := b.t.info.Defs[x].(*types.Var)
		if v == nil {
			v, _ = b.t.info.Uses[x].(*types.Var)
		}
		if v == nil {
			return b.heapHole()
		}
		if l := b.varLoc(v); l != nil {
			return escHole{dst: l}
		}
		return b.heapHole() // a package variable
	case *ast.SelectorExpr:
		if sel := b.t.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal && !sel.Indirect() {
			return b.lhs(x.X) // a field of a struct variable
		}
		b.expr(b.discardHole(), x.X)
		return b.heapHole()
	case *ast.IndexExpr:
		if _, isArr := b.typeOf(x.X).Underlying().(*types.Array); isArr {
			b.expr(b.discardHole(), x.Index)
			return b.lhs(x.X)
		}
		b.expr(b.discardHole(), x.X)
		if _, isMap := b.typeOf(x.X).Underlying().(*types.Map); isMap {
			b.expr(b.heapHole(), x.Index) // stored in the map
		} else {
			b.expr(b.discardHole(), x.Index)
		}
		return b.heapHole()
	case *ast.StarExpr:
		b.expr(b.discardHole(), x.X)
		return b.heapHole()
	}
	b.expr(b.discardHole(), e)
	return b.heapHole()
}

func (b *escBatch) assign(lhs, rhs []ast.Expr, define bool) {
	if define {
		for _, l := range lhs {
			if id, ok := l.(*ast.Ident); ok {
				b.define(id)
			}
		}
	}
	ks := make([]escHole, len(lhs))
	for i, l := range lhs {
		ks[i] = b.lhs(l)
	}
	if len(rhs) == len(lhs) {
		for i, r := range rhs {
			b.expr(ks[i], r)
		}
		return
	}
	if len(rhs) != 1 {
		b.exprs(b.heapHole(), rhs)
		return
	}
	switch r := unparen(rhs[0]).(type) {
	case *ast.CallExpr:
		b.call(ks, r)
	case *ast.IndexExpr: // v, ok = m[k]
		b.expr(ks[0], r)
	case *ast.TypeAssertExpr: // v, ok = x.(T)
		b.expr(ks[0], r)
	case *ast.UnaryExpr: // v, ok = <-ch
		b.expr(ks[0], r)
	default:
		b.expr(b.heapHole(), r)
	}
}

func (b *escBatch) stmt(s ast.Stmt) {
	if s == nil {
		return
	}
	switch s := s.(type) {
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE && s.Tok != token.ASSIGN {
			// x op= y: numbers and strings (a new string)
			b.expr(b.discardHole(), s.Rhs[0])
			b.lhs(s.Lhs[0])
			return
		}
		b.assign(s.Lhs, s.Rhs, s.Tok == token.DEFINE)
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			lhs := make([]ast.Expr, len(vs.Names))
			for i, n := range vs.Names {
				lhs[i] = n
			}
			if len(vs.Values) == 0 {
				for _, n := range vs.Names {
					b.define(n)
				}
				continue
			}
			b.assign(lhs, vs.Values, true)
		}
	case *ast.ExprStmt:
		b.expr(b.discardHole(), s.X)
	case *ast.IncDecStmt:
		b.expr(b.discardHole(), s.X)
	case *ast.SendStmt:
		b.expr(b.discardHole(), s.Chan)
		b.expr(b.heapHole(), s.Value)
	case *ast.GoStmt:
		b.goDefer(s.Call)
	case *ast.DeferStmt:
		b.goDefer(s.Call)
	case *ast.ReturnStmt:
		res := b.cur.results
		if len(s.Results) == 1 && len(res) > 1 {
			ks := make([]escHole, len(res))
			for i, r := range res {
				ks[i] = escHole{dst: r}
			}
			if c, ok := unparen(s.Results[0]).(*ast.CallExpr); ok {
				b.call(ks, c)
				return
			}
		}
		for i, e := range s.Results {
			if i < len(res) {
				b.expr(escHole{dst: res[i]}, e)
			} else {
				b.expr(b.heapHole(), e)
			}
		}
	case *ast.BlockStmt:
		b.block(s.List)
	case *ast.IfStmt:
		saved := b.depth
		b.stmt(s.Init)
		b.expr(b.discardHole(), s.Cond)
		b.stmt(s.Body)
		b.stmt(s.Else)
		b.depth = saved
	case *ast.ForStmt:
		saved := b.depth
		b.depth++ // Go 1.22: the loop variables are new in every iteration
		b.stmt(s.Init)
		b.expr(b.discardHole(), s.Cond)
		b.stmt(s.Post)
		b.stmt(s.Body)
		b.depth = saved
	case *ast.RangeStmt:
		b.rangeStmt(s)
	case *ast.SwitchStmt:
		saved := b.depth
		b.stmt(s.Init)
		b.expr(b.discardHole(), s.Tag)
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CaseClause)
			b.exprs(b.discardHole(), cc.List)
			b.block(cc.Body)
		}
		b.depth = saved
	case *ast.TypeSwitchStmt:
		saved := b.depth
		b.stmt(s.Init)
		var x ast.Expr
		switch a := s.Assign.(type) {
		case *ast.AssignStmt:
			x = a.Rhs[0].(*ast.TypeAssertExpr).X
		case *ast.ExprStmt:
			x = a.X.(*ast.TypeAssertExpr).X
		}
		tee := b.newLoc(nil, nil)
		b.expr(escHole{dst: tee}, x)
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CaseClause)
			if v, ok := b.t.info.Implicits[cc].(*types.Var); ok {
				l := b.newLoc(v, nil)
				b.flow(escHole{dst: l}, tee)
			}
			b.block(cc.Body)
		}
		b.depth = saved
	case *ast.SelectStmt:
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CommClause)
			switch c := cc.Comm.(type) {
			case *ast.SendStmt:
				b.stmt(c)
			case *ast.AssignStmt: // v[, ok] = <-ch: values from the heap
				if c.Tok == token.DEFINE {
					for _, l := range c.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							b.define(id)
						}
					}
				}
				for _, l := range c.Lhs {
					b.lhs(l)
				}
				b.exprs(b.discardHole(), c.Rhs)
			case *ast.ExprStmt:
				b.expr(b.discardHole(), c.X)
			}
			b.block(cc.Body)
		}
	case *ast.LabeledStmt:
		if l, ok := b.t.info.Defs[s.Label].(*types.Label); ok && b.looping[l] {
			b.depth++ // until the end of the enclosing block
		}
		b.stmt(s.Stmt)
	case *ast.BranchStmt, *ast.EmptyStmt:
	default:
		ast.Inspect(s, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				b.expr(b.heapHole(), e)
				return false
			}
			return true
		})
	}
}

// goDefer analyses go f(x) and defer f(x): the call runs later, from the
// heap's point of view.
func (b *escBatch) goDefer(c *ast.CallExpr) {
	if tv, ok := b.t.info.Types[c.Fun]; ok && tv.IsBuiltin() {
		b.exprs(b.heapHole(), c.Args)
		return
	}
	if sx, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
		if sel := b.t.info.Selections[sx]; sel != nil && sel.Kind() == types.MethodVal {
			b.recv(b.heapHole(), sx, sel)
			b.exprs(b.heapHole(), c.Args)
			return
		}
	}
	if _, ok := b.t.info.Uses[funcIdent(c.Fun)].(*types.Func); !ok {
		b.expr(b.heapHole(), c.Fun)
	}
	b.exprs(b.heapHole(), c.Args)
}

func (b *escBatch) rangeStmt(s *ast.RangeStmt) {
	saved := b.depth
	xt := b.typeOf(s.X)
	if b.t.isRangeFunc(s) {
		// the body is a function the iterator calls: what it captures lives in the heap
		b.expr(b.heapHole(), s.X)
		for _, v := range b.t.freeVars(s.Body, s.Body.Pos(), s.Body.End()) {
			if l := b.varLoc(v); l != nil {
				l.escapes = true
			}
		}
		b.depth++
		if s.Tok == token.DEFINE {
			for _, e := range []ast.Expr{s.Key, s.Value} {
				if id, ok := e.(*ast.Ident); ok {
					if l := b.define(id); l != nil {
						l.escapes = true
					}
				}
			}
		} else {
			for _, e := range []ast.Expr{s.Key, s.Value} {
				if e != nil {
					b.expr(b.heapHole().addr(), e)
				}
			}
		}
		b.stmt(s.Body)
		b.depth = saved
		return
	}
	// the range expression is evaluated once, before the loop
	tee := b.newLoc(nil, nil)
	b.expr(escHole{dst: tee}, s.X)
	b.depth++
	if s.Tok == token.DEFINE {
		for _, e := range []ast.Expr{s.Key, s.Value} {
			if id, ok := e.(*ast.Ident); ok {
				b.define(id)
			}
		}
	}
	var kk, vk escHole
	if s.Key != nil {
		kk = b.lhs(s.Key)
	}
	if s.Value != nil {
		vk = b.lhs(s.Value)
	}
	switch u := xt.Underlying().(type) {
	case *types.Array:
		b.flow(vk, tee)
	case *types.Pointer: // *[N]T
		b.flow(vk.deref(), tee)
	case *types.Slice:
		b.flow(vk.deref(), tee)
	case *types.Map, *types.Chan, *types.Basic:
		// keys and values come from the heap (or are numbers and runes)
	default: // a type parameter: assume the elements are the value itself
		_ = u
		b.flow(kk, tee)
		b.flow(vk, tee)
	}
	b.stmt(s.Body)
	b.depth = saved
}

// ---- solving ----------------------------------------------------------------------

// solve walks from every location until nothing changes (gc: walkAll), then
// records the results.
func (b *escBatch) solve() {
	var todo []*escLoc
	enqueue := func(l *escLoc) {
		if !l.queued {
			todo = append(todo, l)
			l.queued = true
		}
	}
	for _, l := range b.locs {
		enqueue(l)
	}
	enqueue(b.heap)
	var walkgen uint32
	for len(todo) > 0 {
		root := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		root.queued = false
		walkgen++
		b.walkOne(root, walkgen, enqueue)
	}
	b.record()
}

// outlives reports whether values stored in l may outlive other's storage.
func (b *escBatch) outlives(l, other *escLoc) bool {
	if l.escapes {
		return true
	}
	if l.result {
		return true
	}
	if l.fn == other.fn && l.loopDepth < other.loopDepth {
		return true
	}
	// other belongs to a function literal inside l's function
	if other.fn != l.fn {
		for f := other.fn.parent; f != nil; f = f.parent {
			if f == l.fn {
				return true
			}
		}
	}
	return false
}

func (b *escBatch) walkOne(root *escLoc, walkgen uint32, enqueue func(*escLoc)) {
	root.walkgen = walkgen
	root.derefs = 0
	todo := []*escLoc{root}
	for len(todo) > 0 {
		l := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		derefs := l.derefs
		if derefs < 0 { // l's address reaches root
			derefs = 0
			if !l.escapes && b.outlives(root, l) {
				l.escapes = true
				enqueue(l)
				continue
			}
		}
		// a parameter's value reaches the heap or a result of its own function
		if l.param >= 0 && l.fn.obj != nil && b.outlives(root, l) {
			if root.result && !root.escapes && root.fn == l.fn {
				for i, r := range l.fn.results {
					if r == root && (l.leakRes[i] < 0 || derefs < l.leakRes[i]) {
						l.leakRes[i] = derefs
					}
				}
			} else if l.leakHeap < 0 || derefs < l.leakHeap {
				l.leakHeap = derefs
			}
		}
		if l.escapes && l != root {
			continue // walked as a root of its own
		}
		for _, e := range l.edges {
			if e.src.escapes {
				continue
			}
			d := derefs + e.derefs
			if e.src.walkgen != walkgen || e.src.derefs > d {
				e.src.walkgen = walkgen
				e.src.derefs = d
				todo = append(todo, e.src)
			}
		}
	}
}

// record stores the batch's decisions in the translator.
func (b *escBatch) record() {
	t := b.t
	for _, l := range b.locs {
		if l.v != nil {
			esc := l.escapes
			if !esc && t.addrTaken[l.v] {
				if size := b.sizeOf(l.v.Type()); size < 0 || size > escStackMax {
					esc = true
				}
			}
			if esc {
				t.escapes[l.v] = true
			} else {
				delete(t.escapes, l.v)
			}
		}
		if l.alloc != nil && !l.escapes {
			t.stackAlloc[l.alloc] = true
		}
	}
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch u := t.(type) {
		case *types.TypeParam:
			return true
		case *types.Alias:
			return walk(types.Unalias(u))
		case *types.Named:
			if ta := u.TypeArgs(); ta != nil {
				for i := 0; i < ta.Len(); i++ {
					if walk(ta.At(i)) {
						return true
					}
				}
			}
			return walk(u.Underlying())
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Key()) || walk(u.Elem())
		case *types.Chan:
			return walk(u.Elem())
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				if walk(u.Field(i).Type()) {
					return true
				}
			}
		case *types.Tuple:
			for i := 0; i < u.Len(); i++ {
				if walk(u.At(i).Type()) {
					return true
				}
			}
		case *types.Signature:
			return walk(u.Params()) || walk(u.Results())
		}
		return false
	}
	return walk(t)
}

// isUntyped reports whether t is an untyped constant's or nil's type.
func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}
