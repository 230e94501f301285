// Two pointers that start at the ends of a local buffer meet within as
// many rounds as the buffer holds: here the base-62 digits of a u64,
// pushed by a loop that divides (O(log n) of them), so reversing them in
// place is O(log n), not the O(n) of two pointers over the input.
// expect encode: time O(log n), space O(log n)
// target encode: time O(log n), space O(log n)
const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub fn encode(id: u64) -> String {
    let mut digits: Vec<u8> = Vec::with_capacity(11);
    let mut rest = id;
    loop {
        digits.push(ALPHABET[(rest % 62) as usize]);
        rest /= 62;
        if rest == 0 {
            break;
        }
    }
    let mut left = 0usize;
    let mut right = digits.len() - 1;
    loop {
        if left >= right {
            break;
        }
        digits.swap(left, right);
        left += 1;
        right -= 1;
    }
    String::from_utf8(digits).expect("the alphabet is ASCII")
}
