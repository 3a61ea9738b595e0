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
	for _, f := range t.prog.Files {
		ast.Inspect(f, func(n ast.Node) bool {
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
			case *ast.RangeStmt:
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
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == t.pkg.Scope() || v.Pkg() != t.pkg {
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
