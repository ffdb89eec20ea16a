// Package ui is lifesim's Bubble Tea app. App is the root model: it owns the
// phone frame, the status line, the tab bar, the page stack, key routing and
// help; the tabs and pages live in sub-packages (home, life, search, mine,
// pages/...) and share the contract in ui/common. See CONVENTIONS.md for the
// rules the code keeps.
package ui
