// Base-62 of a number: at most 11 digits, reversed once.
// expect to_base62: time O(log n), space O(log n)
// target to_base62: time O(log n), space O(log n)
const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub fn to_base62(mut id: u64) -> String {
    if id == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while id > 0 {
        digits.push(ALPHABET[(id % 62) as usize]);
        id /= 62;
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}
