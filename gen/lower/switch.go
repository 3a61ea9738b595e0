// This file lowers switch and type switch statements. Without fallthrough a
// switch is an if/else-if chain over a temporary holding the tag (default
// last, as Go tries it last); with fallthrough, case bodies get labels and
// the chain jumps to them. `break` inside a switch jumps past its end.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

func hasFallthrough(s *ast.BlockStmt) bool {
	for _, c := range s.List {
		cc := c.(*ast.CaseClause)
		if n := len(cc.Body); n > 0 {
			if b, ok := cc.Body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				return true
			}
		}
	}
	return false
}

func (f *fn) switchStmt(s *ast.SwitchStmt, li *labelInfo) {
	f.w.Printf("{")
	f.w.Indent()
	if s.Init != nil {
		f.stmt(s.Init)
	}
	var tag string
	var tagT types.Type
	if s.Tag != nil {
		tagT = f.typeOf(s.Tag)
		if b, ok := tagT.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			tagT = types.Default(tagT)
		}
		tag = f.tmp()
		f.w.Printf("%s %s = %s;", f.ctype(tagT), tag, f.exprTo(s.Tag, tagT))
	}
	bt := f.pushLoop(s, li, false)
	if li != nil {
		bt.brk = li.brk
	}
	cond := func(cc *ast.CaseClause) string {
		var conds []string
		for _, e := range cc.List {
			if tag == "" {
				if et := f.typeOf(e); isIface(et) {
					// a tagless switch compares with true: an interface case holds a bool
					conds = append(conds, fmt.Sprintf("({ goc_bool _tv = true; goc_efaceeqvalue(%s, &goc_type_bool, &_tv); })", asEface(f.expr(e), et)))
					continue
				}
				conds = append(conds, f.expr(e))
				continue
			}
			conds = append(conds, f.caseEq(tag, tagT, e))
		}
		return strings.Join(conds, " || ")
	}
	clauses := s.Body.List
	if !hasFallthrough(s.Body) {
		var def *ast.CaseClause
		first := true
		for _, c := range clauses {
			cc := c.(*ast.CaseClause)
			if cc.List == nil {
				def = cc
				continue
			}
			f.line(cc.Pos())
			if first {
				f.w.Printf("if (%s) {", cond(cc))
			} else {
				f.w.Printf("} else if (%s) {", cond(cc))
			}
			first = false
			f.block(cc.Body)
		}
		if def != nil {
			if first {
				f.w.Printf("{")
			} else {
				f.w.Printf("} else {")
			}
			f.block(def.Body)
			f.w.Printf("}")
		} else if !first {
			f.w.Printf("}")
		}
	} else {
		base := f.tmp()
		labels := make([]string, len(clauses))
		defIdx := -1
		for i, c := range clauses {
			labels[i] = fmt.Sprintf("%s_case%d", base, i)
			cc := c.(*ast.CaseClause)
			if cc.List == nil {
				defIdx = i
				continue
			}
			f.w.Printf("if (%s) goto %s;", cond(cc), labels[i])
		}
		end := base + "_end"
		if defIdx >= 0 {
			f.w.Printf("goto %s;", labels[defIdx])
		} else {
			f.w.Printf("goto %s;", end)
		}
		for i, c := range clauses {
			cc := c.(*ast.CaseClause)
			f.w.Raw(labels[i] + ": ;\n")
			saved := f.fallTo
			if i+1 < len(clauses) {
				f.fallTo = labels[i+1]
			}
			f.w.Printf("{")
			f.block(cc.Body)
			f.w.Printf("}")
			f.fallTo = saved
			f.w.Printf("goto %s;", end)
		}
		f.w.Raw(end + ": ;\n")
	}
	f.popLoop()
	f.w.Dedent()
	f.w.Printf("}")
	if bt.brkUsed || (li != nil && li.brkUsed) {
		f.w.Raw(bt.brk + ": ;\n")
	}
}

// caseEq compares the switch tag (C variable tag of type tagT) with a case expression.
func (f *fn) caseEq(tag string, tagT types.Type, e ast.Expr) string {
	et := f.typeOf(e)
	if isNilExpr(f, e) {
		return f.nilTest(tag, tagT)
	}
	if isIface(tagT) && !isIface(et) {
		tmp := f.tmp()
		return fmt.Sprintf("({ %s %s = %s; goc_efaceeqvalue(%s, %s, &%s); })", f.ctype(et), tmp, f.exprTo(e, et), asEface(tag, tagT), f.t.descs.ref(et), tmp)
	}
	if !isIface(tagT) && isIface(et) {
		return fmt.Sprintf("goc_efaceeqvalue(%s, %s, &%s)", asEface(f.expr(e), et), f.t.descs.ref(tagT), tag)
	}
	return f.compareValues(token.EQL, tag, f.operand(e, tagT), tagT)
}

func (f *fn) typeSwitch(s *ast.TypeSwitchStmt, li *labelInfo) {
	f.w.Printf("{")
	f.w.Indent()
	if s.Init != nil {
		f.stmt(s.Init)
	}
	var x ast.Expr
	var bind *ast.Ident
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		bind = a.Lhs[0].(*ast.Ident)
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	}
	xt := f.typeOf(x)
	ev := f.tmp()
	xv := ""
	if isEface(xt) {
		f.w.Printf("goc_eface %s = %s;", ev, f.expr(x))
	} else {
		// keep the original value for clauses that bind it unchanged
		xv = f.tmp()
		f.w.Printf("goc_iface %s = %s;", xv, f.expr(x))
		f.w.Printf("goc_eface %s = goc_ifacetoeface(%s);", ev, xv)
	}
	// each case of an interface type has its assertion cache; a clause with one such
	// case binds its variable with the itab its test found
	tabs := map[ast.Expr]string{}
	for _, c := range s.Body.List {
		for _, te := range c.(*ast.CaseClause).List {
			if tt := f.typ(f.t.info.TypeOf(te)); !isNilExpr(f, te) && isIface(tt) && !isEface(tt) {
				tab := f.tmp()
				f.w.Printf("%s const goc_itab *%s;", f.assertSite(tab+"s", tt, true), tab)
				tabs[te] = tab
			}
		}
	}
	bt := f.pushLoop(s, li, false)
	if li != nil {
		bt.brk = li.brk
	}
	var def *ast.CaseClause
	first := true
	emitClause := func(cc *ast.CaseClause) {
		obj := f.t.info.Implicits[cc]
		if bind != nil && obj != nil {
			vt := f.typ(obj.Type())
			var val string
			if len(cc.List) == 1 && !isNilExpr(f, cc.List[0]) {
				ct := f.ctype(vt)
				switch {
				case isEface(vt):
					val = ev
				case isIface(vt):
					val = fmt.Sprintf("(goc_iface){%s, %s.data}", tabs[cc.List[0]], ev)
				case isDirect(vt):
					val = fmt.Sprintf("(%s)%s.data", ct, ev)
				default:
					val = fmt.Sprintf("*(%s *)%s.data", ct, ev)
				}
			} else if isEface(xt) {
				val = ev
			} else {
				val = xv
			}
			f.declVar(obj, val)
			f.w.Printf("(void)%s;", f.vars[obj].c)
		}
		f.stmts(cc.Body)
	}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		var conds []string
		for _, te := range cc.List {
			if isNilExpr(f, te) {
				conds = append(conds, ev+".type == NULL")
				continue
			}
			tt := f.typ(f.t.info.TypeOf(te))
			switch {
			case isEface(tt):
				conds = append(conds, ev+".type != NULL")
			case isIface(tt):
				tab := tabs[te]
				conds = append(conds, fmt.Sprintf("(%s = goc_typeAssertCached(&%ss, %s.type)) != NULL", tab, tab, ev))
			default:
				conds = append(conds, fmt.Sprintf("%s.type == %s", ev, f.t.descs.ref(tt)))
			}
		}
		f.line(cc.Pos())
		if first {
			f.w.Printf("if (%s) {", strings.Join(conds, " || "))
		} else {
			f.w.Printf("} else if (%s) {", strings.Join(conds, " || "))
		}
		first = false
		f.w.Indent()
		emitClause(cc)
		f.w.Dedent()
	}
	if def != nil {
		if first {
			f.w.Printf("{")
		} else {
			f.w.Printf("} else {")
		}
		f.w.Indent()
		emitClause(def)
		f.w.Dedent()
		f.w.Printf("}")
	} else if !first {
		f.w.Printf("}")
	}
	f.popLoop()
	f.w.Dedent()
	f.w.Printf("}")
	if bt.brkUsed || (li != nil && li.brkUsed) {
		f.w.Raw(bt.brk + ": ;\n")
	}
}
