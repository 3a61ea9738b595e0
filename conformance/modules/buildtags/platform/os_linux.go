package platform

func OS() string { return "linux" }
