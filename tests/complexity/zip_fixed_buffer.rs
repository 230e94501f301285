// Filling a fixed-size buffer by zipping it with a long iterator stops when
// the buffer is full.
// expect first_digits: time O(1), space O(1)
pub fn first_digits(b: &[u8]) -> [u8; 8] {
    let mut buf = [0u8; 8];
    for (&c, slot) in b.iter().filter(|c| c.is_ascii_digit()).zip(&mut buf) {
        *slot = c;
    }
    buf
}
