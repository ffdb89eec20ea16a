//go:build !race

package main

// raceBuild: the tests run under the race detector, several times slower.
const raceBuild = false
