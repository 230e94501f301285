// A helper whose loop runs `count` times, given a literal count: each call
// is four rounds, whatever the input it indexes.
// expect digits_at: time O(n), space O(1)
// expect scan: time O(n), space O(1)
// target scan: time O(n), space O(1)
fn digits_at(b: &[u8], at: usize, count: usize) -> bool {
    let mut k = 0;
    while k < count {
        if at + k >= b.len() || !b[at + k].is_ascii_digit() {
            return false;
        }
        k += 1;
    }
    true
}

pub fn scan(b: &[u8]) -> usize {
    let mut found = 0;
    for i in 0..b.len() {
        if digits_at(b, i, 4) {
            found += 1;
        }
    }
    found
}
