//go:build !linux

package platform

func OS() string { return "other" }
