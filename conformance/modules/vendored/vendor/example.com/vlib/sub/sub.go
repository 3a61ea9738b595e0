package sub

// Minor is in a module whose go line is 1.20 (vendor/modules.txt): its
// loops share their variables.
func Minor() string {
	var fs []func() int
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
	}
	return string(rune('0' + fs[0]()))
}
