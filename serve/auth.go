package serve

import (
	"bytes"
	"fmt"
	"os"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Key is a public key from an authorized_keys file.
type Key = ssh.PublicKey

// ReadKeys reads an authorized_keys file: one key per line, blank lines
// and # comments skipped. A line that is not a key is an error naming the
// file and the line, so a typo never silently locks someone out (or in).
func ReadKeys(path string) ([]Key, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var keys []Key
	for i, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key in authorized_keys format", path, i+1)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: holds no public key", path)
	}
	return keys, nil
}

// listed reports whether k is one of keys.
func listed(keys []Key, k Key) bool {
	if k == nil {
		return false
	}
	for _, l := range keys {
		if ssh.KeysEqual(l, k) {
			return true
		}
	}
	return false
}

// access is who may connect and who is an admin.
type access struct {
	allow  []Key // nil: anyone
	admins []Key
}

// letIn is the public-key check: with no allow list every key is let in
// (it only names the client), else the listed keys and the admins.
func (a access) letIn(k Key) bool {
	return a.allow == nil || listed(a.allow, k) || listed(a.admins, k)
}

// admin reports whether the session authenticated with an admin key.
func (a access) admin(s ssh.Session) bool { return listed(a.admins, s.PublicKey()) }
