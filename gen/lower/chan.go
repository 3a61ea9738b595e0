// This file lowers select statements to the runtime's goc_selectgo (or the
// non-blocking goc_selectnbsend/goc_selectnbrecv forms for one case plus a
// default), following include/goc/chan.h: channel operands and sent values
// are evaluated in source order, send cases come first in the case array.
// Sends, receives, close, len/cap, make and range over channels are in
// stmt.go, expr.go, builtins.go and range.go.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// commRecv splits a receive clause: the channel expression and the left sides (may be nil).
func commRecv(st ast.Stmt) (ch ast.Expr, lhs []ast.Expr, define bool, ok bool) {
	switch x := st.(type) {
	case *ast.ExprStmt:
		if u, isU := unparen(x.X).(*ast.UnaryExpr); isU && u.Op == token.ARROW {
			return u.X, nil, false, true
		}
	case *ast.AssignStmt:
		if u, isU := unparen(x.Rhs[0]).(*ast.UnaryExpr); isU && u.Op == token.ARROW {
			return u.X, x.Lhs, x.Tok == token.DEFINE, true
		}
	}
	return nil, nil, false, false
}

// recvAssign binds a received value (C variable rv) and ok flag to a clause's left sides.
func (f *fn) recvAssign(lhs []ast.Expr, define bool, rv, ok string, et types.Type) {
	vals := []string{rv, ok}
	ts := []types.Type{et, types.Typ[types.Bool]}
	for i, l := range lhs {
		if isBlank(l) {
			continue
		}
		if define {
			if o := f.t.info.Defs[l.(*ast.Ident)]; o != nil {
				f.declVar(o, vals[i])
				continue
			}
		}
		f.store(l, f.convert(vals[i], ts[i], f.typeOf(l)), false)
	}
}

func (f *fn) selectStmt(s *ast.SelectStmt, li *labelInfo) {
	f.w.Printf("{")
	f.w.Indent()
	bt := f.pushLoop(s, li, false)
	if li != nil {
		bt.brk = li.brk
	}
	var def *ast.CommClause
	var cases []*ast.CommClause
	for _, c := range s.Body.List {
		cc := c.(*ast.CommClause)
		if cc.Comm == nil {
			def = cc
		} else {
			cases = append(cases, cc)
		}
	}
	switch {
	case len(cases) == 0 && def == nil:
		f.w.Printf("goc_block();")
	case len(cases) == 0:
		f.stmts(def.Body)
	case len(cases) == 1 && def == nil:
		// a single case is just the operation
		f.stmt(cases[0].Comm)
		f.stmts(cases[0].Body)
	case len(cases) == 1:
		f.selectNB(cases[0], def)
	default:
		f.selectGo(s, cases, def)
	}
	f.popLoop()
	f.w.Dedent()
	f.w.Printf("}")
	if bt.brkUsed || (li != nil && li.brkUsed) {
		f.w.Raw(bt.brk + ": ;\n")
	}
}

func (f *fn) selectNB(cc, def *ast.CommClause) {
	if snd, ok := cc.Comm.(*ast.SendStmt); ok {
		l, file := f.t.posLine(cc.Comm.Pos())
		f.w.Line(l, file)
		et := f.typeOf(snd.Chan).Underlying().(*types.Chan).Elem()
		c := f.tmp()
		v := f.tmp()
		f.w.Printf("goc_hchan *%s = %s;", c, f.expr(snd.Chan))
		f.w.Printf("%s %s = %s;", f.ctype(et), v, f.exprTo(snd.Value, et))
		f.w.Printf("if (goc_selectnbsend(%s, &%s)) {", c, v)
		f.block(cc.Body)
	} else {
		ch, lhs, define, _ := commRecv(cc.Comm)
		l, file := f.t.posLine(cc.Comm.Pos())
		f.w.Line(l, file)
		et := f.typeOf(ch).Underlying().(*types.Chan).Elem()
		rv, ok := f.tmp(), f.tmp()
		f.w.Printf("%s %s = %s;", f.ctype(et), rv, f.zero(et))
		f.w.Printf("bool %s = false;", ok)
		f.w.Printf("if (goc_selectnbrecv(%s, &%s, &%s)) {", f.expr(ch), rv, ok)
		f.w.Indent()
		f.recvAssign(lhs, define, rv, ok, et)
		f.stmts(cc.Body)
		f.w.Dedent()
	}
	f.w.Printf("} else {")
	f.block(def.Body)
	f.w.Printf("}")
}

func (f *fn) selectGo(s *ast.SelectStmt, cases []*ast.CommClause, def *ast.CommClause) {
	type caseInfo struct {
		ch, elem string
		send     bool
		rv       string
		et       types.Type
		idx      int
	}
	infos := make([]*caseInfo, len(cases))
	nsends := 0
	// evaluate channels and sent values in source order
	for i, cc := range cases {
		// each case's operands at its own line (a nil dereference there is gc's fault at the case)
		l, file := f.t.posLine(cc.Comm.Pos())
		f.w.Line(l, file)
		ci := &caseInfo{ch: f.tmp()}
		if snd, ok := cc.Comm.(*ast.SendStmt); ok {
			ci.send = true
			ci.et = f.typeOf(snd.Chan).Underlying().(*types.Chan).Elem()
			f.w.Printf("goc_hchan *%s = %s;", ci.ch, f.expr(snd.Chan))
			v := f.tmp()
			f.w.Printf("%s %s = %s;", f.ctype(ci.et), v, f.exprTo(snd.Value, ci.et))
			ci.elem = "&" + v
			nsends++
		} else {
			ch, lhs, _, _ := commRecv(cc.Comm)
			ci.et = f.typeOf(ch).Underlying().(*types.Chan).Elem()
			f.w.Printf("goc_hchan *%s = %s;", ci.ch, f.expr(ch))
			ci.elem = "NULL"
			if len(lhs) > 0 {
				ci.rv = f.tmp()
				f.w.Printf("%s %s = %s;", f.ctype(ci.et), ci.rv, f.zero(ci.et))
				ci.elem = "&" + ci.rv
			}
		}
		infos[i] = ci
	}
	l, file := f.t.posLine(s.Pos())
	f.w.Line(l, file)
	var slots []string
	k := 0
	for _, send := range []bool{true, false} {
		for _, ci := range infos {
			if ci.send == send {
				ci.idx = k
				k++
				slots = append(slots, fmt.Sprintf("{%s, %s}", ci.ch, ci.elem))
			}
		}
	}
	sel, ok := f.tmp(), f.tmp()
	f.w.Printf("goc_scase %s_cases[%d] = {%s};", sel, len(cases), strings.Join(slots, ", "))
	f.w.Printf("bool %s = false;", ok)
	f.w.Printf("goc_int %s = goc_selectgo(%s_cases, %d, %d, %v, &%s);", sel, sel, nsends, len(cases)-nsends, def == nil, ok)
	for i, cc := range cases {
		ci := infos[i]
		if i == 0 {
			f.w.Printf("if (%s == %d) {", sel, ci.idx)
		} else {
			f.w.Printf("} else if (%s == %d) {", sel, ci.idx)
		}
		f.w.Indent()
		if !ci.send {
			_, lhs, define, _ := commRecv(cc.Comm)
			f.recvAssign(lhs, define, ci.rv, ok, ci.et)
		}
		f.stmts(cc.Body)
		f.w.Dedent()
	}
	if def != nil {
		f.w.Printf("} else {")
		f.block(def.Body)
	}
	f.w.Printf("}")
}
