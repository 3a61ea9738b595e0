// Package load parses and type-checks a Go program for goc: the main package
// and, from source, every package it imports.
//
// Which packages and files make up the program is the go command's answer
// (golist.go): files, a directory or a package pattern, in modules with
// their requirements, replace directives, workspaces and vendor directories.
// goc then parses and type-checks every package itself, so that it can
// replace a few standard packages by goc's own Go source (override/), or
// some of their files (patch/); see source.go.
package load

import (
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
	"strings"
	"sync"
	"time"
)

// Program is a parsed and type-checked main package with the packages it
// imports from source.
type Program struct {
	Fset  *token.FileSet
	Files []*ast.File
	Pkg   *types.Package
	Info  *types.Info // shared by all packages (InitOrder is per package: Package.InitOrder)
	Dir   string      // directory of the main package
	Name  string      // default executable name (as go build chooses it)
	// Pkgs lists the packages translated from source in the order the
	// language initializes them (packages sorted by import path, each after
	// its imports); the main package is last.
	Pkgs []*Package
	// Inputs are the files and directories whose content decided the
	// load (inputs.go).
	Inputs    []string
	EmbedDirs []string // the directories of embedded files (among Inputs)
	// Listing is what the go command answered (listing.go).
	Listing []byte
	// UserFiles are the Go files of the user's packages (among Inputs).
	UserFiles []string
	// Memo holds what the translator computes once per program and shares
	// between the translations of its packages (which may run
	// concurrently): the escape analysis of the standard packages.
	Memo sync.Map
}

// Package is one package translated from source.
type Package struct {
	Path      string // import path ("main" for the main package)
	Files     []*ast.File
	Types     *types.Package
	InitOrder []*types.Initializer
	Embeds    map[types.Object]*Embed // variables initialized by //go:embed (embed.go)
	Dir       string
	GoVersion string // language version of the package ("go1.21"); files may differ (Info.FileVersions)
	Std       bool   // from the Go installation (possibly replaced by override/ or patch/)
	User      bool   // in a main module of the build, or named by files on the command line
	Module    string // module path@version ("" for the standard library and files)
	// FileNames and Srcs are the names (as parsed: absolute, or $GOC/... for
	// goc's replacements) and contents of Files.
	FileNames []string
	Srcs      [][]byte
	// Imports are the packages it imports.
	Imports []*types.Package
	// ImportPos is where the user's code first imports this package, directly
	// or through other packages: errors about a dependency (cgo, assembly)
	// are reported there. Invalid for user packages.
	ImportPos token.Position
	// Asm lists its assembly files (a function without Go body is one of theirs).
	Asm []string
	// BodiesUnchecked: the bodies of its non-generic functions were not
	// type-checked (Config.SkipBodies); types.Info has nothing of them.
	BodiesUnchecked bool

	st *pkgState // the loader's bookkeeping
}

// Error is a positioned diagnostic ("file:line:col: msg").
type Error struct {
	Pos token.Position
	Msg string
}

func (e Error) Error() string {
	if e.Pos.IsValid() {
		return fmt.Sprintf("%s:%d:%d: %s", ShortPath(e.Pos.Filename), e.Pos.Line, e.Pos.Column, e.Msg)
	}
	return e.Msg
}

// ShortPath is path relative to the current directory when that is
// shorter, as the go command prints file names.
func ShortPath(path string) string {
	if !filepath.IsAbs(path) {
		return path
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && len(rel) < len(path) {
			return rel
		}
	}
	return path
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

// Config says where and how a program is loaded.
type Config struct {
	Dir  string   // the directory arguments are relative to ("": the current one)
	Tags []string // build tags from the command line (-tags), added to GOFLAGS' and pureGoTags
	// SkipBodies, when set, is asked before a package is type-checked
	// (its Path, Std, User and FileNames are set): true means the
	// bodies of its functions are not type-checked, because the caller has
	// what it needs of them (a cached translation of the package, made from
	// the same files): types.Info has nothing of them. Generic functions
	// and methods of generic types, whose bodies other packages'
	// translations instantiate, and init functions are checked.
	SkipBodies func(p *Package) bool
	// Listing, when set, is the Program.Listing of an earlier load of the
	// same arguments, whose go command read what it would read now: its
	// answers are taken instead of running the go command (listing.go).
	Listing []byte
}

// Load loads the program made of the given files (package main).
func Load(files []string) (*Program, error) { return LoadArgs(Config{}, files) }

// IsFiles reports whether command-line arguments name Go files (rather than
// a directory or a package pattern), as the go command decides it.
func IsFiles(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[0], ".go")
}

// LoadArgs loads the main package that args name — Go files, a directory or
// a package pattern, as the go command takes them; none means "." — with
// every package it imports.
func LoadArgs(cfg Config, args []string) (*Program, error) {
	l, err := newLister(cfg)
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	if IsFiles(args) {
		for _, a := range args {
			if !strings.HasSuffix(a, ".go") {
				return nil, fmt.Errorf("named files must be .go files: %s", a)
			}
		}
	}
	start := time.Now()
	roots, err := l.list(args...)
	debugTime(fmt.Sprintf("go list (%d runs)", l.runs), start)
	if err != nil {
		if files, ok := outsideModule(l, args, err); ok {
			roots, err = l.list(files...)
		}
		if err != nil {
			return nil, err
		}
	}
	if len(roots) == 0 && IsFiles(args) {
		// go/packages drops named files it cannot place in a package (no
		// package clause, or every file needs cgo): say why
		if err := parseErrors(l.dir, args); err != nil {
			return nil, err
		}
	}
	if len(roots) != 1 {
		var names []string
		for _, r := range roots {
			names = append(names, r.PkgPath)
		}
		return nil, fmt.Errorf("%s matches %d packages (%s); goc builds one main package", strings.Join(args, " "), len(roots), strings.Join(names, ", "))
	}
	ld := newLoader(l)
	ld.skipBodies = cfg.SkipBodies
	start = time.Now()
	defer debugTime("parse and type-check", start)
	return ld.program(roots[0], args)
}

// debugTime reports the time since start under GOCDEBUG=time.
func debugTime(what string, start time.Time) {
	if strings.Contains(os.Getenv("GOCDEBUG"), "time") {
		fmt.Fprintf(os.Stderr, "goc: %s %.3fs\n", what, time.Since(start).Seconds())
	}
}

// outsideModule: a directory outside any module is built as its files (the
// go command wants a go.mod), as goc always did.
func outsideModule(l *lister, args []string, err error) ([]string, bool) {
	if len(args) != 1 || !strings.Contains(err.Error(), "go.mod file not found") {
		return nil, false
	}
	dir := args[0]
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(l.dir, dir)
	}
	st, e := os.Stat(dir)
	if e != nil || !st.IsDir() {
		return nil, false
	}
	ents, e := os.ReadDir(dir)
	if e != nil {
		return nil, false
	}
	var files []string
	for _, en := range ents {
		n := en.Name()
		if en.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") ||
			strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
			continue
		}
		files = append(files, filepath.Join(dir, n))
	}
	sort.Strings(files)
	return files, len(files) > 0
}

// parseErrors reports the syntax errors of the named files, and their
// imports of "C".
func parseErrors(dir string, files []string) error {
	var errs Errors
	for _, f := range files {
		if !filepath.IsAbs(f) {
			f = filepath.Join(dir, f)
		}
		fset := token.NewFileSet()
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err == nil {
			for _, im := range af.Imports {
				if im.Path.Value == `"C"` {
					errs.List = append(errs.List, Error{fset.Position(im.Path.Pos()), `unsupported: cgo (import "C")`})
				}
			}
		}
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				errs.List = append(errs.List, Error{e.Pos, e.Msg})
			}
		} else if err != nil {
			errs.List = append(errs.List, Error{Msg: err.Error()})
		}
	}
	if len(errs.List) > 0 {
		return &errs
	}
	return nil
}

// Unsupported lists constructs goc cannot translate yet.
type Unsupported struct{ List []Error }

func (e *Unsupported) Error() string { return (&Errors{List: e.List}).Error() }

func toError(err error) Error {
	if e, ok := err.(types.Error); ok {
		return Error{e.Fset.Position(e.Pos), e.Msg}
	}
	return Error{Msg: err.Error()}
}

var undefinedStd = regexp.MustCompile(`^undefined: (\w+)\.(\w+)$`)

// sortErrors puts diagnostics in source order, as the go command prints them.
func sortErrors(list []Error) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].Pos, list[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}
