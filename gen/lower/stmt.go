// This file lowers statements, keeping Go's structure: if stays if, for
// stays for, blocks stay blocks. Switches become if/else chains (or a goto
// table when a case falls through); labeled break/continue become gotos to
// labels placed after the loop and at the end of its body.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// stmtLine is the position a statement's C is attributed to: its start,
// except for a statement that is one call (f(...), x := f(...), return
// f(...)), which gc attributes to the call's opening parenthesis (a
// func literal called where it is written: the line of its "}()").
func stmtLine(s ast.Stmt) token.Pos {
	var e ast.Expr
	switch s := s.(type) {
	case *ast.ExprStmt:
		e = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			e = s.Rhs[0]
		}
	case *ast.ReturnStmt:
		if len(s.Results) == 1 {
			e = s.Results[0]
		}
	}
	if c, ok := unparen(e).(*ast.CallExpr); ok {
		return c.Lparen
	}
	return s.Pos()
}

func (f *fn) stmts(list []ast.Stmt) {
	for _, s := range list {
		f.stmt(s)
	}
}

func (f *fn) block(list []ast.Stmt) {
	f.w.Indent()
	f.stmts(list)
	f.w.Dedent()
}

func (f *fn) stmt(s ast.Stmt) {
	if _, ok := s.(*ast.LabeledStmt); !ok {
		if _, ok := s.(*ast.BlockStmt); !ok {
			f.line(stmtLine(s))
		}
	}
	switch s := s.(type) {
	case *ast.ExprStmt:
		if u, ok := unparen(s.X).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			f.w.Printf("goc_chanrecv1(%s, NULL);", f.expr(u.X))
			return
		}
		f.discard = true // fmt.Println(...) as a statement: no (n, err) tuple
		f.w.Printf("%s;", f.expr(s.X))
		f.discard = false
	case *ast.DeclStmt:
		f.declStmt(s)
	case *ast.AssignStmt:
		f.assign(s)
	case *ast.IncDecStmt:
		op := token.ADD
		if s.Tok == token.DEC {
			op = token.SUB
		}
		f.opAssign(s.X, op, nil, "1", s.Pos())
	case *ast.BlockStmt:
		f.w.Printf("{")
		f.block(s.List)
		f.w.Printf("}")
	case *ast.IfStmt:
		f.ifStmt(s)
	case *ast.ForStmt:
		f.forStmt(s, nil)
	case *ast.RangeStmt:
		f.rangeStmt(s, nil)
	case *ast.SwitchStmt:
		f.switchStmt(s, nil)
	case *ast.TypeSwitchStmt:
		f.typeSwitch(s, nil)
	case *ast.ReturnStmt:
		f.returnStmt(s)
	case *ast.BranchStmt:
		f.branch(s)
	case *ast.LabeledStmt:
		f.labeled(s)
	case *ast.DeferStmt:
		f.deferStmt(s)
	case *ast.EmptyStmt:
	case *ast.GoStmt:
		f.goStmt(s)
	case *ast.SendStmt:
		et := f.typeOf(s.Chan).Underlying().(*types.Chan).Elem()
		c := f.tmp()
		f.w.Printf("{ goc_hchan *%s = %s; %s _sv = %s; goc_chansend1(%s, &_sv); }", c, f.expr(s.Chan), f.ctype(et), f.exprTo(s.Value, et), c)
	case *ast.SelectStmt:
		f.selectStmt(s, nil)
	default:
		f.t.unsupported(s.Pos(), "statement %T", s)
	}
}

func (f *fn) declStmt(s *ast.DeclStmt) {
	gd := s.Decl.(*ast.GenDecl)
	if gd.Tok != token.VAR {
		return // constants are folded; types are emitted on use
	}
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		var objs []types.Object
		for _, n := range vs.Names {
			objs = append(objs, f.t.info.Defs[n])
		}
		switch {
		case len(vs.Values) == 0:
			for _, o := range objs {
				if o != nil {
					f.declVar(o, "")
				}
			}
		case len(vs.Values) == len(objs):
			var inits []string
			for i, v := range vs.Values {
				inits = append(inits, f.exprTo(v, f.typ(objs[i].Type())))
			}
			if len(objs) > 1 {
				inits = f.hoist(vs.Values, inits, objs)
			}
			for i, o := range objs {
				f.declOrDiscard(o, inits[i])
			}
		default:
			vals, vtypes := f.tupleValues(vs.Values[0])
			for i, o := range objs {
				f.declOrDiscard(o, f.convert(vals[i], vtypes[i], f.typ(o.Type())))
			}
		}
	}
}

func (f *fn) declOrDiscard(o types.Object, init string) {
	if o == nil || o.Name() == "_" {
		f.w.Printf("(void)(%s);", init)
		return
	}
	f.declVar(o, init)
}

// hoist evaluates values into temporaries (multi-assignments evaluate all right sides first).
func (f *fn) hoist(exprs []ast.Expr, vals []string, objs []types.Object) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		t := f.typeOf(exprs[i])
		if objs != nil && objs[i] != nil {
			t = f.typ(objs[i].Type())
		}
		if isNilExpr(f, exprs[i]) || isConst(f, exprs[i]) {
			out[i] = v
			continue
		}
		tmp := f.tmp()
		f.w.Printf("%s %s = %s;", f.ctype(t), tmp, v)
		out[i] = tmp
	}
	return out
}

// tupleValues evaluates a multi-value expression into a temporary and returns its parts.
func (f *fn) tupleValues(e ast.Expr) ([]string, []types.Type) {
	var val string
	var tt *types.Tuple
	switch x := unparen(e).(type) {
	case *ast.IndexExpr:
		val, tt = f.mapIndexOk(x)
	case *ast.TypeAssertExpr:
		val, tt = f.typeAssertOk(x, f.typ(f.t.info.TypeOf(x.Type)))
	case *ast.UnaryExpr:
		et := f.typeOf(x.X).Underlying().(*types.Chan).Elem()
		tt = types.NewTuple(types.NewVar(0, nil, "", et), types.NewVar(0, nil, "", types.Typ[types.Bool]))
		val = fmt.Sprintf("({ %s _rv = %s; bool _ok = goc_chanrecv2(%s, &_rv); (%s){_rv, _ok}; })", f.ctype(et), f.zero(et), f.expr(x.X), f.ctype(tt))
	default:
		val = f.expr(e)
		tt = f.typeOf(e).(*types.Tuple)
	}
	tmp := f.tmp()
	f.w.Printf("%s %s = %s;", f.ctype(tt), tmp, val)
	var vals []string
	var ts []types.Type
	for i := 0; i < tt.Len(); i++ {
		vals = append(vals, fmt.Sprintf("%s.r%d", tmp, i))
		ts = append(ts, tt.At(i).Type())
	}
	return vals, ts
}

// assign lowers =, := and op=.
func (f *fn) assign(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
		op := map[token.Token]token.Token{token.ADD_ASSIGN: token.ADD, token.SUB_ASSIGN: token.SUB,
			token.MUL_ASSIGN: token.MUL, token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM,
			token.AND_ASSIGN: token.AND, token.OR_ASSIGN: token.OR, token.XOR_ASSIGN: token.XOR,
			token.SHL_ASSIGN: token.SHL, token.SHR_ASSIGN: token.SHR, token.AND_NOT_ASSIGN: token.AND_NOT}[s.Tok]
		f.opAssign(s.Lhs[0], op, s.Rhs[0], "", s.Pos())
		return
	}
	// the type each left side receives
	ltype := func(l ast.Expr) types.Type {
		if id, ok := l.(*ast.Ident); ok {
			if id.Name == "_" {
				return nil
			}
			if o := f.t.info.Defs[id]; o != nil {
				return f.typ(o.Type())
			}
		}
		return f.typeOf(l)
	}
	if len(s.Lhs) == len(s.Rhs) {
		if len(s.Lhs) == 1 && s.Tok == token.ASSIGN && f.appendStmt(s.Lhs[0], s.Rhs[0]) {
			return
		}
		if len(s.Lhs) == 1 {
			lt := ltype(s.Lhs[0])
			var v string
			if lt == nil {
				v = f.expr(s.Rhs[0])
			} else {
				v = f.exprTo(s.Rhs[0], lt)
			}
			if _, deref := unparen(s.Rhs[0]).(*ast.StarExpr); deref && s.Tok == token.ASSIGN && lt != nil {
				switch lt.Underlying().(type) {
				case *types.Array, *types.Struct:
					// *p may overlap the destination: C struct assignment needs a copy in between
					tmp := f.tmp()
					f.w.Printf("%s %s = %s;", f.ctype(lt), tmp, v)
					v = tmp
				}
			}
			if s.Tok == token.ASSIGN && f.hasCall(s.Lhs[0]) && f.hasCall(s.Rhs[0]) {
				// left operands first, then the right side (C leaves the order open)
				lhs := f.prepareLHS(s.Lhs)
				tmp := f.tmp()
				f.w.Printf("%s = %s;", cdecl(f.ctype(lt), tmp), v)
				f.store(lhs[0], tmp, false)
				return
			}
			f.store(s.Lhs[0], v, s.Tok == token.DEFINE)
			return
		}
		var vals []string
		var objs []types.Object
		for i, r := range s.Rhs {
			lt := ltype(s.Lhs[i])
			if lt == nil {
				vals = append(vals, f.expr(r))
				objs = append(objs, nil)
				continue
			}
			vals = append(vals, f.exprTo(r, lt))
			objs = append(objs, types.NewVar(0, nil, "", lt))
		}
		// Go evaluates index operands and pointer indirections on the left and
		// the right sides first, then assigns left to right.
		lhs := f.prepareLHS(s.Lhs)
		vals = f.hoist(s.Rhs, vals, objs)
		for i, l := range lhs {
			f.store(l, vals[i], s.Tok == token.DEFINE)
		}
		return
	}
	lhs := f.prepareLHS(s.Lhs)
	vals, vtypes := f.tupleValues(s.Rhs[0])
	for i, l := range lhs {
		lt := ltype(s.Lhs[i])
		if lt == nil {
			continue
		}
		f.store(l, f.convert(vals[i], vtypes[i], lt), s.Tok == token.DEFINE)
	}
}

// preparedLHS is a left side whose operands were evaluated already; the
// nil and bounds checks still happen when it is assigned, as in Go.
type preparedLHS struct {
	ast.Expr        // the original expression
	lval     string // C lvalue to assign (checks included), or ""
	m, k     string // map and key temporaries for m[k]
	mt       types.Type
}

// prepareLHS evaluates the index operands and pointer indirections of left sides.
func (f *fn) prepareLHS(ls []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(ls))
	tmp := func(ct, v string) string {
		t := f.tmp()
		f.w.Printf("%s %s = %s;", ct, t, v)
		return t
	}
	for i, l := range ls {
		l = unparen(l)
		out[i] = l
		switch x := l.(type) {
		case *ast.Ident:
			continue
		case *ast.IndexExpr:
			xt := f.typeOf(x.X)
			switch u := xt.Underlying().(type) {
			case *types.Map:
				p := &preparedLHS{Expr: l, mt: xt}
				p.m = tmp("goc_hmap *", f.expr(x.X))
				p.k = tmp(f.ctype(u.Key()), f.exprTo(x.Index, u.Key()))
				out[i] = p
				continue
			case *types.Slice:
				sv := tmp("goc_slice", f.expr(x.X))
				iv, uns := f.indexValue(x.Index)
				m, ct := "GOC_SLICE_AT", "goc_int"
				if uns {
					m, ct = "GOC_SLICE_ATU", "goc_uint"
				}
				iv = tmp(ct, iv)
				out[i] = &preparedLHS{Expr: l, lval: fmt.Sprintf("%s(%s, %s, %s)", m, f.ctype(u.Elem()), sv, iv)}
				continue
			case *types.Pointer:
				at := u.Elem().Underlying().(*types.Array)
				pv := tmp(f.ctype(xt), f.expr(x.X))
				iv := tmp("goc_int", f.constOrValue(x.Index))
				out[i] = &preparedLHS{Expr: l, lval: fmt.Sprintf("GOC_NN(%s)->a[GOC_IDX(%s, %d)]", pv, iv, at.Len())}
				continue
			}
		case *ast.StarExpr:
			pv := tmp(f.ctype(f.typeOf(x.X)), f.expr(x.X))
			out[i] = &preparedLHS{Expr: l, lval: "(*GOC_NN(" + pv + "))"}
			continue
		case *ast.SelectorExpr:
			xt := f.typeOf(x.X)
			if _, isPtr := xt.Underlying().(*types.Pointer); isPtr {
				if obj, index, _ := types.LookupFieldOrMethod(xt, true, f.t.pkg, x.Sel.Name); obj != nil {
					pv := tmp(f.ctype(xt), f.expr(x.X))
					out[i] = &preparedLHS{Expr: l, lval: f.fieldPath(pv, xt, index)}
					continue
				}
			}
		}
		p := f.tmp()
		f.w.Printf("%s *%s = &%s;", f.ctype(f.typeOf(l)), p, paren1(f.expr(l)))
		out[i] = &preparedLHS{Expr: l, lval: "(*" + p + ")"}
	}
	return out
}

// constOrValue lowers an index value as goc_int.
func (f *fn) constOrValue(e ast.Expr) string {
	v, _ := f.indexValue(e)
	return v
}

// store assigns the C value v to the Go left side l (declaring it for := when new).
func (f *fn) store(l ast.Expr, v string, define bool) {
	if p, ok := l.(*preparedLHS); ok {
		if p.lval != "" {
			f.w.Printf("%s = %s;", p.lval, v)
		} else {
			f.w.Printf("%s", f.mapAssign(p.mt, p.m, p.k, v))
		}
		return
	}
	l = unparen(l)
	if id, ok := l.(*ast.Ident); ok {
		if id.Name == "_" {
			f.w.Printf("(void)(%s);", v)
			return
		}
		if define {
			if o := f.t.info.Defs[id]; o != nil {
				f.declVar(o, v)
				return
			}
		}
	}
	if ie, ok := l.(*ast.IndexExpr); ok {
		if _, isMap := f.typeOf(ie.X).Underlying().(*types.Map); isMap {
			m := f.typeOf(ie.X).Underlying().(*types.Map)
			f.w.Printf("%s", f.mapAssign(f.typeOf(ie.X), f.expr(ie.X), f.exprTo(ie.Index, m.Key()), v))
			return
		}
	}
	f.w.Printf("%s = %s;", f.expr(l), v)
}

// opAssign lowers x op= y and x++ / x-- (y nil: the C value yc).
func (f *fn) opAssign(l ast.Expr, op token.Token, r ast.Expr, yc string, pos token.Pos) {
	t := f.typeOf(l)
	ct := f.ctype(t)
	y := yc
	if r != nil {
		if op == token.SHL || op == token.SHR {
			y = f.expr(r)
		} else {
			y = f.operand(r, t)
		}
	} else {
		y = fmt.Sprintf("((%s)1)", ct)
		if isString(t) {
			y = "GOC_STR(\"\")"
		}
	}
	l = unparen(l)
	if ie, ok := l.(*ast.IndexExpr); ok {
		if m, isMap := f.typeOf(ie.X).Underlying().(*types.Map); isMap {
			mt := f.typeOf(ie.X)
			tmp, kt := f.tmp(), f.tmp()
			f.w.Printf("{")
			f.w.Indent()
			f.w.Printf("goc_hmap *%s = %s;", tmp, f.expr(ie.X))
			f.w.Printf("%s %s = %s;", f.ctype(m.Key()), kt, f.exprTo(ie.Index, m.Key()))
			cur := f.t.reg.t.mapReadC(f, mt, tmp, kt)
			f.w.Printf("%s", f.mapAssign(mt, tmp, kt, f.arith(op, cur, y, t, r)))
			f.w.Dedent()
			f.w.Printf("}")
			return
		}
	}
	if id, ok := l.(*ast.Ident); ok {
		x := f.expr(id)
		simple := (isInteger(t) && f.sizeof(t) == 8 || isFloat(t)) &&
			(op == token.ADD || op == token.SUB || op == token.MUL || op == token.AND || op == token.OR || op == token.XOR)
		if simple && r == nil {
			f.w.Printf("%s%s;", x, map[token.Token]string{token.ADD: "++", token.SUB: "--"}[op])
			return
		}
		if simple {
			f.w.Printf("%s %s= %s;", x, op, y)
			return
		}
		f.w.Printf("%s = %s;", x, f.arith(op, x, y, t, r))
		return
	}
	// evaluate the location once
	p := f.tmp()
	f.w.Printf("{ %s *%s = &%s; *%s = %s; }", ct, p, paren1(f.expr(l)), p, f.arith(op, "(*"+p+")", y, t, r))
}

// mapReadC reads m[k] for C values (map in mv, key in variable kv).
func (t *Translator) mapReadC(f *fn, mt types.Type, mv, kv string) string {
	m := mt.Underlying().(*types.Map)
	vct := f.ctype(m.Elem())
	fast := f.mapFast(mt)
	if fast != "" {
		return fmt.Sprintf("(*(%s *)goc_mapaccess1_%s(%s, %s, %s))", vct, fast, f.t.descs.mapRef(mt), mv, f.fastKey(fast, m.Key(), kv))
	}
	return fmt.Sprintf("(*(%s *)goc_mapaccess1(%s, %s, &%s))", vct, f.t.descs.mapRef(mt), mv, kv)
}

// arith applies a binary arithmetic operator to C values x and y of type t
// (ye is the right operand's expression, for constant divisors and shift counts).
func (f *fn) arith(op token.Token, x, y string, t types.Type, ye ast.Expr) string {
	ct := f.ctype(t)
	switch op {
	case token.ADD:
		if isString(t) {
			return fmt.Sprintf("goc_concatstring2(%s, %s)", x, y)
		}
		fallthrough
	case token.SUB, token.MUL, token.AND, token.OR, token.XOR:
		r := fmt.Sprintf("%s %s %s", x, op, y)
		if isInteger(t) && f.sizeof(t) < 8 {
			return fmt.Sprintf("(%s)(%s)", ct, r)
		}
		return "(" + r + ")"
	case token.AND_NOT:
		return fmt.Sprintf("(%s)(%s & ~%s)", ct, x, y)
	case token.QUO, token.REM:
		be := &ast.BinaryExpr{Op: op, Y: ye}
		if ye == nil {
			be.Y = &ast.BasicLit{}
		}
		return f.divide(be, t, x, y)
	case token.SHL, token.SHR:
		if ye != nil && isConst(f, ye) {
			c, _ := constantInt64(f.t.info.Types[ye].Value)
			w := f.sizeof(t) * 8
			if c < w {
				if op == token.SHL {
					return fmt.Sprintf("((%s)((goc_uint64)%s << %d))", ct, x, c)
				}
				return fmt.Sprintf("((%s)(%s >> %d))", ct, x, c)
			}
		}
		if ye != nil && !isUnsigned(f.typeOf(ye)) {
			y = "GOC_SHCOUNT(" + y + ")"
		}
		if op == token.SHL {
			return fmt.Sprintf("GOC_SHL(%s, %s, %s)", ct, x, y)
		}
		return fmt.Sprintf("GOC_SHR(%s, %s, %s)", ct, x, y)
	}
	return x
}

func (f *fn) ifStmt(s *ast.IfStmt) {
	if s.Init != nil {
		f.w.Printf("{")
		f.w.Indent()
		f.stmt(s.Init)
	}
	f.w.Printf("if (%s) {", f.expr(s.Cond))
	f.block(s.Body.List)
	switch e := s.Else.(type) {
	case nil:
		f.w.Printf("}")
	case *ast.BlockStmt:
		f.w.Printf("} else {")
		f.block(e.List)
		f.w.Printf("}")
	case *ast.IfStmt:
		f.w.Printf("} else {")
		f.w.Indent()
		f.line(e.Pos())
		f.ifStmt(e)
		f.w.Dedent()
		f.w.Printf("}")
	}
	if s.Init != nil {
		f.w.Dedent()
		f.w.Printf("}")
	}
}

// stmtAsExpr lowers a simple statement to a C expression (for the post clause of for).
func (f *fn) stmtAsExpr(s ast.Stmt) string {
	saved := f.w
	f.w = newWriter()
	f.stmt(s)
	out := f.w.String()
	f.w = saved
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#line") {
			continue
		}
		lines = append(lines, l)
	}
	if len(lines) == 1 && strings.HasSuffix(lines[0], ";") && !strings.HasPrefix(lines[0], "{") {
		return strings.TrimSuffix(lines[0], ";")
	}
	return "({ " + strings.Join(lines, " ") + " })"
}

// loop bookkeeping ---------------------------------------------------------

func (f *fn) pushLoop(s ast.Stmt, li *labelInfo, loop bool) *brkTarget {
	bt := &brkTarget{loop: loop, stmt: s, label: li}
	f.brk = append(f.brk, bt)
	return bt
}

func (f *fn) popLoop() { f.brk = f.brk[:len(f.brk)-1] }

func (f *fn) forStmt(s *ast.ForStmt, li *labelInfo) {
	f.w.Printf("{")
	f.w.Indent()
	var perIter []types.Object
	if s.Init != nil {
		f.stmt(s.Init)
		if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && f.t.loopVarPerIteration(s.Pos()) {
			for _, l := range as.Lhs {
				if o := f.t.info.Defs[l.(*ast.Ident)]; o != nil && f.t.escapes[o] {
					perIter = append(perIter, o)
				}
			}
		}
	}
	cond := ""
	if s.Cond != nil {
		cond = f.expr(s.Cond)
	}
	post := ""
	var copies []string
	for _, o := range perIter {
		// Go 1.22: each iteration has its own variable; the next one starts as a copy
		v := f.vars[o]
		ct := f.ctype(f.typ(o.Type()))
		copies = append(copies, fmt.Sprintf("{ %s *_n = (%s *)goc_newobject(%s); *_n = *%s; %s = _n; }", ct, ct, f.t.descs.ref(f.typ(o.Type())), v.c, v.c))
	}
	if s.Post != nil {
		post = f.stmtAsExpr(s.Post)
	}
	if len(copies) > 0 {
		post = "({ " + strings.Join(copies, " ") + " }), " + post
		if s.Post == nil {
			post = strings.TrimSuffix(post, ", ")
		}
	}
	f.w.Printf("for (; %s; %s) {", cond, post)
	f.loopBody(s, li, s.Body.List)
	f.w.Dedent()
	f.w.Printf("}")
}

// loopBody writes a loop body and its continue/break labels, then closes the C loop.
func (f *fn) loopBody(s ast.Stmt, li *labelInfo, body []ast.Stmt) {
	f.pushLoop(s, li, true)
	f.w.Indent()
	if preemptChecks {
		f.w.Printf("GOC_PREEMPT_LOOP();")
	}
	f.stmts(body)
	if li != nil && li.cont != "" {
		f.w.Raw(li.cont + ": ;\n")
	}
	f.w.Dedent()
	f.popLoop()
	f.w.Printf("}")
	if li != nil && li.brkUsed {
		f.w.Raw(li.brk + ": ;\n")
	}
}

func (f *fn) labeled(s *ast.LabeledStmt) {
	if s.Label.Name == "_" { // a blank label cannot be used, and may repeat
		f.line(s.Stmt.Pos())
		f.stmt(s.Stmt)
		return
	}
	li := f.labels[s.Label.Name]
	if li == nil {
		li = &labelInfo{name: "L_" + s.Label.Name}
		f.labels[s.Label.Name] = li
	}
	li.brk = li.name + "_break"
	li.cont = li.name + "_continue"
	f.w.Raw(li.name + ": ;\n")
	f.line(s.Stmt.Pos())
	switch st := s.Stmt.(type) {
	case *ast.ForStmt:
		f.forStmt(st, li)
	case *ast.RangeStmt:
		f.rangeStmt(st, li)
	case *ast.SwitchStmt:
		f.switchStmt(st, li)
	case *ast.TypeSwitchStmt:
		f.typeSwitch(st, li)
	case *ast.SelectStmt:
		f.selectStmt(st, li)
	default:
		f.stmt(s.Stmt)
	}
}

func (f *fn) branch(s *ast.BranchStmt) {
	if f.rf != nil && f.rfBranch(s) {
		return
	}
	switch s.Tok {
	case token.GOTO:
		if preemptChecks {
			f.w.Printf("GOC_PREEMPT_LOOP(); /* a goto may close a loop */")
		}
		f.w.Printf("goto L_%s;", s.Label.Name)
	case token.BREAK:
		if s.Label != nil {
			li := f.labels[s.Label.Name]
			li.brkUsed = true
			f.w.Printf("goto %s;", li.brk)
			return
		}
		bt := f.brk[len(f.brk)-1]
		if bt.loop {
			f.w.Printf("break;")
			return
		}
		if bt.brk == "" {
			bt.brk = fmt.Sprintf("_sw%d_end", f.ntmp+1)
			f.ntmp++
		}
		bt.brkUsed = true
		f.w.Printf("goto %s;", bt.brk)
	case token.CONTINUE:
		if s.Label != nil {
			li := f.labels[s.Label.Name]
			f.w.Printf("goto %s;", li.cont)
			return
		}
		f.w.Printf("continue;")
	case token.FALLTHROUGH:
		f.w.Printf("goto %s;", f.fallTo)
	}
}

// callCount is the number of expressions in es that contain a call.
func (f *fn) callCount(es []ast.Expr) int {
	n := 0
	for _, e := range es {
		if f.hasCall(e) {
			n++
		}
	}
	return n
}

func (f *fn) returnStmt(s *ast.ReturnStmt) {
	if f.rf != nil {
		f.rfReturn(s)
		return
	}
	res := f.sig.Results()
	if len(s.Results) == 0 {
		if f.frame != "" {
			f.w.Printf("goto _ret;")
			return
		}
		f.w.Printf("%s", f.returnResults())
		return
	}
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
	// Several results evaluated in Go's order: hoist them into temporaries when
	// they are stored one by one into named results, or when more than one of
	// them calls (C leaves the order of a compound literal's elements open).
	if len(vals) > 1 && len(s.Results) == len(vals) && (len(f.res) > 0 || f.callCount(s.Results) > 1) {
		var objs []types.Object
		for i := range vals {
			objs = append(objs, types.NewVar(0, nil, "", f.typ(res.At(i).Type())))
		}
		vals = f.hoist(s.Results, vals, objs)
	}
	f.returnValues(vals)
}

// appendStmt writes x = append(x, v...) with the fast path of slice.h as
// statements (more readable than the expression form); false if not that shape.
func (f *fn) appendStmt(l, r ast.Expr) bool {
	call, ok := unparen(r).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < 2 || f.builtinName(call) != "append" {
		return false
	}
	if tv, ok := f.t.info.Types[call.Fun]; !ok || !tv.IsBuiltin() {
		return false
	}
	lid, ok := unparen(l).(*ast.Ident)
	aid, ok2 := unparen(call.Args[0]).(*ast.Ident)
	if !ok || !ok2 || f.t.info.Uses[lid] == nil || f.t.info.Uses[lid] != f.t.info.Uses[aid] {
		return false
	}
	st := f.typeOf(call)
	if !types.Identical(st, f.typeOf(lid)) {
		return false
	}
	et := st.Underlying().(*types.Slice).Elem()
	ect := f.ctype(et)
	x := f.expr(lid)
	n := len(call.Args) - 1
	f.w.Printf("{")
	f.w.Indent()
	var vals []string
	for _, a := range call.Args[1:] {
		v := f.exprTo(a, et)
		if id, isID := unparen(a).(*ast.Ident); !isConst(f, a) && (!isID || f.t.info.Uses[id] == f.t.info.Uses[lid]) {
			tmp := f.tmp()
			f.w.Printf("%s = %s;", cdecl(ect, tmp), v)
			v = tmp
		} else {
			_ = id
		}
		vals = append(vals, v)
	}
	f.w.Printf("goc_int _n = %s.len + %d;", x, n)
	f.w.Printf("if ((goc_uint)_n > (goc_uint)%s.cap)", x)
	f.w.Printf("    %s = goc_growslice(%s.ptr, _n, %s.cap, %d, %s);", x, x, x, n, f.t.descs.ref(et))
	f.w.Printf("else")
	f.w.Printf("    %s.len = _n;", x)
	for i, v := range vals {
		f.w.Printf("((%s *)%s.ptr)[_n - %d] = %s;", ect, x, n-i, v)
	}
	f.w.Dedent()
	f.w.Printf("}")
	return true
}
