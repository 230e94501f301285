// learner: optimal
// idiom: LabVIEW-style: mem::take to get the byte array, explicit two-pointer swap while loop, then a second while loop repairing continuation runs
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    if n > 1 {
        // pass 1: reverse every byte
        let mut left = 0usize;
        let mut right = n - 1;
        while left < right {
            bytes.swap(left, right);
            left += 1;
            right -= 1;
        }
        // pass 2: each char now reads continuation bytes, then its lead byte
        let mut i = 0usize;
        while i < n {
            if bytes[i] & 0xC0 == 0x80 {
                let start = i;
                let mut j = i;
                while bytes[j] & 0xC0 == 0x80 {
                    j += 1;
                }
                // j is the lead byte; flip start..=j
                let mut a = start;
                let mut b = j;
                while a < b {
                    bytes.swap(a, b);
                    a += 1;
                    b -= 1;
                }
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }
    *s = String::from_utf8(bytes).expect("still valid UTF-8");
}
