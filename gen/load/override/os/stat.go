//go:build goc

package os

import (
	"io/fs"
	"syscall"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// fill sets the fields from the system's stat of the file called name.
func (fs *fileStat) fill(name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// basename removes trailing slashes and everything up to the last '/'.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Stat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fs.fill(name)
	return &fs, nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link is
// described itself.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Lstat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fs.fill(name)
	return &fs, nil
}

// Stat returns the FileInfo describing the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, f.wrapErr("stat", ErrClosed)
	}
	var fs fileStat
	if err := syscall.Fstat(f.fd, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fs.fill(f.name)
	return &fs, nil
}

// Mkdir creates a directory with permission bits perm (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := syscall.Mkdir(name, syscallMode(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates the directory path and any parents that do not exist
// yet; it does nothing if path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' { // trailing separators
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' { // the last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// it may have appeared meanwhile (or path ends in "/.")
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) {
	dir, err = syscall.Getwd()
	if err != nil {
		return "", NewSyscallError("getwd", err)
	}
	return dir, nil
}
