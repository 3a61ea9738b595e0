//go:build goc

// Package os is goc's os, written for goc in Go over its syscall package
// (gen/load/override/syscall): files on descriptors (os.Stdin, Stdout,
// Stderr, Open, Create, OpenFile, ReadFile, WriteFile, Remove, RemoveAll,
// Stat, Lstat, Mkdir, MkdirAll, MkdirTemp, CreateTemp, ReadDir) with gc's errors (*PathError, ErrClosed, ErrInvalid,
// io.EOF), the environment, the command line and exit. GOROOT's os leans on internal/poll, the runtime's
// netpoller and a generated syscall package, which goc cannot translate yet.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"unsafe"
)

// Portable errors of the file system (the same values as io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags of OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Origins of Seek (deprecated names; io.SeekStart and co. are the same).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
}

// Stdin, Stdout and Stderr are open Files for the standard input, output
// and error descriptors.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name; nil
// if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file
// (^uintptr(0) for a nil File).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid reports ErrInvalid for a nil File.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error of op on f in a *PathError (nil and io.EOF stay as they are).
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// maxRW is the most a single read or write asks for (as gc's internal/poll).
const maxRW = 1 << 30

// Read reads up to len(b) bytes from the File into b and returns the
// number of bytes read and any error; at end of file, 0 and io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	n, e := syscall.Read(f.fd, b)
	if e != nil {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File and returns the number of
// bytes written and an error, which is non-nil when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	var e error
	for n < len(b) {
		chunk := b[n:]
		if len(chunk) > maxRW {
			chunk = chunk[:maxRW]
		}
		var m int
		m, e = syscall.Write(f.fd, chunk)
		if m > 0 {
			n += m
		}
		if e != nil {
			break
		}
		if m == 0 {
			e = io.ErrUnexpectedEOF
			break
		}
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// Seek sets the offset for the next Read or Write on the file to offset,
// interpreted according to whence (io.SeekStart, io.SeekCurrent, io.SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	ret, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return ret, nil
}

// Close closes the File; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := syscall.Close(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask) and
// opens it for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and,
// when it creates the file, permission bits perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// syscallMode turns a FileMode into open(2)'s mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0x800
	}
	if i&ModeSetgid != 0 {
		o |= 0x400
	}
	if i&ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

// ReadFile reads the named file and returns its contents; reading to the
// end is success (err == nil, not io.EOF).
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with permissions
// perm (before umask) if necessary, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := syscall.Unlink(name)
	if e == nil {
		return nil
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return nil
	}
	// Both failed: report the error that says more (as gc does, the
	// unlink error unless rmdir's is not ENOTDIR).
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// IsExist, IsNotExist and IsPermission report whether err says that a file
// exists, does not exist, or that permission is denied.
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}
