//go:build goc

package os

import (
	"internal/itoa"
	"io/fs"
	"slices"
	"syscall"
)

// A DirEntry is an entry read from a directory (by ReadDir).
type DirEntry = fs.DirEntry

// dirEntry is ReadDir's DirEntry: the type comes from the directory itself,
// the FileInfo from Lstat when asked for.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

// direntType turns a d_type byte into the type bits of a FileMode; ok is
// false for DT_UNKNOWN.
func direntType(t byte) (FileMode, bool) {
	switch t {
	case 1: // DT_FIFO
		return ModeNamedPipe, true
	case 2: // DT_CHR
		return ModeDevice | ModeCharDevice, true
	case 4: // DT_DIR
		return ModeDir, true
	case 6: // DT_BLK
		return ModeDevice, true
	case 8: // DT_REG
		return 0, true
	case 10: // DT_LNK
		return ModeSymlink, true
	case 12: // DT_SOCK
		return ModeSocket, true
	}
	return 0, false
}

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	names, types, err := readDir(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	dirs := make([]DirEntry, 0, len(names))
	for i, n := range names {
		typ, ok := direntType(types[i])
		if !ok {
			info, err := Lstat(name + "/" + n)
			if err != nil {
				if IsNotExist(err) {
					continue // removed meanwhile
				}
				return dirs, err
			}
			typ = info.Mode().Type()
		}
		dirs = append(dirs, &dirEntry{parent: name, name: n, typ: typ})
	}
	slices.SortFunc(dirs, func(a, b DirEntry) int {
		switch {
		case a.Name() < b.Name():
			return -1
		case a.Name() > b.Name():
			return 1
		}
		return 0
	})
	return dirs, nil
}

// readDir returns the names and d_type bytes of the entries of directory path.
func readDir(path string) (names []string, types []byte, err error) {
	if r := sysReadDir(path, &names, &types); r < 0 {
		return nil, nil, syscall.Errno(-r)
	}
	return names, types, nil
}

//goc:cbody return goc_sys_readdir(path, names, types);
func sysReadDir(path string, names *[]string, types *[]byte) int

// RemoveAll removes path and everything it contains; a path that does not
// exist is no error. It returns the first error it meets.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	names, _, rerr := readDir(path)
	var first error
	if rerr != nil {
		first = &PathError{Op: "open", Path: path, Err: rerr}
	}
	for _, n := range names {
		if e := RemoveAll(path + "/" + n); e != nil && first == nil {
			first = e
		}
	}
	if e := Remove(path); e != nil && !IsNotExist(e) && first == nil {
		first = e
	}
	return first
}

// errPatternHasSeparator is the error of a temporary-file pattern holding a '/'.
var errPatternHasSeparator = errorString("pattern contains path separator")

type errorString string

func (e errorString) Error() string { return string(e) }

// prefixAndSuffix splits pattern at its last '*'.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

// tempName joins dir (TempDir() when empty) and prefix + a random number + suffix.
func tempName(dir, prefix, suffix string) string {
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) == 0 || dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix + itoa.Uitoa(uint(uint32(runtimeRand()))) + suffix
}

//goc:cbody return goc_rand();
func runtimeRand() uint64

// MkdirTemp creates a new directory in dir (TempDir() when empty) whose
// name is pattern with its last '*' (or its end) replaced by a random
// number, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := tempName(dir, prefix, suffix)
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return "", err
	}
}

// CreateTemp creates a new file in dir (TempDir() when empty) named like
// MkdirTemp's directories, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := tempName(dir, prefix, suffix)
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}
