package load

// //go:embed: the files a package variable is initialized with. The go
// command resolves the patterns against the package's directory
// (cmd/go/internal/load resolveEmbed: globs, whole directories without
// hidden files, module boundaries, the first error only), the compiler
// checks the variables (string, []byte or embed.FS; one variable per
// directive, no initializer, a file importing "embed") and lays the data
// out (cmd/compile/internal/staticdata/embed.go); goc does both here and
// lower/embed.go writes the data.

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EmbedKind is what an embedding variable holds.
type EmbedKind int

const (
	EmbedString EmbedKind = iota
	EmbedBytes
	EmbedFS
)

// Embed is the content of one //go:embed variable.
type Embed struct {
	Kind  EmbedKind
	Files []EmbedFile // one for EmbedString and EmbedBytes; for EmbedFS also the directories ("dir/"), in embed.FS's order
}

// EmbedFile is one embedded file (Data) or directory (Name ends in "/").
type EmbedFile struct {
	Name string
	Data []byte
	Hash [16]byte // the first 16 bytes of the data's SHA-256 with every bit inverted, as gc records them
}

type embedPattern struct {
	pattern string
	pos     token.Position
}

type embedVar struct {
	obj      *types.Var
	patterns []embedPattern
}

// resolveEmbeds finds the //go:embed directives of a package's files and
// returns the content of each variable they apply to, or the errors the go
// command and the compiler would report.
func resolveEmbeds(fset *token.FileSet, files []*ast.File, info *types.Info, dir string) (map[types.Object]*Embed, []Error) {
	var vars []embedVar
	var errs []Error
	directive := func(c *ast.Comment) (string, token.Position, bool) {
		if !strings.HasPrefix(c.Text, "//go:embed") {
			return "", token.Position{}, false
		}
		rest := c.Text[len("//go:embed"):]
		if rest != "" && !unicode.IsSpace(rune(rest[0])) {
			return "", token.Position{}, false
		}
		pos := fset.Position(c.Slash)
		pos.Column += 2 // gc reports directives at "go:embed"
		return rest, pos, true
	}
	for _, f := range files {
		importsEmbed := false
		for _, im := range f.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p == "embed" {
				importsEmbed = true
			}
		}
		used := map[*ast.Comment]bool{}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				doc := vs.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				if doc == nil {
					continue
				}
				var ev embedVar
				var first token.Position
				for _, c := range doc.List {
					args, pos, ok := directive(c)
					if !ok {
						continue
					}
					used[c] = true
					if !first.IsValid() {
						first = pos
					}
					pats, err := parseEmbedArgs(args, fset.Position(c.Slash), len("//go:embed"))
					if err != nil {
						errs = append(errs, Error{Pos: pos, Msg: err.Error()})
						continue
					}
					ev.patterns = append(ev.patterns, pats...)
				}
				if !first.IsValid() {
					continue
				}
				switch {
				case !importsEmbed:
					errs = append(errs, Error{Pos: first, Msg: `go:embed only allowed in Go files that import "embed"`})
				case len(vs.Names) > 1:
					errs = append(errs, Error{Pos: first, Msg: "go:embed cannot apply to multiple vars"})
				case len(vs.Values) > 0:
					errs = append(errs, Error{Pos: first, Msg: "go:embed cannot apply to var with initializer"})
				default:
					if v, ok := info.Defs[vs.Names[0]].(*types.Var); ok {
						ev.obj = v
						vars = append(vars, ev)
					}
				}
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if _, pos, ok := directive(c); ok && !used[c] {
					errs = append(errs, Error{Pos: pos, Msg: "misplaced go:embed directive"})
				}
			}
		}
	}
	if len(vars) == 0 {
		return nil, errs
	}
	// the go command: every pattern of the package, sorted, resolved once; the first error ends it
	where := map[string]token.Position{}
	for _, v := range vars {
		for _, p := range v.patterns {
			if _, ok := where[p.pattern]; !ok {
				where[p.pattern] = p.pos
			}
		}
	}
	var all []string
	for p := range where {
		all = append(all, p)
	}
	sort.Strings(all)
	matched := map[string][]string{}
	for _, p := range all {
		list, err := resolveEmbedPattern(dir, p)
		if err != nil {
			return nil, []Error{{Pos: where[p], Msg: fmt.Sprintf("pattern %s: %v", p, err)}}
		}
		matched[p] = list
	}
	if len(errs) > 0 {
		return nil, errs
	}
	data := map[string][]byte{}
	out := map[types.Object]*Embed{}
	for _, v := range vars {
		e := &Embed{}
		switch t := v.obj.Type(); {
		case isEmbedFS(t):
			e.Kind = EmbedFS
		case isBasic(t, types.String):
			e.Kind = EmbedString
		case isByteSlice(t):
			e.Kind = EmbedBytes
		default:
			errs = append(errs, Error{Pos: fset.Position(v.obj.Pos()), Msg: fmt.Sprintf("go:embed cannot apply to var of type %s", types.TypeString(t, types.RelativeTo(v.obj.Pkg())))})
			continue
		}
		have := map[string]bool{}
		var names []string
		for _, p := range v.patterns {
			for _, file := range matched[p.pattern] {
				if !have[file] {
					have[file] = true
					names = append(names, file)
				}
				for d := path.Dir(file); e.Kind == EmbedFS && d != "." && !have[d+"/"]; d = path.Dir(d) {
					have[d+"/"] = true
					names = append(names, d+"/")
				}
			}
		}
		sort.Slice(names, func(i, j int) bool { return embedLess(names[i], names[j]) })
		if e.Kind != EmbedFS && len(names) > 1 {
			errs = append(errs, Error{Pos: fset.Position(v.obj.Pos()), Msg: fmt.Sprintf("invalid go:embed: multiple files for type %s", types.TypeString(v.obj.Type(), types.RelativeTo(v.obj.Pkg())))})
			continue
		}
		for _, n := range names {
			f := EmbedFile{Name: n}
			if !strings.HasSuffix(n, "/") {
				b, ok := data[n]
				if !ok {
					var err error
					if b, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(n))); err != nil {
						errs = append(errs, Error{Pos: fset.Position(v.obj.Pos()), Msg: fmt.Sprintf("embed %s: %v", n, err)})
						continue
					}
					data[n] = b
				}
				f.Data = b
				sum := sha256.Sum256(b)
				for i := range f.Hash {
					f.Hash[i] = ^sum[i] // gc's cmd/internal/notsha256: SHA-256 with every bit inverted
				}
			}
			e.Files = append(e.Files, f)
		}
		out[v.obj] = e
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// parseEmbedArgs splits a directive's arguments into patterns: words, or Go
// strings in double quotes or back quotes (go/build's parseGoEmbed). col is
// where args start after the comment's "//" position start.
func parseEmbedArgs(args string, start token.Position, col int) ([]embedPattern, error) {
	var list []embedPattern
	off := col
	for {
		trimmed := strings.TrimLeftFunc(args, unicode.IsSpace)
		off += utf8.RuneCountInString(args[:len(args)-len(trimmed)])
		args = trimmed
		if args == "" {
			return list, nil
		}
		var p string
		n := 0
		switch args[0] {
		case '`':
			q, _, ok := strings.Cut(args[1:], "`")
			if !ok {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
			p, n = q, len(q)+2
		case '"':
			i := 1
			for ; i < len(args) && args[i] != '"'; i++ {
				if args[i] == '\\' {
					i++
				}
			}
			if i >= len(args) {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
			q, err := strconv.Unquote(args[:i+1])
			if err != nil {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args[:i+1])
			}
			p, n = q, i+1
		default:
			n = strings.IndexFunc(args, unicode.IsSpace)
			if n < 0 {
				n = len(args)
			}
			p = args[:n]
		}
		if rest := args[n:]; rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(r) {
				return nil, fmt.Errorf("invalid quoted string in //go:embed: %s", args)
			}
		}
		pos := start
		pos.Column += off
		list = append(list, embedPattern{p, pos})
		off += utf8.RuneCountInString(args[:n])
		args = args[n:]
	}
}

// resolveEmbedPattern returns the files (slash-separated, relative to dir)
// one pattern names, as the go command finds them.
func resolveEmbedPattern(dir, pattern string) ([]string, error) {
	glob := pattern
	all := strings.HasPrefix(pattern, "all:")
	if all {
		glob = pattern[len("all:"):]
	}
	if _, err := path.Match(glob, ""); err != nil || glob == "." || !fs.ValidPath(glob) {
		return nil, fmt.Errorf("invalid pattern syntax")
	}
	match, err := filepath.Glob(quoteGlob(dir) + string(filepath.Separator) + filepath.FromSlash(glob))
	if err != nil {
		return nil, err
	}
	var list []string
	have := map[string]bool{}
	add := func(rel string) {
		if !have[rel] {
			have[rel] = true
			list = append(list, rel)
		}
	}
	for _, file := range match {
		rel := filepath.ToSlash(strings.TrimPrefix(file, dir+string(filepath.Separator)))
		info, err := os.Lstat(file)
		if err != nil {
			return nil, err
		}
		what := "file"
		if info.IsDir() {
			what = "directory"
		}
		for d := file; len(d) > len(dir)+1; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				return nil, fmt.Errorf("cannot embed %s %s: in different module", what, rel)
			}
			if d != file {
				if st, err := os.Lstat(d); err == nil && !st.IsDir() {
					return nil, fmt.Errorf("cannot embed %s %s: in non-directory %s", what, rel, d[len(dir)+1:])
				}
			}
			if elem := filepath.Base(d); badEmbedName(elem) {
				if d == file {
					return nil, fmt.Errorf("cannot embed %s %s: invalid name %s", what, rel, elem)
				}
				return nil, fmt.Errorf("cannot embed %s %s: in invalid directory %s", what, rel, elem)
			}
		}
		switch {
		case info.Mode().IsRegular():
			add(rel)
		case info.IsDir():
			count := 0
			err := filepath.Walk(file, func(p string, fi os.FileInfo, err error) error {
				if err != nil {
					return err
				}
				name := fi.Name()
				if p != file && (badEmbedName(name) || ((name[0] == '.' || name[0] == '_') && !all)) {
					if fi.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if fi.IsDir() {
					if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
						return filepath.SkipDir
					}
					return nil
				}
				if fi.Mode().IsRegular() {
					count++
					add(filepath.ToSlash(strings.TrimPrefix(p, dir+string(filepath.Separator))))
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			if count == 0 {
				return nil, fmt.Errorf("cannot embed directory %s: contains no embeddable files", rel)
			}
		default:
			return nil, fmt.Errorf("cannot embed irregular file %s", rel)
		}
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("no matching files found")
	}
	sort.Strings(list)
	return list, nil
}

// badEmbedName: names that cannot or will not be part of a module (the go
// command's isBadEmbedName: version-control directories and names
// golang.org/x/mod's CheckFilePath rejects, approximated here by
// fs.ValidPath, characters outside the safe set and Windows-reserved ones).
func badEmbedName(name string) bool {
	switch name {
	case "", ".bzr", ".hg", ".git", ".svn":
		return true
	}
	if !fs.ValidPath(name) || strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
		return true
	}
	for _, r := range name {
		if r < ' ' || r == 0x7f || strings.ContainsRune("\"'*/:;<>?\\`|", r) {
			return true
		}
	}
	return false
}

// quoteGlob escapes the glob metacharacters of a directory name.
func quoteGlob(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// embedLess is embed.FS's order: by directory, then by element
// (cmd/compile/internal/staticdata embedFileLess).
func embedLess(x, y string) bool {
	xd, xe := embedSplit(x)
	yd, ye := embedSplit(y)
	return xd < yd || xd == yd && xe < ye
}

func embedSplit(name string) (dir, elem string) {
	name = strings.TrimSuffix(name, "/")
	i := strings.LastIndexByte(name, '/')
	if i < 0 {
		return ".", name
	}
	return name[:i], name[i+1:]
}

func isEmbedFS(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "embed" && n.Obj().Name() == "FS"
}

func isBasic(t types.Type, k types.BasicKind) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Kind() == k
}

func isByteSlice(t types.Type) bool {
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && isBasic(s.Elem(), types.Uint8)
}
