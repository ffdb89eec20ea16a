// Package keys is the public key map (docs/keys.md): the bindings tests and
// demos rely on, built once and handed down in the screen.Env, and the
// helpers screens use to name a key for what it does in their help.
package keys
