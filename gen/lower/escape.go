// This file decides which variables live in GC memory: those whose address
// is taken (&x, x[:] on an array, a pointer-receiver method called on x) and
// those a closure or a range-over-func loop body captures. All other
// variables are plain C locals.
package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

func (t *Translator) findEscapes() {
	for _, p := range t.prog.Pkgs {
		for _, f := range p.Files {
			t.escapesIn(p.Types, f)
		}
	}
}

// escapesIn marks the variables of node (in package pkg) that live in GC
// memory.
func (t *Translator) escapesIn(pkg *types.Package, node ast.Node) {
	defer func(p *types.Package) { t.pkg = p }(t.pkg)
	t.pkg = pkg // freeVars: the package's own variables
	ast.Inspect(node, func(n ast.Node) bool {
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
				t.escapes[v] = true
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
					t.escapes[v] = true
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
	})
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
				t.escapes[v] = true
			} else if v, ok := t.info.Defs[x].(*types.Var); ok {
				t.escapes[v] = true
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
			if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || t.escapes[v] || t.assigns[v] != 1 || t.inits[v] == nil {
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
