// Go 1.23 prints a newline inside a panic string followed by a tab.
package main

func main() {
	panic("line one\nline two\nline three")
}
