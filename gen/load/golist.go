package load

import (
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Which packages make up a program, and which files make up each package, is
// decided by the go command of the Go 1.23 installation (GOROOT()), through
// golang.org/x/tools/go/packages: arguments are files, directories or
// package patterns as the go command takes them, inside modules (go.mod,
// go.sum, go.work, replace directives, vendor/), with the user's GOFLAGS,
// GOPROXY, GOMODCACHE, GONOSUMDB, ...; missing modules are downloaded by the
// go command into its module cache. Files are selected as gc selects them for
// linux/amd64 without cgo, with the tags of pureGoTags added to the user's.

// pureGoTags are the build tags with which packages offer a pure-Go path
// instead of their assembly (crypto/..., golang.org/x/crypto and
// cespare/xxhash: purego; math/big: math_big_pure_go; klauspost/compress and
// others: noasm).
var pureGoTags = []string{"purego", "math_big_pure_go", "noasm"}

// listMode is what goc asks of go list: names, files, imports and modules
// of the packages and of all their dependencies (goc parses and type-checks
// them itself: some standard packages are replaced, see source.go).
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedModule

// goEnv is the environment of the go command: the user's, with the Go 1.23
// installation first on PATH and as GOROOT, the target fixed to
// linux/amd64 without cgo, GOTOOLCHAIN=local, and build tags taken out of
// GOFLAGS (they are merged into the -tags flag, which would override them).
func goEnv(goroot string) (env []string, userTags []string) {
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "GOROOT", "GOTOOLCHAIN", "CGO_ENABLED", "GOOS", "GOARCH", "GOEXPERIMENT":
			continue
		case "PATH":
			continue
		case "GOFLAGS":
			var kept []string
			for _, f := range strings.Fields(v) {
				name, val, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
				if name == "tags" {
					userTags = append(userTags, splitTags(val)...)
					continue
				}
				kept = append(kept, f)
			}
			if len(kept) > 0 {
				env = append(env, "GOFLAGS="+strings.Join(kept, " "))
			}
			continue
		}
		env = append(env, kv)
	}
	path := filepath.Join(goroot, "bin")
	if p := os.Getenv("PATH"); p != "" {
		path += string(filepath.ListSeparator) + p
	}
	env = append(env, "PATH="+path, "GOROOT="+goroot, "GOTOOLCHAIN=local",
		"CGO_ENABLED=0", "GOOS=linux", "GOARCH=amd64")
	return env, userTags
}

// splitTags splits a -tags value (comma-separated; spaces in old syntax).
func splitTags(v string) []string {
	var tags []string
	for _, t := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		tags = append(tags, t)
	}
	return tags
}

// lister runs go list for a load and keeps what it answered.
type lister struct {
	dir    string
	goroot string
	env    []string
	tags   []string
	byPath map[string]*packages.Package // every package go list described, by path
	// calls are the go list commands run, with their roots; cached is a
	// listing to replay (Config.Listing), cachedPkgs its packages by ID
	calls      map[string][]*packages.Package
	cached     *listing
	cachedPkgs map[string]*packages.Package
	runs       int // go commands run
}

func newLister(cfg Config) (*lister, error) {
	goroot := GOROOT()
	if goroot == "" {
		return nil, fmt.Errorf("no Go 1.23 installation found (set GOC_GOROOT)")
	}
	if _, err := os.Stat(filepath.Join(goroot, "bin", "go")); err != nil {
		return nil, fmt.Errorf("GOROOT %s has no bin/go: goc loads packages with the go command of a Go 1.23 installation", goroot)
	}
	env, userTags := goEnv(goroot)
	tags := append(append(userTags, cfg.Tags...), pureGoTags...)
	seen := map[string]bool{}
	var uniq []string
	for _, t := range tags {
		if !seen[t] {
			seen[t] = true
			uniq = append(uniq, t)
		}
	}
	dir := cfg.Dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	l := &lister{dir: abs, goroot: goroot, env: env, tags: uniq, byPath: map[string]*packages.Package{}}
	if cfg.Listing != nil {
		var ls listing
		if json.Unmarshal(cfg.Listing, &ls) == nil {
			l.cached = &ls
		}
	}
	return l, nil
}

// list asks the go command for the packages matching patterns and their
// dependencies.
func (l *lister) list(patterns ...string) ([]*packages.Package, error) {
	if roots, ok := l.replay(patterns); ok {
		l.record(patterns, roots)
		packages.Visit(roots, nil, func(p *packages.Package) {
			if l.byPath[p.PkgPath] == nil {
				l.byPath[p.PkgPath] = p
			}
		})
		return roots, nil
	}
	cfg := &packages.Config{
		Mode:       listMode,
		Dir:        l.dir,
		Env:        l.env,
		BuildFlags: []string{"-tags=" + strings.Join(l.tags, ",")},
	}
	l.runs++
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, goCommandError(err)
	}
	l.record(patterns, roots)
	packages.Visit(roots, nil, func(p *packages.Package) {
		if l.byPath[p.PkgPath] == nil {
			l.byPath[p.PkgPath] = p
		}
	})
	return roots, nil
}

// goCommandError turns go/packages' report of a failed go command into the
// go command's own message.
func goCommandError(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "stderr: "); i >= 0 {
		msg = msg[i+len("stderr: "):]
	}
	msg = strings.TrimSpace(msg)
	msg = strings.TrimPrefix(msg, "go: ")
	return fmt.Errorf("%s", msg)
}

// std returns the package of GOROOT with import path path, asking the go
// command if no load so far described it (a package that a replacement in
// override/ or patch/ imports).
func (l *lister) std(path string) *packages.Package {
	if p := l.byPath[path]; p != nil {
		return p
	}
	if _, err := l.list(path); err != nil {
		return nil
	}
	return l.byPath[path]
}

// isStd reports whether p is a package of the Go installation.
func (l *lister) isStd(p *packages.Package) bool {
	src := filepath.Join(l.goroot, "src") + string(filepath.Separator)
	if files := append(append([]string(nil), p.GoFiles...), p.IgnoredFiles...); len(files) > 0 {
		return strings.HasPrefix(files[0], src)
	}
	if p.Module != nil {
		return false
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".") && p.PkgPath != "command-line-arguments"
}

// goVersion is the language version of a package's files as the go command
// passes it to gc (-lang): the go line of its module (go1.16 when it has
// none), the toolchain's for the standard library and for files named on the
// command line.
func goVersion(p *packages.Package) string {
	if p.Module == nil {
		return "go1.23"
	}
	v := p.Module.GoVersion
	if v == "" {
		v = "1.16"
	}
	// go1.21.3 -> go1.21: the language version
	if parts := strings.SplitN(v, ".", 3); len(parts) == 3 {
		v = parts[0] + "." + parts[1]
	}
	return "go" + v
}

// cgoContext decides which ignored files are excluded only because cgo is
// disabled.
func (l *lister) cgoContext() *build.Context {
	c := build.Default
	c.GOROOT = l.goroot
	c.GOOS, c.GOARCH = "linux", "amd64"
	c.CgoEnabled = true
	c.Compiler = "gc"
	c.BuildTags = l.tags
	c.ReleaseTags = nil
	for v := 1; v <= 23; v++ {
		c.ReleaseTags = append(c.ReleaseTags, "go1."+strconv.Itoa(v))
	}
	return &c
}

// cgoFiles lists the files of p that gc would compile with cgo enabled and
// that import "C": what p lacks without cgo.
func (l *lister) cgoFiles(p *packages.Package) []string {
	ctx := l.cgoContext()
	var files []string
	for _, f := range p.IgnoredFiles {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		if ok, err := ctx.MatchFile(filepath.Dir(f), filepath.Base(f)); err != nil || !ok {
			continue
		}
		if importsC(f) {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	return files
}

// asmFiles lists p's assembly files.
func asmFiles(p *packages.Package) []string {
	var s []string
	for _, f := range p.OtherFiles {
		if strings.HasSuffix(f, ".s") || strings.HasSuffix(f, ".S") {
			s = append(s, f)
		}
	}
	return s
}
