// `while rest > 0 || digits.is_empty()`: the emptiness test adds one round at
// most; dividing by 62 bounds the loop, one round per digit.
// expect encode: time O(log n), space O(log n)
// target encode: time O(log n), space O(log n)
pub fn encode(id: u64) -> String {
    let mut digits = Vec::new();
    let mut rest = id;
    while rest > 0 || digits.is_empty() {
        digits.push((b'0' + (rest % 62) as u8) as char);
        rest /= 62;
    }
    digits.iter().rev().collect()
}
