// learner: optimal
// idiom: hint-style: take the bytes, reverse() them all, then reverse each continuation-run + lead byte with slice reverse()
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if bytes[i] & 0xC0 == 0x80 {
            let mut j = i;
            while bytes[j] & 0xC0 == 0x80 {
                j += 1;
            }
            bytes[i..=j].reverse();
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(bytes).expect("reversal keeps valid UTF-8");
}
