// Replaces sig_amd64.s's BoringCrypto, FIPSOnly and StandardCrypto: no-op markers written in assembly so that tools find their byte sequences in gc's binaries; goc's are empty Go functions.

//go:build goc

package sig

func BoringCrypto() {}

func FIPSOnly() {}

func StandardCrypto() {}
