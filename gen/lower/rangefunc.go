// This file lowers range-over-func loops (Go 1.23 iterators). The loop body
// becomes a C function, the yield closure; captured variables are GC cells
// as for function literals. Leaving the body early is encoded in a state
// word the loop owner checks after the iterator returns: -1 for return
// (results travel in cells), k > 0 for the k-th break/continue to an outer
// statement. A yield after the body returned false panics as in gc.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

type rangeFuncCtx struct {
	loop     *ast.RangeStmt
	li       *labelInfo
	exits    []*ast.BranchStmt
	realSig  *types.Signature // signature of the enclosing declared function or literal
	resCells []string         // pointers to result cells, as C expressions in the body
}

// frameRef is a goc_frame * for defers of the current function.
func (f *fn) frameRef() string {
	if f.rf != nil {
		return "_env->fr"
	}
	return "&_fr"
}

// realSig is the signature whose results a return statement fills.
func (f *fn) realSig() *types.Signature {
	if f.rf != nil {
		return f.rf.realSig
	}
	return f.sig
}

func (f *fn) rangeFunc(s *ast.RangeStmt, li *labelInfo) {
	seqT := f.typeOf(s.X).Underlying().(*types.Signature)
	ysig := seqT.Params().At(0).Type().Underlying().(*types.Signature)
	*f.nlit++
	root := f
	for root.parent != nil {
		root = root.parent
	}
	name := fmt.Sprintf("%s__range%d", root.cname, *f.nlit)
	env := name + "__env"
	f.w.Printf("{")
	f.w.Indent()
	st := f.tmp()
	f.w.Printf("goc_int %s = 0; /* how the loop body left: 0 normally, -1 return, k > 0 the k-th outer branch */", st)
	// result cells
	rsig := f.realSig()
	var cellPtrs []string // in this function
	bareRet := false
	if f.rf != nil {
		cellPtrs = f.rf.resCells
	} else if len(f.res) > 0 {
		// results already live in variables (named, or kept for defer): write them directly
		bareRet = true
		for _, r := range f.res {
			cellPtrs = append(cellPtrs, "&"+paren1(r))
		}
	} else {
		for i := 0; i < rsig.Results().Len(); i++ {
			c := fmt.Sprintf("%s_rv%d", st, i)
			rt := f.typ(rsig.Results().At(i).Type())
			f.w.Printf("%s %s = %s;", f.ctype(rt), c, f.zeroInit(rt))
			cellPtrs = append(cellPtrs, "&"+c)
		}
	}
	// captured variables
	var keyObj, valObj types.Object
	if id, ok := s.Key.(*ast.Ident); ok {
		keyObj = f.t.info.Defs[id]
	}
	if id, ok := s.Value.(*ast.Ident); ok {
		valObj = f.t.info.Defs[id]
	}
	var free []*types.Var
	for _, v := range f.t.freeVars(s.Body, s.Body.Pos(), s.Body.End()) {
		if types.Object(v) == keyObj || types.Object(v) == valObj {
			continue
		}
		free = append(free, v)
	}
	if s.Tok.String() == "=" {
		for _, e := range []ast.Expr{s.Key, s.Value} {
			if id, ok := e.(*ast.Ident); ok {
				if v, ok := f.t.info.Uses[id].(*types.Var); ok && f.vars[v] != nil {
					free = append(free, v)
				}
			}
		}
	}
	fields := []string{"bool done;", "goc_int *state;", "goc_frame *fr;"}
	var inits []string
	for i, c := range cellPtrs {
		fields = append(fields, fmt.Sprintf("%s *res%d;", f.ctype(f.typ(rsig.Results().At(i).Type())), i))
		inits = append(inits, fmt.Sprintf("_c->res%d = %s;", i, c))
	}
	seen := map[*types.Var]bool{}
	var caps []*types.Var
	for _, v := range free {
		lv := f.vars[v]
		if lv == nil || seen[v] {
			continue
		}
		seen[v] = true
		caps = append(caps, v)
		fields = append(fields, fmt.Sprintf("%s *v_%s;", f.ctype(f.typ(v.Type())), lv.c))
		ptr := lv.c
		if !lv.heap {
			ptr = "&" + lv.c
		}
		inits = append(inits, fmt.Sprintf("_c->v_%s = %s;", lv.c, ptr))
	}
	f.t.closureEnv(env, fields)
	frame := "NULL"
	if f.rf != nil {
		frame = "_env->fr"
	} else if f.frame != "" {
		frame = "&_fr"
	}
	// the body function
	child := f.t.newFn(name, f.sub, ysig)
	child.parent = f
	child.nlit = f.nlit
	child.goname = f.rangeGoName()
	ctx := &rangeFuncCtx{loop: s, li: li, realSig: rsig}
	for i := range cellPtrs {
		ctx.resCells = append(ctx.resCells, fmt.Sprintf("_env->res%d", i))
	}
	child.rf = ctx
	var params []*types.Var
	for i := 0; i < ysig.Params().Len(); i++ {
		pt := ysig.Params().At(i).Type()
		var o types.Object
		if s.Tok.String() == ":=" {
			if i == 0 {
				o = keyObj
			} else if i == 1 {
				o = valObj
			}
		}
		if v, ok := o.(*types.Var); ok && v != nil {
			params = append(params, v)
		} else {
			params = append(params, types.NewParam(0, nil, "", pt))
		}
	}
	child.pre = func() {
		child.w.Printf("%s *_env = (%s *)_cl;", env, env)
		child.w.Printf("if (_env->done) goc_panicerrorstring(\"range function continued iteration after function for loop body returned false\");")
		for _, v := range caps {
			lv := f.vars[v]
			cn := child.newName(v.Name())
			child.w.Printf("%s *%s = _env->v_%s;", f.ctype(f.typ(v.Type())), cn, lv.c)
			child.vars[v] = &lvar{c: cn, heap: true}
		}
		if s.Tok.String() == "=" {
			for i, e := range []ast.Expr{s.Key, s.Value} {
				if e != nil && !isBlank(e) && i < ysig.Params().Len() {
					child.store(e, fmt.Sprintf("_p%d", i), false)
				}
			}
		}
	}
	child.emitFunc(s.Pos(), "body of a range-over-func loop", name, "goc_func *_cl", params, ysig, s.Body)
	// run the iterator
	f.w.Printf("%s *_c = (%s *)goc_alloc(sizeof(%s), true);", env, env, env)
	f.w.Printf("_c->fn = (void (*)(void))%s; _c->state = &%s; _c->fr = %s; %s", name, st, frame, strings.Join(inits, " "))
	f.w.Printf("({ goc_func *_it = GOC_FN(%s); ((void (*)(goc_func *, goc_func *))_it->fn)(_it, (goc_func *)_c); });", f.expr(s.X))
	f.w.Printf("_c->done = true;")
	// leave the loop the way the body asked
	if len(cellPtrs) > 0 || hasReturn(s.Body) {
		f.w.Printf("if (%s == -1) {", st)
		f.w.Indent()
		if f.rf != nil {
			f.w.Printf("*_env->state = -1; _env->done = true; return false;")
		} else if bareRet {
			if f.frame != "" {
				f.w.Printf("goto _ret;")
			} else {
				f.w.Printf("%s", f.returnResults())
			}
		} else {
			var vals []string
			for _, c := range cellPtrs {
				vals = append(vals, "*"+c)
			}
			f.returnValues(vals)
		}
		f.w.Dedent()
		f.w.Printf("}")
	}
	for k, ex := range ctx.exits {
		f.w.Printf("if (%s == %d) {", st, k+1)
		f.w.Indent()
		f.branch(ex)
		f.w.Dedent()
		f.w.Printf("}")
	}
	f.w.Dedent()
	f.w.Printf("}")
	if li != nil && li.brkUsed {
		f.w.Raw(li.brk + ": ;\n")
	}
}

func hasReturn(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// returnValues returns the given C values (already of the result types) from a declared function.
func (f *fn) returnValues(vals []string) {
	if len(f.res) > 0 {
		for i, v := range vals {
			f.w.Printf("%s = %s;", f.res[i], v)
		}
		if f.frame != "" {
			f.w.Printf("goto _ret;")
		} else {
			f.w.Printf("%s", f.returnResults())
		}
		return
	}
	if f.frame != "" {
		f.w.Printf("goto _ret;")
		return
	}
	switch len(vals) {
	case 0:
		f.w.Printf("return;")
	case 1:
		f.w.Printf("return %s;", vals[0])
	default:
		f.w.Printf("return (%s){%s};", f.resTyp, strings.Join(vals, ", "))
	}
}

// rfBranch lowers break/continue inside a range-over-func body; false when the target is inside the body.
func (f *fn) rfBranch(s *ast.BranchStmt) bool {
	ctx := f.rf
	switch s.Tok.String() {
	case "goto":
		if labelDefinedIn(ctx.loop.Body, s.Label.Name) {
			return false
		}
		// leave the body, then jump in the function that owns the loop
		ctx.exits = append(ctx.exits, s)
		f.w.Printf("*_env->state = %d; _env->done = true; return false;", len(ctx.exits))
		return true
	case "fallthrough":
		return false
	}
	targetsLoop := false
	if s.Label == nil {
		if s.Tok.String() == "continue" {
			for _, b := range f.brk {
				if b.loop {
					return false
				}
			}
		} else if len(f.brk) > 0 {
			return false
		}
		targetsLoop = true
	} else {
		if _, local := f.labels[s.Label.Name]; local {
			return false
		}
		if ctx.li != nil && ctx.li.name == "L_"+s.Label.Name {
			targetsLoop = true
		}
	}
	if targetsLoop {
		if s.Tok.String() == "continue" {
			f.w.Printf("return true;")
		} else {
			f.w.Printf("_env->done = true; return false;")
		}
		return true
	}
	ctx.exits = append(ctx.exits, s)
	f.w.Printf("*_env->state = %d; _env->done = true; return false;", len(ctx.exits))
	return true
}

// rfReturn lowers return inside a range-over-func body: store results, leave with state -1.
func (f *fn) rfReturn(s *ast.ReturnStmt) {
	res := f.rf.realSig.Results()
	var vals []string
	if len(s.Results) == 1 && res.Len() > 1 {
		vs, ts := f.tupleValues(s.Results[0])
		for i := range vs {
			vals = append(vals, f.convert(vs[i], ts[i], f.typ(res.At(i).Type())))
		}
	} else {
		for i, r := range s.Results {
			vals = append(vals, f.exprTo(r, f.typ(res.At(i).Type())))
		}
	}
	for i, v := range vals {
		f.w.Printf("*%s = %s;", f.rf.resCells[i], v)
	}
	f.w.Printf("*_env->state = -1; _env->done = true; return false;")
}

func labelDefinedIn(body ast.Node, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if l, ok := n.(*ast.LabeledStmt); ok && l.Label.Name == name {
			found = true
		}
		return !found
	})
	return found
}
