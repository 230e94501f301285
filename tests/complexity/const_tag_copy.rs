// Copying a constant replacement tag is O(1) per match.
// expect mask_digits: time O(n), space O(n)
// target mask_digits: time O(n), space O(n)
const TAG: &[u8] = b"[NUM]";
pub fn mask_digits(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    for &c in input {
        if c.is_ascii_digit() {
            out.extend_from_slice(TAG);
            out.extend_from_slice(b"!");
        } else {
            out.push(c);
        }
    }
    out
}
