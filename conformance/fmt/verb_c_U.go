// %c prints the character for a code point and %U its Unicode notation; %#U adds the
// character; invalid code points print as U+FFFD; widths apply.
package main

import "fmt"

func main() {
	fmt.Printf("%c%c%c %c %c\n", 'G', 'o', '!', 'é', '世')
	fmt.Printf("%c %c %c\n", 65, 0x1F600, byte('z'))
	fmt.Printf("%U %U %U %U\n", 'A', 'é', 0x1F600, 0)
	fmt.Printf("%#U %#U %#U\n", 'A', '世', '\n')
	fmt.Printf("[%3c] [%-3c] [%8U] [%-10U]\n", 'x', 'y', 'z', 'z')
	fmt.Printf("%c|%c\n", -1, 0x110000)
	fmt.Printf("%U %#U\n", -1, 0x110000)
	fmt.Printf("%c\n", []rune("héllo"))
	fmt.Printf("%U\n", []rune("ab"))
	fmt.Printf("%c %U\n", "s", 1.5)
	fmt.Printf("%c\n", []byte("hi"))
}
