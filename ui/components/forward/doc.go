// Package forward is the "Forward to…" picker a post's share action opens:
// a short list of simulated contacts and the Moments timeline. It is a leaf:
// the screen that owns it moves the selection and performs the forward.
package forward
