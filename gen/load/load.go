// Package load parses and type-checks a Go program for goc: the main package
// and, from source, every package it imports (see source.go).
//
// The packages whose calls the translator lowers to the C runtime (fmt, sync,
// sync/atomic, time, runtime) are served from small declaration-only sources
// embedded in this package (std/*.go.txt): only their signatures matter.
// Every other import is type-checked from GOROOT's source (or from a
// replacement in override/) and translated
// with the program.
package load

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed std/*.go.txt std/*/*.go.txt
var stdFS embed.FS

// Supported reports whether path is one of the C-backed stub packages.
func Supported(path string) bool {
	_, err := stdFS.ReadFile("std/" + path + ".go.txt")
	return err == nil
}

// Program is a parsed and type-checked main package with the packages it
// imports from source.
type Program struct {
	Fset  *token.FileSet
	Files []*ast.File
	Pkg   *types.Package
	Info  *types.Info // shared by all packages (InitOrder is per package: Package.InitOrder)
	Dir   string      // directory of the sources
	Name  string      // default executable name (as go build chooses it)
	// Pkgs lists the packages translated from source in dependency order
	// (every package after its imports), the main package last.
	Pkgs []*Package
}

// Package is one package translated from source.
type Package struct {
	Path      string
	Files     []*ast.File
	Types     *types.Package
	InitOrder []*types.Initializer
	Embeds    map[types.Object]*Embed // variables initialized by //go:embed (embed.go)
}

// Error is a positioned diagnostic ("file:line:col: msg").
type Error struct {
	Pos token.Position
	Msg string
	Pkg string // the imported package the position is in ("" for the main package)
}

func (e Error) Error() string {
	if e.Pos.IsValid() {
		return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
	}
	return e.Msg
}

// Errors is a list of diagnostics; Unsupported marks translator limits (vs. Go errors).
type Errors struct {
	List []Error
}

func (e *Errors) Error() string {
	var b strings.Builder
	for i, x := range e.List {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(x.Error())
	}
	return b.String()
}

// Inputs turns command-line arguments (files or one directory) into file names.
func Inputs(args []string) (files []string, dir string, name string, err error) {
	if len(args) == 1 {
		if st, e := os.Stat(args[0]); e == nil && st.IsDir() {
			dir = args[0]
			ents, e := os.ReadDir(dir)
			if e != nil {
				return nil, "", "", e
			}
			for _, en := range ents {
				n := en.Name()
				if en.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") ||
					strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
					continue
				}
				files = append(files, filepath.Join(dir, n))
			}
			sort.Strings(files)
			if len(files) == 0 {
				return nil, "", "", fmt.Errorf("no Go files in %s", dir)
			}
			abs, _ := filepath.Abs(dir)
			return files, dir, filepath.Base(abs), nil
		}
	}
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") {
			return nil, "", "", fmt.Errorf("named files must be .go files: %s", a)
		}
		files = append(files, a)
	}
	if len(files) == 0 {
		return nil, "", "", fmt.Errorf("no go files listed")
	}
	name = strings.TrimSuffix(filepath.Base(files[0]), ".go")
	return files, filepath.Dir(files[0]), name, nil
}

// Load parses and type-checks the given files as one main package.
func Load(files []string) (*Program, error) {
	fset := token.NewFileSet()
	var asts []*ast.File
	var errs Errors
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		af, err := parser.ParseFile(fset, f, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					errs.List = append(errs.List, Error{Pos: e.Pos, Msg: e.Msg})
				}
			} else {
				errs.List = append(errs.List, Error{Msg: err.Error()})
			}
			continue
		}
		asts = append(asts, af)
	}
	if len(errs.List) > 0 {
		return nil, &errs
	}
	// Unsupported imports are reported before type-checking, which would only cascade.
	var unsup []Error
	for _, af := range asts {
		for _, im := range af.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if !Supported(p) && !hasSource(p) {
				unsup = append(unsup, Error{Pos: fset.Position(im.Path.Pos()), Msg: fmt.Sprintf("unsupported: package %q", p)})
			}
		}
	}
	if len(unsup) > 0 {
		return nil, &Unsupported{List: unsup}
	}
	for _, af := range asts {
		if af.Name.Name != "main" {
			return nil, &Errors{List: []Error{{Pos: fset.Position(af.Name.Pos()), Msg: fmt.Sprintf("unsupported: package %s (goc builds package main only)", af.Name.Name)}}}
		}
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	imp := &stdImporter{fset: fset, pkgs: map[string]*types.Package{}, info: info, src: map[string]*Package{}}
	conf := types.Config{
		GoVersion: "go1.23",
		Importer:  imp,
		Sizes:     types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			e := toError(err)
			// a member of a supported package that goc does not declare yet
			if m := undefinedStd.FindStringSubmatch(e.Msg); m != nil && (Supported(m[1]) || hasOverride(m[1])) {
				e.Msg = "unsupported: " + m[1] + "." + m[2]
			} else if msg, ok := imp.unsupportedMember(e.Msg); ok { // stdmethods.go
				e.Msg = msg
			}
			errs.List = append(errs.List, e)
		},
	}
	pkg, _ := conf.Check("main", fset, asts, info)
	if len(imp.errs) > 0 {
		// what imported packages lack is reported at the main package's import lines
		errs.List = AtImports(fset, asts, imp.order, append(errs.List, imp.errs...))
		return nil, &Unsupported{List: errs.List}
	}
	if _, ok := pkg.Scope().Lookup("main").(*types.Func); !ok && len(errs.List) == 0 {
		// the go command's linker reports this; goc at the package clause
		errs.List = append(errs.List, Error{Pos: fset.Position(asts[0].Name.Pos()), Msg: "function main is undeclared in the main package"})
	}
	if len(errs.List) > 0 {
		// like the go command: in source order
		sort.SliceStable(errs.List, func(i, j int) bool {
			a, b := errs.List[i].Pos, errs.List[j].Pos
			if a.Filename != b.Filename {
				return a.Filename < b.Filename
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		return nil, &errs
	}
	embeds, eerrs := resolveEmbeds(fset, asts, info, filepath.Dir(files[0])) // embed.go
	if len(eerrs) > 0 {
		sort.SliceStable(eerrs, func(i, j int) bool { return before(eerrs[i].Pos, eerrs[j].Pos) })
		return nil, &Errors{List: eerrs}
	}
	main := &Package{Path: "main", Files: asts, Types: pkg, InitOrder: info.InitOrder, Embeds: embeds}
	return &Program{Fset: fset, Files: asts, Pkg: pkg, Info: info, Pkgs: append(imp.order, main)}, nil
}

// Unsupported lists constructs goc cannot translate yet.
type Unsupported struct{ List []Error }

func (e *Unsupported) Error() string { return (&Errors{List: e.List}).Error() }

func toError(err error) Error {
	if e, ok := err.(types.Error); ok {
		return Error{Pos: e.Fset.Position(e.Pos), Msg: e.Msg}
	}
	return Error{Msg: err.Error()}
}

var undefinedStd = regexp.MustCompile(`^undefined: (\w+)\.(\w+)$`)

type stdImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
	// packages from source (source.go)
	info  *types.Info
	src   map[string]*Package
	order []*Package
	errs  []Error
}

// ImportFrom resolves an import of a GOROOT package as the go command does:
// golang.org/x/... is GOROOT's vendored copy, vendor/golang.org/x/...
func (im *stdImporter) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	if v := "vendor/" + path; GOROOT() != "" && strings.HasPrefix(dir, filepath.Join(GOROOT(), "src")+string(filepath.Separator)) &&
		!hasSource(path) && hasSource(v) {
		path = v
	}
	return im.Import(path)
}

func (im *stdImporter) Import(path string) (*types.Package, error) {
	if p := im.pkgs[path]; p != nil {
		return p, nil
	}
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if !Supported(path) {
		return im.importSource(path)
	}
	src, err := stdFS.ReadFile("std/" + path + ".go.txt")
	if err != nil {
		return nil, fmt.Errorf("unsupported: package %q", path)
	}
	f, err := parser.ParseFile(im.fset, "$GOROOT/src/"+path+"/decl.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: im, IgnoreFuncBodies: true, Sizes: types.SizesFor("gc", "amd64"),
		Error: func(error) {}} // bodiless declarations are fine here
	p, _ := conf.Check(path, im.fset, []*ast.File{f}, nil)
	im.pkgs[path] = p
	return p, nil
}
