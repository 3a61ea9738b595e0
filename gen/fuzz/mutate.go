// Package fuzz holds the translator's robustness tests: FuzzTranslate
// (fuzz_test.go) feeds mutated Go programs through load and lower and
// requires either clean positioned diagnostics or C that compiles and links.
//
// Go's fuzzer mutates bytes, which mostly yields programs that do not parse.
// Mutate adds structured mutations on the syntax tree (delete, duplicate,
// swap or wrap statements; exchange identifiers, basic type names, literals,
// operators and expressions), so many mutants still type-check and reach the
// lowering stages.
package fuzz

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"math/rand"
)

// Mutate applies between one and four syntax-tree mutations chosen by seed
// to the Go source src and returns the printed result. It returns src
// unchanged when src does not parse or nothing could be mutated. The same
// (src, seed) always gives the same result.
func Mutate(src []byte, seed uint64) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	m := &mutator{rng: rand.New(rand.NewSource(int64(seed)))}
	m.collect(f)
	n := 1 + m.rng.Intn(4)
	changed := false
	for i := 0; i < n; i++ {
		if m.mutateOnce() {
			changed = true
		}
	}
	if !changed {
		return src
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		return src
	}
	return b.Bytes()
}

type mutator struct {
	rng    *rand.Rand
	blocks []*ast.BlockStmt
	idents []*ast.Ident
	names  []string // every identifier name in the file (with repeats: frequent names are likelier)
	lits   []*ast.BasicLit
	binops []*ast.BinaryExpr
	unops  []*ast.UnaryExpr
	assign []*ast.AssignStmt
	exprs  []slot // expression slots (call arguments, right-hand sides, composite elements)
}

type slot struct {
	e      *ast.Expr
	parent ast.Node
}

func (m *mutator) collect(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BlockStmt:
			m.blocks = append(m.blocks, x)
		case *ast.Ident:
			if x.Name != "_" {
				m.idents = append(m.idents, x)
				m.names = append(m.names, x.Name)
			}
		case *ast.BasicLit:
			m.lits = append(m.lits, x)
		case *ast.BinaryExpr:
			m.binops = append(m.binops, x)
		case *ast.UnaryExpr:
			m.unops = append(m.unops, x)
		case *ast.AssignStmt:
			m.assign = append(m.assign, x)
			for i := range x.Rhs {
				m.exprs = append(m.exprs, slot{&x.Rhs[i], x})
			}
		case *ast.CallExpr:
			for i := range x.Args {
				m.exprs = append(m.exprs, slot{&x.Args[i], x})
			}
		case *ast.CompositeLit:
			for i := range x.Elts {
				m.exprs = append(m.exprs, slot{&x.Elts[i], x})
			}
		case *ast.ImportSpec:
			return false // keep import paths: an unknown package ends translation early
		}
		return true
	})
}

// operator classes whose members take the same operand types
var opClasses = [][]token.Token{
	{token.ADD, token.SUB, token.MUL, token.QUO, token.REM},
	{token.AND, token.OR, token.XOR, token.AND_NOT, token.SHL, token.SHR},
	{token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ},
	{token.LAND, token.LOR},
}

var unClasses = [][]token.Token{
	{token.SUB, token.ADD, token.XOR},
	{token.AND, token.ARROW},
}

var intLits = []string{"0", "1", "-1", "7", "255", "256", "1<<31", "1<<62", "0x7fffffffffffffff", "-9223372036854775808", "64", "'x'", "1.5", "1e300", "\"s\""}
var strLits = []string{`""`, `"a"`, `"héllo, 世界"`, "`\\x00`", `"\xff"`, "0", `'a'`}

func (m *mutator) pick(n int) int { return m.rng.Intn(n) }

func (m *mutator) mutateOnce() bool {
	switch m.pick(10) {
	case 0, 1: // delete a statement
		if b := m.block(); b != nil {
			i := m.pick(len(b.List))
			b.List = append(b.List[:i:i], b.List[i+1:]...)
			return true
		}
	case 2: // duplicate a statement
		if b := m.block(); b != nil {
			i := m.pick(len(b.List))
			b.List = append(b.List[:i+1:i+1], b.List[i:]...)
			return true
		}
	case 3: // swap two statements of one block
		if b := m.block(); b != nil && len(b.List) > 1 {
			i, j := m.pick(len(b.List)), m.pick(len(b.List))
			b.List[i], b.List[j] = b.List[j], b.List[i]
			return true
		}
	case 4: // rename an identifier to another name of the file
		if len(m.idents) > 0 {
			m.idents[m.pick(len(m.idents))].Name = m.names[m.pick(len(m.names))]
			return true
		}
	case 5: // change a literal
		if len(m.lits) > 0 {
			l := m.lits[m.pick(len(m.lits))]
			if l.Kind == token.STRING {
				l.Value = strLits[m.pick(len(strLits))]
			} else {
				l.Value = intLits[m.pick(len(intLits))]
			}
			return true
		}
	case 6: // change an operator within its class
		if len(m.binops) > 0 && m.pick(3) > 0 {
			x := m.binops[m.pick(len(m.binops))]
			for _, c := range opClasses {
				for _, op := range c {
					if op == x.Op {
						x.Op = c[m.pick(len(c))]
						return true
					}
				}
			}
		} else if len(m.unops) > 0 {
			x := m.unops[m.pick(len(m.unops))]
			for _, c := range unClasses {
				for _, op := range c {
					if op == x.Op {
						x.Op = c[m.pick(len(c))]
						return true
					}
				}
			}
		}
	case 7: // replace an expression by another expression of the file
		if len(m.exprs) > 1 {
			dst, src := m.exprs[m.pick(len(m.exprs))], m.exprs[m.pick(len(m.exprs))]
			cycle := false // dst inside src would make the tree a cycle
			ast.Inspect(*src.e, func(n ast.Node) bool {
				if n == dst.parent {
					cycle = true
				}
				return !cycle
			})
			if !cycle {
				*dst.e = *src.e
				return true
			}
		}
	case 8: // change a basic type name
		var tys []*ast.Ident
		for _, id := range m.idents {
			if basicTypes[id.Name] {
				tys = append(tys, id)
			}
		}
		if len(tys) > 0 {
			tys[m.pick(len(tys))].Name = basicTypeList[m.pick(len(basicTypeList))]
			return true
		}
	case 9: // wrap a statement: in a block, a closure call, a deferred closure, a goroutine, a loop
		if b := m.block(); b != nil {
			i := m.pick(len(b.List))
			st := b.List[i]
			body := &ast.BlockStmt{List: []ast.Stmt{st}}
			lit := &ast.FuncLit{Type: &ast.FuncType{Params: &ast.FieldList{}}, Body: body}
			switch m.pick(5) {
			case 0:
				b.List[i] = body
			case 1:
				b.List[i] = &ast.ExprStmt{X: &ast.CallExpr{Fun: lit}}
			case 2:
				b.List[i] = &ast.DeferStmt{Call: &ast.CallExpr{Fun: lit}}
			case 3:
				b.List[i] = &ast.GoStmt{Call: &ast.CallExpr{Fun: lit}}
			case 4:
				b.List[i] = &ast.RangeStmt{Tok: token.ILLEGAL, X: &ast.BasicLit{Kind: token.INT, Value: "2"}, Body: body}
			}
			return true
		}
	}
	return false
}

var basicTypeList = []string{"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
	"uintptr", "float32", "float64", "complex64", "complex128", "string", "bool", "byte", "rune", "any", "error"}

var basicTypes = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range basicTypeList {
		m[n] = true
	}
	return m
}()

// block returns a random non-empty block, or nil.
func (m *mutator) block() *ast.BlockStmt {
	for tries := 0; tries < 4 && len(m.blocks) > 0; tries++ {
		if b := m.blocks[m.pick(len(m.blocks))]; len(b.List) > 0 {
			return b
		}
	}
	return nil
}
