//go:build goc

package os

import "syscall"

// Getenv returns the value of the environment variable key, "" when unset.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv unsets the environment variable key.
func Unsetenv(key string) error { return syscall.Unsetenv(key) }

// Clearenv deletes all environment variables.
func Clearenv() { syscall.Clearenv() }

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string { return syscall.Environ() }

// ExpandEnv replaces ${var} or $var in s by the environment variables' values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in s by mapping(var). A $ followed by
// nothing it can name is kept; a malformed ${...} is dropped.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] is in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// bad syntax such as "${}": the characters are eaten
		case name == "":
			buf = append(buf, s[j]) // a lone $ stays
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		done = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// shellName returns the variable name at the start of s (after a $) and
// how many bytes of s it takes: "{name}", a special one-character name
// (such as $1 or $*), or the longest run of letters, digits and '_'.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: the '{' is eaten
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a *SyscallError for syscall and err, nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}
