// Width, precision and the flags '-', '+', '#', '0' and ' ' combine the same way for
// numbers, strings and booleans; widths count runes, not bytes.
package main

import "fmt"

func main() {
	fmt.Printf("|%6d|%-6d|%06d|%+6d|% 6d|%-+6d|\n", 12, 12, 12, 12, 12, 12)
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+8.3f|% 8.3f|%+08.3f|\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("|%10.2e|%-12.4E|%012.2e|\n", 12345.0, 12345.0, -12345.0)
	fmt.Printf("|%8s|%-8s|%08s|%.2s|%8.2s|%-8.2s|\n", "héllo", "héllo", "ab", "héllo", "héllo", "héllo")
	fmt.Printf("|%5t|%-7t|%t|\n", true, false, true)
	fmt.Printf("|%5v|%-5v|%05v|\n", 1.5, "x", 7)
	fmt.Printf("|%3s|%3d|\n", "longer than width", 123456)
	fmt.Printf("|%-#8x|%#-8o|%0#8x|\n", 255, 8, 255)
	fmt.Printf("|% -5d|%+-5d|%- 5d|\n", 3, 3, -3)
	fmt.Printf("|%6.2f%%|%-4d%%|\n", 99.5, 7)
	fmt.Printf("|%6v|%-6v|\n", []string{"a", "b"}, []int{1, 2})
	fmt.Printf("|%4v|\n", map[string]int{"k": 1})
	fmt.Printf("|%6v|\n", struct {
		A int
		B string
	}{1, "s"})
	fmt.Printf("|%x|%8x|%-8X|\n", "é", "é", "é")
	fmt.Printf("|%05s|%-05d|%+s|\n", "ab", 1, "s")
	fmt.Printf("|%6.1v|%.3v|\n", 3.14159, "abcdef")
}
