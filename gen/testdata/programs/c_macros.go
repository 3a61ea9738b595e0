package main

// Go names that are C macros (unix, linux, _LP64, EOF, ...) or that look
// like names the translator makes (x_1, int_) stay apart in C: locals,
// fields and functions.

import "fmt"

type errno int
type NULL struct{ stdout int }

func printf(format string) int { return len(format) }
func malloc(n int) int         { return n }
func exit(code int)            { fmt.Println("exit", code) }

func macros() {
	bool := 1
	true := false
	errno_ := 2
	stdout := 3
	EOF := 4
	INT_MAX := 5
	assert := 6
	offsetof := 7
	SIZE_MAX := 8
	int32_t := 9
	uint8_t := 10
	size_t := 11
	signed := 12
	auto := 13
	register := 14
	_Bool := 15
	restrict := 16
	inline := 17
	asm := 18
	typeof := 19
	alignof := 20
	unix := 21
	linux := 22
	i386 := 23
	stderr := 24
	abort := 25
	memcpy := 26
	sizeof := 27
	setjmp := 28
	longjmp := 29
	jmp_buf := 30
	va_list := 31
	main := 32
	argc, argv := 33, 34
	fmt.Println(bool, true, errno_, stdout, EOF, INT_MAX, assert, offsetof, SIZE_MAX, int32_t, uint8_t, size_t, signed, auto, register, _Bool, restrict, inline, asm, typeof, alignof, unix, linux, i386, stderr, abort, memcpy, sizeof, setjmp, longjmp, jmp_buf, va_list, main, argc, argv)
	fmt.Println(printf("abc"), malloc(4), NULL{stdout: 1})
	exit(0)
	var e errno = 3
	fmt.Println(e)
}

type S struct {
	int   int
	int_  int
	_LP64 int
	unix  int
	x_    int
}

func numbered() {
	x := 1
	x_1 := 10
	{
		x := 2
		fmt.Println(x, x_1)
		x_1 := 20
		fmt.Println(x, x_1)
	}
	fmt.Println(x, x_1)
	s := S{1, 2, 3, 4, 5}
	fmt.Println(s, s.int, s.int_, s._LP64, s.unix, s.x_)
	vint_ := 7
	int := 8
	fmt.Println(vint_, int)
}

func main() {
	macros()
	numbered()
}
