/*
 * goc/fmt.h — the fmt subset, implemented in C on type descriptors so any
 * translator targeting this ABI gets it. Arguments are a []any: a goc_slice
 * of goc_eface. Values whose method set has Error() string or String()
 * string are printed through them for %v %s %x %X %q (Error wins), and
 * GoString() string for %#v, as fmt does; a method that panics prints
 * "%!v(PANIC=String method: ...)" (or "<nil>" for a nil pointer receiver).
 * Maps print in internal/fmtsort's key order. Each call builds its whole
 * output, then writes it straight to the file descriptor (os.Stdout = 1,
 * os.Stderr = 2) with one goc_writefd, unbuffered like Go's *os.File.
 */
#ifndef GOC_FMT_H
#define GOC_FMT_H

#include "types.h"

goc_string goc_fmt_Sprint(goc_slice args);
goc_string goc_fmt_Sprintln(goc_slice args);
goc_string goc_fmt_Sprintf(goc_string format, goc_slice args);
/* Print to stdout; return the number of bytes written. */
goc_int goc_fmt_Print(goc_slice args);
goc_int goc_fmt_Println(goc_slice args);
goc_int goc_fmt_Printf(goc_string format, goc_slice args);
/* Print to a file descriptor. */
goc_int goc_fmt_Fprint(int fd, goc_slice args);
goc_int goc_fmt_Fprintln(int fd, goc_slice args);
goc_int goc_fmt_Fprintf(int fd, goc_string format, goc_slice args);
/*
 * fmt.Errorf. No %w: an *errors.errorString. One %w: a *fmt.wrapError whose
 * Unwrap() error returns that operand (nil if it is not an error). Several:
 * a *fmt.wrapErrors whose Unwrap() []error lists the distinct error operands
 * in argument order. A %w operand that is not an error prints %!w(T=v).
 */
goc_iface goc_fmt_Errorf(goc_string format, goc_slice args);
/* errors.New */
goc_iface goc_errors_New(goc_string text);

/* Write all of s to fd (retrying short writes); returns bytes written. */
goc_int goc_writefd(int fd, goc_string s);

#endif
