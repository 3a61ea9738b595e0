// Package cemit is a small C source writer: indentation, #line directives
// and comments. It knows nothing about Go types; gen/lower decides what to say.
package cemit

import (
	"fmt"
	"strings"
)

// Writer accumulates C text.
type Writer struct {
	b      strings.Builder
	indent int
	// the last #line directive and the length of the text right after it
	lastLine int
	lastFile string
	lastEnd  int
}

// Indent and Dedent change the indentation of following lines.
func (w *Writer) Indent() { w.indent++ }
func (w *Writer) Dedent() {
	if w.indent > 0 {
		w.indent--
	}
}

// Printf writes one indented line (a newline is added).
func (w *Writer) Printf(format string, args ...any) {
	w.Line1(fmt.Sprintf(format, args...))
}

// Line1 writes one line of text at the current indentation; multi-line text
// is indented line by line. A line of code after the first one that follows a
// #line directive gets the directive again: all the C of one Go statement is
// at that statement's line (the DWARF line tables tracebacks read).
func (w *Writer) Line1(s string) {
	for _, l := range strings.Split(s, "\n") {
		if l == "" {
			w.b.WriteByte('\n')
			continue
		}
		if w.lastLine > 0 && w.b.Len() != w.lastEnd && isCode(l) {
			w.emitLine()
		}
		for i := 0; i < w.indent; i++ {
			w.b.WriteString("    ")
		}
		w.b.WriteString(l)
		w.b.WriteByte('\n')
	}
}

// Raw writes text as is.
func (w *Writer) Raw(s string) { w.b.WriteString(s) }

// Line emits a #line directive for a Go position unless nothing was
// written since the same directive. (Once a C line follows a directive, the
// next one counts as the line after it: a second statement on the same Go
// line needs the directive again.)
func (w *Writer) Line(line int, file string) {
	if line <= 0 || (line == w.lastLine && file == w.lastFile && w.b.Len() == w.lastEnd) {
		return
	}
	w.lastLine, w.lastFile = line, file
	w.emitLine()
}

func (w *Writer) emitLine() {
	fmt.Fprintf(&w.b, "#line %d %s\n", w.lastLine, Quote(w.lastFile))
	w.lastEnd = w.b.Len()
}

// isCode: a line that may hold machine code of its own (not braces alone,
// a comment or a function-table record).
func isCode(l string) bool {
	t := strings.TrimSpace(l)
	return strings.Trim(t, "{}; ") != "" && t != "} else {" && !strings.HasPrefix(t, "/*") &&
		!strings.HasPrefix(t, "GOC_FUNCTAB(")
}

// ResetLine forgets the last #line so the next one is always written.
func (w *Writer) ResetLine() { w.lastLine = 0 }

// Comment writes a /* */ comment line.
func (w *Writer) Comment(s string) {
	w.Printf("/* %s */", strings.ReplaceAll(s, "*/", "* /"))
}

// String returns the text written so far.
func (w *Writer) String() string { return w.b.String() }

// Len reports the number of bytes written.
func (w *Writer) Len() int { return w.b.Len() }

// Quote renders s as a C string literal (bytes outside printable ASCII escaped in octal).
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	prevOctal := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString("\\n")
		case c == '\t':
			b.WriteString("\\t")
		case c == '?':
			b.WriteString("\\?") // no trigraphs
		case c >= 0x20 && c < 0x7f:
			if prevOctal && c >= '0' && c <= '7' {
				b.WriteString(`""`)
			}
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
			prevOctal = true
			continue
		}
		prevOctal = false
	}
	b.WriteByte('"')
	return b.String()
}
